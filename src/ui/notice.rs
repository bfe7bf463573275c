//! The one-time message about saving (storage blocked, or saved progress unreadable).

use leptos::prelude::*;

use super::{tr, Session};

/// Shows the notice, if any, in a polite live region until it is dismissed.
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
        </div>
    }
}
