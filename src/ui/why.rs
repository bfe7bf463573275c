//! The "why?" disclosure under each advice line: the facts it rests on, their sources, and
//! the answers that triggered it.

use leptos::prelude::*;

use super::{locale, tr};
use crate::engine::knowledge::source_of;
use crate::engine::Advice;
use crate::text::{fill, phrases};

#[component]
pub fn Why(advice: Advice) -> impl IntoView {
    let facts = advice
        .knowledge
        .iter()
        .map(|&id| {
            let source = source_of(id)
                .map(|s| fill(tr("why.source"), &[("title", s.title), ("authors", s.authors)]))
                .unwrap_or_default();
            view! {
                <li>
                    <code>{id}</code>
                    " "
                    <span class="source">{source}</span>
                </li>
            }
        })
        .collect_view();
    let answers = (!advice.because.is_empty()).then(|| {
        let items = advice
            .because
            .iter()
            .map(|b| view! { <li>{phrases::answer(locale(), b.question, b.choice)}</li> })
            .collect_view();
        view! {
            <p class="why-label">{tr("why.answers")}</p>
            <ul>{items}</ul>
        }
    });
    view! {
        <details class="why" data-testid="why">
            <summary>{tr("why.show")}</summary>
            <div class="why-body">
                <p class="why-label">{if advice.judgement { tr("why.judgement") } else { tr("why.facts") }}</p>
                <ul data-testid="why-facts">{facts}</ul>
                {answers}
            </div>
        </details>
    }
}
