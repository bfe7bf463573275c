//! The five weak outputs of the content review (section 6, W1-W5) and its short extras, as the
//! personas who met them and the result each must get now.

use ml_team_advisor::engine::archetype::Archetype;
use ml_team_advisor::engine::design::Fit;
use ml_team_advisor::engine::hiring::{Mode, Role, Tier};
use ml_team_advisor::engine::practitioner;
use ml_team_advisor::engine::practitioner::skill_gap::Gap;
use ml_team_advisor::engine::{assess, Answers, Report, Track};
use ml_team_advisor::share::markdown;
use ml_team_advisor::text::{t, Locale};

fn leader(pairs: &[(&str, &str)]) -> Report {
    assess(&Answers::from_pairs(pairs.iter().copied()).expect("persona uses known IDs"))
}

const GO: [(&str, &str); 4] =
    [("gate.solvable", "yes"), ("gate.data", "yes"), ("gate.crucial", "yes"), ("gate.motive", "problem")];

fn with_go(org: &[(&'static str, &'static str)]) -> Report {
    leader(&[&GO[..], org].concat())
}

fn tier(report: &Report, role: Role) -> Option<Tier> {
    report.hiring.hires.iter().find(|h| h.role == role).map(|h| h.tier)
}

/// W1: a 15-person logistics startup with no ML is not told to switch industry, nor pointed at
/// R&D ML (A-RND: its work rarely becomes business value), nor given four changes as "the
/// smallest".
#[test]
fn w1_a_logistics_startup_is_never_told_to_change_industry_or_to_become_rnd() {
    let report = with_go(&[
        ("org.size", "early"),
        ("org.industry", "traditional"),
        ("ml.today", "none"),
        ("ml.reports_to", "nobody"),
        ("ml.leadership", "none"),
        ("ml.data", "none"),
        ("ml.production", "nothing"),
    ]);
    assert_eq!(report.archetype.winner, Archetype::Nascent);
    let cf = report.counterfactual.expect("the report says where it could move");
    assert!(cf.changes.iter().all(|c| !matches!(c.question, "org.size" | "org.industry")));
    assert_ne!(cf.becomes, Archetype::RnD);
    assert!(cf.stable, "more than two changes would be needed, so the result is called stable");
    assert!(cf.changes.len() <= 1, "only the one answer that comes closest is named");
}

/// W2: a large company with no ML, no data infrastructure and nothing in production hires the
/// data engineer before operations (S-LARGE-NO-INFRA is a warning, not a reason to hire).
#[test]
fn w2_a_large_company_with_nothing_running_hires_data_engineering_before_operations() {
    let report = with_go(&[
        ("org.size", "large"),
        ("org.industry", "traditional"),
        ("ml.today", "none"),
        ("ml.reports_to", "nobody"),
        ("ml.leadership", "unsure"),
        ("ml.data", "none"),
        ("ml.production", "nothing"),
    ]);
    assert_eq!(tier(&report, Role::DataEngineer), Some(Tier::First));
    assert_ne!(tier(&report, Role::MlOps), Some(Tier::First));
    let ops = report.hiring.hires.iter().find(|h| h.role == Role::MlOps).unwrap();
    assert!(ops.reasons.iter().all(|r| !r.knowledge.contains(&"S-LARGE-NO-INFRA")));
}

/// W3: a growing company that cannot get training data is told to settle the data before
/// hiring, not "hold off" above "hire first: data engineer" (G-DATA, G-ALL-YES).
#[test]
fn w3_a_company_that_cannot_get_its_data_gets_a_data_pilot_instead_of_a_first_hire() {
    let answers = [
        ("gate.solvable", "yes"),
        ("gate.data", "no"),
        ("gate.crucial", "yes"),
        ("gate.motive", "problem"),
        ("org.size", "growing"),
        ("org.industry", "traditional"),
        ("ml.today", "adhoc"),
        ("ml.reports_to", "nobody"),
        ("ml.leadership", "small_bets"),
        ("ml.data", "none"),
        ("ml.production", "nothing"),
    ];
    let report = leader(&answers);
    assert_eq!(report.hiring.mode, Mode::BeforeHiring);
    assert!(report.hiring.hires.is_empty(), "no hiring order to argue with the gate");
    let steps: Vec<_> = report.hiring.first_steps.iter().map(|a| a.key).collect();
    assert_eq!(steps, ["hire.note.hold", "hire.before.data_pilot"]);
    assert!(report.hiring.first_steps[1].judgement, "the pilot is the app's own step, marked as such");
    let md = markdown::render(&Answers::from_pairs(answers).unwrap(), Locale::En, "");
    assert!(md.contains(t(Locale::En, "hire.before.data_pilot")));
    assert!(!md.contains(&format!("### {}", t(Locale::En, "tier.first"))), "no empty hiring tiers");
}

