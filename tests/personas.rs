//! The product's promises for the leader track, as personas drawn from the seeds and the
//! result each must get.

mod common;

use common::leaders::*;
use ml_team_advisor::engine::archetype::Archetype;
use ml_team_advisor::engine::gate::{Condition, Standing};
use ml_team_advisor::engine::hiring::{Headcount, Mode, Role, Tier};
use ml_team_advisor::engine::{assess, Answers, Report, Verdict};

/// A complete "go" gate followed by the given organisation answers.
fn persona(org: &[(&str, &str)]) -> Report {
    let gate = [("gate.solvable", "yes"), ("gate.data", "yes"), ("gate.crucial", "yes"), ("gate.motive", "problem")];
    let answers = Answers::from_pairs(gate.iter().chain(org).copied()).expect("persona uses known IDs");
    assess(&answers)
}

fn tier_of(report: &Report, role: Role) -> Tier {
    report.hiring.hires.iter().find(|h| h.role == role).expect("every role is planned").tier
}

fn first_tier(report: &Report) -> Vec<Role> {
    report.hiring.hires.iter().filter(|h| h.tier == Tier::First).map(|h| h.role).collect()
}

/// A 15-person logistics startup with no ML (seeds 000 and 001, nascent).
fn logistics_startup() -> Report {
    persona(LOGISTICS_STARTUP)
}

/// A large telecom whose ML lives in the research lab (seed 001, R&D ML).
fn telecom() -> Report {
    persona(TELECOM)
}

/// A growing software company with ML people in product teams (seed 001, product-embedded).
fn software_company() -> Report {
    persona(SOFTWARE_COMPANY)
}

/// A large bank with an ML division under senior leadership (seed 001, independent division).
fn bank() -> Report {
    persona(BANK)
}

/// An ML-focused startup whose CEO invests in ML (seed 001, ML-first).
fn ml_startup() -> Report {
    persona(ML_STARTUP)
}

#[test]
fn a_small_logistics_startup_with_no_ml_is_nascent_and_hires_one_engineering_heavy_generalist() {
    let report = logistics_startup();
    assert_eq!(report.gate.verdict, Verdict::Go);
    assert_eq!(report.archetype.winner, Archetype::Nascent);
    assert_eq!(first_tier(&report), vec![Role::MlEngineer]);
    let first = &report.hiring.hires[0];
    assert_eq!(first.headcount, Headcount::One);
    assert!(first.reasons[0].knowledge.contains(&"S-SMALL-PROFILE"));
    assert_eq!(tier_of(&report, Role::Researcher), Tier::Later, "S-SMALL-AVOID: no researcher first");
}

#[test]
fn a_large_telecom_whose_ml_lives_in_the_research_lab_is_rnd_and_hires_data_and_engineering_first() {
    let report = telecom();
    assert_eq!(report.archetype.winner, Archetype::RnD);
    assert_eq!(first_tier(&report), vec![Role::MlEngineer, Role::DataEngineer]);
    assert_eq!(tier_of(&report, Role::Researcher), Tier::Later, "they already have researchers");
}

#[test]
fn a_software_company_with_ml_people_in_product_teams_is_product_embedded() {
    let report = software_company();
    assert_eq!(report.archetype.winner, Archetype::ProductEmbedded);
    assert_eq!(first_tier(&report), vec![Role::MlEngineer, Role::DataEngineer]);
}

#[test]
fn a_large_bank_with_an_ml_division_under_senior_leadership_is_an_independent_division() {
    let report = bank();
    assert_eq!(report.archetype.winner, Archetype::IndependentDivision);
    assert!(first_tier(&report).contains(&Role::ProductManager), "hand-offs need a product manager");
}

#[test]
fn an_ml_focused_startup_whose_ceo_invests_in_ml_is_ml_first() {
    let report = ml_startup();
    assert_eq!(report.archetype.winner, Archetype::MlFirst);
    assert_eq!(first_tier(&report), vec![Role::MlEngineer]);
}

#[test]
fn a_growing_company_anchors_on_one_researcher_and_plans_more_engineers_than_scientists() {
    let report = persona(&[
        ("org.size", "growing"),
        ("org.industry", "other"),
        ("ml.today", "adhoc"),
        ("ml.reports_to", "nobody"),
        ("ml.leadership", "small_bets"),
        ("ml.data", "unsure"),
        ("ml.production", "nothing"),
    ]);
    let hire = |role| report.hiring.hires.iter().find(|h| h.role == role).unwrap();
    assert_eq!(hire(Role::Researcher).headcount, Headcount::One, "S-MED-ANCHOR: one very good researcher");
    assert!(hire(Role::MlEngineer).headcount > hire(Role::Researcher).headcount, "S-MED-RATIO");
    assert!(report.hiring.notes.iter().any(|n| n.knowledge.contains(&"S-MED-RATIO")));
}

