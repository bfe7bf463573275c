//! Asking the browser to keep this app's storage (`navigator.storage.persist()`), so that it is
//! not cleared to free space; browsers without the Storage API are told apart.

use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// What the browser answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Persistence {
    /// Storage will be kept unless the user clears it.
    Granted,
    /// The browser may still clear it when space runs low.
    Refused,
    /// This browser cannot be asked.
    Unsupported,
}

/// `navigator.storage[method]()`, awaited, as a boolean; `None` without the Storage API.
async fn ask(method: &str) -> Option<bool> {
    let navigator = web_sys::window()?.navigator();
    let storage = js_sys::Reflect::get(&navigator, &JsValue::from_str("storage")).ok()?;
    if storage.is_undefined() || storage.is_null() {
        return None;
    }
    let function =
        js_sys::Reflect::get(&storage, &JsValue::from_str(method)).ok()?.dyn_into::<js_sys::Function>().ok()?;
    let promise = function.call0(&storage).ok()?.dyn_into::<js_sys::Promise>().ok()?;
    JsFuture::from(promise).await.ok()?.as_bool()
}

/// Asks the browser to keep the storage, unless it already does.
pub async fn request() -> Persistence {
    let answer = match ask("persisted").await {
        Some(true) => Some(true),
        Some(false) => ask("persist").await,
        None => None,
    };
    match answer {
        Some(true) => Persistence::Granted,
        Some(false) => Persistence::Refused,
        None => Persistence::Unsupported,
    }
}
