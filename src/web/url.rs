//! The page address: the one place the app reads its query string.

use web_sys::UrlSearchParams;

use crate::options::Options;

/// The options in the page's query string; the defaults if it cannot be read.
pub fn options() -> Options {
    let search = web_sys::window().and_then(|w| w.location().search().ok()).unwrap_or_default();
    match UrlSearchParams::new_with_str(&search) {
        Ok(params) => Options::read(|name| params.get(name)),
        Err(_) => Options::default(),
    }
}
