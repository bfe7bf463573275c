//! The one-time message about saving (storage blocked, saved progress unreadable, or saved by a
//! newer release), and the note on a result made under earlier rules that the advice has been
//! revised since.

use leptos::prelude::*;

use super::{tr, Session};
use crate::engine::RULES_VERSION;
use crate::text::fill;

/// Shows the notice, if any, and the revision note while a revised result is on screen, in a
/// polite live region until each is dismissed.
#[component]
pub fn Notice(session: Session) -> impl IntoView {
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || {
                session
                    .notice
                    .get()
                    .map(|key| {
                        view! {
                            <div class="notice" data-testid="notice" data-notice=key>
                                <p>{tr(key)}</p>
                                <button type="button" on:click=move |_| session.notice.set(None)>
                                    {tr("notice.dismiss")}
                                </button>
                            </div>
                        }
                    })
            }}
            {move || session.revised_on_screen().map(|rules| view! { <RevisionNote session rules/> })}
        </div>
    }
}

/// Says that the result on screen was made under earlier rules (`rules`) and is now shown
/// under today's. Dismissing it marks the result as seen under today's rules.
#[component]
fn RevisionNote(session: Session, rules: u32) -> impl IntoView {
    let text = fill(tr("notice.revised"), &[("made", &rules.to_string()), ("now", &RULES_VERSION.to_string())]);
    view! {
        <div class="notice" data-testid="revision-note" data-rules=rules>
            <p>{text}</p>
            <button type="button" data-testid="accept-revision" on:click=move |_| session.accept_revision()>
                {tr("notice.revised.accept")}
            </button>
        </div>
    }
}