#[test]
fn all_five_archetype_scores_are_reported_with_the_winners_margin_and_drivers() {
    let report = logistics_startup();
    let ranking = &report.archetype.ranking;
    assert_eq!(ranking.len(), 5);
    for archetype in Archetype::ALL {
        assert_eq!(ranking.iter().filter(|s| s.archetype == archetype).count(), 1);
    }
    assert!(ranking.windows(2).all(|w| w[0].points >= w[1].points), "ranked highest first");
    let a = &report.archetype;
    assert_eq!(a.margin, a.points(a.winner) - a.points(a.runner_up));
    assert!(a.margin > 0);
    assert_eq!(a.drivers[0].answer.question, "ml.today", "'nobody does ML' weighs most for nascent");
    assert!(a.drivers.len() <= 3 && a.drivers.windows(2).all(|w| w[0].points >= w[1].points));
}

#[test]
fn a_tie_goes_to_the_less_mature_archetype_and_says_so() {
    // A research-lab reporting line leans R&D 3; builders owning their models leans embedded 3.
    let tied = Answers::from_pairs([("ml.reports_to", "rnd"), ("ml.production", "builders_own")]).unwrap();
    let report = assess(&tied);
    assert_eq!(report.archetype.points(Archetype::RnD), 3);
    assert_eq!(report.archetype.points(Archetype::ProductEmbedded), 3);
    assert_eq!(report.archetype.winner, Archetype::RnD);
    assert_eq!(report.archetype.runner_up, Archetype::ProductEmbedded);
    assert!(report.archetype.tie_broken);
    assert_eq!(report.archetype.margin, 0);

    // The order of the answers cannot change the outcome.
    let reversed = Answers::from_pairs([("ml.production", "builders_own"), ("ml.reports_to", "rnd")]).unwrap();
    assert_eq!(assess(&reversed).archetype, report.archetype);
}

#[test]
fn with_no_answers_at_all_every_archetype_ties_and_the_result_is_nascent() {
    let report = assess(&Answers::default());
    assert!(report.archetype.ranking.iter().all(|s| s.points == 0));
    assert_eq!(report.archetype.winner, Archetype::Nascent);
    assert_eq!(report.gate.verdict, Verdict::NotYet);
}

fn gate_with(question: &str, choice: &str) -> Report {
    let mut answers = Answers::from_pairs([
        ("gate.solvable", "yes"),
        ("gate.data", "yes"),
        ("gate.crucial", "yes"),
        ("gate.motive", "problem"),
        ("org.size", "growing"),
    ])
    .unwrap();
    answers.set(question, choice).unwrap();
    assess(&answers)
}

#[test]
fn each_failed_gate_condition_gives_not_yet_naming_that_condition_and_its_own_next_step() {
    let cases = [
        ("gate.solvable", "no", Condition::Solvable, "gate.next.solvable.no"),
        ("gate.solvable", "unsure", Condition::Solvable, "gate.next.solvable.unsure"),
        ("gate.data", "no", Condition::Data, "gate.next.data.no"),
        ("gate.data", "unsure", Condition::Data, "gate.next.data.unsure"),
        ("gate.crucial", "no", Condition::Crucial, "gate.next.crucial.no"),
        ("gate.crucial", "unsure", Condition::Crucial, "gate.next.crucial.unsure"),
        ("gate.motive", "investors", Condition::Motive, "gate.next.motive.no"),
        ("gate.motive", "unsure", Condition::Motive, "gate.next.motive.unsure"),
    ];
    for (question, choice, condition, next) in cases {
        let report = gate_with(question, choice);
        assert_eq!(report.gate.verdict, Verdict::NotYet, "{question}={choice}");
        let failures: Vec<_> = report.gate.failures().collect();
        assert_eq!(failures.len(), 1, "{question}={choice} fails exactly one condition");
        assert_eq!(failures[0].condition, condition);
        let expected = if choice == "unsure" { Standing::Unsure } else { Standing::NotMet };
        assert_eq!(failures[0].standing, expected);
        let step = failures[0].next_step.as_ref().expect("a failure names its next step");
        assert_eq!(step.key, next);
        assert_eq!(step.because[0].question, question, "the step names the answer that raised it");
        assert!(report.hiring.provisional(), "the rest of the report is marked provisional");
        if choice == "unsure" {
            assert_eq!(report.hiring.mode, Mode::IfSettled);
            assert_eq!(report.hiring.first_steps[0].key, "hire.if_settled");
            assert_eq!(report.hiring.hires.len(), 6, "the order is shown as what follows a yes");
        } else {
            assert_eq!(report.hiring.mode, Mode::BeforeHiring);
            assert_eq!(report.hiring.first_steps[0].key, "hire.note.hold");
            assert!(report.hiring.hires.is_empty(), "no hiring order while a condition is no");
        }
    }
}

