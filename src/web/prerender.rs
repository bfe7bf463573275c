//! The start screen painted from static markup in `index.html` before the wasm arrives: it is
//! removed in the same task that mounts the app, so the browser never paints in between.

/// The id of the static copy in `index.html` (written by `scripts/prerender.mjs`).
const ID: &str = "prerender";

/// Removes the static copy, if the page has one.
pub fn clear() {
    if let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(ID)) {
        element.remove();
    }
}
