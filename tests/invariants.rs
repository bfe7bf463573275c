//! Consistency of the leader report as named invariants, each with the knowledge IDs it
//! protects, checked over every combination of the typed facts its rule reads, over every gate
//! outcome against every size and archetype, and over random complete answer sets.

mod common;

use ml_team_advisor::engine::archetype::{classify, Archetype};
use ml_team_advisor::engine::counterfactual::counterfactual;
use ml_team_advisor::engine::design::{design, Fit};
use ml_team_advisor::engine::facts::*;
use ml_team_advisor::engine::gate::Standing;
use ml_team_advisor::engine::hiring::{Mode, Role};
use ml_team_advisor::engine::practitioner;
use ml_team_advisor::engine::reach::fewest_changes;
use ml_team_advisor::engine::{assess, Answers, Report, Track};
use proptest::prelude::*;

/// Every option of an answer type, and "not answered".
fn each<T: Answer>() -> impl Iterator<Item = Option<T>> + Clone {
    std::iter::once(None).chain(T::ALL.iter().copied().map(Some))
}

/// The organisation as the answers a user would give.
fn answers_of(org: &Organisation) -> Answers {
    let given = [
        org.solvable.map(Answer::because),
        org.training_data.map(Answer::because),
        org.crucial.map(Answer::because),
        org.motive.map(Answer::because),
        org.size.map(Answer::because),
        org.industry.map(Answer::because),
        org.today.map(Answer::because),
        org.reports_to.map(Answer::because),
        org.leadership.map(Answer::because),
        org.data.map(Answer::because),
        org.production.map(Answer::because),
        org.emphasis.map(Answer::because),
        org.handoff.map(Answer::because),
        org.stack.map(Answer::because),
        org.engineers.map(Answer::because),
        org.first_hire.map(Answer::because),
    ];
    Answers::from_pairs(given.into_iter().flatten().map(|b| (b.question, b.choice))).expect("typed answers are known")
}

/// A passing gate.
fn go() -> Organisation {
    Organisation {
        solvable: Some(Solvable::Yes),
        training_data: Some(TrainingData::Yes),
        crucial: Some(Crucial::Yes),
        motive: Some(Motive::Problem),
        ..Organisation::default()
    }
}

/// An organisation shaped like each archetype (seed 001's descriptions), whatever its size.
fn shaped(archetype: Archetype, base: Organisation) -> Organisation {
    let (industry, today, reports_to, leadership, data, production, emphasis) = match archetype {
        Archetype::Nascent => (
            Industry::Traditional,
            MlToday::Nobody,
            ReportsTo::Nobody,
            Leadership::NoInvestment,
            DataAccess::NoData,
            Production::Nothing,
            Emphasis::Unsure,
        ),
        Archetype::RnD => (
            Industry::Industrial,
            MlToday::Research,
            ReportsTo::Rnd,
            Leadership::SmallBets,
            DataAccess::Hard,
            Production::Rarely,
            Emphasis::Research,
        ),
        Archetype::ProductEmbedded => (
            Industry::Software,
            MlToday::ProductTeams,
            ReportsTo::EngLead,
            Leadership::TeamBudgets,
            DataAccess::Lagging,
            Production::BuildersOwn,
            Emphasis::Engineering,
        ),
        Archetype::IndependentDivision => (
            Industry::Finance,
            MlToday::Central,
            ReportsTo::MlLeader,
            Leadership::Division,
            DataAccess::Governed,
            Production::HandedMaintained,
            Emphasis::Mixed,
        ),
        Archetype::MlFirst => (
            Industry::MlProduct,
            MlToday::Everywhere,
            ReportsTo::Both,
            Leadership::Core,
            DataAccess::Easy,
            Production::HandedOver,
            Emphasis::Varies,
        ),
    };
    Organisation {
        industry: Some(industry),
        today: Some(today),
        reports_to: Some(reports_to),
        leadership: Some(leadership),
        data: Some(data),
        production: Some(production),
        emphasis: Some(emphasis),
        ..base
    }
}