#[test]
fn exploring_a_known_problem_passes_the_motive_check_but_a_box_for_investors_does_not() {
    assert_eq!(gate_with("gate.motive", "explore").gate.verdict, Verdict::Go);
    let checkbox = gate_with("gate.motive", "investors");
    assert!(checkbox.gate.failed(Condition::Motive));
    assert!(checkbox.gate.failures().next().unwrap().next_step.as_ref().unwrap().knowledge.contains(&"G-CHECKBOX"));
}

#[test]
fn all_three_conditions_met_with_a_real_motive_is_go_and_the_plan_is_not_provisional() {
    let report = gate_with("gate.motive", "problem");
    assert_eq!(report.gate.verdict, Verdict::Go);
    assert_eq!(report.gate.failures().count(), 0);
    assert!(!report.hiring.provisional());
    assert_eq!(report.hiring.mode, Mode::HireNow);
    assert!(report.hiring.first_steps.is_empty());
}

#[test]
fn when_nobody_knows_whether_the_data_exists_a_data_engineer_is_the_hire_that_can_find_out() {
    let report = gate_with("gate.data", "unsure");
    assert_eq!(tier_of(&report, Role::DataEngineer), Tier::First);
    let de = report.hiring.hires.iter().find(|h| h.role == Role::DataEngineer).unwrap();
    let reason = de.reasons.iter().find(|r| r.key == "hire.gate.data.unsure").expect("the open data question");
    assert!(reason.judgement, "promoting a hire over an open gate is the app's own call");
}

#[test]
fn when_the_data_cannot_be_had_the_plan_is_a_data_pilot_before_anyone_is_hired() {
    // G-DATA, G-ALL-YES: without the data the investment is regretted (000).
    let report = gate_with("gate.data", "no");
    assert_eq!(report.hiring.mode, Mode::BeforeHiring);
    assert!(report.hiring.hires.is_empty());
    let keys: Vec<_> = report.hiring.first_steps.iter().map(|a| a.key).collect();
    assert_eq!(keys, ["hire.note.hold", "hire.before.data_pilot"]);
    assert!(report.recruiting.loops.is_empty() && report.recruiting.sourcing.is_empty(), "nobody to recruit yet");
}

#[test]
fn the_catch_all_data_scientist_title_is_always_last_with_a_reason_to_be_specific() {
    for report in [logistics_startup(), gate_with("gate.data", "unsure"), assess(&Answers::default())] {
        let last = report.hiring.hires.last().unwrap();
        assert_eq!(last.role, Role::DataScientist);
        assert_eq!(last.tier, Tier::Later);
        assert!(last.reasons[0].knowledge.contains(&"H-SPECIFIC"));
    }
}

/// The counterfactual of a persona as (question, new answer) pairs, the archetype it gives or
/// leans towards, and whether the result is stable.
fn counterfactual_of(report: &Report) -> (Vec<(&'static str, &'static str)>, Archetype, bool) {
    let cf = report.counterfactual.as_ref().expect("some other archetype may be pointed at");
    (cf.changes.iter().map(|c| (c.question, c.to)).collect(), cf.becomes, cf.stable)
}

#[test]
fn the_nascent_startup_is_stable_and_is_shown_the_one_controllable_answer_that_comes_closest() {
    // W1 of the review: no industry change, no R&D, no four-answer "smallest change".
    let (changes, towards, stable) = counterfactual_of(&logistics_startup());
    assert!(stable);
    assert_eq!(changes, vec![("ml.today", "product_teams")]);
    assert_eq!(towards, Archetype::ProductEmbedded);
}

#[test]
fn well_established_organisations_are_told_their_result_is_stable() {
    for report in [telecom(), software_company(), bank(), ml_startup()] {
        let (changes, towards, stable) = counterfactual_of(&report);
        assert!(stable, "{:?}", report.archetype.winner);
        assert!(changes.len() <= 1);
        assert_ne!(towards, report.archetype.winner);
    }
    let (_, towards, _) = counterfactual_of(&ml_startup());
    assert_ne!(towards, Archetype::IndependentDivision, "a ten-person startup has no division to become");
}

#[test]
fn a_close_call_is_one_answer_away() {
    // R&D 3 against embedded 3, won by R&D on the tie rule: one answer tips it.
    let answers = Answers::from_pairs([("ml.reports_to", "rnd"), ("ml.production", "builders_own")]).unwrap();
    let report = assess(&answers);
    let (changes, becomes, stable) = counterfactual_of(&report);
    assert!(!stable);
    assert_eq!(changes.len(), 1);
    assert_eq!(becomes, Archetype::ProductEmbedded, "the runner-up is the nearest neighbour");
    let mut changed = answers.clone();
    for (question, to) in changes {
        changed.set(question, to).unwrap();
    }
    assert_eq!(assess(&changed).archetype.winner, becomes, "the change really moves the result");
}
