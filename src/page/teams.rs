//! Two practitioner assessments (two teams a candidate is choosing between) side by side,
//! worded: which does the work the user wants to learn next, any answers about the user that
//! differ between the two, then kind of team, skill gap, red flags and the type scores.

use super::compare::{Row, Table};
use super::series::change;
use super::Words;
use crate::engine::practitioner::compare::{compare, Fit, Fits, Side};
use crate::engine::Answers;
use crate::key;
use crate::text::{fill, phrases, Locale};

/// The comparison of two teams.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamsPage {
    pub heading: String,
    pub lead: &'static str,
    /// Which team does the work the user wants to learn next.
    pub fits: String,
    pub about_you_heading: &'static str,
    /// The answers about the user that differ, old → new as in a series; empty when none do.
    pub about_you: Vec<String>,
    pub about_you_note: &'static str,
    pub overview: Table,
    pub scores: Table,
    pub back: &'static str,
    pub export: &'static str,
    pub footer: &'static str,
}

fn fit_name(words: Words, fit: Fit) -> &'static str {
    match fit {
        Fit::Yes => words.key(key!("teams.fit.yes")),
        Fit::No => words.key(key!("teams.fit.no")),
        Fit::NotSaid => words.key(key!("teams.fit.not_said")),
    }
}

/// The overview's cells for one side, in row order: type, gap, each flag, fit.
fn cells(words: Words, side: &Side) -> Vec<String> {
    let mut cells = vec![
        phrases::team_type_name(words.0, side.team_type.id()).to_owned(),
        words.id(&format!("gap.name.{}", side.gap.id())).to_owned(),
    ];
    cells.extend(side.flags.iter().map(|(_, status)| words.id(&format!("flag.status.{}", status.id())).to_owned()));
    cells.push(fit_name(words, side.fit).to_owned());
    cells
}

/// Two named practitioner assessments compared, in this locale.
pub fn page(first: (&str, &Answers), second: (&str, &Answers), locale: Locale) -> TeamsPage {
    let words = Words(locale);
    let ((name_a, answers_a), (name_b, answers_b)) = (first, second);
    let comparison = compare(answers_a, answers_b);
    let names = [("first", name_a), ("second", name_b)];
    let fits = match comparison.fits {
        Fits::Both => words.key(key!("teams.fits.both")),
        Fits::First => words.key(key!("teams.fits.first")),
        Fits::Second => words.key(key!("teams.fits.second")),
        Fits::Neither => words.key(key!("teams.fits.neither")),
        Fits::NotSaid => words.key(key!("teams.fits.not_said")),
    };
    let mut labels: Vec<(&'static str, String)> = vec![
        ("team_type", words.key(key!("teams.team_type")).to_owned()),
        ("gap", words.key(key!("teams.gap")).to_owned()),
    ];
    labels.extend(comparison.first.flags.iter().map(|(flag, _)| {
        (flag.id(), format!("{}: {}", words.key(key!("teams.flags")), words.id(&format!("flag.name.{}", flag.id()))))
    }));
    labels.push(("fit", words.key(key!("teams.fit")).to_owned()));
    let (cells_a, cells_b) = (cells(words, &comparison.first), cells(words, &comparison.second));
    let rows = labels
        .into_iter()
        .zip(cells_a.into_iter().zip(cells_b))
        .map(|((id, label), (a, b))| Row { id, cells: vec![label, a, b] })
        .collect();
    let columns = |first: &'static str| vec![first.to_owned(), name_a.to_owned(), name_b.to_owned()];
    let scores = comparison
        .first
        .scores
        .iter()
        .zip(&comparison.second.scores)
        .map(|(&(team_type, a), &(_, b))| Row {
            id: team_type.id(),
            cells: vec![phrases::team_type_name(locale, team_type.id()).to_owned(), a.to_string(), b.to_string()],
        })
        .collect();
    TeamsPage {
        heading: fill(words.key(key!("teams.heading")), &names),
        lead: words.key(key!("teams.lead")),
        fits: fill(fits, &names),
        about_you_heading: words.key(key!("teams.about_you")),
        about_you: comparison.about_you.iter().map(|c| change(words, c)).collect(),
        about_you_note: words.key(key!("teams.about_you_note")),
        overview: Table {
            heading: words.key(key!("teams.overview")),
            columns: columns(words.key(key!("teams.column"))),
            rows,
        },
        scores: Table {
            heading: words.key(key!("teams.scores")),
            columns: columns(words.key(key!("teams.team_type"))),
            rows: scores,
        },
        back: words.key(key!("compare.back")),
        export: words.key(key!("teams.export")),
        footer: words.key(key!("record.footer")),
    }
}
