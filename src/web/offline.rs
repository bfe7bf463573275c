//! Working offline: registers the service worker (`sw.js`, which precaches the whole build)
//! and says when a new version has been installed and is waiting to take over.
//!
//! The worker never takes over by itself: the page that shows the notice asks it to, then
//! reloads once it has. Answers live in local storage, so the reload keeps them.

use std::rc::Rc;

use wasm_bindgen::{prelude::Closure, JsCast, JsValue};
use web_sys::{ServiceWorker, ServiceWorkerContainer, ServiceWorkerRegistration, ServiceWorkerState};

/// The message `sw.js` answers by taking over from the version in use.
const TAKE_OVER: &str = "take-over";

/// A new version, installed and waiting for the visitor's word.
#[derive(Clone)]
pub struct Update {
    waiting: ServiceWorker,
    container: ServiceWorkerContainer,
}

impl Update {
    /// Lets the new version take over, and reloads this page into it once it has.
    pub fn apply(&self) {
        // Another tab may have let it take over already: then there is nothing to wait for.
        if matches!(self.waiting.state(), ServiceWorkerState::Activating | ServiceWorkerState::Activated) {
            reload();
            return;
        }
        let on_switched = Closure::once_into_js(reload);
        self.container.set_oncontrollerchange(Some(on_switched.unchecked_ref()));
        let _ = self.waiting.post_message(&JsValue::from_str(TAKE_OVER));
    }
}

fn reload() {
    if let Some(window) = web_sys::window() {
        let _ = window.location().reload();
    }
}

/// Registers the service worker beside index.html (so its scope is wherever the app is
/// hosted) once the page is idle, so that its precaching never competes with the first
/// screen, and calls `on_update` when a new version is waiting. Where service workers are
/// unavailable (an insecure origin, a sandboxed frame, storage refused) the app simply runs
/// online.
pub fn register(on_update: impl Fn(Update) + 'static) {
    when_idle(move || register_now(on_update));
}

/// Calls `then` once, when the browser is next idle; where it cannot say (WebKit has no
/// `requestIdleCallback`), after a second.
fn when_idle(then: impl FnOnce() + 'static) {
    let Some(window) = web_sys::window() else { return };
    let callback = Closure::once_into_js(then);
    if window.request_idle_callback(callback.unchecked_ref()).is_err() {
        let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(callback.unchecked_ref(), 1000);
    }
}

fn register_now(on_update: impl Fn(Update) + 'static) {
    let Some(container) = container() else { return };
    let registered = container.register("sw.js");
    let on_registered = Closure::once(move |registration: JsValue| {
        if let Ok(registration) = registration.dyn_into::<ServiceWorkerRegistration>() {
            watch(registration, container, Rc::new(on_update));
        }
    });
    // A refused registration needs no handling, only catching, so that it is not reported.
    let on_refused = Closure::once(|_: JsValue| {});
    let _ = registered.then2(&on_registered, &on_refused);
    // The promise settles once, later: both handlers must outlive this call.
    on_registered.forget();
    on_refused.forget();
}

/// `navigator.serviceWorker`, read without trusting it: the property is missing on insecure
/// origins, and reading it throws in a sandboxed frame without `allow-same-origin`.
fn container() -> Option<ServiceWorkerContainer> {
    let navigator = web_sys::window()?.navigator();
    js_sys::Reflect::get(&navigator, &JsValue::from_str("serviceWorker")).ok()?.dyn_into().ok()
}

fn watch(registration: ServiceWorkerRegistration, container: ServiceWorkerContainer, on_update: Rc<dyn Fn(Update)>) {
    // A worker that finishes installing while an older one controls this page is a new
    // version; the very first install only makes the next visit work offline.
    let offer = move |waiting: ServiceWorker| {
        if container.controller().is_some() {
            on_update(Update { waiting, container: container.clone() });
        }
    };
    if let Some(waiting) = registration.waiting() {
        offer(waiting);
    }
    let found = registration.clone();
    let on_found = Closure::<dyn Fn()>::new(move || {
        let Some(installing) = found.installing() else { return };
        let worker = installing.clone();
        let offer = offer.clone();
        let on_state = Closure::<dyn Fn()>::new(move || {
            if worker.state() == ServiceWorkerState::Installed {
                offer(worker.clone());
            }
        });
        installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
        // Handlers of the registration and its workers are called for the life of the page.
        on_state.forget();
    });
    registration.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
    on_found.forget();
}
