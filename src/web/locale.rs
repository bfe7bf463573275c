//! The page's language at the browser's edges: the `lang` parameter an embedding page puts in
//! the address, the browser's preferred languages, and the document's `lang` and title.

use crate::text::{locale, t, Locale};

/// The locale named by the address's `lang` parameter, if it names one exactly.
fn from_address() -> Option<Locale> {
    let search = web_sys::window()?.location().search().ok()?;
    locale::from_query(&search)
}

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The locale to start in: the address's, else the remembered one, else the browser's.
pub fn initial(remembered: Option<Locale>) -> Locale {
    let languages = browser_languages();
    locale::choose(from_address(), remembered, languages.iter().map(String::as_str))
}

/// Marks the document as written in the locale (for screen readers, fonts and translation
/// tools) and titles it in that language.
pub fn show(locale: Locale) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(root) = document.document_element() {
        let _ = root.set_attribute("lang", locale.tag());
    }
    document.set_title(t(locale, "app.title"));
}

/// After a switch, rewrites a `lang` parameter already in the address to the new locale, so a
/// reload shows what the user chose. Adds nothing and keeps the fragment and history as they are.
pub fn keep_in_address(locale: Locale) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let (Ok(history), Ok(search), Ok(hash)) = (window.history(), window.location().search(), window.location().hash())
    else {
        return;
    };
    let query = locale::with_lang(&search, locale);
    let Ok(path) = window.location().pathname() else {
        return;
    };
    if query == search {
        return;
    }
    let address = format!("{path}{query}{hash}");
    let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&address));
}
