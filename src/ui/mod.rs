//! The view: components that render what the engine decided and wire buttons to plain-Rust
//! state changes. They never decide anything about the organisation or the team themselves.

mod about;
mod charts;
mod compare;
mod data;
mod embedded;
mod keep;
mod leader;
mod library;
mod lines;
mod notice;
mod plan;
mod practitioner;
mod quiz;
mod result;
mod series;
mod session;
mod start;
mod team;
mod teams;
mod update;

use std::cell::Cell;

use leptos::html::Button;
use leptos::prelude::*;

use crate::text::{self, Locale};
use crate::web::{appearance, embed, locale as page_locale, location, offline, storage};
pub use session::{Screen, Session};

thread_local! {
    /// The locale the view is drawn in. It changes only when the whole page is drawn anew.
    static LOCALE: Cell<Locale> = const { Cell::new(Locale::En) };
}

/// The locale the view is drawn in.
pub fn locale() -> Locale {
    LOCALE.with(Cell::get)
}

/// The text for a catalog key in the current locale.
pub fn tr(key: &str) -> &'static str {
    text::t(locale(), key)
}

/// The whole app. The session (progress, library, screen) lives across a change of language;
/// the page is drawn anew in the new language, which keeps every component free of it.
#[component]
pub fn App() -> impl IntoView {
    let options = location::options();
    appearance::apply(&options);
    // The start screen reads the track the address chose, if any.
    provide_context(options);
    if options.embed {
        embed::report_height();
    }
    if options.popup {
        // In the host's popup, Esc asks the host to close it, as Esc closes any dialog.
        window_event_listener(leptos::ev::keydown, |event| {
            if event.key() == "Escape" && !event.default_prevented() {
                embed::request_close();
            }
        });
    }
    let update = RwSignal::new_local(None);
    offline::register(move |waiting| update.set(Some(waiting)));
    let session = Session::start(storage::load_progress(), storage::load_library(), location::fragment());
    let chosen = RwSignal::new(page_locale::initial(options.locale, storage::load_locale()));
    let switched = StoredValue::new(false);
    Effect::new(move |_| page_locale::show(chosen.get()));
    let switch = move || {
        let next = locale().other();
        storage::save_locale(next);
        page_locale::keep_in_address(next);
        switched.set_value(true);
        chosen.set(next);
    };
    move || {
        LOCALE.with(|current| current.set(chosen.get()));
        view! { <Page session switch focus_switch=switched.get_value() embedded=options.embed update/> }
    }
}

/// Header (left out when embedded), the current screen, and the notices about saving and about
/// a new version, in the current locale. `focus_switch` puts the focus back on the language
/// switch after it redrew the page.
#[component]
fn Page(
    session: Session,
    switch: impl Fn() + Copy + 'static,
    focus_switch: bool,
    embedded: bool,
    update: RwSignal<Option<offline::Update>, LocalStorage>,
) -> impl IntoView {
    let switch_button = NodeRef::<Button>::new();
    if focus_switch {
        Effect::new(move |_| {
            if let Some(button) = switch_button.get() {
                let _ = button.focus();
            }
        });
    }
    let chrome = (!embedded).then(|| {
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
                    <button
                        type="button"
                        class="link locale-switch"
                        data-testid="locale-switch"
                        title=tr("locale.switch.hint")
                        node_ref=switch_button
                        on:click=move |_| switch()
                    >
                        <span lang=locale().other().tag()>{tr("locale.switch")}</span>
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
                Screen::Series => view! { <series::SeriesView session/> }.into_any(),
                Screen::Team => view! { <team::TeamScreen session/> }.into_any(),
            }}
        </main>
        {embedded.then(|| view! { <embedded::StorageNote session/> })}
    }
}
