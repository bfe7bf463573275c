//! Entry point of the full app: installs the panic hook and mounts every screen in place of
//! the static start screen, or of the first part (`src/first.rs`) when it takes over from it.

#[cfg(target_arch = "wasm32")]
fn main() {
    use leptos::prelude::*;
    use ml_team_advisor::ui::{every_screen, App};

    console_error_panic_hook::set_once();
    match ml_team_advisor::web::prerender::root() {
        Some(root) => leptos::mount::mount_to(root, || view! { <App screens=every_screen/> }).forget(),
        None => leptos::mount::mount_to_body(|| view! { <App screens=every_screen/> }),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ML Team Advisor runs in the browser: build it with `trunk build --release`.");
}
