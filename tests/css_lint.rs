//! Style rules as a test: logical properties only (so right-to-left works), and no colour
//! literals outside the token files (so themes can change every colour).

use std::fs;

fn css_files(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(css_files(path.to_str().unwrap()));
        } else if path.extension().is_some_and(|e| e == "css") {
            out.push(path.to_string_lossy().into_owned());
        }
    }
    out.sort();
    out
}

/// Declarations (property names) that have a logical equivalent we must use instead.
const PHYSICAL: &[&str] = &[
    "margin-left",
    "margin-right",
    "margin-top",
    "margin-bottom",
    "padding-left",
    "padding-right",
    "padding-top",
    "padding-bottom",
    "border-left",
    "border-right",
    "border-top",
    "border-bottom",
    "left",
    "right",
    "top",
    "bottom",
    "width",
    "height",
    "min-width",
    "max-width",
    "min-height",
    "max-height",
    "float",
    "clear",
];

fn declarations(css: &str) -> impl Iterator<Item = (usize, String, String)> + '_ {
    css.lines().enumerate().flat_map(|(i, line)| {
        line.split([';', '{', '}'])
            .filter_map(|d| d.split_once(':'))
            .map(move |(p, v)| (i + 1, p.trim().to_string(), v.trim().to_string()))
            .collect::<Vec<_>>()
    })
}

#[test]
fn only_logical_properties() {
    let mut found = Vec::new();
    for file in css_files("styles") {
        let css = fs::read_to_string(&file).unwrap();
        for (line, prop, value) in declarations(&css) {
            let physical_value =
                (prop == "text-align" || prop == "float") && (value == "left" || value == "right");
            let physical_prop = PHYSICAL
                .iter()
                .any(|p| prop == *p || prop.starts_with(&format!("{p}-")));
            if physical_prop || physical_value {
                found.push(format!("{file}:{line}: {prop}: {value}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use logical properties instead of: {found:#?}"
    );
}

#[test]
fn colour_literals_live_only_in_token_files() {
    let mut found = Vec::new();
    for file in css_files("styles") {
        if file.ends_with("tokens.css") || file.contains("/themes/") {
            continue;
        }
        let css = fs::read_to_string(&file).unwrap();
        for (line, prop, value) in declarations(&css) {
            if prop.starts_with("--") {
                found.push(format!(
                    "{file}:{line}: token value set outside a token file: {prop}"
                ));
            }
            let has_hex = value
                .split(|c: char| !c.is_ascii_alphanumeric() && c != '#')
                .any(|w| {
                    w.starts_with('#')
                        && matches!(w.len(), 4 | 5 | 7 | 9)
                        && w[1..].chars().all(|c| c.is_ascii_hexdigit())
                });
            let has_fn = ["rgb(", "rgba(", "hsl(", "hsla(", "oklch("]
                .iter()
                .any(|f| value.contains(f));
            if has_hex || has_fn {
                found.push(format!("{file}:{line}: {prop}: {value}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "colour literals outside token files: {found:#?}"
    );
}
