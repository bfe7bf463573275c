//! The view: components that render what the engine decided and wire buttons to plain-Rust
//! state changes. They never decide anything about the organisation or the team themselves.

mod about;
mod charts;
mod compare;
mod keep;
mod library;
mod notice;
mod plan;
mod practitioner;
mod quiz;
mod result;
mod session;
mod start;
mod update;
mod why;

use leptos::prelude::*;

use crate::text::{self, Locale};
use crate::web::{appearance, embed, location, offline, storage};
pub use session::{Screen, Session};

/// The text for a catalog key in the current locale.
pub fn tr(key: &str) -> &'static str {
    text::t(Locale::default(), key)
}

/// The whole app: header (left out when embedded), the current screen, and the notices about
/// saving and about a new version.
#[component]
pub fn App() -> impl IntoView {
    let options = location::options();
    appearance::apply(&options);
    // The start screen reads the track the address chose, if any.
    provide_context(options);
    if options.embed {
        embed::report_height();
    }
    let update = RwSignal::new_local(None);
    offline::register(move |waiting| update.set(Some(waiting)));
    let session = Session::start(storage::load_progress(), storage::load_library(), location::fragment());
    let chrome = (!options.embed).then(|| {
        view! {
            <a class="skip" href="#main">{tr("nav.skip")}</a>
            <header class="topbar">
                <button class="brand" type="button" on:click=move |_| session.screen.set(Screen::Start)>
                    {tr("app.title")}
                </button>
                <nav>
                    <button
                        type="button"
                        class="link"
                        data-testid="library-link"
                        on:click=move |_| session.screen.set(Screen::Library)
                    >
                        {tr("nav.library")}
                    </button>
                    <button
                        type="button"
                        class="link"
                        data-testid="about-link"
                        on:click=move |_| session.screen.set(Screen::About)
                    >
                        {tr("nav.about")}
                    </button>
                </nav>
            </header>
        }
    });
    view! {
        {chrome}
        <update::UpdateNotice update/>
        <notice::Notice session/>
        <main id="main" tabindex="-1">
            {move || match session.screen.get() {
                Screen::Start => view! { <start::Start session/> }.into_any(),
                Screen::Quiz => view! { <quiz::Quiz session/> }.into_any(),
                Screen::Result | Screen::Viewing => view! { <result::ResultPage session/> }.into_any(),
                Screen::About => view! { <about::About session/> }.into_any(),
                Screen::Library => view! { <library::LibraryPage session/> }.into_any(),
                Screen::Compare => view! { <compare::ComparePage session/> }.into_any(),
            }}
        </main>
    }
}
