//! A series of dated assessments of one organisation, drawn from its page model: each entry
//! with its day, note, conclusions, a chart of its five scores and the answers that changed.

use leptos::prelude::*;

use super::charts::ScoreChart;
use super::{locale, tr, Screen, Session};
use crate::page::series::{page, Entry};
use crate::share::record;
use crate::web::download;

/// One entry; `n` numbers its chart so every chart's title and description have their own IDs.
fn entry(n: usize, entry: Entry) -> impl IntoView {
    let items = entry
        .items
        .into_iter()
        .map(|item| {
            view! {
                <li class="glance-item" data-item=item.id>
                    <span class="glance-label">{item.label}</span>
                    " "
                    <strong class="glance-value">{item.value}</strong>
                </li>
            }
        })
        .collect_view();
    let changes = entry.changes.into_iter().map(|c| view! { <li>{c}</li> }).collect_view();
    let (heading_id, labelled_by) = (format!("series-entry-{n}"), format!("series-entry-{n}"));
    let (name, data_name) = (entry.name.clone(), entry.name);
    view! {
        <section class="series-entry" data-testid="series-entry" data-name=data_name aria-labelledby=labelled_by>
            <h2 id=heading_id>{entry.when}" · "{name}</h2>
            {entry.undated.map(|text| view! { <p class="help" data-testid="series-undated">{text}</p> })}
            {entry.note.map(|text| view! { <p data-testid="series-note">{text}</p> })}
            <ul class="glance-items">{items}</ul>
            <ScoreChart scores=entry.scores id=format!("series-chart-{n}")/>
            <h3>{entry.changes_heading}</h3>
            {entry.no_changes.map(|text| view! { <p>{text}</p> })}
            <ul class="differences" data-testid="series-changes">{changes}</ul>
        </section>
    }
}

#[component]
pub fn SeriesView(session: Session) -> impl IntoView {
    let Some(name) = session.series.get_untracked() else {
        return view! { <p>{tr("viewing.nothing")}</p> }.into_any();
    };
    let model = session.library.with_untracked(|l| page(&name, &l.series(&name), locale()));
    let markdown = record::render(&model);
    let status = RwSignal::new("");
    let export = move |_| {
        let done = download::offer("ml-team-decision-record.md", "text/markdown", &markdown);
        status.set(tr(if done { "keep.downloaded" } else { "keep.failed" }));
    };
    let entries = model.entries.into_iter().enumerate().map(|(n, e)| entry(n, e)).collect_view();
    view! {
        <section class="series" data-testid="series">
            <h1>{model.heading}</h1>
            <p>{model.lead}</p>
            {entries}
            <div class="actions no-print">
                <button type="button" data-testid="series-export" on:click=export>{model.export}</button>
                <button type="button" on:click=move |_| session.go(Screen::Library)>{model.back}</button>
            </div>
            <p class="status" role="status" aria-live="polite">{move || status.get()}</p>
        </section>
    }
    .into_any()
}
