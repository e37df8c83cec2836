//! Printing: opens the browser's print dialog. The print stylesheet decides what goes on paper;
//! the answers behind each sub-score go along only when the person asks for them.

use wasm_bindgen::JsCast;

/// Opens every "why" panel when `with_answers` (closed panels print nothing), then opens the
/// print dialog. Does nothing where printing is blocked (e.g. a sandboxed frame).
pub fn print_with_details(with_answers: bool) {
    let Some(window) = super::window() else {
        return;
    };
    if with_answers {
        if let Some(list) = window
            .document()
            .and_then(|d| d.query_selector_all("details.app-why").ok())
        {
            for i in 0..list.length() {
                if let Some(d) = list
                    .item(i)
                    .and_then(|n| n.dyn_into::<web_sys::HtmlDetailsElement>().ok())
                {
                    d.set_open(true);
                }
            }
        }
    }
    let _ = window.print();
}

/// Prints only the page's sheet for the occasion (the root gets `class` while the dialog is
/// open; the print stylesheet shows only that sheet). Used for the conversation sheet.
pub fn print_sheet(class: &str) {
    let Some(window) = super::window() else {
        return;
    };
    super::document::set_root_class(class, true);
    let _ = window.print();
    super::document::set_root_class(class, false);
}