/// G-DATA, G-ALL-YES, G-CHECKBOX, G-COST: while a gate condition is "no" the plan is what to
/// settle before hiring, with no hiring order and nobody to recruit; while one is open, the
/// order is headed by the steps that settle it; only a full yes plans hiring outright.
fn gate_and_plan_agree(report: &Report) -> Result<(), String> {
    let plan = &report.hiring;
    let no = report.gate.failures().any(|c| c.standing == Standing::NotMet);
    let open = report.gate.failures().any(|c| c.standing == Standing::Unsure);
    let first = plan.first_steps.first().map(|a| a.key);
    let ok = match (no, open) {
        (true, _) => {
            plan.mode == Mode::BeforeHiring
                && plan.hires.is_empty()
                && report.recruiting.sourcing.is_empty()
                && report.recruiting.loops.is_empty()
                && first == Some("hire.note.hold")
        }
        (false, true) => plan.mode == Mode::IfSettled && plan.hires.len() == 6 && first == Some("hire.if_settled"),
        (false, false) => plan.mode == Mode::HireNow && plan.first_steps.is_empty() && plan.hires.len() == 6,
    };
    ok.then_some(()).ok_or_else(|| format!("gate no={no} open={open}, plan {:?} led by {first:?}", plan.mode))
}

/// S-SMALL-*, S-MED-*, S-LARGE-*: a line resting on one size's advice is shown to that size,
/// or is a line that says the source gave it to another size (its key ends in `.other_size`).
fn size_advice_stays_with_its_size(org: &Organisation, report: &Report) -> Result<(), String> {
    for advice in report.advice() {
        if advice.key.ends_with(".other_size") {
            continue;
        }
        for k in advice.knowledge {
            let size = if k.starts_with("S-SMALL-") {
                Size::Early
            } else if k.starts_with("S-MED-") {
                Size::Growing
            } else if k.starts_with("S-LARGE-") {
                Size::Large
            } else {
                continue;
            };
            if org.size != Some(size) {
                return Err(format!("{} cites {k} for size {:?}", advice.key, org.size));
            }
        }
    }
    Ok(())
}

/// A-RND, D-RND: what holds R&D work back (no control over data, rare deployment, research
/// apart from engineering) is never shown as "your answer fits this pattern".
fn weaknesses_never_fit(report: &Report) -> Result<(), String> {
    let fits = report.design.choices.iter().any(|c| c.fit == Fit::Matches);
    (report.archetype.winner != Archetype::RnD || !fits).then_some(()).ok_or("an R&D weakness shown as a fit".into())
}

/// A-FIRST, A-DIVISION, S-SMALL-E2E: an early-stage company is never told about "the ML
/// division", unless its own answers describe one (the independent-division archetype), and
/// is never pointed at one.
fn early_companies_hear_of_no_division(org: &Organisation, report: &Report) -> Result<(), String> {
    if org.size != Some(Size::Early) {
        return Ok(());
    }
    if report.counterfactual.as_ref().is_some_and(|cf| cf.becomes == Archetype::IndependentDivision) {
        return Err("an early-stage company pointed at an ML division".into());
    }
    if report.archetype.winner == Archetype::IndependentDivision {
        return Ok(());
    }
    match report.advice().iter().find(|a| matches!(a.key, "hire.first.res" | "arch.summary.A-FIRST")) {
        Some(line) => Err(format!("{} told to an early-stage company", line.key)),
        None => Ok(()),
    }
}

/// S-LARGE-STANDARD, A-RND, A-FIRST, T-RESEARCH: the custom-models warning is never raised for
/// the research-led archetypes, whose work includes building new models.
fn no_custom_models_warning_for_research_led(report: &Report) -> Result<(), String> {
    let research_led = matches!(report.archetype.winner, Archetype::RnD | Archetype::MlFirst);
    let warned = report.anti_patterns.iter().any(|a| a.key.starts_with("anti.custom_models"));
    (!(research_led && warned)).then_some(()).ok_or("custom-models warning for a research-led archetype".into())
}

/// D-FIRST, T-PIN-FACTORY: where an ML-first company's hand-over to its users is called a fit,
/// the pin-factory warning beside it says why the two differ.
fn hand_offs_to_users_are_not_the_pin_factory(report: &Report) -> Result<(), String> {
    let fits_hand_over = report.archetype.winner == Archetype::MlFirst
        && report.design.choices.iter().any(|c| c.fit == Fit::Matches && c.advice.key == "design.A-FIRST.models");
    let bare_warning = report.anti_patterns.iter().any(|a| a.key == "anti.pin_factory");
    (!(fits_hand_over && bare_warning)).then_some(()).ok_or("a hand-over fit next to an unexplained pin factory".into())
}

