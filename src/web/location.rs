//! The page's address: the options in its query string (embed mode, theme and the like), the
//! fragment a share link arrives in, and the address a new share link is built on.

use web_sys::UrlSearchParams;

use crate::options::Options;

/// The options in the query string; the defaults if it cannot be read.
pub fn options() -> Options {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    match UrlSearchParams::new_with_str(&search) {
        Ok(params) => Options::read(|name| params.get(name)),
        Err(_) => Options::default(),
    }
}

/// The current address, whole.
pub fn href() -> Option<String> {
    web_sys::window()?.location().href().ok()
}

/// The fragment of the current address, without `#`, if there is one.
pub fn fragment() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    let hash = hash.strip_prefix('#').unwrap_or(&hash).to_owned();
    (!hash.is_empty()).then_some(hash)
}

/// The current address with its fragment replaced.
pub fn with_fragment(fragment: &str) -> Option<String> {
    let href = web_sys::window()?.location().href().ok()?;
    let base = href.split('#').next().unwrap_or(&href);
    Some(format!("{base}#{fragment}"))
}

/// Removes the fragment from the address bar without reloading or adding history, once a
/// shared assessment has been dealt with.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(history), Ok(href)) = (window.history(), window.location().href()) else {
        return;
    };
    let base = href.split('#').next().unwrap_or(&href).to_owned();
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&base));
}
