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