/// R-OPS, R-DE, S-LARGE-NO-INFRA, D-AXES: "do not build ML infrastructure" never hires an
/// operations engineer by itself, and where the ML people can hardly reach data the data
/// engineer comes before MLOps.
fn no_infra_advice_never_hires_ops(org: &Organisation, report: &Report) -> Result<(), String> {
    let running =
        matches!(org.production, Some(Production::BuildersOwn | Production::HandedMaintained | Production::HandedOver));
    let rank = |role| report.hiring.hires.iter().position(|h| h.role == role);
    for hire in report.hiring.hires.iter().filter(|h| h.role == Role::MlOps) {
        if !running && hire.reasons.iter().any(|r| r.knowledge.contains(&"S-LARGE-NO-INFRA")) {
            return Err("MLOps hired on S-LARGE-NO-INFRA with nothing running".into());
        }
    }
    if matches!(org.data, Some(DataAccess::NoData | DataAccess::Hard)) && rank(Role::DataEngineer) > rank(Role::MlOps) {
        return Err("data out of reach, yet MLOps before the data engineer".into());
    }
    Ok(())
}

/// A-RND and the five archetype facts: the counterfactual changes only what the organisation
/// controls (never size or industry), points at R&D only when the answers lean to research,
/// proposes at most two changes that really move the result, and no fewer would.
fn counterfactual_moves_only_what_the_organisation_controls(org: &Organisation, minimal: bool) -> Result<(), String> {
    let now = classify(org);
    let Some(cf) = counterfactual(org, &now) else {
        return Ok(());
    };
    if cf.changes.iter().any(|c| matches!(c.question, "org.size" | "org.industry")) {
        return Err(format!("changes size or industry: {:?}", cf.changes));
    }
    if cf.becomes == Archetype::RnD && !org.leans_to_research() {
        return Err("points at R&D without a lean to research".into());
    }
    if cf.stable {
        return (cf.changes.len() <= 1).then_some(()).ok_or("a stable result names one change".into());
    }
    if cf.changes.is_empty() || cf.changes.len() > 2 {
        return Err(format!("{} changes", cf.changes.len()));
    }
    let mut moved = answers_of(org);
    for c in &cf.changes {
        moved.set(c.question, c.to).map_err(|e| e.to_string())?;
    }
    if classify(&Organisation::read(&moved)).winner != cf.becomes {
        return Err("the changes do not give what they promise".into());
    }
    if minimal && fewest_changes(org, &now, cf.becomes).map(|f| f.len()) != Some(cf.changes.len()) {
        return Err("a shorter change exists".into());
    }
    Ok(())
}

/// Every invariant that reads the whole report.
fn report_invariants(org: &Organisation) -> Result<(), String> {
    let answers = answers_of(org);
    let report = assess(&answers);
    common::check_lines(&report.advice(), &answers, &mut std::collections::HashSet::new());
    gate_and_plan_agree(&report)?;
    size_advice_stays_with_its_size(org, &report)?;
    weaknesses_never_fit(&report)?;
    early_companies_hear_of_no_division(org, &report)?;
    no_custom_models_warning_for_research_led(&report)?;
    hand_offs_to_users_are_not_the_pin_factory(&report)?;
    no_infra_advice_never_hires_ops(org, &report)
}

fn holds(org: &Organisation, result: Result<(), String>) {
    if let Err(problem) = result {
        panic!("{problem}\n  for {org:?}");
    }
}

const SIZES: [Option<Size>; 4] = [None, Some(Size::Early), Some(Size::Growing), Some(Size::Large)];

