//! The look the address asked for, put on the root element: classes for embed mode, the
//! background and the theme, and the accent colour as custom properties. Colours go through the CSSOM, which a strict Content-Security-Policy
//! allows, never through a `style` attribute in markup, which it blocks.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use crate::options::Options;

pub fn apply(options: &Options) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .and_then(|e| e.dyn_into::<HtmlElement>().ok())
    else {
        return;
    };
    let classes = root.class_list();
    for class in options.classes() {
        let _ = classes.add_1(class);
    }
    if let Some(accent) = options.accent {
        let style = root.style();
        let _ = style.set_property("--accent", &accent.css());
        let _ = style.set_property("--accent-text", accent.text_css());
    }
}
