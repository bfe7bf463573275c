//! Recruiting (seed 001, with 003): how scarce the talent is, where to source each suggested
//! role, what will attract candidates given the user's answers, and the interview loop for
//! each suggested role.

use super::advice::Advice;
use super::archetype::Archetype;
use super::facts::{cite, cite_if, Crucial, DataAccess, Engineers, FirstHire, Organisation, Size, Stack};
use super::hiring::{HiringPlan, Role};

/// Where to find candidates for one role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sourcing {
    pub role: Role,
    pub lines: Vec<Advice>,
}

/// An assessment format (I-FORMATS). Each has a name in the catalog under `format.<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Background,
    Whiteboard,
    PairCoding,
    MathPuzzles,
    TakeHome,
    AppliedMl,
    PreviousProjects,
    MlTheory,
}

impl Format {
    pub fn id(self) -> &'static str {
        match self {
            Format::Background => "background",
            Format::Whiteboard => "whiteboard",
            Format::PairCoding => "pair_coding",
            Format::MathPuzzles => "math",
            Format::TakeHome => "take_home",
            Format::AppliedMl => "applied_ml",
            Format::PreviousProjects => "previous_projects",
            Format::MlTheory => "ml_theory",
        }
    }
}

/// The interview loop for one role: what to validate, the minimum bar, and the formats.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loop {
    pub role: Role,
    pub validate: Advice,
    pub bar: Advice,
    pub formats: &'static [Format],
}

/// The recruiting section of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recruiting {
    pub scarcity: Advice,
    pub specific: Advice,
    pub sourcing: Vec<Sourcing>,
    pub attract: Vec<Advice>,
    pub interview_note: Advice,
    pub loops: Vec<Loop>,
}

use Format::*;

/// A role, what to validate (key and facts), the minimum bar's key, and the formats.
type LoopRow = (Role, &'static str, &'static [&'static str], &'static str, &'static [Format]);

/// Per role: what to validate (key and facts), the minimum bar, and the formats that fit.
const LOOPS: &[LoopRow] = &[
    (
        Role::MlEngineer,
        "interview.R-MLE.validate",
        &["I-VALIDATE", "R-MLE"],
        "interview.R-MLE.bar",
        &[Whiteboard, PairCoding, TakeHome, AppliedMl, MlTheory],
    ),
    (
        Role::DataEngineer,
        "interview.R-DE.validate",
        &["I-VALIDATE", "R-DE"],
        "interview.R-DE.bar",
        &[Background, Whiteboard, PairCoding, TakeHome],
    ),
    (
        Role::Researcher,
        "interview.R-RES.validate",
        &["I-VALIDATE", "R-RES"],
        "interview.R-RES.bar",
        &[PreviousProjects, AppliedMl, MlTheory, MathPuzzles, PairCoding],
    ),
    (
        Role::ProductManager,
        "interview.R-PM.validate",
        &["I-VALIDATE", "R-PM", "M-UNCERTAIN"],
        "interview.R-PM.bar",
        &[Background, AppliedMl, PreviousProjects],
    ),
    (
        Role::MlOps,
        "interview.R-OPS.validate",
        &["I-VALIDATE", "R-OPS"],
        "interview.R-OPS.bar",
        &[Background, PairCoding, TakeHome],
    ),
];

fn sourcing(role: Role) -> Sourcing {
    let lines = match role {
        Role::MlEngineer => vec![
            Advice::new("sourcing.R-MLE", &["H-MLE-SOURCE"], Vec::new()),
            Advice::new("channels.R-MLE", &["H-CHANNELS"], Vec::new()),
        ],
        Role::Researcher => vec![
            Advice::new("sourcing.R-RES", &["H-RES-SOURCE"], Vec::new()),
            Advice::new("channels.R-RES", &["H-CHANNELS"], Vec::new()),
        ],
        _ => vec![Advice::new("channels.general", &["H-CHANNELS"], Vec::new())],
    };
    Sourcing { role, lines }
}

/// What will draw candidates to this organisation, from what the user told us.
fn attract(org: &Organisation, archetype: Archetype, plan: &HiringPlan) -> Vec<Advice> {
    let mut lines = Vec::new();
    // A problem that matters is the first thing to sell; it is offered to everyone, and
    // backed by the answer when the user said the problem is crucial.
    lines.push(Advice::new("attract.mission", &["H-ATTRACT-MISSION"], cite_if(org.crucial, &[Crucial::Yes])));
    let data = cite_if(org.data, &[DataAccess::Easy, DataAccess::Governed]);
    if !data.is_empty() {
        lines.push(Advice::new("attract.data", &["H-ATTRACT-DATA"], data));
    }
    if org.stack == Some(Stack::OpenSource) {
        lines.push(Advice::new("attract.tools", &["H-ATTRACT-TOOLS"], cite(org.stack)));
    } else if matches!(archetype, Archetype::IndependentDivision | Archetype::MlFirst) {
        lines.push(Advice::new("attract.tools", &["H-ATTRACT-TOOLS"], cite(org.today)));
    }
    let learners = cite_if(org.engineers, &[Engineers::Keen, Engineers::Few]);
    if !learners.is_empty() {
        lines.push(Advice::new("attract.learn", &["H-ATTRACT-LEARN"], learners));
    } else if org.size == Some(Size::Large) {
        lines.push(Advice::new("attract.learn", &["H-ATTRACT-LEARN", "S-LARGE-TRAIN"], cite(org.size)));
    }
    if plan.suggested().contains(&Role::Researcher) {
        lines.push(Advice::new("attract.people", &["H-ATTRACT-PEOPLE"], cite(org.size)));
    }
    lines
}

/// The recruiting advice for the roles the plan suggests.
pub fn recruiting(org: &Organisation, archetype: Archetype, plan: &HiringPlan) -> Recruiting {
    let suggested = plan.suggested();
    let vague = cite_if(org.first_hire, &[FirstHire::DataScientist]);
    let loops = LOOPS
        .iter()
        .filter(|(role, ..)| suggested.contains(role))
        .map(|&(role, validate, facts, bar, formats)| {
            // The seed gives strengths and a minimum bar for researchers and ML engineers
            // only; the loops for the other roles are this app's, built on the role's facts
            // and the same method (review 1.2).
            let (validate, bar) = if matches!(role, Role::MlEngineer | Role::Researcher) {
                (Advice::new(validate, facts, Vec::new()), Advice::new(bar, &["I-MIN-BAR"], Vec::new()))
            } else {
                (Advice::judgement(validate, facts, Vec::new()), Advice::judgement(bar, facts, Vec::new()))
            };
            Loop { role, validate, bar, formats }
        })
        .collect();
    Recruiting {
        scarcity: Advice::new("recruit.scarcity", &["H-SCARCITY", "M-WHY-HARD"], Vec::new()),
        specific: Advice::new("recruit.specific", &["H-SPECIFIC", "R-OVERLAP"], vague),
        sourcing: suggested.iter().map(|&role| sourcing(role)).collect(),
        attract: attract(org, archetype, plan),
        interview_note: Advice::new("interview.note", &["I-FORMATS", "I-VALIDATE"], Vec::new()),
        loops,
    }
}
