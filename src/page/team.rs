//! The team view worded for one locale: the respondents, who answered what, what each person's
//! own result says, the rule behind the team result and that result itself (the ordinary
//! leader page), and the disagreements in order of consequence, the first of them put as the
//! questions to settle first. The screen and the Markdown agenda draw this and decide nothing.

use super::compare::{Row, Table};
use super::leader::{self, LeaderPage};
use super::{plan, Line, SourceNote, Words};
use crate::engine::gate::Verdict;
use crate::engine::hiring::Role;
use crate::engine::plan::plan;
use crate::engine::team::{merge, Alternative, Consequence, Disagreement, MergeError, Merged, Respondent};
use crate::engine::{revised_since, Advice, Answers, Archetype};
use crate::key;
use crate::text::{fill, phrases, Locale};

/// The team view.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamPage {
    pub title: &'static str,
    /// How many were merged.
    pub lead: String,
    pub respondents_heading: &'static str,
    pub respondents: Vec<RespondentRow>,
    pub settle_heading: &'static str,
    /// The disagreements that change the result, at most three, as questions with their facts.
    pub settle: Vec<Line>,
    /// Said when no disagreement changes the result.
    pub settle_none: Option<&'static str>,
    pub spread_heading: &'static str,
    pub spread_lead: &'static str,
    pub questions: Vec<QuestionSpread>,
    pub outcomes_heading: &'static str,
    pub outcomes: Vec<Table>,
    pub rule_heading: &'static str,
    /// How the team result is decided: the app's own judgement, with its "Why?".
    pub rule: Line,
    pub result_heading: &'static str,
    pub result: LeaderPage,
    /// The consensus answers the team result is drawn from, and its target plan again when
    /// another target is picked.
    pub consensus: Answers,
    pub disagreements_heading: &'static str,
    pub disagreements: Vec<DisagreementItem>,
    /// Said when everyone answered alike.
    pub disagreements_none: Option<&'static str>,
}

/// One respondent: their label (with the tag given) and what to know about their link.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RespondentRow {
    pub label: String,
    pub notes: Vec<String>,
}

/// One question: each option with how many chose it and who.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSpread {
    pub id: &'static str,
    pub question: &'static str,
    pub table: Table,
    /// How many did not answer, and whether a tie was settled by the cautious rule.
    pub notes: Vec<String>,
}

/// One question the respondents answered differently, with each alternative's consequence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DisagreementItem {
    pub id: &'static str,
    /// `gate`, `archetype`, `first_hires` or `nothing`.
    pub consequence: &'static str,
    pub line: Line,
    pub alternatives: Vec<String>,
}

/// A respondent as a short label: their number and tag.
fn who(words: Words, respondents: &[Respondent], index: usize) -> String {
    let n = (index + 1).to_string();
    match respondents.get(index).and_then(|r| r.function) {
        Some(function) => fill(
            words.key(key!("team.who.function")),
            &[("n", &n), ("function", words.id(&format!("team.function.{}", function.id())))],
        ),
        None => fill(words.key(key!("team.who")), &[("n", &n)]),
    }
}

fn who_list(words: Words, respondents: &[Respondent], indices: &[usize]) -> String {
    let names: Vec<String> = indices.iter().map(|&i| who(words, respondents, i)).collect();
    names.join(words.key(key!("list.separator")))
}

fn respondent_row(words: Words, merged: &Merged, index: usize) -> RespondentRow {
    let respondent = &merged.respondents[index];
    let n = (index + 1).to_string();
    let label = match respondent.function {
        Some(function) => fill(
            words.key(key!("team.respondent.function")),
            &[("n", &n), ("function", words.id(&format!("team.function.{}", function.id())))],
        ),
        None => fill(words.key(key!("team.respondent")), &[("n", &n)]),
    };
    let mut notes = Vec::new();
    if let Some(same) = merged.same_as[index] {
        notes.push(fill(words.key(key!("team.same_as")), &[("n", &(same + 1).to_string())]));
    }
    if revised_since(respondent.rules) {
        notes.push(words.key(key!("team.revised")).to_owned());
    }
    let report = &merged.reports[index];
    notes.push(fill(
        words.key(key!("team.own_result")),
        &[
            ("verdict", phrases::verdict(words.0, report.gate.verdict)),
            ("archetype", phrases::archetype_name(words.0, report.archetype.winner.id())),
        ],
    ));
    RespondentRow { label, notes }
}

