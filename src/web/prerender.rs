//! The app's root element in `index.html`, which arrives holding a static copy of the start
//! screen (written by `scripts/prerender.mjs`) so the page paints before the wasm arrives. The
//! app takes the copy's place inside the same element, in the same task, so the browser never
//! paints in between and the live screen lays out exactly as the copy did.

use wasm_bindgen::JsCast;

/// The id of the root element in `index.html`.
const ID: &str = "app";

/// The root element, emptied of its static copy; `None` on a page without one.
pub fn root() -> Option<web_sys::HtmlElement> {
    let element = web_sys::window()?.document()?.get_element_by_id(ID)?;
    element.set_inner_html("");
    element.dyn_into().ok()
}
