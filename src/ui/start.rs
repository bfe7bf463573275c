//! The start screen: what the user gets, and that nothing leaves the browser.

use leptos::prelude::*;

use super::{tr, Session};
use crate::engine::questions::QUESTIONS;
use crate::text::fill;

#[component]
pub fn Start(session: Session) -> impl IntoView {
    let answered = session.progress.with_untracked(|p| p.answers.len());
    let resume = (answered > 0).then(|| {
        let note = fill(
            tr("start.resume_note"),
            &[("answered", &answered.to_string()), ("total", &QUESTIONS.len().to_string())],
        );
        view! {
            <p>{note}</p>
            <div class="actions">
                <button class="primary" type="button" data-testid="resume-button" on:click=move |_| session.begin()>
                    {tr("start.resume")}
                </button>
                <button type="button" data-testid="restart-button" on:click=move |_| session.restart()>
                    {tr("start.restart")}
                </button>
            </div>
        }
    });
    let fresh = (answered == 0).then(|| {
        view! {
            <div class="actions">
                <button class="primary" type="button" data-testid="start-button" on:click=move |_| session.begin()>
                    {tr("start.begin")}
                </button>
            </div>
        }
    });
    view! {
        <section class="start" data-testid="start">
            <h1>{tr("start.heading")}</h1>
            <p class="lead">{tr("app.tagline")}</p>
            <p>{fill(tr("start.lead"), &[("total", &QUESTIONS.len().to_string())])}</p>
            <ul class="gets">
                <li>{tr("start.get.gate")}</li>
                <li>{tr("start.get.archetype")}</li>
                <li>{tr("start.get.hiring")}</li>
            </ul>
            <p class="privacy">{tr("start.privacy")}</p>
            {resume}
            {fresh}
        </section>
    }
}
