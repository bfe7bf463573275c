//! The target plan: from the archetype the organisation is today to one the user chooses, by
//! default the one the reachable-archetype rule points at (`reach`).
//!
//! The plan names the fewest controllable answers that must change, worded as conditions to make
//! true; the design choices (seed 001, D-*) where the organisation differs from the target; how
//! the hiring order moves when those answers change (`hiring`, run on the changed answers); a
//! "not yet" list of what the target does that today's gate, size, archetype or hiring order
//! argue against, in the typed vocabulary of actions of "at a glance" (`glance::Action`), never
//! one the report recommends; and the practices (M-*) that matter most for the move.
//!
//! Which changes, practices and "not yet" items the plan picks is this app's reading of the
//! sources, and every such line says so.

use super::advice::{Advice, Because};
use super::answers::Answers;
use super::archetype::{classify, Archetype};
use super::design::{self, Choice, Fit};
use super::facts::{cite, Organisation, Size};
use super::gate::{self, Verdict};
use super::glance::Action;
use super::hiring::{self, HiringPlan, Mode, Role, Tier};
use super::practice;
use super::reach::{self, Change, Reach};
use super::report::Report;

/// How the organisation gets to the target.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Route {
    /// The target is what the organisation is today: there is nothing to change.
    Same,
    /// Changing the listed answers makes the target win.
    Changes,
    /// No set of changes to what the organisation controls makes the target win.
    Unreachable,
}

/// One answer to change, worded as the condition it makes true.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Needed {
    pub change: Change,
    pub advice: Advice,
}

/// A role whose place in the hiring order moves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HireShift {
    pub role: Role,
    pub from: Tier,
    pub to: Tier,
    pub advice: Advice,
}

/// Why the plan puts an action off.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Against {
    /// Today's gate says "not yet": no hiring until it says go.
    Gate,
    /// Today's company size argues against it.
    Size,
    /// Today's archetype argues against it.
    Archetype,
    /// Today's hiring order places the role later.
    Order,
}

impl Against {
    pub fn id(self) -> &'static str {
        match self {
            Against::Gate => "gate",
            Against::Size => "size",
            Against::Archetype => "archetype",
            Against::Order => "order",
        }
    }
}

/// Something the target does that today argues against.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotYet {
    pub action: Action,
    pub against: Against,
    pub advice: Advice,
}

/// The plan from today to the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Plan {
    pub today: Archetype,
    pub target: Archetype,
    /// The target the reachable-archetype rule points at, chosen when the user has not chosen.
    pub suggested: Archetype,
    /// What the user may choose: today's archetype and every one the organisation may be
    /// pointed at, in maturity order.
    pub targets: Vec<Archetype>,
    pub route: Route,
    /// What the plan amounts to, in one line.
    pub lead: Advice,
    pub needed: Vec<Needed>,
    /// The design choices where the organisation differs from the target, or did not say.
    pub design: Vec<Choice>,
    pub hiring: Vec<HireShift>,
    /// Said when the hiring order does not move, or waits for the gate.
    pub hiring_note: Option<Advice>,
    pub not_yet: Vec<NotYet>,
    pub practices: Vec<Advice>,
}

/// The target the reachable-archetype rule points at: the archetype one or two controllable
/// changes would make the organisation (the counterfactual's). When the result is stable (more
/// than two changes to anywhere) or every other archetype is ruled out, it is today's, and the
/// plan says there is nothing to change until the user picks a target.
pub fn suggested(org: &Organisation, today: &Report) -> Archetype {
    match reach::reachable(org, &today.archetype) {
        Some(Reach::Within { becomes, .. }) => becomes,
        Some(Reach::Stable { .. }) | None => today.archetype.winner,
    }
}

/// The archetypes the user may choose as a target.
pub fn targets(org: &Organisation, today: Archetype) -> Vec<Archetype> {
    Archetype::ALL.into_iter().filter(|&a| a == today || reach::may_point_at(org, a)).collect()
}

