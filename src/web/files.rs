//! Reading a file the user picked, without uploading it anywhere.

use wasm_bindgen_futures::JsFuture;

/// The largest file read at all; larger ones are refused unread.
const MAX_BYTES: f64 = 256.0 * 1024.0;

/// Why a picked file could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReadError {
    TooLarge,
    Unreadable,
}

/// The text of the first file chosen in a file input.
pub async fn read_text(input: &web_sys::HtmlInputElement) -> Result<String, ReadError> {
    let file = input.files().and_then(|files| files.get(0)).ok_or(ReadError::Unreadable)?;
    if file.size() > MAX_BYTES {
        return Err(ReadError::TooLarge);
    }
    let text = JsFuture::from(file.text()).await.map_err(|_| ReadError::Unreadable)?;
    text.as_string().ok_or(ReadError::Unreadable)
}
