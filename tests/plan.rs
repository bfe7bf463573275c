//! The target plan and the team through a candidate's eyes, as promises for personas drawn from
//! the seeds: where each persona is pointed by default, what a move to a chosen target asks of
//! it, what it must not do yet, and what a candidate would conclude about the team it builds.

mod common;

use ml_team_advisor::engine::archetype::Archetype;
use ml_team_advisor::engine::design::{Axis, Stance};
use ml_team_advisor::engine::glance::Action;
use ml_team_advisor::engine::hiring::{Role, Tier};
use ml_team_advisor::engine::plan::{plan, recommended, Against, Plan, Route};
use ml_team_advisor::engine::practitioner::red_flags::{Flag, Status};
use ml_team_advisor::engine::practitioner::team_type::TeamType;
use ml_team_advisor::engine::{assess, Answers, Report};

use common::leaders::*;
use Archetype::*;

const GO: [(&str, &str); 4] =
    [("gate.solvable", "yes"), ("gate.data", "yes"), ("gate.crucial", "yes"), ("gate.motive", "problem")];

fn answers(org: &[(&str, &str)]) -> Answers {
    Answers::from_pairs(GO.iter().chain(org).copied()).expect("persona uses known IDs")
}

fn plan_for(org: &[(&str, &str)], target: Option<Archetype>) -> (Plan, Report) {
    let answers = answers(org);
    let report = assess(&answers);
    (plan(&answers, &report, target), report)
}

fn conditions(plan: &Plan) -> Vec<&'static str> {
    plan.needed.iter().map(|n| n.advice.key).collect()
}

fn design(plan: &Plan) -> Vec<(Axis, Option<Stance>, Stance)> {
    plan.design.iter().map(|c| (c.axis, c.yours, c.described)).collect()
}

fn hiring(plan: &Plan) -> Vec<(Role, Tier, Tier)> {
    plan.hiring.iter().map(|h| (h.role, h.from, h.to)).collect()
}

fn not_yet(plan: &Plan) -> Vec<(Action, Against)> {
    plan.not_yet.iter().map(|n| (n.action, n.against)).collect()
}

fn assert_empty(plan: &Plan, today: Archetype) {
    assert_eq!(plan.target, today);
    assert_eq!(plan.route, Route::Same);
    assert_eq!(plan.lead.key, "plan.same", "the empty plan says there is nothing to change");
    assert!(plan.needed.is_empty() && plan.design.is_empty() && plan.hiring.is_empty());
    assert!(plan.hiring_note.is_none() && plan.not_yet.is_empty() && plan.practices.is_empty());
}

#[test]
fn well_established_personas_are_stable_so_their_default_target_is_where_they_are_and_the_plan_is_empty() {
    // Each of the five wins its archetype by far more than two answers (the counterfactual calls
    // them stable), so the reachable-archetype rule points nowhere else.
    for (org, today) in [
        (LOGISTICS_STARTUP, Nascent),
        (TELECOM, RnD),
        (SOFTWARE_COMPANY, ProductEmbedded),
        (BANK, IndependentDivision),
        (ML_STARTUP, MlFirst),
    ] {
        let (default, _) = plan_for(org, None);
        assert_empty(&default, today);
        let (chosen, _) = plan_for(org, Some(today));
        assert_empty(&chosen, today);
    }
}

#[test]
fn the_targets_offered_follow_the_reachable_rule() {
    // No R&D unless the answers lean to research; no division for an early-stage company.
    let offered = |org| plan_for(org, None).0.targets;
    assert_eq!(offered(LOGISTICS_STARTUP), vec![Nascent, ProductEmbedded, MlFirst]);
    assert_eq!(offered(TELECOM), vec![Nascent, RnD, ProductEmbedded, IndependentDivision, MlFirst]);
    assert_eq!(offered(SOFTWARE_COMPANY), vec![Nascent, ProductEmbedded, IndependentDivision, MlFirst]);
    assert_eq!(offered(ML_STARTUP), vec![Nascent, ProductEmbedded, MlFirst]);
    // A target that may not be chosen falls back to the suggested one.
    assert_eq!(plan_for(ML_STARTUP, Some(IndependentDivision)).0.target, MlFirst);
}

#[test]
fn a_close_call_is_pointed_at_its_runner_up_by_default() {
    // R&D and product-embedded tie on three points; builders who deploy their own models are
    // product-embedded (D-EMBEDDED), so reporting to engineering instead of R&D tips it.
    let answers = Answers::from_pairs([("ml.reports_to", "rnd"), ("ml.production", "builders_own")]).unwrap();
    let report = assess(&answers);
    let default = plan(&answers, &report, None);
    assert_eq!(report.archetype.winner, RnD);
    assert_eq!(default.suggested, ProductEmbedded);
    assert_eq!(default.target, ProductEmbedded);
    assert_eq!(default.route, Route::Changes);
    assert_eq!(default.needed.len(), 1);
}

