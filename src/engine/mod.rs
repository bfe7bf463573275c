//! The recommendation engine: plain Rust that knows nothing of the browser.
//!
//! Content is data with stable IDs (`questions`, `knowledge`, the rule tables in `gate`,
//! `archetype` and `hiring`, and the practitioner track's in `practitioner`). [`advise`] is the
//! one pure function from answers to what the result page shows: it hands leader answers to
//! [`assess`] and practitioner answers to [`practitioner::assess`].

pub mod answers;
pub mod archetype;
pub mod compare;
pub mod counterfactual;
pub mod design;
pub mod gate;
pub mod guidance;
pub mod hiring;
pub mod knowledge;
pub mod practice;
pub mod practitioner;
pub mod questions;
pub mod recruiting;
pub mod report;
pub mod roles;
pub mod tally;
pub mod track;

pub use answers::{revised_since, rules_known, AnswerError, Answers, RULES_VERSION};
pub use archetype::{Archetype, Classification};
pub use gate::{Gate, Verdict};
pub use hiring::{HiringPlan, Role, Tier};
pub use report::{Advice, Because, Report};
pub use track::Track;

/// What the assessment says, for the track the answers belong to.
#[derive(Debug, Clone, PartialEq)]
pub enum Assessment {
    Leader(Box<Report>),
    Practitioner(Box<practitioner::Report>),
}

/// Turns answers of either track into that track's report.
pub fn advise(answers: &Answers) -> Assessment {
    match answers.track() {
        Track::Leader => Assessment::Leader(Box::new(assess(answers))),
        Track::Practitioner => Assessment::Practitioner(Box::new(practitioner::assess(answers))),
    }
}

/// Turns leader answers into the full team plan. Unanswered questions count as "not sure".
pub fn assess(answers: &Answers) -> Report {
    let gate = gate::judge(answers);
    let archetype = archetype::classify(answers);
    let hiring = hiring::plan(answers, &gate, &archetype);
    Report {
        counterfactual: counterfactual::counterfactual(answers, &archetype),
        design: design::design(answers, archetype.winner),
        size: guidance::by_size(answers),
        why_hard: guidance::why_hard(answers, archetype.winner),
        roles: roles::cards(answers, &hiring),
        recruiting: recruiting::recruiting(answers, archetype.winner, &hiring),
        practices: practice::practices(answers),
        anti_patterns: practice::anti_patterns(answers),
        gate,
        archetype,
        hiring,
    }
}