#[test]
fn every_gate_outcome_meets_every_size_and_archetype_with_a_plan_that_agrees_with_the_gate() {
    let mut checked = 0;
    for solvable in each::<Solvable>() {
        for training_data in each::<TrainingData>() {
            for crucial in each::<Crucial>() {
                for motive in each::<Motive>() {
                    let gate = Organisation { solvable, training_data, crucial, motive, ..Organisation::default() };
                    for size in SIZES {
                        for archetype in Archetype::ALL {
                            let org = shaped(archetype, Organisation { size, ..gate });
                            assert_eq!(classify(&org).winner, archetype, "the shape places it at any size");
                            holds(&org, report_invariants(&org));
                            checked += 1;
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, 4 * 4 * 4 * 5 * 4 * 5);
}

#[test]
fn every_combination_of_what_the_hiring_rules_read_keeps_size_advice_and_operations_hires_in_place() {
    for size in SIZES {
        for archetype in Archetype::ALL {
            for data in each::<DataAccess>() {
                for production in each::<Production>() {
                    for training_data in each::<TrainingData>() {
                        let org = Organisation { size, data, production, training_data, ..shaped(archetype, go()) };
                        holds(&org, report_invariants(&org));
                    }
                }
            }
        }
    }
}

#[test]
fn every_combination_of_the_team_answers_keeps_warnings_to_the_organisations_they_fit() {
    for size in SIZES {
        for archetype in Archetype::ALL {
            for stack in each::<Stack>() {
                for engineers in each::<Engineers>() {
                    for first_hire in each::<FirstHire>() {
                        for handoff in each::<Handoff>() {
                            let org =
                                Organisation { size, stack, engineers, first_hire, handoff, ..shaped(archetype, go()) };
                            holds(&org, report_invariants(&org));
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn every_combination_of_the_organisation_answers_gets_a_counterfactual_within_its_own_control() {
    let mut checked = 0usize;
    for size in SIZES {
        for industry in Industry::ALL.iter().copied().map(Some) {
            for today in MlToday::ALL.iter().copied().map(Some) {
                for reports_to in ReportsTo::ALL.iter().copied().map(Some) {
                    for leadership in Leadership::ALL.iter().copied().map(Some) {
                        for data in DataAccess::ALL.iter().copied().map(Some) {
                            for production in Production::ALL.iter().copied().map(Some) {
                                for emphasis in Emphasis::ALL.iter().copied().map(Some) {
                                    let org = Organisation {
                                        size,
                                        industry,
                                        today,
                                        reports_to,
                                        leadership,
                                        data,
                                        production,
                                        emphasis,
                                        ..go()
                                    };
                                    // Minimality is an exhaustive search: checked on a spread sample.
                                    let minimal = checked.is_multiple_of(101);
                                    holds(
                                        &org,
                                        counterfactual_moves_only_what_the_organisation_controls(&org, minimal),
                                    );
                                    let now = classify(&org);
                                    let fits = design(&org, now.winner).choices.iter().any(|c| c.fit == Fit::Matches);
                                    assert!(now.winner != Archetype::RnD || !fits, "A-RND weakness as a fit: {org:?}");
                                    checked += 1;
                                }
                            }
                        }
                    }
                }
            }
        }
    }
    assert_eq!(checked, 4 * 6 * 6 * 5 * 6 * 6 * 6 * 5);
}

/// T-SKILL-GAP, T-INFRA, T-APPLIED, T-RESEARCH: the user's background is context beside the
/// skill-gap verdict and never changes it (000 and 001 recommend teaching engineers ML).
#[test]
fn the_background_never_changes_the_skill_gap_verdict() {
    common::walk_practitioner(|answers| {
        let gap = practitioner::assess(answers).skill_gap;
        let pairs = answers.pairs().filter(|(q, _)| *q != "me.background");
        let without = Answers::for_track(Track::Practitioner, pairs).expect("the same answers minus one");
        assert_eq!(gap, practitioner::assess(&without).skill_gap, "{answers:?}");
    });
}

/// A random complete set of leader answers, each question from its own options.
fn complete_answers() -> impl Strategy<Value = Organisation> {
    fn pick<T: Answer + std::fmt::Debug>() -> impl Strategy<Value = Option<T>> {
        (0..T::ALL.len()).prop_map(|i| Some(T::ALL[i]))
    }
    let gate = (pick::<Solvable>(), pick::<TrainingData>(), pick::<Crucial>(), pick::<Motive>());
    let shape = (
        pick::<Size>(),
        pick::<Industry>(),
        pick::<MlToday>(),
        pick::<ReportsTo>(),
        pick::<Leadership>(),
        pick::<DataAccess>(),
        pick::<Production>(),
        pick::<Emphasis>(),
    );
    let team = (pick::<Handoff>(), pick::<Stack>(), pick::<Engineers>(), pick::<FirstHire>());
    (gate, shape, team).prop_map(
        |(
            (solvable, training_data, crucial, motive),
            (size, industry, today, reports_to, leadership, data, production, emphasis),
            (handoff, stack, engineers, first_hire),
        )| Organisation {
            solvable,
            training_data,
            crucial,
            motive,
            size,
            industry,
            today,
            reports_to,
            leadership,
            data,
            production,
            emphasis,
            handoff,
            stack,
            engineers,
            first_hire,
        },
    )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn random_complete_answer_sets_keep_every_invariant(org in complete_answers()) {
        prop_assert_eq!(report_invariants(&org), Ok(()));
        prop_assert_eq!(counterfactual_moves_only_what_the_organisation_controls(&org, true), Ok(()));
    }
}
