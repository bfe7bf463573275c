//! Two assessments side by side, drawn from the comparison's page model: what changes between
//! them, the archetype scores, the design choices and the hiring order.

use leptos::prelude::*;

use super::{locale, tr, Screen, Session};
use crate::page::compare::{page, Row, Table};

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
    let model = page((&name_a, &answers_a), (&name_b, &answers_b), locale());
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
                <button type="button" on:click=move |_| session.go(Screen::Library)>{model.back}</button>
            </div>
        </section>
    }
    .into_any()
}
