//! Entry point: installs the panic hook (which also shows the recovery screen) and mounts the
//! app in place of the static start screen.

#[cfg(target_arch = "wasm32")]
fn main() {
    ml_team_advisor::web::recover::install_panic_hook();
    match ml_team_advisor::web::prerender::root() {
        Some(root) => leptos::mount::mount_to(root, ml_team_advisor::ui::App).forget(),
        None => leptos::mount::mount_to_body(ml_team_advisor::ui::App),
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ML Team Advisor runs in the browser: build it with `trunk build --release`.");
}
