//! The view: components that render what the engine decided and wire buttons to plain-Rust
//! state changes. They never decide anything about the organisation or the team themselves.

mod about;
mod charts;
mod compare;
mod data;
mod embedded;
mod field;
mod full;
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
use crate::web::{appearance, embed, locale as page_locale, location, offline, parts, storage, text as web_text};
pub use full::FULL_APP;
pub use session::{FullApp, Screen, Session};

/// Draws a screen: every screen in the full app, only the first ones in the first part
/// (`src/first.rs`), so that the views it leaves out are not compiled into it.
pub type Screens = fn(Session, Screen) -> AnyView;

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
pub fn App(screens: Screens, full: Option<FullApp>) -> impl IntoView {
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
    let session = Session::start(storage::load_progress(), location::fragment(), full);
    // The full app taking over from the first part opens the screen the visitor asked for.
    if let Some((screen, _)) = parts::handed_over().and_then(|name| HANDED.iter().find(|(_, n)| *n == name)) {
        session.go(*screen);
    }
    web_text::install_fetched();
    let chosen = RwSignal::new(page_locale::initial());
    let switched = StoredValue::new(false);
    Effect::new(move |_| page_locale::show(chosen.get()));
    // The other language's texts are fetched first, if this visit has not fetched them yet.
    let switch = move || {
        let next = locale().other();
        leptos::task::spawn_local(async move {
            if web_text::fetch(next).await {
                storage::save_locale(next);
                page_locale::keep_in_address(next);
                switched.set_value(true);
                chosen.set(next);
            }
        });
    };
    move || {
        LOCALE.with(|current| current.set(chosen.get()));
        view! { <Page session screens switch focus_switch=switched.get_value() embedded=options.embed update/> }
    }
}

/// Header (left out when embedded), the current screen, and the notices about saving and about
/// a new version, in the current locale. `focus_switch` puts the focus back on the language
/// switch after it redrew the page.
#[component]
fn Page(
    session: Session,
    screens: Screens,
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
            {move || screens(session, session.screen.get())}
        </main>
        {embedded.then(|| view! { <embedded::StorageNote session/> })}
    }
}

/// Starts the app drawing `screens`, with the full app's part of the session where given: installs
/// the panic hook and mounts it in place of the static start screen (or, in the full app, of
/// the first part it takes over from).
pub fn mount(screens: Screens, full: Option<FullApp>) {
    crate::web::recover::install_panic_hook();
    match crate::web::prerender::root() {
        Some(root) => leptos::mount::mount_to(root, move || view! { <App screens full/> }).forget(),
        None => leptos::mount::mount_to_body(move || view! { <App screens full/> }),
    }
}

/// Every screen, in the full app.
pub fn every_screen(session: Session, screen: Screen) -> AnyView {
    match screen {
        Screen::Start => view! { <start::Start session/> }.into_any(),
        Screen::Quiz => view! { <quiz::Quiz session/> }.into_any(),
        Screen::Result | Screen::Viewing => view! { <result::ResultPage session/> }.into_any(),
        Screen::About => view! { <about::About session/> }.into_any(),
        Screen::Library => view! { <library::LibraryPage session/> }.into_any(),
        Screen::Compare => view! { <compare::ComparePage session/> }.into_any(),
        Screen::Series => view! { <series::SeriesView session/> }.into_any(),
        Screen::Team => view! { <team::TeamScreen session/> }.into_any(),
    }
}

/// The screens the full app opens when the first part hands over on them; the others follow
/// from what is stored (a finished quiz shows its result) or from the address (a share link).
const HANDED: [(Screen, &str); 3] = [(Screen::About, "about"), (Screen::Library, "library"), (Screen::Team, "team")];

/// The screens of the first part: the start and the quiz. Any other screen, or a visit whose
/// answers cannot be handed over through storage (blocked, or kept by a newer release), asks
/// for the full app, which takes over from what is stored, and says it is on its way.
pub fn first_screens(session: Session, screen: Screen) -> AnyView {
    let handed = matches!(session.progress_store.get_untracked(), storage::Store::Saving(_));
    match screen {
        Screen::Start if handed => view! { <start::Start session/> }.into_any(),
        Screen::Quiz if handed => view! { <quiz::Quiz session/> }.into_any(),
        _ => {
            parts::load_full(HANDED.iter().find(|(s, _)| *s == screen).map_or("", |(_, name)| name));
            view! { <p class="loading" role="status" data-testid="loading">{tr("app.loading")}</p> }.into_any()
        }
    }
}
