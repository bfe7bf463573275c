//! A series of dated leader assessments of one organisation, worded: for each entry its day (or
//! that it is undated), its note, verdict, kind of organisation, first hires and five scores,
//! and the answers changed since the entry before.

use super::{Item, Scores, Words};
use crate::engine::history::{summarise, AnswerChange};
use crate::key;
use crate::saved::Named;
use crate::text::{fill, phrases, Locale};

/// The series page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SeriesPage {
    pub heading: String,
    pub lead: &'static str,
    pub entries: Vec<Entry>,
    pub back: &'static str,
    pub export: &'static str,
    /// The title of the Markdown decision record.
    pub record: String,
    pub footer: &'static str,
}

/// One entry of the series.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The name the entry is kept under.
    pub name: String,
    /// "Kept on 2026-06-30", or "Undated".
    pub when: String,
    /// Said of an entry kept before days were recorded.
    pub undated: Option<&'static str>,
    pub note: Option<String>,
    /// Verdict, kind of organisation and first hires.
    pub items: Vec<Item>,
    /// The five archetypes in a fixed order, so entries read side by side.
    pub scores: Scores,
    pub changes_heading: &'static str,
    pub changes: Vec<String>,
    /// Said instead of the changes: the first entry, or nothing changed.
    pub no_changes: Option<&'static str>,
}

/// One changed answer as "question: old option → new option", worded from the question tables.
pub fn change(words: Words, change: &AnswerChange) -> String {
    let option = |choice: Option<&str>| {
        choice.map_or(words.key(key!("compare.unanswered")), |c| phrases::option(words.0, change.question, c))
    };
    fill(
        words.key(key!("compare.change")),
        &[
            ("what", phrases::question(words.0, change.question)),
            ("before", option(change.before)),
            ("after", option(change.after)),
        ],
    )
}

/// A series (its entries oldest first, leader assessments) worded in this locale.
pub fn page(series: &str, entries: &[&Named], locale: Locale) -> SeriesPage {
    let words = Words(locale);
    let answers: Vec<_> = entries.iter().map(|e| &e.answers).collect();
    let points = summarise(&answers);
    let entries = entries
        .iter()
        .zip(points)
        .enumerate()
        .map(|(i, (entry, point))| {
            let when = entry.kept.map_or(words.key(key!("series.undated")).to_owned(), |day| {
                fill(words.key(key!("series.kept_on")), &[("day", &day.iso())])
            });
            let first_hires = if point.first_hires.is_empty() {
                words.key(key!("series.first_hires.none")).to_owned()
            } else {
                let names: Vec<&str> = point.first_hires.iter().map(|r| phrases::role_name(locale, r.id())).collect();
                names.join(", ")
            };
            let items = vec![
                Item {
                    id: "verdict",
                    label: words.key(key!("series.verdict")),
                    value: phrases::verdict(locale, point.verdict).to_owned(),
                },
                Item {
                    id: "archetype",
                    label: words.key(key!("series.archetype")),
                    value: phrases::archetype_name(locale, point.archetype.id()).to_owned(),
                },
                Item { id: "first_hires", label: words.key(key!("series.first_hires")), value: first_hires },
            ];
            let scores = words.scores(
                words.key(key!("result.archetype.scores")),
                point
                    .scores
                    .iter()
                    .map(|&(a, p)| (a.id(), phrases::archetype_name(locale, a.id()), p, a == point.archetype)),
            );
            let no_changes = if i == 0 {
                Some(words.key(key!("series.first")))
            } else {
                point.changes.is_empty().then(|| words.key(key!("series.no_changes")))
            };
            Entry {
                name: entry.name.clone(),
                when: when.clone(),
                undated: entry.kept.is_none().then(|| words.key(key!("series.undated_note"))),
                note: (!entry.note.is_empty()).then(|| fill(words.key(key!("series.note")), &[("note", &entry.note)])),
                items,
                scores,
                changes_heading: words.key(key!("series.changes")),
                changes: point.changes.iter().map(|c| change(words, c)).collect(),
                no_changes,
            }
        })
        .collect();
    SeriesPage {
        heading: fill(words.key(key!("series.heading")), &[("series", series)]),
        lead: words.key(key!("series.lead")),
        entries,
        back: words.key(key!("series.back")),
        export: words.key(key!("series.export")),
        record: fill(words.key(key!("series.record")), &[("series", series)]),
        footer: words.key(key!("record.footer")),
    }
}

/// What the library list says of a kept entry: the day it was kept (or that it was kept before
/// days were recorded), its series and its note.
pub fn details(entry: &Named, locale: Locale) -> Vec<String> {
    let words = Words(locale);
    let mut lines = vec![entry.kept.map_or(words.key(key!("library.undated")).to_owned(), |day| {
        fill(words.key(key!("library.kept_on")), &[("day", &day.iso())])
    })];
    if let Some(series) = &entry.series {
        lines.push(fill(words.key(key!("library.in_series")), &[("series", series)]));
    }
    if !entry.note.is_empty() {
        lines.push(fill(words.key(key!("series.note")), &[("note", &entry.note)]));
    }
    lines
}