/// The condition each controllable answer makes true, by question and option: the catalog key
/// that words it. Every option `reach` can move to has one (a unit test below holds them).
const CONDITIONS: &[(&str, &str, &str)] = &[
    ("ml.today", "none", "plan.cond.ml.today.none"),
    ("ml.today", "adhoc", "plan.cond.ml.today.adhoc"),
    ("ml.today", "research", "plan.cond.ml.today.research"),
    ("ml.today", "product_teams", "plan.cond.ml.today.product_teams"),
    ("ml.today", "central", "plan.cond.ml.today.central"),
    ("ml.today", "everywhere", "plan.cond.ml.today.everywhere"),
    ("ml.reports_to", "nobody", "plan.cond.ml.reports_to.nobody"),
    ("ml.reports_to", "rnd", "plan.cond.ml.reports_to.rnd"),
    ("ml.reports_to", "eng_lead", "plan.cond.ml.reports_to.eng_lead"),
    ("ml.reports_to", "ml_leader", "plan.cond.ml.reports_to.ml_leader"),
    ("ml.reports_to", "both", "plan.cond.ml.reports_to.both"),
    ("ml.leadership", "core", "plan.cond.ml.leadership.core"),
    ("ml.leadership", "division", "plan.cond.ml.leadership.division"),
    ("ml.leadership", "team_budgets", "plan.cond.ml.leadership.team_budgets"),
    ("ml.leadership", "small_bets", "plan.cond.ml.leadership.small_bets"),
    ("ml.leadership", "none", "plan.cond.ml.leadership.none"),
    ("ml.data", "easy", "plan.cond.ml.data.easy"),
    ("ml.data", "governed", "plan.cond.ml.data.governed"),
    ("ml.data", "lagging", "plan.cond.ml.data.lagging"),
    ("ml.data", "hard", "plan.cond.ml.data.hard"),
    ("ml.data", "none", "plan.cond.ml.data.none"),
    ("ml.production", "nothing", "plan.cond.ml.production.nothing"),
    ("ml.production", "rarely", "plan.cond.ml.production.rarely"),
    ("ml.production", "builders_own", "plan.cond.ml.production.builders_own"),
    ("ml.production", "handed_maintained", "plan.cond.ml.production.handed_maintained"),
    ("ml.production", "handed_over", "plan.cond.ml.production.handed_over"),
    ("ml.emphasis", "research", "plan.cond.ml.emphasis.research"),
    ("ml.emphasis", "engineering", "plan.cond.ml.emphasis.engineering"),
    ("ml.emphasis", "mixed", "plan.cond.ml.emphasis.mixed"),
    ("ml.emphasis", "varies", "plan.cond.ml.emphasis.varies"),
];

/// The practices (M-*) that matter most when an answer to this question changes, by catalog key
/// of `practice::practices`: the app's judgement. Who does ML and whom it reports to change who
/// works beside whom (M-TOGETHER); how the leadership invests changes what it must understand
/// and how many bets it funds (M-EDUCATE, M-PORTFOLIO); data and the road to production are
/// joined up by an early end-to-end pipeline (M-E2E); the balance of research and engineering
/// changes how the work is planned and who works with whom (M-PROBABILISTIC, M-TOGETHER).
const PRACTICES_FOR: &[(&str, &[&str])] = &[
    ("ml.today", &["practice.together"]),
    ("ml.reports_to", &["practice.together"]),
    ("ml.leadership", &["practice.educate", "practice.portfolio"]),
    ("ml.data", &["practice.e2e"]),
    ("ml.production", &["practice.e2e"]),
    ("ml.emphasis", &["practice.probabilistic", "practice.together"]),
];

fn condition_key(change: &Change) -> Option<&'static str> {
    CONDITIONS.iter().find(|(q, c, _)| *q == change.question && *c == change.to).map(|(_, _, key)| *key)
}

/// The answers the changes replace, as the reasons lines cite.
fn replaced(changes: &[Change]) -> Vec<Because> {
    changes.iter().filter_map(|c| c.from.map(|choice| Because { question: c.question, choice })).collect()
}

/// The answers with the changes made.
fn changed(answers: &Answers, changes: &[Change]) -> Answers {
    let mut answers = answers.clone();
    for change in changes {
        // The change names an option of the question table, so this never fails; were it to,
        // the plan would simply keep the answer as it was.
        let _ = answers.set(change.question, change.to);
    }
    answers
}

