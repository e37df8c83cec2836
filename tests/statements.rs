//! The privacy statement must say exactly what the storage code stores: its key and keep period
//! come from `app::saved`, so a change there fails here until the statement follows.

use werkroute::app::saved::{KEEP_DAYS, STORAGE_KEY};

#[test]
fn privacy_statement_names_what_is_stored_and_for_how_long() {
    let text = std::fs::read_to_string("docs/privacyverklaring.md").unwrap();
    assert!(
        text.contains(&format!("`{STORAGE_KEY}`")),
        "the statement names the key {STORAGE_KEY}"
    );
    assert!(
        text.contains(&format!("{KEEP_DAYS} dagen")),
        "the Dutch text says {KEEP_DAYS} dagen"
    );
    assert!(
        text.contains(&format!("{KEEP_DAYS} days")),
        "the English summary says {KEEP_DAYS} days"
    );
    for never in ["Cookies", "sessionStorage", "IndexedDB"] {
        assert!(
            text.contains(never),
            "the statement says what is never used: {never}"
        );
    }
}

/// Every promise in the privacy statement names a test that exists: a file, and in it a test by
/// that name (`test('…'` in an end-to-end file, `fn …(` in Rust). A promise with no test, or a
/// test that was renamed or removed, fails here.
#[test]
fn every_promise_in_the_privacy_statement_names_a_test_that_exists() {
    let text = std::fs::read_to_string("docs/privacyverklaring.md").unwrap();
    let start = text
        .find("## Wat we beloven, en hoe we dat testen")
        .expect("the statement has its table of promises");
    let section = &text[start..];
    let end = section[3..].find("\n## ").map_or(section.len(), |i| i + 3);
    let rows: Vec<&str> = section[..end]
        .lines()
        .filter(|l| l.starts_with("| ") && !l.starts_with("| Belofte") && !l.starts_with("|---"))
        .collect();
    assert!(rows.len() >= 15, "only {} promises", rows.len());
    for row in rows {
        let cells: Vec<&str> = row.trim_matches('|').split(" | ").map(str::trim).collect();
        assert_eq!(cells.len(), 2, "a promise and its test: {row}");
        let (promise, test) = (cells[0], cells[1]);
        assert!(!promise.is_empty(), "{row}");
        let (file, name) = test
            .split_once(" › ")
            .unwrap_or_else(|| panic!("no test named for \"{promise}\""));
        let file = file.trim_matches('`');
        let source = std::fs::read_to_string(file)
            .unwrap_or_else(|_| panic!("\"{promise}\": no file {file}"));
        let found = if let Some(quoted) = name.strip_prefix('"').and_then(|n| n.strip_suffix('"')) {
            // An end-to-end test: its name (or, for a name built in a loop, a part of it) in a
            // test( call.
            source
                .lines()
                .any(|l| l.contains("test(") && l.contains(&quoted.replace('\'', "\\'")))
                || source
                    .lines()
                    .any(|l| l.contains("test(") && l.contains(quoted))
        } else {
            let f = name.trim_matches('`');
            source.contains(&format!("fn {f}("))
        };
        assert!(found, "\"{promise}\": no test {name} in {file}");
    }
}
