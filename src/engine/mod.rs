//! The recommendation engine: plain Rust that knows nothing of the browser.
//!
//! Content is data with stable IDs (`questions`, `knowledge`, the rule tables in `gate`,
//! `archetype` and `hiring`); [`assess`] is the one pure function from answers to report.

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
pub mod questions;
pub mod recruiting;
pub mod report;
pub mod roles;

pub use answers::{AnswerError, Answers, RULES_VERSION};
pub use archetype::{Archetype, Classification};
pub use gate::{Gate, Verdict};
pub use hiring::{HiringPlan, Role, Tier};
pub use report::{Advice, Because, Report};

/// Turns answers into the full report. Unanswered questions count as "not sure".
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
