//! Embedded in another page: the messages the app posts to the host's `embed.js`, and nothing
//! else. Every message is an object with a `type` and at most one number or word:
//!
//! - `{type: "ml-team-advisor:height", height: N}`: the content height, now and on every
//!   change, so that the host sizes the iframe with no scrollbar;
//! - `{type: "ml-team-advisor:close"}`: Esc was pressed in the app, in the host's popup only;
//! - `{type: "ml-team-advisor:finished", track: "leader" | "practitioner"}`: a quiz was just
//!   finished, only when the host asked for it (`events=finished`).
//!
//! No answer, no result, no address, no text ever leaves. Messages go to the parent window
//! only, addressed to the origin of `document.referrer` (the page that created the iframe);
//! when the host's referrer policy hides that, they go to `*`, which is safe because none
//! carries anything about the visitor beyond the fact of finishing, which the host asked for.

use std::cell::Cell;

use js_sys::{Object, Reflect};
use wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use web_sys::{ResizeObserver, Url, Window};

use crate::engine::Track;

/// The `type` of the height message.
const HEIGHT_MESSAGE: &str = "ml-team-advisor:height";
/// The `type` of the popup's close request.
const CLOSE_MESSAGE: &str = "ml-team-advisor:close";
/// The `type` of the finished-quiz event.
const FINISHED_MESSAGE: &str = "ml-team-advisor:finished";

/// The page that embeds this one, and the origin to address it by.
struct Host {
    parent: Window,
    target: String,
}

impl Host {
    /// The host page, if this page is embedded in one.
    fn find() -> Option<Host> {
        let window = web_sys::window()?;
        let parent = window.parent().ok().flatten().filter(|p| *p != window)?;
        let referrer = window.document()?.referrer();
        let target = referrer_origin(&referrer).unwrap_or_else(|| "*".to_owned());
        Some(Host { parent, target })
    }

    /// Posts `{type, ...fields}` to the host.
    fn post(&self, kind: &str, fields: &[(&str, JsValue)]) {
        let message = Object::new();
        let _ = Reflect::set(&message, &"type".into(), &kind.into());
        for (name, value) in fields {
            let _ = Reflect::set(&message, &(*name).into(), value);
        }
        let _ = self.parent.post_message(&message, &self.target);
    }
}

/// Reports the content height to the parent now and on every change. Does nothing in a page
/// of its own.
pub fn report_height() {
    let Some(host) = Host::find() else { return };
    let Some(root) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element()) else {
        return;
    };
    let sent = Cell::new(0.0);
    let measured = root.clone();
    let on_resize = Closure::<dyn Fn()>::new(move || {
        // The root element's box is the content's height, not the iframe's: it can shrink.
        let height = measured.get_bounding_client_rect().height().ceil();
        if height != sent.get() {
            sent.set(height);
            host.post(HEIGHT_MESSAGE, &[("height", JsValue::from_f64(height))]);
        }
    });
    let Ok(observer) = ResizeObserver::new(on_resize.as_ref().unchecked_ref()) else { return };
    observer.observe(&root);
    // The observer watches for the life of the page, so its callback must too.
    on_resize.forget();
}

/// Asks the host to close its popup (Esc pressed in the app). The caller sends it only in
/// popup mode.
pub fn request_close() {
    if let Some(host) = Host::find() {
        host.post(CLOSE_MESSAGE, &[]);
    }
}

/// Tells the host that a quiz of `track` was just finished, if the address says the host
/// asked for it; otherwise does nothing.
pub fn announce_finished(track: Track) {
    if !super::location::options().finished_event {
        return;
    }
    if let Some(host) = Host::find() {
        host.post(FINISHED_MESSAGE, &[("track", track.id().into())]);
    }
}

/// The origin of the referring page, if it is an http(s) address.
fn referrer_origin(referrer: &str) -> Option<String> {
    let url = Url::new(referrer).ok()?;
    matches!(url.protocol().as_str(), "http:" | "https:").then(|| url.origin())
}