/// W4: a ten-person ML-product startup is ML-first, but hears nothing of "the ML division" and
/// is not told it is an answer away from becoming an independent division.
#[test]
fn w4_a_ten_person_ml_startup_hears_nothing_of_an_ml_division() {
    let report = with_go(&[
        ("org.size", "early"),
        ("org.industry", "ml_product"),
        ("ml.today", "central"),
        ("ml.reports_to", "ml_leader"),
        ("ml.leadership", "core"),
        ("ml.data", "easy"),
        ("ml.production", "builders_own"),
        ("ml.emphasis", "engineering"),
    ]);
    assert_eq!(report.archetype.winner, Archetype::MlFirst);
    assert_eq!(report.archetype.summary.key, "arch.summary.A-FIRST.small");
    let models = report.design.choices.iter().find(|c| c.advice.key == "design.A-FIRST.models").unwrap();
    assert_eq!(models.fit, Fit::SmallCompanyBuildsEndToEnd, "not told it differs from big-tech hand-offs");
    assert!(report.advice().iter().all(|a| a.key != "hire.first.res"));
    let cf = report.counterfactual.expect("the report says where it could move");
    assert_ne!(cf.becomes, Archetype::IndependentDivision);
}

/// W5: a software engineer looking at an applied team with much to learn gets a workable gap:
/// the background is context, not a penalty (T-SKILL-GAP; 000 and 001 advise teaching
/// engineers ML).
#[test]
fn w5_a_software_engineer_joining_an_applied_team_is_not_told_the_gap_is_too_large() {
    let answers = Answers::for_track(
        Track::Practitioner,
        [
            ("job.owns", "models"),
            ("job.customers", "app_users"),
            ("job.work", "experiments"),
            ("job.production", "builders_deploy"),
            ("me.stack", "much_new"),
            ("me.background", "software"),
            ("me.learn", "impact"),
        ],
    )
    .unwrap();
    let report = practitioner::assess(&answers);
    assert_eq!(report.skill_gap.gap, Gap::Workable);
    assert!(report.team_type.background.as_ref().is_some_and(|note| note.judgement));
}

/// Extra (review 2.8): a growing R&D organisation's researcher card does not say both "hire one
/// excellent researcher" and "you already have researchers".
#[test]
fn a_growing_rnd_organisation_gets_one_consistent_reason_about_researchers() {
    let report = with_go(&[
        ("org.size", "growing"),
        ("org.industry", "industrial"),
        ("ml.today", "research"),
        ("ml.reports_to", "rnd"),
        ("ml.data", "hard"),
        ("ml.production", "rarely"),
        ("ml.emphasis", "research"),
    ]);
    assert_eq!(report.archetype.winner, Archetype::RnD);
    let researcher = report.hiring.hires.iter().find(|h| h.role == Role::Researcher).unwrap();
    let keys: Vec<_> = researcher.reasons.iter().map(|r| r.key).collect();
    assert!(!(keys.contains(&"hire.growing.res") && keys.contains(&"hire.rnd.res")), "{keys:?}");
}

/// Extra (review 2.10): the data engineer's card does not warn that the profile overlaps with
/// data-engineer titles.
#[test]
fn the_data_engineer_card_carries_no_warning_about_its_own_title() {
    let report = with_go(&[("org.size", "growing"), ("ml.data", "none")]);
    let card = report.roles.cards.iter().find(|c| c.role == Role::DataEngineer).unwrap();
    assert!(card.pitfalls.iter().all(|p| p.key != "pitfall.overlap"));
}

/// Extra (review section 6): at a 15-person startup the founders are the leadership, so no
/// product manager is planned to explain ML's timelines to them (S-SMALL-E2E: one practitioner).
#[test]
fn a_small_startup_is_not_told_to_hire_a_product_manager_to_explain_ml_to_its_leadership() {
    let report = with_go(&[
        ("org.size", "early"),
        ("org.industry", "traditional"),
        ("ml.today", "none"),
        ("ml.reports_to", "nobody"),
        ("ml.leadership", "none"),
    ]);
    assert!(report.advice().iter().all(|a| a.key != "hire.nascent.pm"));
}
