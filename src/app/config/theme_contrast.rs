//! Contrast of our own components under a published theme package: what `werkroute check-config`
//! reports for a configuration's `theme_package`, so a theme whose tokens fail for a part we drew
//! ourselves (a card border, the quadrant marker, a hint) is said out loud instead of shipped.
//!
//! The cascade is rebuilt from the files: our `:root` tokens (`styles/tokens.css`), then the
//! theme's block under its root class (loaded later, so it wins), `var()` resolved with its
//! fallbacks exactly as the component CSS reads them. WCAG 2.x contrast: 4.5 for text, 3 for a
//! part of the interface. Only the CLI calls it; the browser build leaves it out as dead code.

use std::collections::BTreeMap;

/// One pair of our components' colours that falls short under a theme.
#[derive(Clone, Debug, PartialEq)]
pub struct ContrastShortfall {
    /// What it is, in a few words (English, for the web team).
    pub what: &'static str,
    pub foreground: String,
    pub background: String,
    pub ratio: f64,
    pub needed: f64,
}

/// Text (4.5) and interface parts (3) of our own components, each as the CSS reads its colour:
/// (what, foreground, background, needed).
const PAIRS: &[(&str, &str, &str, f64)] = &[
    ("body text", "var(--utrecht-document-color)", "var(--utrecht-document-background-color)", 4.5),
    ("paragraph text", "var(--utrecht-paragraph-color, var(--utrecht-document-color))", "var(--utrecht-document-background-color)", 4.5),
    ("hints and progress (subtle text)", "var(--basis-color-default-color-subtle)", "var(--utrecht-document-background-color)", 4.5),
    ("links", "var(--utrecht-link-color)", "var(--utrecht-document-background-color)", 4.5),
    ("primary button text", "var(--utrecht-button-primary-action-color)", "var(--utrecht-button-primary-action-background-color)", 4.5),
    ("secondary button text", "var(--utrecht-button-secondary-action-color)", "var(--utrecht-button-secondary-action-background-color, var(--utrecht-document-background-color))", 4.5),
    ("error text", "var(--basis-color-negative-color-default)", "var(--utrecht-document-background-color)", 4.5),
    ("text in the help-at-once banner", "var(--utrecht-document-color)", "var(--basis-color-negative-bg-subtle)", 4.5),
    ("text in the current quadrant cell", "var(--utrecht-document-color)", "var(--app-quadrant-current-background-color)", 4.5),
    ("answer option border", "var(--basis-color-default-border-default)", "var(--utrecht-document-background-color)", 3.0),
    ("card border", "var(--app-card-border-color)", "var(--utrecht-document-background-color)", 3.0),
    ("quadrant marker", "var(--app-quadrant-marker-color)", "var(--app-quadrant-current-background-color)", 3.0),
    ("sub-score bar", "var(--app-meter-fill-color)", "var(--app-meter-track-color)", 3.0),
    ("help-at-once border", "var(--app-acute-border-color)", "var(--basis-color-negative-bg-subtle)", 3.0),
    ("focus ring", "var(--utrecht-focus-outline-color)", "var(--utrecht-document-background-color)", 3.0),
];

/// Our own default tokens (every `:root` block of `styles/tokens.css`).
pub fn our_tokens() -> BTreeMap<String, String> {
    declarations(include_str!("../../../styles/tokens.css"), ":root")
}

/// `--name: value` pairs from the blocks of `css` whose selector list holds exactly `selector`.
pub fn declarations(css: &str, selector: &str) -> BTreeMap<String, String> {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        text.push_str(&rest[..at]);
        rest = rest[at + 2..].split_once("*/").map_or("", |(_, r)| r);
    }
    text.push_str(rest);
    let mut out = BTreeMap::new();
    let mut from = 0;
    while let Some(open) = text[from..].find('{').map(|i| from + i) {
        let head_start = text[..open].rfind(['}', '{']).map_or(0, |i| i + 1);
        let Some(close) = text[open..].find('}').map(|i| open + i) else {
            break;
        };
        let body = &text[open + 1..close];
        let nested = body.contains('{');
        if !nested
            && text[head_start..open]
                .split(',')
                .any(|s| s.trim() == selector)
        {
            for d in body.split(';') {
                if let Some((name, value)) = d.split_once(':') {
                    let name = name.trim();
                    if name.starts_with("--") {
                        out.insert(name.to_string(), value.trim().to_string());
                    }
                }
            }
        }
        from = if nested { open + 1 } else { close + 1 };
    }
    out
}

