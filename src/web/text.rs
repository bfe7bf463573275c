//! The catalog files (`text::data`) at the browser's edge: the one the loader (`boot.js`)
//! fetched before the app started, and another language's, fetched when the visitor switches.
//! The loader keeps every file it fetched on `window`, so the full app, taking over from the
//! first part, finds them there too.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

use crate::text::{self, Locale};

/// The loader's files so far, by locale tag.
const FILES: &str = "mlTeamAdvisorText";
/// The loader's function that fetches a locale's file: `(tag) => Promise<string>`.
const FETCH: &str = "mlTeamAdvisorFetchText";

fn global(name: &str) -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    js_sys::Reflect::get(&window, &JsValue::from_str(name)).ok()
}

/// Installs every file the loader has fetched so far.
pub fn install_fetched() {
    let Some(files) = global(FILES) else {
        return;
    };
    for locale in Locale::ALL {
        let file = js_sys::Reflect::get(&files, &JsValue::from_str(locale.tag())).ok().and_then(|f| f.as_string());
        if let Some(file) = file {
            text::install(locale, file);
        }
    }
}

/// Makes sure the locale's texts are here, fetching its file if needed; false if it could
/// not be fetched (the loader has then retried once and said so).
pub async fn fetch(locale: Locale) -> bool {
    if text::installed(locale) {
        return true;
    }
    let Some(fetch) = global(FETCH).and_then(|f| f.dyn_into::<js_sys::Function>().ok()) else {
        return false;
    };
    let Ok(promise) = fetch.call1(&JsValue::NULL, &JsValue::from_str(locale.tag())) else {
        return false;
    };
    match JsFuture::from(js_sys::Promise::from(promise)).await.ok().and_then(|f| f.as_string()) {
        Some(file) => {
            text::install(locale, file);
            text::installed(locale)
        }
        None => false,
    }
}