/// The hiring order the organisation would have with the changed answers.
fn hiring_after(answers: &Answers) -> HiringPlan {
    let org = Organisation::read(answers);
    hiring::plan(&org, &gate::judge(&org), &classify(&org))
}

fn tier_of(plan: &HiringPlan, role: Role) -> Option<Tier> {
    plan.hires.iter().find(|h| h.role == role).map(|h| h.tier)
}

/// How the hiring order moves: each role whose tier changes, with the target's decisive reason.
fn shifts(today: &HiringPlan, after: &HiringPlan, because: &[Because]) -> (Vec<HireShift>, Option<Advice>) {
    if today.mode == Mode::BeforeHiring || after.mode == Mode::BeforeHiring {
        return (Vec::new(), Some(Advice::new("plan.hire.waits", &["G-ALL-YES"], Vec::new())));
    }
    let moved: Vec<HireShift> = Role::ALL
        .into_iter()
        .filter_map(|role| {
            let (from, to) = (tier_of(today, role)?, tier_of(after, role)?);
            let reason = after.hires.iter().find(|h| h.role == role)?.reasons.first()?;
            (from != to).then(|| HireShift {
                role,
                from,
                to,
                advice: Advice { key: "plan.hire.shift", because: because.to_vec(), judgement: true, ..*reason },
            })
        })
        .collect();
    let note = moved.is_empty().then(|| Advice::judgement("plan.hire.same", &["H-SPECIFIC"], Vec::new()));
    (moved, note)
}

/// What the target does, as actions: hiring its first and next roles, and the work its design
/// implies (an ML-first organisation builds its own platform and models, 001 D-FIRST; an R&D
/// one designs new models, D-RND).
fn target_actions(target: Archetype, after: &HiringPlan) -> Vec<Action> {
    let mut actions: Vec<Action> = after.suggested().into_iter().map(Action::Hire).collect();
    match target {
        Archetype::MlFirst => actions.extend([Action::CustomPlatform, Action::CustomModels]),
        Archetype::RnD => actions.push(Action::CustomModels),
        _ => {}
    }
    actions
}

/// What the report for today recommends: the next steps of "at a glance", and the roles to hire
/// first and next once the gate says go.
pub fn recommended(today: &Report) -> Vec<Action> {
    let mut all: Vec<Action> = today.glance.next.iter().map(|step| step.action).collect();
    if today.hiring.mode == Mode::HireNow {
        all.extend(today.hiring.suggested().into_iter().map(Action::Hire));
    }
    all
}

/// Why today argues against an action, if it does, with the facts that say so and the answers
/// that raised it.
fn against(action: Action, org: &Organisation, today: &Report) -> Option<(Against, Advice)> {
    let winner = today.archetype.winner;
    let large = org.size == Some(Size::Large);
    let (against, knowledge, because): (Against, &'static [&'static str], Vec<Because>) = match action {
        Action::Hire(_) if today.gate.verdict == Verdict::NotYet => {
            (Against::Gate, &["G-ALL-YES", "G-COST"], today.gate.summary.because.clone())
        }
        Action::Hire(Role::Researcher) if org.size == Some(Size::Early) => {
            (Against::Size, &["S-SMALL-AVOID", "S-SMALL-PROFILE"], cite(org.size))
        }
        Action::Hire(role) if tier_of(&today.hiring, role) == Some(Tier::Later) => {
            (Against::Order, role_fact(role), Vec::new())
        }
        Action::CustomPlatform if winner != Archetype::MlFirst && large => {
            (Against::Size, &["S-LARGE-NO-INFRA"], cite(org.size))
        }
        Action::CustomPlatform if winner != Archetype::MlFirst => (Against::Archetype, winner.fact(), Vec::new()),
        Action::CustomModels if !matches!(winner, Archetype::RnD | Archetype::MlFirst) && large => {
            (Against::Size, &["S-LARGE-STANDARD"], cite(org.size))
        }
        Action::CustomModels if !matches!(winner, Archetype::RnD | Archetype::MlFirst) => {
            (Against::Archetype, winner.fact(), Vec::new())
        }
        _ => return None,
    };
    let key = match action {
        Action::Hire(_) => "plan.not_yet.hire",
        Action::CustomPlatform => "plan.not_yet.custom_platform",
        _ => "plan.not_yet.custom_models",
    };
    Some((against, Advice::judgement(key, knowledge, because)))
}

