//! Comparing two assessments (say "today" and "in a year"): archetype scores, design choices
//! and hiring order side by side, and a list of what changes between them.

use super::archetype::Archetype;
use super::design::{Axis, Stance};
use super::gate::Verdict;
use super::hiring::{Role, Tier};
use super::history::changed_answers;
use super::{Answers, Report};

/// One archetype's score in both assessments.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ScoreRow {
    pub archetype: Archetype,
    pub before: u32,
    pub after: u32,
}

/// One design axis in both: the stance the archetype calls for and the user's own.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DesignRow {
    pub axis: Axis,
    pub before: Side,
    pub after: Side,
}

/// One assessment's side of a design row; nascent organisations have no described design.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Side {
    pub described: Option<Stance>,
    pub yours: Option<Stance>,
}

/// One role's tier in both.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleRow {
    pub role: Role,
    pub before: Tier,
    pub after: Tier,
}

/// Something that differs between the two, in the order the result page shows things.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Difference {
    Verdict { before: Verdict, after: Verdict },
    Archetype { before: Archetype, after: Archetype },
    Design { axis: Axis, before: Option<Stance>, after: Option<Stance> },
    Tier { role: Role, before: Tier, after: Tier },
    Answer { question: &'static str, before: Option<&'static str>, after: Option<&'static str> },
}

/// The two assessments side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub scores: Vec<ScoreRow>,
    pub design: Vec<DesignRow>,
    pub roles: Vec<RoleRow>,
    pub differences: Vec<Difference>,
}

fn side(report: &Report, axis: Axis) -> Side {
    report
        .design
        .choices
        .iter()
        .find(|c| c.axis == axis)
        .map_or(Side { described: None, yours: None }, |c| Side { described: Some(c.described), yours: c.yours })
}

fn tier(report: &Report, role: Role) -> Tier {
    report.hiring.hires.iter().find(|h| h.role == role).map_or(Tier::Later, |h| h.tier)
}

/// Compares two assessments, each given as its answers and its report.
pub fn compare(before: (&Answers, &Report), after: (&Answers, &Report)) -> Comparison {
    let (answers_a, a) = before;
    let (answers_b, b) = after;
    let scores = Archetype::ALL
        .iter()
        .map(|&archetype| ScoreRow {
            archetype,
            before: a.archetype.points(archetype),
            after: b.archetype.points(archetype),
        })
        .collect();
    let design: Vec<DesignRow> =
        Axis::ALL.iter().map(|&axis| DesignRow { axis, before: side(a, axis), after: side(b, axis) }).collect();
    let roles: Vec<RoleRow> =
        Role::ALL.iter().map(|&role| RoleRow { role, before: tier(a, role), after: tier(b, role) }).collect();

    let mut differences = Vec::new();
    if a.gate.verdict != b.gate.verdict {
        differences.push(Difference::Verdict { before: a.gate.verdict, after: b.gate.verdict });
    }
    if a.archetype.winner != b.archetype.winner {
        differences.push(Difference::Archetype { before: a.archetype.winner, after: b.archetype.winner });
    }
    for row in &design {
        if row.before.described != row.after.described {
            differences.push(Difference::Design {
                axis: row.axis,
                before: row.before.described,
                after: row.after.described,
            });
        }
    }
    for row in &roles {
        if row.before != row.after {
            differences.push(Difference::Tier { role: row.role, before: row.before, after: row.after });
        }
    }
    differences.extend(changed_answers(answers_a, answers_b).into_iter().map(|c| Difference::Answer {
        question: c.question,
        before: c.before,
        after: c.after,
    }));
    Comparison { scores, design, roles, differences }
}