/// `value` with every `var(--x, fallback)` replaced, recursively; `None` when a name has no
/// value and no fallback, or the references go round.
pub fn resolve(tokens: &BTreeMap<String, String>, value: &str) -> Option<String> {
    resolve_in(tokens, value, 0)
}

fn resolve_in(tokens: &BTreeMap<String, String>, value: &str, depth: u8) -> Option<String> {
    if depth > 40 {
        return None;
    }
    let mut out = String::new();
    let mut rest = value;
    while let Some(at) = rest.find("var(") {
        out.push_str(&rest[..at]);
        let inner_start = at + 4;
        let mut level = 1;
        let mut end = None;
        for (i, c) in rest[inner_start..].char_indices() {
            match c {
                '(' => level += 1,
                ')' => {
                    level -= 1;
                    if level == 0 {
                        end = Some(inner_start + i);
                        break;
                    }
                }
                _ => {}
            }
        }
        let end = end?;
        let inner = &rest[inner_start..end];
        let (name, fallback) = match inner.split_once(',') {
            Some((n, f)) => (n.trim(), Some(f.trim())),
            None => (inner.trim(), None),
        };
        let got = tokens.get(name).map(String::as_str).or(fallback)?;
        out.push_str(&resolve_in(tokens, got, depth + 1)?);
        rest = &rest[end + 1..];
    }
    out.push_str(rest);
    Some(out.trim().to_string())
}

/// Whether a colour lets what is behind it show: `transparent`, or an alpha of 0.
fn is_transparent(value: &str) -> bool {
    let v = value.trim().to_ascii_lowercase();
    v == "transparent"
        || v.strip_prefix("rgba(")
            .and_then(|r| r.strip_suffix(')'))
            .and_then(|r| r.rsplit([',', '/']).next())
            .and_then(|a| a.trim().trim_end_matches('%').parse::<f64>().ok())
            .is_some_and(|a| a == 0.0)
        || (v.starts_with('#') && v.len() == 9 && v.ends_with("00"))
}

/// An opaque colour as sRGB 0–1: `#rgb`, `#rrggbb`, `#rrggbbaa` (alpha ignored), `rgb()` /
/// `rgba()` with numbers, `white`, `black`. Anything else (a gradient, `transparent`,
/// `currentColor`) is not a colour this check can judge.
pub fn colour(value: &str) -> Option<[f64; 3]> {
    let v = value.trim().to_ascii_lowercase();
    let hex = |s: &str| u8::from_str_radix(s, 16).ok().map(|b| f64::from(b) / 255.0);
    if let Some(h) = v.strip_prefix('#') {
        return match h.len() {
            3 | 4 => {
                let d: Vec<String> = h.chars().take(3).map(|c| format!("{c}{c}")).collect();
                Some([hex(&d[0])?, hex(&d[1])?, hex(&d[2])?])
            }
            6 | 8 => Some([hex(&h[0..2])?, hex(&h[2..4])?, hex(&h[4..6])?]),
            _ => None,
        };
    }
    match v.as_str() {
        "white" => return Some([1.0; 3]),
        "black" => return Some([0.0; 3]),
        _ => {}
    }
    let inner = v
        .strip_prefix("rgba(")
        .or_else(|| v.strip_prefix("rgb("))?
        .strip_suffix(')')?;
    let parts: Vec<f64> = inner
        .split([',', ' ', '/'])
        .filter(|p| !p.is_empty())
        .take(3)
        .map(|p| p.parse::<f64>().ok().map(|n| n / 255.0))
        .collect::<Option<_>>()?;
    (parts.len() == 3).then(|| [parts[0], parts[1], parts[2]])
}