fn question_spread(words: Words, merged: &Merged, spread: &crate::engine::team::QuestionSpread) -> QuestionSpread {
    let q = spread.question.id;
    let rows = spread
        .options
        .iter()
        .map(|option| {
            let name = phrases::option(words.0, q, option.choice);
            let name = if spread.consensus == Some(option.choice) {
                fill(words.key(key!("team.consensus_mark")), &[("answer", name)])
            } else {
                name.to_owned()
            };
            Row {
                id: option.choice,
                cells: vec![
                    name,
                    option.respondents.len().to_string(),
                    who_list(words, &merged.respondents, &option.respondents),
                ],
            }
        })
        .collect();
    let mut notes = Vec::new();
    if spread.unanswered > 0 {
        notes.push(fill(words.key(key!("team.unanswered")), &[("count", &spread.unanswered.to_string())]));
    }
    if spread.tie_broken {
        notes.push(words.key(key!("team.tie")).to_owned());
    }
    QuestionSpread {
        id: q,
        question: phrases::question(words.0, q),
        table: Table {
            heading: phrases::question(words.0, q),
            columns: vec![
                words.key(key!("team.col.answer")).to_owned(),
                words.key(key!("team.col.count")).to_owned(),
                words.key(key!("team.col.who")).to_owned(),
            ],
            rows,
        },
        notes,
    }
}

fn outcomes(words: Words, merged: &Merged) -> Vec<Table> {
    let columns = |first: &'static str| vec![first.to_owned(), words.key(key!("team.col.count")).to_owned()];
    let o = &merged.outcomes;
    let verdicts = o
        .verdicts
        .iter()
        .map(|&(v, n)| Row {
            id: if v == Verdict::Go { "go" } else { "not-yet" },
            cells: vec![phrases::verdict(words.0, v).to_owned(), n.to_string()],
        })
        .collect();
    let archetypes = o
        .archetypes
        .iter()
        .map(|&(a, n)| Row {
            id: a.id(),
            cells: vec![phrases::archetype_name(words.0, a.id()).to_owned(), n.to_string()],
        })
        .collect();
    let hires = o
        .first_hires
        .iter()
        .map(|&(r, n)| Row { id: r.id(), cells: vec![phrases::role_name(words.0, r.id()).to_owned(), n.to_string()] })
        .collect();
    vec![
        Table {
            heading: words.key(key!("team.outcome.verdict")),
            columns: columns(words.key(key!("team.outcome.verdict"))),
            rows: verdicts,
        },
        Table {
            heading: words.key(key!("team.outcome.archetype")),
            columns: columns(words.key(key!("team.outcome.archetype"))),
            rows: archetypes,
        },
        Table {
            heading: words.key(key!("team.outcome.hires")),
            columns: columns(words.key(key!("team.outcome.role"))),
            rows: hires,
        },
    ]
}

fn consequence_text(words: Words, consequence: Consequence) -> &'static str {
    match consequence {
        Consequence::Gate => words.key(key!("team.consequence.gate")),
        Consequence::Archetype => words.key(key!("team.consequence.archetype")),
        Consequence::FirstHires => words.key(key!("team.consequence.first_hires")),
        Consequence::Nothing => words.key(key!("team.consequence.nothing")),
    }
}

fn roles(words: Words, roles: &[Role]) -> String {
    if roles.is_empty() {
        return words.key(key!("team.hires.none")).to_owned();
    }
    let names: Vec<&str> = roles.iter().map(|r| phrases::role_name(words.0, r.id())).collect();
    names.join(words.key(key!("list.separator")))
}

/// What settling on one respondent's answer would give.
fn alternative(words: Words, merged: &Merged, question: &str, a: &Alternative) -> String {
    fill(
        words.key(key!("team.alternative")),
        &[
            ("answer", phrases::option(words.0, question, a.choice)),
            ("who", &who_list(words, &merged.respondents, &a.respondents)),
            ("verdict", phrases::verdict(words.0, a.verdict)),
            ("archetype", archetype(words.0, a.archetype)),
            ("hires", &roles(words, &a.first_hires)),
        ],
    )
}

fn archetype(locale: Locale, archetype: Archetype) -> &'static str {
    phrases::archetype_name(locale, archetype.id())
}

/// How the answers to a question split: each answer given, with how many gave it.
fn split(words: Words, merged: &Merged, d: &Disagreement) -> String {
    let spread = merged.spread.iter().find(|s| s.question.id == d.question.id);
    let parts: Vec<String> = spread
        .map(|s| {
            s.options
                .iter()
                .filter(|o| !o.respondents.is_empty())
                .map(|o| {
                    fill(
                        words.key(key!("team.split")),
                        &[
                            ("answer", phrases::option(words.0, d.question.id, o.choice)),
                            ("count", &o.respondents.len().to_string()),
                        ],
                    )
                })
                .collect()
        })
        .unwrap_or_default();
    parts.join(words.key(key!("list.separator")))
}

