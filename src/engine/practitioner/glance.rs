//! "At a glance" for the practitioner track: the few things to do next about this team, and
//! what to leave for later, from one typed vocabulary of actions.
//!
//! The order is this app's judgement built on the facts each line cites: a raised red flag is
//! checked first (T-OWNERSHIP, T-PIN-FACTORY), then preparing and applying in the way this
//! kind of team values (J-PREPARE, J-CHANNELS).

use super::job_search::JobSearch;
use super::red_flags::{Flag, FlagCheck, Status};
use super::skill_gap::{Gap, SkillGap};
use crate::engine::advice::Advice;

/// How many next steps the glance shows.
pub const STEPS: usize = 3;

/// Something the report can tell a candidate to do now, or to leave for later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Ask the team the first question that checks this flag.
    Ask(Flag),
    /// Prepare for the interviews in the way this kind of team values.
    Prepare,
    /// Look for openings where this kind of team recruits.
    Apply,
    /// A role whose gap is too large, until part of it is closed.
    StretchRole,
}

/// One action with the line that words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step {
    pub action: Action,
    pub advice: Advice,
}

/// What to do next about this team, and what can wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glance {
    /// At most [`STEPS`], most urgent first.
    pub next: Vec<Step>,
    pub later: Vec<Step>,
}

/// The next steps and what to leave for later, from the flags, the gap and the job search.
pub fn glance(flags: &[FlagCheck], gap: &SkillGap, search: &JobSearch) -> Glance {
    let ask = |check: &FlagCheck| {
        check.asks.first().map(|advice| Step { action: Action::Ask(check.flag), advice: advice.clone() })
    };
    let mut next: Vec<Step> = flags.iter().filter(|check| check.status == Status::Raised).filter_map(ask).collect();
    next.extend(search.prepare.first().map(|advice| Step { action: Action::Prepare, advice: advice.clone() }));
    next.extend(search.channels.first().map(|advice| Step { action: Action::Apply, advice: advice.clone() }));
    next.extend(flags.iter().filter(|check| check.status != Status::Raised).filter_map(ask));
    next.truncate(STEPS);
    let later = (gap.gap == Gap::TooLarge)
        .then(|| Step {
            action: Action::StretchRole,
            advice: Advice::new("glance.later.stretch", &["T-SKILL-GAP"], gap.verdict.because.clone()),
        })
        .into_iter()
        .collect();
    Glance { next, later }
}
