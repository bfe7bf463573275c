//! The notice that a new version is ready, with the button that switches to it.

use leptos::prelude::*;

use super::tr;
use crate::web::offline::Update;

/// Shows the notice while a new version waits, in a polite live region.
#[component]
pub fn UpdateNotice(update: RwSignal<Option<Update>, LocalStorage>) -> impl IntoView {
    view! {
        <div class="notice-region" role="status" aria-live="polite">
            {move || {
                update
                    .get()
                    .map(|waiting| {
                        view! {
                            <div class="notice" data-testid="update-notice">
                                <p>{tr("update.ready")}</p>
                                <div class="notice-actions">
                                    <button
                                        class="primary"
                                        type="button"
                                        data-testid="update-reload"
                                        on:click=move |_| waiting.apply()
                                    >
                                        {tr("update.reload")}
                                    </button>
                                    <button type="button" on:click=move |_| update.set(None)>
                                        {tr("update.later")}
                                    </button>
                                </div>
                            </div>
                        }
                    })
            }}
        </div>
    }
}
