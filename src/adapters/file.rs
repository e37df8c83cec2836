//! Files the person chooses: saving a small text file (download) and reading one back.
//!
//! Rule kept: nothing is uploaded anywhere; the file is made and read on this device.

use wasm_bindgen::JsCast;

/// Offers `text` as a download named `name`.
pub fn download(name: &str, text: &str) {
    download_as(name, "text/plain;charset=utf-8", text);
}

/// Offers `text` as a download named `name` of the MIME type `mime` (e.g. CSV).
pub fn download_as(name: &str, mime: &str, text: &str) {
    let Some(document) = super::window().and_then(|w| w.document()) else {
        return;
    };
    let parts = js_sys::Array::of1(&text.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
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

/// The largest file [`read_bytes`] reads: about two million codes.
pub const MAX_READ: f64 = 128.0 * 1024.0 * 1024.0;

/// The bytes of the first file chosen in `input` (any kind of file: the caller decides what is
/// text), read on this device; `None` when none is chosen, it is over [`MAX_READ`], or it cannot
/// be read.
pub async fn read_bytes(input: &web_sys::HtmlInputElement) -> Option<Vec<u8>> {
    let file = input.files()?.get(0)?;
    if file.size() > MAX_READ {
        return None;
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// Lets the browser paint and handle input before long work goes on (a zero timeout).
pub async fn yield_now() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let scheduled =
            super::window().is_some_and(|w| w.set_timeout_with_callback(&resolve).is_ok());
        if !scheduled {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
