//! A series of dated assessments of one organisation: what each entry concluded (verdict,
//! archetype scores, first hires) and exactly which answers changed since the entry before.

use super::archetype::Archetype;
use super::gate::Verdict;
use super::hiring::{Mode, Role, Tier};
use super::{assess, Answers};

/// One answer that differs between two assessments; `None` where a question was not answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AnswerChange {
    pub question: &'static str,
    pub before: Option<&'static str>,
    pub after: Option<&'static str>,
}

/// The answers that differ, in the order of the question tables: the earlier assessment's
/// track first, then any question only the later one's track asks.
pub fn changed_answers(before: &Answers, after: &Answers) -> Vec<AnswerChange> {
    let mut questions: Vec<&'static str> = before.track().questions().iter().map(|q| q.id).collect();
    if after.track() != before.track() {
        questions.extend(after.track().questions().iter().map(|q| q.id));
    }
    let chosen = |answers: &Answers, question: &str| answers.because(question).map(|b| b.choice);
    questions
        .into_iter()
        .filter_map(|question| {
            let (x, y) = (chosen(before, question), chosen(after, question));
            (x != y).then_some(AnswerChange { question, before: x, after: y })
        })
        .collect()
}

/// What one entry of a series concluded, and what changed since the one before it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Point {
    pub verdict: Verdict,
    pub archetype: Archetype,
    /// The five archetypes' points, in `Archetype::ALL` order.
    pub scores: Vec<(Archetype, u32)>,
    /// The roles to hire first; empty while a gate condition is "no" (hiring waits).
    pub first_hires: Vec<Role>,
    /// The answers changed since the previous entry; empty for the first.
    pub changes: Vec<AnswerChange>,
}

/// The series summed up, one point per leader assessment, in the order given (oldest first).
pub fn summarise(entries: &[&Answers]) -> Vec<Point> {
    entries
        .iter()
        .enumerate()
        .map(|(i, answers)| {
            let report = assess(answers);
            let first_hires = match report.hiring.mode {
                Mode::BeforeHiring => Vec::new(),
                _ => report.hiring.hires.iter().filter(|h| h.tier == Tier::First).map(|h| h.role).collect(),
            };
            Point {
                verdict: report.gate.verdict,
                archetype: report.archetype.winner,
                scores: Archetype::ALL.iter().map(|&a| (a, report.archetype.points(a))).collect(),
                first_hires,
                changes: i.checked_sub(1).map_or_else(Vec::new, |p| changed_answers(entries[p], answers)),
            }
        })
        .collect()
}
