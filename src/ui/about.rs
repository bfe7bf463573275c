//! The About screen: what the app is, how private it is, and whom its advice comes from.

use leptos::prelude::*;

use super::{locale, tr, Session};
use crate::engine::knowledge::SOURCES;
use crate::text::phrases;

#[component]
pub fn About(session: Session) -> impl IntoView {
    let sources = SOURCES
        .iter()
        .map(|source| {
            view! {
                <li>
                    <cite>{source.title}</cite>
                    " — "
                    {phrases::source_credit(locale(), source.seed)}
                    <p>{phrases::source_use(locale(), source.seed)}</p>
                    {source.url.map(|url| view! { <p><a href=url rel="noopener noreferrer">{url}</a></p> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="about" data-testid="about">
            <h1>{tr("about.heading")}</h1>
            <p>{tr("about.body")}</p>
            <p>{tr("about.privacy")}</p>
            <h2>{tr("about.sources")}</h2>
            <p>{tr("about.rewritten")}</p>
            <ul class="sources">{sources}</ul>
            <div class="actions">
                <button type="button" on:click=move |_| session.screen.set(session.resume_screen())>
                    {tr("about.back")}
                </button>
            </div>
        </section>
    }
}
