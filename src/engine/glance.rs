//! "At a glance": the few things to do next and the things to leave for later, drawn from one
//! typed vocabulary of actions, so that no action can be both recommended and put off.
//!
//! Which actions come first is this app's judgement, built on the facts each action cites:
//! while the gate says "not yet", settling it comes before anything else (G-ALL-YES); once it
//! says go, the job ad for the first hire leads, then the working habit the company's size
//! calls for, then how to plan uncertain work.

use super::advice::{Advice, Because};
use super::archetype::{Archetype, Classification};
use super::facts::{cite, Leadership, Organisation, Size};
use super::gate::{Condition, Gate, Standing, Verdict};
use super::hiring::{HiringPlan, Role, Tier};

/// How many next steps the glance shows.
pub const STEPS: usize = 3;

/// Something the report can tell the organisation to do now, or to leave for later.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    /// Find out, or make true, a condition of the gate.
    Settle(Condition, Standing),
    /// Write the job ad for this first hire around its must-have skills.
    Describe(Role),
    /// Hire this role (put off: the plan places it later).
    Hire(Role),
    /// Hire an ML team at all (put off while the gate says "not yet").
    BuildTeam,
    /// Get one system working from data to deployment before perfecting any part of it.
    EndToEnd,
    /// Use standard open-source models and tools.
    StandardTools,
    /// Teach the engineers you have to do ML.
    TrainEngineers,
    /// Help leadership understand how ML work behaves.
    EducateLeadership,
    /// Plan ML work as bets with odds, not as dated deliverables.
    PlanInBets,
    /// Build an ML platform or infrastructure stack of your own.
    CustomPlatform,
    /// Design custom model architectures.
    CustomModels,
}

/// One action of a track's vocabulary, with the facts it rests on and the answers that raised it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Step<A = Action> {
    pub action: A,
    pub advice: Advice,
}

/// The decision in a few lines: what to do next and what can wait. Each track has its own
/// vocabulary of actions (`A`); the leader track's is [`Action`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glance<A = Action> {
    /// At most [`STEPS`], most urgent first.
    pub next: Vec<Step<A>>,
    pub later: Vec<Step<A>>,
}

impl Action {
    /// The catalog key that words the action, and the facts it rests on.
    fn content(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Action::Settle(Condition::Solvable, Standing::NotMet) => {
                ("glance.settle.solvable.no", &["G-SOLVABLE", "G-ALL-YES"])
            }
            Action::Settle(Condition::Solvable, _) => ("glance.settle.solvable.unsure", &["G-SOLVABLE", "G-ALL-YES"]),
            Action::Settle(Condition::Data, Standing::NotMet) => ("glance.settle.data.no", &["G-DATA", "G-ALL-YES"]),
            Action::Settle(Condition::Data, _) => ("glance.settle.data.unsure", &["G-DATA", "G-ALL-YES"]),
            Action::Settle(Condition::Crucial, Standing::NotMet) => {
                ("glance.settle.crucial.no", &["G-CRUCIAL", "G-COST"])
            }
            Action::Settle(Condition::Crucial, _) => ("glance.settle.crucial.unsure", &["G-CRUCIAL", "G-ALL-YES"]),
            Action::Settle(Condition::Motive, Standing::NotMet) => ("glance.settle.motive.no", &["G-CHECKBOX"]),
            Action::Settle(Condition::Motive, _) => ("glance.settle.motive.unsure", &["G-CHECKBOX", "G-ALL-YES"]),
            Action::Describe(_) => ("glance.describe", &["H-SPECIFIC"]),
            Action::Hire(Role::MlEngineer) => ("glance.later.hires", &["R-MLE"]),
            Action::Hire(Role::DataEngineer) => ("glance.later.hires", &["R-DE"]),
            Action::Hire(Role::Researcher) => ("glance.later.hires", &["R-RES"]),
            Action::Hire(Role::ProductManager) => ("glance.later.hires", &["R-PM"]),
            Action::Hire(Role::MlOps) => ("glance.later.hires", &["R-OPS"]),
            Action::Hire(Role::DataScientist) => ("glance.later.hires", &["R-DS", "H-SPECIFIC"]),
            Action::BuildTeam => ("glance.build_team", &["G-ALL-YES", "G-COST"]),
            Action::EndToEnd => ("glance.end_to_end", &["M-E2E"]),
            Action::StandardTools => ("glance.standard_tools", &["S-LARGE-STANDARD", "S-LARGE-NO-INFRA"]),
            Action::TrainEngineers => ("glance.train_engineers", &["S-LARGE-TRAIN"]),
            Action::EducateLeadership => ("glance.educate", &["M-EDUCATE", "M-WHY-HARD"]),
            Action::PlanInBets => ("glance.bets", &["M-PROBABILISTIC", "M-UNCERTAIN"]),
            Action::CustomPlatform => ("glance.custom_platform", &["S-LARGE-NO-INFRA"]),
            Action::CustomModels => ("glance.custom_models", &["S-LARGE-STANDARD"]),
        }
    }

    fn step(self, because: Vec<Because>) -> Step {
        let (key, knowledge) = self.content();
        Step { action: self, advice: Advice::new(key, knowledge, because) }
    }
}

/// The next steps and what to leave for later, from the gate, the archetype and the hiring plan.
pub fn glance(org: &Organisation, gate: &Gate, archetype: &Classification, plan: &HiringPlan) -> Glance {
    let size_cited = cite(org.size);
    let leadership_unclear = matches!(org.leadership, Some(Leadership::NoInvestment | Leadership::Unsure) | None);
    let mut next = Vec::new();
    let mut later = Vec::new();

    if gate.verdict == Verdict::NotYet {
        for check in gate.failures() {
            let because = check.next_step.as_ref().map(|step| step.because.clone()).unwrap_or_default();
            next.push(Action::Settle(check.condition, check.standing).step(because));
        }
        later.push(Action::BuildTeam.step(gate.summary.because.clone()));
    } else {
        if let Some(hire) = plan.hires.iter().find(|hire| hire.tier == Tier::First) {
            let because = hire.reasons.first().map(|reason| reason.because.clone()).unwrap_or_default();
            next.push(Action::Describe(hire.role).step(because));
        }
        match org.size {
            Some(Size::Large) => {
                next.push(Action::StandardTools.step(size_cited.clone()));
                next.push(Action::TrainEngineers.step(size_cited.clone()));
            }
            _ => next.push(Action::EndToEnd.step(size_cited.clone())),
        }
        if leadership_unclear {
            next.push(Action::EducateLeadership.step(cite(org.leadership)));
        }
        next.push(Action::PlanInBets.step(Vec::new()));
        for hire in plan.hires.iter().filter(|hire| hire.tier == Tier::Later) {
            later.push(Action::Hire(hire.role).step(Vec::new()));
        }
    }
    next.truncate(STEPS);

    // Seed 000 gives these two warnings to large companies; an ML-first company is the
    // exception it names, and an R&D organisation exists to try new model designs.
    if org.size == Some(Size::Large) && archetype.winner != Archetype::MlFirst {
        later.push(Action::CustomPlatform.step(size_cited.clone()));
        if archetype.winner != Archetype::RnD {
            later.push(Action::CustomModels.step(size_cited));
        }
    }
    later.retain(|step| !next.iter().any(|n| n.action == step.action));
    Glance { next, later }
}
