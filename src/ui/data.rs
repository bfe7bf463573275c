//! "Your data": where the browser may clear what is kept here, asking it to keep it, the whole
//! library as one file, and deleting everything this app stored, after a confirm step that works
//! by keyboard.

use leptos::html::Button;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::{tr, Session};
use crate::share::backup::{self, Backup};
use crate::web::download;
use crate::web::persist::{self, Persistence};

#[component]
pub fn YourData(session: Session) -> impl IntoView {
    let persistence = RwSignal::new(None::<Persistence>);
    spawn_local(async move { persistence.set(Some(persist::request().await)) });
    let persistence_line = move || {
        persistence.get().map(|p| match p {
            Persistence::Granted => tr("data.persist.granted"),
            Persistence::Refused => tr("data.persist.refused"),
            Persistence::Unsupported => tr("data.persist.unsupported"),
        })
    };
    let status = RwSignal::new("");
    let export = move |_| {
        let text =
            backup::export(&Backup { library: session.library.get_untracked(), teams: session.teams.get_untracked() });
        let done = download::offer("ml-team-library.json", "application/json", &text);
        status.set(tr(if done { "keep.downloaded" } else { "keep.failed" }));
    };
    let confirming = RwSignal::new(false);
    let cancel_button = NodeRef::<Button>::new();
    let delete_button = NodeRef::<Button>::new();
    // The confirm step takes the focus when it opens, on its safe choice.
    Effect::new(move |_| {
        if confirming.get() {
            if let Some(button) = cancel_button.get() {
                let _ = button.focus();
            }
        }
    });
    let close = move || {
        confirming.set(false);
        if let Some(button) = delete_button.get_untracked() {
            let _ = button.focus();
        }
    };
    let delete = move |_| {
        let done = session.delete_everything();
        status.set(tr(if done { "data.deleted" } else { "data.delete_failed" }));
        close();
    };
    view! {
        <section class="your-data" data-testid="your-data" aria-labelledby="data-heading">
            <h2 id="data-heading">{tr("data.heading")}</h2>
            <p>{tr("data.where")}</p>
            <p>{tr("data.safe_copy")}</p>
            <p data-testid="persistence">{persistence_line}</p>
            <div class="actions">
                <button type="button" data-testid="export-library" on:click=export>{tr("data.export")}</button>
                <button
                    type="button"
                    data-testid="delete-everything"
                    aria-expanded=move || confirming.get().to_string()
                    node_ref=delete_button
                    on:click=move |_| confirming.set(true)
                >
                    {tr("data.delete")}
                </button>
            </div>
            <Show when=move || confirming.get() fallback=|| ()>
                <div
                    class="callout confirm"
                    role="group"
                    aria-labelledby="delete-confirm"
                    data-testid="delete-confirm"
                    on:keydown=move |ev| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            close();
                        }
                    }
                >
                    <p id="delete-confirm">{tr("data.delete_confirm")}</p>
                    <div class="actions">
                        <button type="button" data-testid="delete-cancel" node_ref=cancel_button on:click=move |_| close()>
                            {tr("data.delete_cancel")}
                        </button>
                        <button type="button" class="danger" data-testid="delete-yes" on:click=delete>
                            {tr("data.delete_yes")}
                        </button>
                    </div>
                </div>
            </Show>
            <p class="status" role="status" aria-live="polite" data-testid="data-status">{move || status.get()}</p>
        </section>
    }
}
