//! A QR code of a share link, as an SVG string the result page can show and print.
//!
//! Rules kept: error correction level M and the smallest version that fits; a quiet zone of four
//! modules; dark modules black on a white square, whatever the theme (a QR code in low contrast
//! or inverted does not scan); one `<path>` in module units with a `viewBox`, so the page's CSS
//! sets the size (at least 4 cm on screen). No `style` attribute, so a strict CSP allows it inline.
//! The SVG is built here from the module matrix; the `qrcode` crate is used without features.

use std::fmt::{self, Write};

use qrcode::{Color, EcLevel, QrCode, Version};

/// Light modules around the code on every side.
pub const QUIET_ZONE: usize = 4;

/// A rendered QR code.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QrSvg {
    /// `<svg ...>...</svg>`, no XML prolog, no fixed size.
    pub svg: String,
    /// The QR version used (1-40); version 6 is 41 × 41 modules.
    pub version: u8,
    /// Modules per side, without the quiet zone.
    pub modules: usize,
}

/// Why no QR code could be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QrError {
    /// The text does not fit in any QR version at level M.
    TooLong,
}

impl fmt::Display for QrError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            QrError::TooLong => write!(f, "the text is too long for a QR code"),
        }
    }
}

impl std::error::Error for QrError {}

/// Renders `text` (as bytes) as a QR code at error correction level M.
pub fn qr_svg(text: &str) -> Result<QrSvg, QrError> {
    let code = QrCode::with_error_correction_level(text.as_bytes(), EcLevel::M)
        .map_err(|_| QrError::TooLong)?;
    let version = match code.version() {
        Version::Normal(v) => u8::try_from(v).map_err(|_| QrError::TooLong)?,
        Version::Micro(_) => return Err(QrError::TooLong),
    };
    let n = code.width();
    let colors = code.to_colors();
    let side = n + 2 * QUIET_ZONE;
    let mut d = String::new();
    for (y, row) in colors.chunks(n).enumerate() {
        let mut x = 0;
        while x < n {
            if row[x] == Color::Light {
                x += 1;
                continue;
            }
            let run = row[x..].iter().take_while(|c| **c == Color::Dark).count();
            let (px, py) = (x + QUIET_ZONE, y + QUIET_ZONE);
            let _ = write!(d, "M{px} {py}h{run}v1h-{run}z");
            x += run;
        }
    }
    let svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {side} {side}\" \
         shape-rendering=\"crispEdges\"><rect width=\"{side}\" height=\"{side}\" fill=\"#fff\"/>\
         <path fill=\"#000\" d=\"{d}\"/></svg>"
    );
    Ok(QrSvg {
        svg,
        version,
        modules: n,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the dark modules back out of the path: every `M x y h n v1 h-n z` run.
    fn dark_modules(svg: &str) -> Vec<(usize, usize)> {
        let d = svg
            .split(" d=\"")
            .nth(1)
            .unwrap()
            .split('"')
            .next()
            .unwrap();
        let mut out = Vec::new();
        for run in d.split('M').skip(1) {
            let (xy, rest) = run.split_once('h').unwrap();
            let (x, y) = xy.split_once(' ').unwrap();
            let len = rest.split_once('v').unwrap().0;
            assert_eq!(rest, format!("{len}v1h-{len}z"));
            let (x, y, len): (usize, usize, usize) =
                (x.parse().unwrap(), y.parse().unwrap(), len.parse().unwrap());
            out.extend((x..x + len).map(|x| (x, y)));
        }
        out
    }

    #[test]
    fn the_path_draws_exactly_the_dark_modules_inside_the_quiet_zone() {
        let text = "https://werkcheck.example.nl/#/r/AQGSSSSSSSSSSSSSSSSSSSSS";
        let qr = qr_svg(text).unwrap();
        let code = QrCode::with_error_correction_level(text, EcLevel::M).unwrap();
        let want: Vec<(usize, usize)> = code
            .to_colors()
            .iter()
            .enumerate()
            .filter(|(_, c)| **c == Color::Dark)
            .map(|(i, _)| (i % qr.modules + QUIET_ZONE, i / qr.modules + QUIET_ZONE))
            .collect();
        let mut got = dark_modules(&qr.svg);
        got.sort_by_key(|&(x, y)| (y, x));
        assert_eq!(got, want);
        let side = qr.modules + 2 * QUIET_ZONE;
        assert!(got
            .iter()
            .all(|&(x, y)| x >= 4 && y >= 4 && x < side - 4 && y < side - 4));
        assert_eq!(qr.modules, 17 + 4 * usize::from(qr.version));
    }

    #[test]
    fn svg_is_plain_black_on_white_and_sizes_by_viewbox() {
        let qr = qr_svg("hello").unwrap();
        assert_eq!(qr.version, 1);
        assert!(qr.svg.starts_with("<svg ") && qr.svg.ends_with("</svg>"));
        assert!(qr.svg.contains("viewBox=\"0 0 29 29\""));
        assert!(qr.svg.contains("shape-rendering=\"crispEdges\""));
        assert_eq!(qr.svg.matches("<path").count(), 1);
        let open_tag = qr.svg.split('>').next().unwrap();
        assert!(!qr.svg.contains("style") && !open_tag.contains("width"));
        let fills: Vec<&str> = qr.svg.split("fill=\"").skip(1).map(|s| &s[..4]).collect();
        assert_eq!(fills, ["#fff", "#000"]);
    }

    #[test]
    fn versions_follow_the_byte_mode_capacity_at_level_m() {
        // Byte-mode capacity at M: v5 holds 84 bytes, v6 106, v7 122.
        let v = |n: usize| qr_svg(&"a".repeat(n)).unwrap().version;
        assert_eq!((v(84), v(85), v(106), v(107)), (5, 6, 6, 7));
        assert_eq!(qr_svg(&"a".repeat(3000)), Err(QrError::TooLong));
    }
}
