//! Entry point of the first part: the start screen and the quiz, all a first visit needs
//! before its first answer. Leaving the quiz loads the full app (`src/main.rs`), which takes
//! over from the answers saved in this browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use ml_team_advisor::ui::{first_screens, App};

    console_error_panic_hook::set_once();
    match ml_team_advisor::web::prerender::root() {
        Some(root) => leptos::mount::mount_to(root, || view! { <App screens=first_screens/> }).forget(),
        None => leptos::mount::mount_to_body(|| view! { <App screens=first_screens/> }),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ML Team Advisor runs in the browser: build it with `trunk build --release`.");
}