#[test]
fn a_research_lab_moving_into_the_product_puts_ml_people_in_product_teams_under_engineering() {
    // 001: product-embedded ML sits in product teams, answers to their engineering lead, is paid
    // from team budgets and reaches data through data engineers; R&D is research first, without
    // data control, and rarely deploys (D-RND against D-EMBEDDED).
    let (p, _) = plan_for(TELECOM, Some(ProductEmbedded));
    assert_eq!(p.route, Route::Changes);
    assert_eq!(
        conditions(&p),
        vec![
            "plan.cond.ml.today.product_teams",
            "plan.cond.ml.reports_to.eng_lead",
            "plan.cond.ml.leadership.team_budgets",
            "plan.cond.ml.data.lagging",
        ]
    );
    assert_eq!(
        design(&p),
        vec![
            (Axis::Emphasis, Some(Stance::ResearchFirst), Stance::EngineeringFirst),
            (Axis::DataOwnership, Some(Stance::NoDataControl), Stance::WorksWithDataEngineers),
            (Axis::ModelOwnership, Some(Stance::RarelyDeployed), Stance::BuildersOwn),
        ]
    );
    assert!(hiring(&p).is_empty());
    assert_eq!(p.hiring_note.as_ref().map(|a| a.key), Some("plan.hire.same"));
    assert!(not_yet(&p).is_empty(), "nothing product-embedded ML does is against a large company");
    assert!(p.practices.iter().any(|a| a.key == "practice.together"), "research and engineering side by side");
}

#[test]
fn a_software_company_aiming_at_ml_first_is_told_not_to_build_its_own_platform_or_models_yet() {
    // 001 D-FIRST: ML everywhere, a senior ML leader, ML at the core of the company, data
    // infrastructure of its own. 000 warns against an own platform and new architectures; only
    // the ML-first company is the exception, which this company is not yet.
    let (p, report) = plan_for(SOFTWARE_COMPANY, Some(MlFirst));
    assert_eq!(
        conditions(&p),
        vec![
            "plan.cond.ml.today.everywhere",
            "plan.cond.ml.reports_to.ml_leader",
            "plan.cond.ml.leadership.core",
            "plan.cond.ml.data.easy",
        ]
    );
    assert_eq!(
        design(&p),
        vec![
            (Axis::Emphasis, Some(Stance::EngineeringFirst), Stance::VariesButCollaborates),
            (Axis::DataOwnership, Some(Stance::WorksWithDataEngineers), Stance::OwnsCompanyDataInfra),
            (Axis::ModelOwnership, Some(Stance::BuildersOwn), Stance::UsersMaintain),
        ]
    );
    assert_eq!(
        hiring(&p),
        vec![(Role::MlEngineer, Tier::First, Tier::Next), (Role::Researcher, Tier::Next, Tier::First)]
    );
    assert_eq!(
        not_yet(&p),
        vec![(Action::CustomPlatform, Against::Archetype), (Action::CustomModels, Against::Archetype)]
    );
    assert!(!recommended(&report).contains(&Action::CustomPlatform));
}

#[test]
fn a_large_bank_aiming_at_ml_first_is_held_back_by_its_size_and_its_hiring_order() {
    // 000 gives both stack warnings to large companies (S-LARGE-NO-INFRA, S-LARGE-STANDARD); the
    // researcher an ML-first company hires next is one the bank's own order puts later.
    let (p, _) = plan_for(BANK, Some(MlFirst));
    assert_eq!(
        not_yet(&p),
        vec![
            (Action::Hire(Role::Researcher), Against::Order),
            (Action::CustomPlatform, Against::Size),
            (Action::CustomModels, Against::Size),
        ]
    );
    assert_eq!(p.design.len(), 3, "a division differs from ML-first on every axis");
}

#[test]
fn a_bank_moving_ml_into_its_product_teams_hires_operations_before_a_product_manager() {
    // Product-embedded builders run their own models (D-EMBEDDED): MLOps moves up, and the
    // division's product manager moves down.
    let (p, _) = plan_for(BANK, Some(ProductEmbedded));
    assert_eq!(
        conditions(&p),
        vec![
            "plan.cond.ml.today.product_teams",
            "plan.cond.ml.reports_to.eng_lead",
            "plan.cond.ml.leadership.team_budgets",
        ]
    );
    assert_eq!(
        hiring(&p),
        vec![(Role::ProductManager, Tier::First, Tier::Next), (Role::MlOps, Tier::Next, Tier::First)]
    );
    assert!(not_yet(&p).is_empty());
}

