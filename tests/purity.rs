//! `src/domain` and `src/app` stay pure Rust: no browser crate may appear in their code, so the
//! engine and the reducer run and test natively (and in the CLI).

use std::path::Path;

const BANNED: [&str; 5] = ["yew", "web_sys", "gloo", "js_sys", "wasm_bindgen"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The code of a line: everything before a `//` comment.
fn code_of(line: &str) -> &str {
    line.split("//").next().unwrap_or("")
}

/// Whether `word` occurs in `code` as a whole identifier (so `yewtree` or `my_gloop` do not count).
fn has_ident(code: &str, word: &str) -> bool {
    code.split(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .any(|tok| tok == word)
}

#[test]
fn the_scanner_catches_a_browser_import() {
    assert!(has_ident(code_of("use web_sys::Window;"), "web_sys"));
    assert!(has_ident(code_of("    yew::html! {}"), "yew"));
    assert!(!has_ident(code_of("// the yew view renders this"), "yew"));
    assert!(!has_ident(code_of("let yewtree = 1;"), "yew"));
}

#[test]
fn domain_and_app_use_no_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/domain"), &mut files);
    rust_files(&root.join("src/app"), &mut files);
    assert!(files.len() >= 5, "scanner found too few files: {files:?}");
    let mut found = Vec::new();
    for f in &files {
        let text = std::fs::read_to_string(f).unwrap();
        for (n, line) in text.lines().enumerate() {
            for word in BANNED {
                if has_ident(code_of(line), word) {
                    found.push(format!("{}:{}: {word}", f.display(), n + 1));
                }
            }
        }
    }
    assert!(
        found.is_empty(),
        "browser crates in pure code:\n{}",
        found.join("\n")
    );
}
