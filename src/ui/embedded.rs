//! What only an embedded app shows below its screens: that its answers are kept for the host's
//! site alone (browsers partition an embedded page's storage by the site that embeds it), with
//! a link that carries them to the full app in a new tab as a share link.

use leptos::prelude::*;

use super::{locale, tr, Screen, Session};
use crate::options::full_app_address;
use crate::share::link;
use crate::web::location;
use crate::web::storage::Store;

/// The note, on every screen but a question once the visitor has answered something; nothing
/// before. The sentence about storage is left out where the browser lets the embed save nothing.
#[component]
pub fn StorageNote(session: Session) -> impl IntoView {
    // Where the browser refuses storage, the notice about saving says so instead.
    let saving = matches!(session.library_store.get_untracked(), Store::Saving(_));
    let href = move || {
        // Not under a question: the note would move the buttons while the visitor answers.
        let asking = session.screen.get() == Screen::Quiz;
        session.progress.with(|p| {
            (!asking && !p.answers.is_empty())
                .then(|| full_app_address(&location::href()?, locale(), Some(&link::encode(&p.answers))))
                .flatten()
        })
    };
    move || {
        href().map(|href| {
            view! {
                <aside class="embed-note" data-testid="embed-note">
                    {saving.then(|| view! { <p data-testid="embed-storage">{tr("embed.storage")}</p> })}
                    <p>
                        <a href=href target="_blank" rel="noopener" data-testid="open-full">
                            {tr("embed.open_full")}
                        </a>
                    </p>
                </aside>
            }
        })
    }
}