fn role_fact(role: Role) -> &'static [&'static str] {
    match role {
        Role::MlEngineer => &["R-MLE"],
        Role::DataEngineer => &["R-DE"],
        Role::Researcher => &["R-RES"],
        Role::ProductManager => &["R-PM"],
        Role::MlOps => &["R-OPS"],
        Role::DataScientist => &["R-DS"],
    }
}

/// The "not yet" list: what the target does that today argues against, never an action the
/// report recommends.
fn not_yet(target: Archetype, after: &HiringPlan, org: &Organisation, today: &Report) -> Vec<NotYet> {
    let recommended = recommended(today);
    let mut list: Vec<NotYet> = Vec::new();
    for action in target_actions(target, after) {
        if recommended.contains(&action) || list.iter().any(|n| n.action == action) {
            continue;
        }
        if let Some((against, advice)) = against(action, org, today) {
            list.push(NotYet { action, against, advice });
        }
    }
    list
}

/// The practices that matter most for these changes, in the order of the practice section.
fn practices(org: &Organisation, changes: &[Change]) -> Vec<Advice> {
    practice::practices(org)
        .into_iter()
        .filter_map(|advice| {
            let moved: Vec<&Change> = changes
                .iter()
                .filter(|c| PRACTICES_FOR.iter().any(|(q, keys)| *q == c.question && keys.contains(&advice.key)))
                .collect();
            (!moved.is_empty()).then(|| {
                let because = replaced(&moved.into_iter().copied().collect::<Vec<_>>());
                Advice { because, ..advice }
            })
        })
        .collect()
}

/// The plan from today's archetype to `target` (the suggested one when `None`, or when the
/// target is not one the user may choose).
pub fn plan(answers: &Answers, today: &Report, target: Option<Archetype>) -> Plan {
    let org = Organisation::read(answers);
    let now = today.archetype.winner;
    let suggested = suggested(&org, today);
    let targets = targets(&org, now);
    let target = target.filter(|t| targets.contains(t)).unwrap_or(suggested);
    let mut plan = Plan {
        today: now,
        target,
        suggested,
        targets,
        route: Route::Same,
        lead: Advice::judgement("plan.same", now.fact(), Vec::new()),
        needed: Vec::new(),
        design: Vec::new(),
        hiring: Vec::new(),
        hiring_note: None,
        not_yet: Vec::new(),
        practices: Vec::new(),
    };
    if target == now {
        return plan;
    }
    plan.design = design::design(&org, target)
        .choices
        .into_iter()
        .filter(|c| matches!(c.fit, Fit::Differs | Fit::Unknown))
        .collect();
    let Some(changes) = reach::fewest_changes_towards(&org, &today.archetype, target) else {
        plan.route = Route::Unreachable;
        plan.lead = Advice::judgement("plan.unreachable", target.fact(), Vec::new());
        plan.not_yet = not_yet(target, &today.hiring, &org, today);
        return plan;
    };
    let because = replaced(&changes);
    let after = hiring_after(&changed(answers, &changes));
    plan.route = Route::Changes;
    plan.lead = Advice::judgement("plan.lead", target.fact(), because.clone());
    plan.needed = changes
        .iter()
        .filter_map(|change| {
            let key = condition_key(change)?;
            Some(Needed { change: *change, advice: Advice::judgement(key, target.fact(), replaced(&[*change])) })
        })
        .collect();
    (plan.hiring, plan.hiring_note) = shifts(&today.hiring, &after, &because);
    plan.not_yet = not_yet(target, &after, &org, today);
    plan.practices = practices(&org, &changes);
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::questions::QUESTIONS;

    #[test]
    fn every_option_a_change_can_move_to_has_a_condition() {
        for q in QUESTIONS.iter().filter(|q| PRACTICES_FOR.iter().any(|(id, _)| *id == q.id)) {
            for c in q.choices.iter().filter(|c| c.id != "unsure") {
                assert!(
                    CONDITIONS.iter().any(|(qid, cid, _)| *qid == q.id && *cid == c.id),
                    "no condition for {} {}",
                    q.id,
                    c.id
                );
            }
        }
    }
}
