//! The page's language at the browser's edges: the browser's preferred languages, the
//! document's `lang` and title, and the `lang` parameter kept in the address after a switch.

use crate::text::{self, locale, t, Locale};

/// The browser's preferred languages, most preferred first.
fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages().iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The locale to start in: the address's (read with the other page options), else the
/// remembered one, else the browser's; the loader (`boot.js`) chose the same way and fetched
/// its texts. Should the two ever disagree, the locale whose texts are here wins.
pub fn initial(address: Option<Locale>, remembered: Option<Locale>) -> Locale {
    let languages = browser_languages();
    let chosen = locale::choose(address, remembered, languages.iter().map(String::as_str));
    std::iter::once(chosen).chain(Locale::ALL).find(|l| text::installed(*l)).unwrap_or(chosen)
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
