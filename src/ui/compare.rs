//! Two assessments side by side, drawn from the comparison's page model: for two team plans what
//! changes between them, the archetype scores, the design choices and the hiring order; for two
//! teams to join which fits what the user wants to learn, the answers about the user that
//! differ, kind of team, skill gap, red flags and the type scores.

use leptos::prelude::*;

use super::{locale, tr, Screen, Session};
use crate::page::compare::{ComparePage as Plans, Row, Table};
use crate::page::pair::{compared, Compared};
use crate::page::teams::TeamsPage;
use crate::share::record;
use crate::web::download;

/// The header row and the body of a table, the first cell of each row naming it.
pub(super) fn grid(columns: Vec<String>, rows: Vec<Row>) -> impl IntoView {
    let columns = columns.into_iter().map(|c| view! { <th scope="col">{c}</th> }).collect_view();
    let rows = rows
        .into_iter()
        .map(|row| {
            let mut cells = row.cells.into_iter();
            let name = cells.next().unwrap_or_default();
            let rest = cells.map(|cell| view! { <td>{cell}</td> }).collect_view();
            view! { <tr data-id=row.id><th scope="row">{name}</th>{rest}</tr> }
        })
        .collect_view();
    view! {
        <thead><tr>{columns}</tr></thead>
        <tbody>{rows}</tbody>
    }
}

/// A table of the comparison, under its heading.
fn table(table: Table) -> impl IntoView {
    view! {
        <h2>{table.heading}</h2>
        <table class="grid">{grid(table.columns, table.rows)}</table>
    }
}

#[component]
pub fn ComparePage(session: Session) -> impl IntoView {
    let Some(pair) = session.comparing.get_untracked() else {
        return view! { <p>{tr("viewing.nothing")}</p> }.into_any();
    };
    let ((name_a, answers_a), (name_b, answers_b)) = (pair.before, pair.after);
    match compared((&name_a, &answers_a), (&name_b, &answers_b), locale()) {
        Some(Compared::Plans(model)) => plans(session, *model).into_any(),
        Some(Compared::Teams(model)) => teams(session, *model).into_any(),
        None => view! { <p>{tr("library.compare_leader_only")}</p> }.into_any(),
    }
}

/// Two team plans.
fn plans(session: Session, model: Plans) -> impl IntoView {
    let status = Export::new("ml-team-plans-compared.md", record::plans(&model));
    let differences = model.differences.into_iter().map(|d| view! { <li>{d}</li> }).collect_view();
    view! {
        <section class="compare" data-testid="compare">
            <h1>{model.heading}</h1>
            <p>{model.winners}</p>
            <h2>{model.differences_heading}</h2>
            {model.none.map(|none| view! { <p>{none}</p> })}
            <ul class="differences" data-testid="differences">{differences}</ul>
            {table(model.scores)}
            {table(model.design)}
            {table(model.roles)}
            <div class="actions no-print">
                <button type="button" data-testid="compare-export" on:click=move |_| status.export()>{model.export}</button>
                <button type="button" on:click=move |_| session.go(Screen::Library)>{model.back}</button>
            </div>
            <p class="status" role="status" aria-live="polite">{move || status.said()}</p>
        </section>
    }
}

/// Two teams to join.
fn teams(session: Session, model: TeamsPage) -> impl IntoView {
    let status = Export::new("ml-teams-compared.md", record::teams(&model));
    let about_you = (!model.about_you.is_empty()).then(|| {
        let changes = model.about_you.into_iter().map(|c| view! { <li>{c}</li> }).collect_view();
        view! {
            <div class="callout" data-testid="about-you">
                <h2>{model.about_you_heading}</h2>
                <ul>{changes}</ul>
                <p>{model.about_you_note}</p>
            </div>
        }
    });
    view! {
        <section class="compare" data-testid="compare-teams">
            <h1>{model.heading}</h1>
            <p>{model.lead}</p>
            <p data-testid="teams-fits"><strong>{model.fits}</strong></p>
            {about_you}
            {table(model.overview)}
            {table(model.scores)}
            <div class="actions no-print">
                <button type="button" data-testid="teams-export" on:click=move |_| status.export()>{model.export}</button>
                <button type="button" on:click=move |_| session.go(Screen::Library)>{model.back}</button>
            </div>
            <p class="status" role="status" aria-live="polite">{move || status.said()}</p>
        </section>
    }
}

/// A comparison's Markdown record, offered as a download under `file`, and what the last
/// attempt came to.
#[derive(Clone, Copy)]
struct Export {
    file: &'static str,
    markdown: StoredValue<String>,
    said: RwSignal<&'static str>,
}

impl Export {
    fn new(file: &'static str, markdown: String) -> Export {
        Export { file, markdown: StoredValue::new(markdown), said: RwSignal::new("") }
    }

    fn export(self) {
        let done = self.markdown.with_value(|text| download::offer(self.file, "text/markdown", text));
        self.said.set(tr(if done { "keep.downloaded" } else { "keep.failed" }));
    }

    fn said(self) -> &'static str {
        self.said.get()
    }
}
