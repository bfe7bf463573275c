//! The "is it worth it?" gate (seed 000): three conditions and the motive behind the team.

use super::advice::{Advice, Because};
use super::facts::{cite, Crucial, Motive, Organisation, Solvable, TrainingData};

/// What the gate checks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Condition {
    /// There is a problem ML can actually solve.
    Solvable,
    /// Training data can be labelled or acquired.
    Data,
    /// The problem matters to the business.
    Crucial,
    /// The team is wanted for a problem, not to tick a box for investors.
    Motive,
}

impl Condition {
    pub const ALL: [Condition; 4] = [Condition::Solvable, Condition::Data, Condition::Crucial, Condition::Motive];

    /// The knowledge ID that states the condition.
    pub fn knowledge(self) -> &'static str {
        match self {
            Condition::Solvable => "G-SOLVABLE",
            Condition::Data => "G-DATA",
            Condition::Crucial => "G-CRUCIAL",
            Condition::Motive => "G-CHECKBOX",
        }
    }
}

/// How one condition stands after the user's answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Standing {
    Met,
    NotMet,
    /// The user said "not sure", or did not answer.
    Unsure,
}

/// One condition, how it stands, and what to do about it when it is not met.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Check {
    pub condition: Condition,
    pub standing: Standing,
    pub next_step: Option<Advice>,
}

/// The gate's overall answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// All conditions hold: the rest of the report is advice to act on.
    Go,
    /// Some condition fails or is unknown: the rest of the report is provisional.
    NotYet,
}

/// The gate's result.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gate {
    pub verdict: Verdict,
    pub checks: Vec<Check>,
    pub summary: Advice,
}

impl Gate {
    /// The conditions that are not met or not known.
    pub fn failures(&self) -> impl Iterator<Item = &Check> {
        self.checks.iter().filter(|check| check.standing != Standing::Met)
    }

    pub fn failed(&self, condition: Condition) -> bool {
        self.failures().any(|check| check.condition == condition)
    }
}

/// How a condition stands, and the answer that says so.
fn standing(org: &Organisation, condition: Condition) -> (Standing, Vec<Because>) {
    use Standing::{Met, NotMet, Unsure};
    match condition {
        Condition::Solvable => {
            let standing = match org.solvable {
                Some(Solvable::Yes) => Met,
                Some(Solvable::No) => NotMet,
                Some(Solvable::Unsure) | None => Unsure,
            };
            (standing, cite(org.solvable))
        }
        Condition::Data => {
            let standing = match org.training_data {
                Some(TrainingData::Yes) => Met,
                Some(TrainingData::No) => NotMet,
                Some(TrainingData::Unsure) | None => Unsure,
            };
            (standing, cite(org.training_data))
        }
        Condition::Crucial => {
            let standing = match org.crucial {
                Some(Crucial::Yes) => Met,
                Some(Crucial::No) => NotMet,
                Some(Crucial::Unsure) | None => Unsure,
            };
            (standing, cite(org.crucial))
        }
        Condition::Motive => {
            let standing = match org.motive {
                Some(Motive::Problem | Motive::Explore) => Met,
                Some(Motive::Investors) => NotMet,
                Some(Motive::Unsure) | None => Unsure,
            };
            (standing, cite(org.motive))
        }
    }
}

/// The next step for a condition that does not hold; a "no" and a "not sure" need different ones.
fn next_step(condition: Condition, standing: Standing) -> (&'static str, &'static [&'static str]) {
    match (condition, standing) {
        (Condition::Solvable, Standing::NotMet) => ("gate.next.solvable.no", &["G-SOLVABLE", "G-ALL-YES"]),
        (Condition::Solvable, _) => ("gate.next.solvable.unsure", &["G-SOLVABLE"]),
        (Condition::Data, Standing::NotMet) => ("gate.next.data.no", &["G-DATA", "G-ALL-YES"]),
        (Condition::Data, _) => ("gate.next.data.unsure", &["G-DATA"]),
        (Condition::Crucial, Standing::NotMet) => ("gate.next.crucial.no", &["G-CRUCIAL", "G-COST"]),
        (Condition::Crucial, _) => ("gate.next.crucial.unsure", &["G-CRUCIAL"]),
        (Condition::Motive, Standing::NotMet) => ("gate.next.motive.no", &["G-CHECKBOX", "G-COST"]),
        (Condition::Motive, _) => ("gate.next.motive.unsure", &["G-CHECKBOX", "G-ALL-YES"]),
    }
}

/// Judges the gate from the answers.
pub fn judge(org: &Organisation) -> Gate {
    let mut answered: Vec<(Standing, Vec<Because>)> = Vec::new();
    let checks: Vec<Check> = Condition::ALL
        .iter()
        .map(|&condition| {
            let (standing, because) = standing(org, condition);
            let next_step = (standing != Standing::Met).then(|| {
                let (key, knowledge) = next_step(condition, standing);
                Advice::new(key, knowledge, because.clone())
            });
            answered.push((standing, because));
            Check { condition, standing, next_step }
        })
        .collect();
    let all_met = checks.iter().all(|check| check.standing == Standing::Met);
    let (verdict, key) =
        if all_met { (Verdict::Go, "gate.verdict.go") } else { (Verdict::NotYet, "gate.verdict.not_yet") };
    // The verdict rests on the answers that decided it: all of them for a go, the failing
    // ones for a not-yet.
    let because = answered
        .into_iter()
        .filter(|(standing, _)| all_met || *standing != Standing::Met)
        .flat_map(|(_, because)| because)
        .collect();
    let summary = Advice::new(key, &["G-ALL-YES", "G-COST"], because);
    Gate { verdict, checks, summary }
}
