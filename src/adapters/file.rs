//! Files the person chooses: saving a small text file (download) and reading one back.
//!
//! Rule kept: nothing is uploaded anywhere; the file is made and read on this device.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str) {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type("text/plain;charset=utf-8");
    let Ok(blob) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options) else {
        return;
    };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else {
        return;
    };
    if let Some(a) = document
        .create_element("a")
        .ok()
        .and_then(|e| e.dyn_into::<web_sys::HtmlAnchorElement>().ok())
    {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// The text of the first file chosen in `input`, or `None` when none is chosen or it cannot be
/// read. Large files are refused: a result file is a few hundred bytes.
pub async fn read_first(input: &web_sys::HtmlInputElement) -> Option<String> {
    const MAX_BYTES: f64 = 64.0 * 1024.0;
    let file = input.files()?.get(0)?;
    if file.size() > MAX_BYTES {
        return None;
    }
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .ok()?;
    text.as_string()
}
