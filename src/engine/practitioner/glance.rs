//! "At a glance" for the practitioner track: the few things to do next about this team, and
//! what to leave for later, from one typed vocabulary of actions.
//!
//! The order is this app's judgement built on the facts each line cites: a raised red flag is
//! checked first (T-OWNERSHIP, T-PIN-FACTORY), then preparing in the way this kind of team
//! values (J-PREPARE) and applying (J-CHANNELS).

use super::red_flags::{Flag, FlagCheck, Status};
use super::skill_gap::{Gap, SkillGap};
use super::team_type::TeamType;
use crate::engine::advice::Advice;
use crate::engine::glance::{self, STEPS};

/// Something the report can tell a candidate to do now, or to leave for later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Ask the team the first question that checks this flag.
    Ask(Flag),
    /// Prepare for the interviews in the way this kind of team values.
    Prepare(TeamType),
    /// Look for openings where this kind of team recruits.
    Apply,
    /// A role whose gap is too large, until part of it is closed.
    StretchRole,
}

/// One action with the line that words it.
pub type Step = glance::Step<Action>;

/// What to do next about this team, and what can wait.
pub type Glance = glance::Glance<Action>;

impl Action {
    fn step(self, because: Vec<crate::engine::advice::Because>) -> Step {
        let advice = match self {
            Action::Ask(Flag::Ownership) => Advice::new("glance.ask.T-OWNERSHIP", &["T-OWNERSHIP"], because),
            Action::Ask(Flag::PinFactory) => Advice::new("glance.ask.T-PIN-FACTORY", &["T-PIN-FACTORY"], because),
            // What each kind of team asks in interviews is the app's reading of 004's lists.
            Action::Prepare(team) => Advice::judgement("glance.prepare", prepare_facts(team), because),
            Action::Apply => Advice::new("glance.apply", &["J-CHANNELS"], because),
            Action::StretchRole => Advice::new("glance.later.stretch", &["T-SKILL-GAP"], because),
        };
        Step { action: self, advice }
    }
}

fn prepare_facts(team: TeamType) -> &'static [&'static str] {
    match team {
        TeamType::Infra => &["J-PREPARE", "T-INFRA"],
        TeamType::Applied => &["J-PREPARE", "T-APPLIED"],
        TeamType::Research => &["J-PREPARE", "T-RESEARCH"],
    }
}

/// The next steps and what to leave for later, from the flags, the gap and the kind of team.
pub fn glance(flags: &[FlagCheck], gap: &SkillGap, team: TeamType) -> Glance {
    let raised = |check: &&FlagCheck| check.status == Status::Raised;
    let because = |check: &FlagCheck| check.findings.first().map(|f| f.because.clone()).unwrap_or_default();
    let mut next: Vec<Step> = flags.iter().filter(raised).map(|c| Action::Ask(c.flag).step(because(c))).collect();
    next.push(Action::Prepare(team).step(Vec::new()));
    next.push(Action::Apply.step(Vec::new()));
    next.extend(flags.iter().filter(|c| !raised(c)).map(|c| Action::Ask(c.flag).step(Vec::new())));
    next.truncate(STEPS);
    let later =
        (gap.gap == Gap::TooLarge).then(|| Action::StretchRole.step(gap.verdict.because.clone())).into_iter().collect();
    Glance { next, later }
}
