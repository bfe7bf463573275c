//! The recovery screen after a panic: the panic is reported on the console as before, then
//! `window.mlTeamAdvisorRecover` (boot.js's, which fetches `recover.js` then) shows
//! the visitor, in their language, what happened, a way to reload and their answers to copy.

use wasm_bindgen::{JsCast, JsValue};

/// The function boot.js puts on the window.
const RECOVER: &str = "mlTeamAdvisorRecover";

/// Installs the panic hook that reports the panic and shows the recovery screen.
pub fn install_panic_hook() {
    std::panic::set_hook(Box::new(|info| {
        console_error_panic_hook::hook(info);
        show("panic");
    }));
}

/// Shows the recovery screen for `reason` (`"panic"` or `"load"`); where boot.js did not
/// start the app, nothing more can be done.
fn show(reason: &str) {
    let Some(window) = web_sys::window() else { return };
    let Ok(recover) = js_sys::Reflect::get(&window, &JsValue::from_str(RECOVER)) else { return };
    if let Some(recover) = recover.dyn_ref::<js_sys::Function>() {
        let _ = recover.call1(&JsValue::NULL, &JsValue::from_str(reason));
    }
}
