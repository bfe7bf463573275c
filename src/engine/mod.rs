//! The recommendation engine: plain Rust that knows nothing of the browser.
//!
//! Content is data with stable IDs (`questions`, `knowledge`, the rule tables in `gate`,
//! `archetype` and `hiring`, and the practitioner track's in `practitioner`). The answers are
//! read once into typed facts (`facts`, `practitioner::facts`) that every rule reads; where an
//! organisation could move is one rule (`reach`). [`advise`] is the one pure function from
//! answers to what the result page shows: it hands leader answers to [`assess`] and
//! practitioner answers to [`practitioner::assess`].

pub mod advice;
pub mod answers;
pub mod archetype;
pub mod candidate;
pub mod compare;
pub mod counterfactual;
pub mod design;
pub mod facts;
pub mod gate;
pub mod glance;
pub mod guidance;
pub mod hiring;
pub mod history;
pub mod knowledge;
pub mod plan;
pub mod practice;
pub mod practitioner;
pub mod question;
pub mod questions;
pub mod reach;
pub mod recruiting;
pub mod report;
pub mod roles;
pub mod tally;
pub mod team;
pub mod track;

pub use advice::{Advice, Because};
pub use answers::{revised_since, rules_known, AnswerError, Answers, RULES_VERSION};
pub use archetype::{Archetype, Classification};
pub use gate::{Gate, Verdict};
pub use hiring::{HiringPlan, Role, Tier};
pub use report::Report;
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
    let org = facts::Organisation::read(answers);
    let gate = gate::judge(&org);
    let archetype = archetype::classify(&org);
    let hiring = hiring::plan(&org, &gate, &archetype);
    Report {
        glance: glance::glance(&org, &gate, &archetype, &hiring),
        counterfactual: counterfactual::counterfactual(&org, &archetype),
        design: design::design(&org, archetype.winner),
        size: guidance::by_size(&org),
        why_hard: guidance::why_hard(&org, archetype.winner),
        roles: roles::cards(&org, &hiring),
        recruiting: recruiting::recruiting(&org, archetype.winner, &hiring),
        practices: practice::practices(&org),
        anti_patterns: practice::anti_patterns(&org, archetype.winner),
        candidate: candidate::candidate(&org),
        gate,
        archetype,
        hiring,
    }
}
