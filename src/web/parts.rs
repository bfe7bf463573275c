//! The two parts of the build: the first part (start screen and quiz) asks the loader
//! (`boot.js`) for the full app when the visitor leaves the quiz, and the full app, once it
//! starts, reads which screen the visitor asked for. Both talk through two names on `window`
//! that only `boot.js` sets.

use wasm_bindgen::{JsCast, JsValue};

/// The loader's function that fetches and starts the full app (once, however often asked).
const LOAD: &str = "mlTeamAdvisorFull";
/// Where the loader leaves the screen asked for, for the full app to read.
const HANDED: &str = "mlTeamAdvisorHanded";

/// Asks the loader for the full app, to open on the screen named `screen` (empty: the one
/// that follows from what is stored).
pub fn load_full(screen: &str) {
    let Some(window) = web_sys::window() else {
        return;
    };
    if let Ok(load) = js_sys::Reflect::get(&window, &JsValue::from_str(LOAD)) {
        if let Some(load) = load.dyn_ref::<js_sys::Function>() {
            let _ = load.call1(&JsValue::NULL, &JsValue::from_str(screen));
        }
    }
}

/// The name of the screen the visitor asked for before the full app took over, if any (read
/// once).
pub fn handed_over() -> Option<String> {
    let window = web_sys::window()?;
    let key = JsValue::from_str(HANDED);
    let name = js_sys::Reflect::get(&window, &key).ok()?.as_string();
    let _ = js_sys::Reflect::delete_property(&window, &key);
    name
}
