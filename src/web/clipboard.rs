//! Copying text to the clipboard.

use wasm_bindgen_futures::JsFuture;

/// Copies text; false when the browser refuses (no clipboard API, or permission denied), so
/// the caller can offer the text to copy by hand instead.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let clipboard = window.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.is_ok()
}
