//! Entry point of the first part: the start screen and the quiz, all a first visit needs
//! before its first answer. Leaving the quiz loads the full app (`src/main.rs`), which takes
//! over from the answers saved in this browser.

#[cfg(target_arch = "wasm32")]
fn main() {
    ml_team_advisor::ui::mount(ml_team_advisor::ui::first_screens, None);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("ML Team Advisor runs in the browser: build it with `trunk build --release`.");
}