/// A disagreement as a line with the facts behind its question. Ranking disagreements by what
/// they change is the app's own judgement.
fn disagreement_line(words: Words, merged: &Merged, d: &Disagreement, template: crate::text::Key) -> Line {
    let advice = Advice::judgement(template.id(), d.question.knowledge, Vec::new());
    let text = fill(
        words.key(template),
        &[
            ("question", phrases::question(words.0, d.question.id)),
            ("split", &split(words, merged, d)),
            ("answer", phrases::option(words.0, d.question.id, d.consensus)),
            ("consequence", consequence_text(words, d.consequence)),
        ],
    );
    words.line_text(&advice, text)
}

/// Words the team view of these respondents in this locale.
pub fn page(respondents: &[Respondent], locale: Locale) -> Result<TeamPage, MergeError> {
    let merged = merge(respondents)?;
    let words = Words(locale);
    let settle: Vec<Line> =
        merged.to_settle().iter().map(|d| disagreement_line(words, &merged, d, key!("team.settle.line"))).collect();
    let disagreements: Vec<DisagreementItem> = merged
        .disagreements
        .iter()
        .map(|d| DisagreementItem {
            id: d.question.id,
            consequence: d.consequence.id(),
            line: disagreement_line(words, &merged, d, key!("team.disagreement")),
            alternatives: d.alternatives.iter().map(|a| alternative(words, &merged, d.question.id, a)).collect(),
        })
        .collect();
    let rule = Advice::judgement("team.rule", &["G-ALL-YES", "A-NASCENT"], Vec::new());
    Ok(TeamPage {
        title: words.key(key!("team.title")),
        lead: fill(words.key(key!("team.merged")), &[("count", &merged.respondents.len().to_string())]),
        respondents_heading: words.key(key!("team.respondents")),
        respondents: (0..merged.respondents.len()).map(|i| respondent_row(words, &merged, i)).collect(),
        settle_heading: words.key(key!("team.settle")),
        settle_none: settle.is_empty().then(|| words.key(key!("team.settle.none"))),
        settle,
        spread_heading: words.key(key!("team.spread")),
        spread_lead: words.key(key!("team.spread.lead")),
        questions: merged.spread.iter().map(|s| question_spread(words, &merged, s)).collect(),
        outcomes_heading: words.key(key!("team.outcomes")),
        outcomes: outcomes(words, &merged),
        rule_heading: words.key(key!("team.rule.heading")),
        rule: words.line(&rule),
        result_heading: words.key(key!("team.result")),
        result: leader::page(
            &merged.report,
            plan::section(&plan(&merged.consensus, &merged.report, None), words),
            words,
        ),
        consensus: merged.consensus.clone(),
        disagreements_heading: words.key(key!("team.disagreements")),
        disagreements_none: disagreements.is_empty().then(|| words.key(key!("team.disagreements.none"))),
        disagreements,
    })
}

impl TeamPage {
    /// Every line with a "Why?", in order.
    pub fn lines(&self) -> Vec<&Line> {
        let mut all: Vec<&Line> = self.settle.iter().collect();
        all.push(&self.rule);
        all.extend(self.result.lines());
        all.extend(self.disagreements.iter().map(|d| &d.line));
        all
    }

    /// The sources the page cites, each with the IDs taken from it, in seed order.
    pub fn sources(&self) -> Vec<SourceNote> {
        super::sources(self.lines(), self.result.chrome.locale)
    }

    /// Every text the page shows, in order, for checks that must hold of all of them.
    pub fn texts(&self) -> Vec<&str> {
        let mut all = vec![self.title, self.lead.as_str(), self.respondents_heading];
        for row in &self.respondents {
            all.push(&row.label);
            all.extend(row.notes.iter().map(String::as_str));
        }
        all.push(self.settle_heading);
        all.extend(self.settle.iter().flat_map(Line::texts));
        all.extend(self.settle_none);
        all.extend([self.spread_heading, self.spread_lead]);
        for q in &self.questions {
            all.push(q.question);
            all.extend(table_texts(&q.table));
            all.extend(q.notes.iter().map(String::as_str));
        }
        all.push(self.outcomes_heading);
        for table in &self.outcomes {
            all.push(table.heading);
            all.extend(table_texts(table));
        }
        all.push(self.rule_heading);
        all.extend(self.rule.texts());
        all.push(self.result_heading);
        all.extend(self.result.texts());
        all.push(self.disagreements_heading);
        all.extend(self.disagreements_none);
        for d in &self.disagreements {
            all.extend(d.line.texts());
            all.extend(d.alternatives.iter().map(String::as_str));
        }
        all
    }
}

fn table_texts(table: &Table) -> impl Iterator<Item = &str> {
    table.columns.iter().chain(table.rows.iter().flat_map(|r| r.cells.iter())).map(String::as_str)
}
