//! The page's language at the browser's edges: the browser's preferred languages, the
//! document's `lang` and title, and the `lang` parameter kept in the address after a switch.

use crate::text::{self, locale, t, Locale};

/// The locale to start in: the one on `<html lang>`, which the loader (`boot.js`, the one place
/// the language is chosen: address, remembered choice, browser) set before it fetched that
/// language's texts, and which the page keeps there after a switch, so the full app taking over
/// starts in the language on screen. A tag the app does not speak, or one whose texts are not
/// here, yields the first locale whose texts are.
pub fn initial() -> Locale {
    let on_page = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|root| root.get_attribute("lang"))
        .and_then(|tag| Locale::from_tag(&tag));
    on_page.into_iter().chain(Locale::ALL).find(|l| text::installed(*l)).unwrap_or_default()
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
