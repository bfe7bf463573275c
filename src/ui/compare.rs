//! Two assessments side by side: archetype scores, design choices, hiring order, and the
//! list of what changes between them.

use leptos::prelude::*;

use super::{locale, tr, Screen, Session};
use crate::engine::assess;
use crate::engine::compare::{compare, Difference, Side};
use crate::engine::hiring::Tier;
use crate::text::{fill, phrases};

fn tier_name(tier: Tier) -> &'static str {
    tr(&format!("tier.{}", tier.id()))
}

fn stance_name(side: Side) -> &'static str {
    side.described.map_or(tr("compare.no_design"), |s| tr(&format!("design.stance.{}", s.id())))
}

fn answer_name(question: &str, choice: Option<&str>) -> &'static str {
    choice.map_or(tr("compare.unanswered"), |c| tr(&format!("q.{question}.{c}")))
}

/// One difference as a sentence.
fn difference(d: &Difference) -> String {
    let locale = locale();
    let change = |what: &str, before: &str, after: &str| {
        fill(tr("compare.change"), &[("what", what), ("before", before), ("after", after)])
    };
    match *d {
        Difference::Verdict { before, after } => {
            change(tr("compare.verdict"), phrases::verdict(locale, before), phrases::verdict(locale, after))
        }
        Difference::Archetype { before, after } => change(
            tr("compare.archetype"),
            phrases::archetype_name(locale, before.id()),
            phrases::archetype_name(locale, after.id()),
        ),
        Difference::Design { axis, before, after } => change(
            tr(&format!("design.axis.{}", axis.id())),
            stance_name(Side { described: before, yours: None }),
            stance_name(Side { described: after, yours: None }),
        ),
        Difference::Tier { role, before, after } => {
            change(phrases::role_name(locale, role.id()), tier_name(before), tier_name(after))
        }
        Difference::Answer { question, before, after } => {
            change(tr(&format!("q.{question}")), answer_name(question, before), answer_name(question, after))
        }
    }
}

#[component]
pub fn ComparePage(session: Session) -> impl IntoView {
    let Some(pair) = session.comparing.get_untracked() else {
        return view! { <p>{tr("viewing.nothing")}</p> }.into_any();
    };
    let ((name_a, answers_a), (name_b, answers_b)) = (pair.before, pair.after);
    let (report_a, report_b) = (assess(&answers_a), assess(&answers_b));
    let comparison = compare((&answers_a, &report_a), (&answers_b, &report_b));
    let locale = locale();

    let scores = comparison
        .scores
        .iter()
        .map(|row| {
            let delta = i64::from(row.after) - i64::from(row.before);
            let delta = if delta > 0 { format!("+{delta}") } else { delta.to_string() };
            view! {
                <tr data-archetype=row.archetype.id()>
                    <th scope="row">{phrases::archetype_name(locale, row.archetype.id())}</th>
                    <td>{row.before}</td>
                    <td>{row.after}</td>
                    <td>{delta}</td>
                </tr>
            }
        })
        .collect_view();
    let design = comparison
        .design
        .iter()
        .map(|row| {
            view! {
                <tr>
                    <th scope="row">{tr(&format!("design.axis.{}", row.axis.id()))}</th>
                    <td>{stance_name(row.before)}</td>
                    <td>{stance_name(row.after)}</td>
                </tr>
            }
        })
        .collect_view();
    let roles = comparison
        .roles
        .iter()
        .map(|row| {
            view! {
                <tr data-role=row.role.id()>
                    <th scope="row">{phrases::role_name(locale, row.role.id())}</th>
                    <td>{tier_name(row.before)}</td>
                    <td>{tier_name(row.after)}</td>
                </tr>
            }
        })
        .collect_view();
    let differences = comparison.differences.iter().map(|d| view! { <li>{difference(d)}</li> }).collect_view();
    let none = comparison.differences.is_empty();
    let winners = (
        phrases::archetype_name(locale, report_a.archetype.winner.id()),
        phrases::archetype_name(locale, report_b.archetype.winner.id()),
    );
    let heading = fill(tr("compare.heading"), &[("before", &name_a), ("after", &name_b)]);
    let head = |first: &'static str| {
        let (a, b) = (name_a.clone(), name_b.clone());
        view! { <tr><th scope="col">{tr(first)}</th><th scope="col">{a}</th><th scope="col">{b}</th></tr> }
    };
    view! {
        <section class="compare" data-testid="compare">
            <h1>{heading}</h1>
            <p>{fill(tr("compare.winners"), &[("before", winners.0), ("after", winners.1)])}</p>
            <h2>{tr("compare.differences")}</h2>
            {none.then(|| view! { <p>{tr("compare.none")}</p> })}
            <ul class="differences" data-testid="differences">{differences}</ul>
            <h2>{tr("result.archetype.scores")}</h2>
            <table class="grid">
                <thead>
                    <tr>
                        <th scope="col">{tr("compare.archetype")}</th>
                        <th scope="col">{name_a.clone()}</th>
                        <th scope="col">{name_b.clone()}</th>
                        <th scope="col">{tr("compare.delta")}</th>
                    </tr>
                </thead>
                <tbody>{scores}</tbody>
            </table>
            <h2>{tr("result.design.heading")}</h2>
            <table class="grid">
                <thead>{head("compare.axis")}</thead>
                <tbody>{design}</tbody>
            </table>
            <h2>{tr("result.hiring.heading")}</h2>
            <table class="grid">
                <thead>{head("compare.role")}</thead>
                <tbody>{roles}</tbody>
            </table>
            <div class="actions no-print">
                <button type="button" on:click=move |_| session.go(Screen::Library)>{tr("compare.back")}</button>
            </div>
        </section>
    }
    .into_any()
}