#[test]
fn while_the_gate_says_not_yet_no_hire_the_target_makes_is_recommended() {
    let mut org = TELECOM.to_vec();
    org.push(("gate.data", "unsure"));
    let answers = Answers::from_pairs(GO.iter().chain(&org).copied().filter(|p| *p != ("gate.data", "yes"))).unwrap();
    let report = assess(&answers);
    let p = plan(&answers, &report, Some(IndependentDivision));
    assert!(p.not_yet.iter().any(|n| matches!(n.action, Action::Hire(_)) && n.against == Against::Gate));
}

/// G-ALL-YES and the glance's promise, carried to the plan: no action is both put off by the
/// plan and recommended by the report, for every organisation shape and every target.
#[test]
fn no_action_is_both_not_yet_and_recommended_over_the_whole_answer_space() {
    let mut checked = 0usize;
    common::walk_organisations(|_, answers| {
        let report = assess(answers);
        let recommended = recommended(&report);
        for target in Archetype::ALL {
            let p = plan(answers, &report, Some(target));
            for item in &p.not_yet {
                assert!(!recommended.contains(&item.action), "{:?} both ways for {answers:?}", item.action);
            }
            checked += 1;
        }
    });
    assert!(checked > 500_000, "{checked}");
}

// The team through a candidate's eyes: expectations from seed 004 for what each persona's
// answers tell a candidate, not from the mapping table.

fn flags(report: &Report) -> Vec<(Flag, Status)> {
    report.candidate.flags.iter().map(|f| (f.flag, f.status)).collect()
}

#[test]
fn a_startup_with_no_ml_yet_leaves_a_candidate_unable_to_tell_the_kind_of_team_or_the_flags() {
    let report = assess(&answers(LOGISTICS_STARTUP));
    assert_eq!(report.candidate.summary.key, "candidate.summary.unknown");
    assert_eq!(flags(&report), vec![(Flag::Ownership, Status::Unclear), (Flag::PinFactory, Status::Unclear)]);
    assert!(report.candidate.caveat.is_some(), "an early-stage company hears that the types fit mature companies");
}

#[test]
fn a_research_lab_reads_as_a_research_team_with_no_red_flag() {
    let report = assess(&answers(TELECOM));
    assert_eq!(report.candidate.team_type, TeamType::Research);
    assert_eq!(flags(&report), vec![(Flag::Ownership, Status::Clear), (Flag::PinFactory, Status::Clear)]);
    assert!(report.candidate.caveat.is_none());
}

#[test]
fn product_teams_whose_builders_ship_read_as_an_applied_team_with_no_red_flag() {
    for org in [SOFTWARE_COMPANY, BANK] {
        let report = assess(&answers(org));
        assert_eq!(report.candidate.team_type, TeamType::Applied);
        assert_eq!(flags(&report), vec![(Flag::Ownership, Status::Clear), (Flag::PinFactory, Status::Clear)]);
    }
}

#[test]
fn an_ml_first_startup_handing_models_to_product_teams_leaves_the_pin_factory_for_the_interview() {
    let report = assess(&answers(ML_STARTUP));
    assert_eq!(report.candidate.team_type, TeamType::Applied);
    assert_eq!(flags(&report), vec![(Flag::Ownership, Status::Clear), (Flag::PinFactory, Status::Unclear)]);
    assert!(report.candidate.caveat.is_some());
}

#[test]
fn notebooks_rebuilt_by_engineers_and_ml_on_the_side_raise_both_flags_and_cite_the_leaders_answers() {
    let mut org = SOFTWARE_COMPANY.to_vec();
    org.retain(|(q, _)| *q != "ml.today");
    org.extend([("ml.today", "adhoc"), ("ml.handoff", "rebuilt")]);
    let report = assess(&answers(&org));
    assert_eq!(flags(&report), vec![(Flag::Ownership, Status::Raised), (Flag::PinFactory, Status::Raised)]);
    let pin = &report.candidate.flags[1];
    assert_eq!(pin.findings[0].because[0].question, "ml.handoff", "the leader's own answer is cited");
    assert!(pin.asks.iter().all(|a| a.because.iter().all(|b| b.question == "ml.handoff")));
    let mapped: Vec<(&str, &str)> =
        report.candidate.mapping.iter().map(|m| (m.leader.question, m.candidate.question)).collect();
    assert!(mapped.contains(&("ml.handoff", "job.production")));
    assert!(mapped.contains(&("ml.today", "job.owns")));
}
