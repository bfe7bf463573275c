//! Entry point of the full app: every screen, mounted in place of the static start screen, or
//! of the first part (`src/first.rs`) when it takes over from it.

#[cfg(target_arch = "wasm32")]
fn main() {
    ml_team_advisor::ui::mount(ml_team_advisor::ui::every_screen, Some(ml_team_advisor::ui::FULL_APP));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ML Team Advisor runs in the browser: build it with `trunk build --release`.");
}
