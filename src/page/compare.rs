//! Two leader assessments side by side, worded: what changes between them, the archetype
//! scores, the design choices and the hiring order.

use super::Words;
use crate::engine::assess;
use crate::engine::compare::{compare, Difference, Side};
use crate::engine::hiring::Tier;
use crate::engine::history::AnswerChange;
use crate::engine::Answers;
use crate::key;
use crate::text::{fill, phrases, Locale};

/// The comparison page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ComparePage {
    pub heading: String,
    pub winners: String,
    pub differences_heading: &'static str,
    /// Said when the two give the same result.
    pub none: Option<&'static str>,
    pub differences: Vec<String>,
    pub scores: Table,
    pub design: Table,
    pub roles: Table,
    pub export: &'static str,
    pub footer: &'static str,
    pub back: &'static str,
}

/// A table with a heading: a header row, then one row per item (its ID and its cells).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    pub heading: &'static str,
    pub columns: Vec<String>,
    pub rows: Vec<Row>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub id: &'static str,
    /// The row's name first.
    pub cells: Vec<String>,
}

fn tier_name(words: Words, tier: Tier) -> &'static str {
    match tier {
        Tier::First => words.key(key!("tier.first")),
        Tier::Next => words.key(key!("tier.next")),
        Tier::Later => words.key(key!("tier.later")),
    }
}

fn stance_name(words: Words, side: Side) -> &'static str {
    side.described.map_or(words.key(key!("compare.no_design")), |s| words.id(&format!("design.stance.{}", s.id())))
}

/// One difference as a sentence.
fn difference(words: Words, d: &Difference) -> String {
    let locale = words.0;
    let change = |what: &str, before: &str, after: &str| {
        fill(words.key(key!("compare.change")), &[("what", what), ("before", before), ("after", after)])
    };
    match *d {
        Difference::Verdict { before, after } => change(
            words.key(key!("compare.verdict")),
            phrases::verdict(locale, before),
            phrases::verdict(locale, after),
        ),
        Difference::Archetype { before, after } => change(
            words.key(key!("compare.archetype")),
            phrases::archetype_name(locale, before.id()),
            phrases::archetype_name(locale, after.id()),
        ),
        Difference::Design { axis, before, after } => change(
            words.id(&format!("design.axis.{}", axis.id())),
            stance_name(words, Side { described: before, yours: None }),
            stance_name(words, Side { described: after, yours: None }),
        ),
        Difference::Tier { role, before, after } => {
            change(phrases::role_name(locale, role.id()), tier_name(words, before), tier_name(words, after))
        }
        Difference::Answer { question, before, after } => {
            super::series::change(words, &AnswerChange { question, before, after })
        }
    }
}

/// Two named leader assessments compared, in this locale.
pub fn page(before: (&str, &Answers), after: (&str, &Answers), locale: Locale) -> ComparePage {
    let words = Words(locale);
    let ((name_a, answers_a), (name_b, answers_b)) = (before, after);
    let (report_a, report_b) = (assess(answers_a), assess(answers_b));
    let comparison = compare((answers_a, &report_a), (answers_b, &report_b));
    let columns = |first: &'static str| vec![first.to_owned(), name_a.to_owned(), name_b.to_owned()];
    let mut score_columns = columns(words.key(key!("compare.archetype")));
    score_columns.push(words.key(key!("compare.delta")).to_owned());
    let scores = comparison
        .scores
        .iter()
        .map(|row| {
            let delta = i64::from(row.after) - i64::from(row.before);
            Row {
                id: row.archetype.id(),
                cells: vec![
                    phrases::archetype_name(locale, row.archetype.id()).to_owned(),
                    row.before.to_string(),
                    row.after.to_string(),
                    if delta > 0 { format!("+{delta}") } else { delta.to_string() },
                ],
            }
        })
        .collect();
    let design = comparison
        .design
        .iter()
        .map(|row| Row {
            id: row.axis.id(),
            cells: vec![
                words.id(&format!("design.axis.{}", row.axis.id())).to_owned(),
                stance_name(words, row.before).to_owned(),
                stance_name(words, row.after).to_owned(),
            ],
        })
        .collect();
    let roles = comparison
        .roles
        .iter()
        .map(|row| Row {
            id: row.role.id(),
            cells: vec![
                phrases::role_name(locale, row.role.id()).to_owned(),
                tier_name(words, row.before).to_owned(),
                tier_name(words, row.after).to_owned(),
            ],
        })
        .collect();
    ComparePage {
        heading: fill(words.key(key!("compare.heading")), &[("before", name_a), ("after", name_b)]),
        winners: fill(
            words.key(key!("compare.winners")),
            &[
                ("before", phrases::archetype_name(locale, report_a.archetype.winner.id())),
                ("after", phrases::archetype_name(locale, report_b.archetype.winner.id())),
            ],
        ),
        differences_heading: words.key(key!("compare.differences")),
        none: comparison.differences.is_empty().then(|| words.key(key!("compare.none"))),
        differences: comparison.differences.iter().map(|d| difference(words, d)).collect(),
        scores: Table { heading: words.key(key!("result.archetype.scores")), columns: score_columns, rows: scores },
        design: Table {
            heading: words.key(key!("result.design.heading")),
            columns: columns(words.key(key!("compare.axis"))),
            rows: design,
        },
        roles: Table {
            heading: words.key(key!("result.hiring.heading")),
            columns: columns(words.key(key!("compare.role"))),
            rows: roles,
        },
        export: words.key(key!("compare.export")),
        footer: words.key(key!("record.footer")),
        back: words.key(key!("compare.back")),
    }
}
