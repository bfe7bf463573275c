//! Embedded in another page: tells the parent page how tall the content is, so that its
//! `embed.js` sizes the iframe with no scrollbar.
//!
//! The message is `{type: "ml-team-advisor:height", height: N}` and nothing else: no answer,
//! no address, no text. It goes to the parent window only, addressed to the origin of
//! `document.referrer` (the page that created the iframe); when the host's referrer policy
//! hides that, it goes to `*`, which is safe because a height is all it carries.

use std::cell::Cell;

use js_sys::{Object, Reflect};
use wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use web_sys::{ResizeObserver, Url, Window};

/// The `type` of every message this app posts to its parent.
const HEIGHT_MESSAGE: &str = "ml-team-advisor:height";

/// Reports the content height to the parent now and on every change. Does nothing in a page
/// of its own.
pub fn report_height() {
    let Some(window) = web_sys::window() else { return };
    let Some(parent) = window.parent().ok().flatten().filter(|p| *p != window) else { return };
    let Some(document) = window.document() else { return };
    let Some(root) = document.document_element() else { return };
    let target = referrer_origin(&document.referrer()).unwrap_or_else(|| "*".to_owned());

    let sent = Cell::new(0.0);
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        // The root element's box is the content's height, not the iframe's: it can shrink.
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != sent.get() {
            sent.set(height);
            post_height(&parent, &target, height);
        }
    });
    let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else { return };
    observer.observe(&root);
    // The observer watches for the life of the page, so its callback must too.
    on_resize.forget();
}

/// The origin of the referring page, if it is an http(s) address.
fn referrer_origin(referrer: &str) -> Option<String> {
    let url = Url::new(referrer).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.origin())
}

fn post_height(parent: &Window, target: &str, height: f64) {
    let message = Object::new();
    let _ = Reflect::set(&message, &"type".into(), &HEIGHT_MESSAGE.into());
    let _ = Reflect::set(&message, &"height".into(), &JsValue::from_f64(height));
    let _ = parent.post_message(&message, target);
}