/// WCAG 2.x contrast ratio.
pub fn contrast(a: [f64; 3], b: [f64; 3]) -> f64 {
    let lum = |c: [f64; 3]| {
        let f = |x: f64| {
            if x <= 0.03928 {
                x / 12.92
            } else {
                ((x + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * f(c[0]) + 0.7152 * f(c[1]) + 0.0722 * f(c[2])
    };
    let (x, y) = (lum(a), lum(b));
    (x.max(y) + 0.05) / (x.min(y) + 0.05)
}

/// Every pair of our components that falls short with `theme_css`'s tokens under `class` on top
/// of ours. A pair whose colours cannot be read (a gradient, `transparent`) is left out.
pub fn shortfalls(theme_css: &str, class: &str) -> Vec<ContrastShortfall> {
    let mut tokens = our_tokens();
    tokens.extend(declarations(theme_css, &format!(".{class}")));
    PAIRS
        .iter()
        .filter_map(|&(what, fg, bg, needed)| {
            let (fg, mut bg) = (resolve(&tokens, fg)?, resolve(&tokens, bg)?);
            // A transparent background shows the page behind it.
            if is_transparent(&bg) {
                bg = resolve(&tokens, "var(--utrecht-document-background-color)")?;
            }
            let ratio = contrast(colour(&fg)?, colour(&bg)?);
            (ratio + 1e-9 < needed).then(|| ContrastShortfall {
                what,
                foreground: fg,
                background: bg,
                ratio: (ratio * 100.0).floor() / 100.0,
                needed,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn our_own_look_has_no_shortfall() {
        let t = our_tokens();
        assert!(t.contains_key("--basis-color-default-color-document"));
        assert!(shortfalls("", "none").is_empty());
        // Every pair reads under our own tokens: nothing is silently left out.
        for (what, fg, bg, _) in PAIRS {
            assert!(
                resolve(&t, fg).and_then(|c| colour(&c)).is_some(),
                "{what}: {fg}"
            );
            assert!(
                resolve(&t, bg).and_then(|c| colour(&c)).is_some(),
                "{what}: {bg}"
            );
        }
    }

    #[test]
    fn a_theme_that_pales_our_parts_is_named() {
        let theme = ".pale-theme { --utrecht-document-background-color: #ffffff; \
                     --app-card-border-color: var(--pale-grey); --pale-grey: #eeeeee; \
                     --utrecht-link-color: rgb(120, 120, 120); }";
        let found = shortfalls(theme, "pale-theme");
        let names: Vec<&str> = found.iter().map(|s| s.what).collect();
        assert!(names.contains(&"card border"), "{found:?}");
        assert!(names.contains(&"links"), "{found:?}");
        let card = found.iter().find(|s| s.what == "card border").unwrap();
        assert_eq!((card.foreground.as_str(), card.needed), ("#eeeeee", 3.0));
        assert!(card.ratio < 1.2);
    }

    #[test]
    fn values_and_fallbacks_resolve_like_the_browser() {
        let mut t = BTreeMap::new();
        t.insert("--a".to_string(), "var(--b, #123456)".to_string());
        t.insert("--loop".to_string(), "var(--loop)".to_string());
        assert_eq!(resolve(&t, "var(--a)").as_deref(), Some("#123456"));
        assert_eq!(
            resolve(&t, "var(--none, var(--a))").as_deref(),
            Some("#123456")
        );
        assert_eq!(resolve(&t, "var(--none)"), None);
        assert_eq!(resolve(&t, "var(--loop)"), None);
        assert_eq!(colour("#fff"), Some([1.0; 3]));
        assert_eq!(colour("rgb(255 0 0 / 50%)"), Some([1.0, 0.0, 0.0]));
        assert_eq!(colour("transparent"), None);
        assert!(is_transparent("rgba(0, 0, 0, 0)") && is_transparent("#ffffff00"));
        assert!(!is_transparent("rgba(0, 0, 0, 0.5)") && !is_transparent("#000"));
        assert!((contrast([0.0; 3], [1.0; 3]) - 21.0).abs() < 1e-9);
        let css = "/* x { --c: 1 } */ .t { --c: #000; } .t .inner { --c: #fff; } @media print { .t { --d: 1; } }";
        let d = declarations(css, ".t");
        assert_eq!(d.get("--c").map(String::as_str), Some("#000"));
    }
}
