//! The product's promises for the practitioner track ("which ML team should I join?"), as
//! personas drawn from seeds 004 and 001 and the result each must get.

mod common;

use std::collections::HashSet;

use ml_team_advisor::engine::practitioner::red_flags::{Flag, FlagCheck, Status};
use ml_team_advisor::engine::practitioner::skill_gap::Gap;
use ml_team_advisor::engine::practitioner::team_type::{Call, TeamType};
use ml_team_advisor::engine::practitioner::{assess, Report};
use ml_team_advisor::engine::{advise, Answers, Assessment, Because, Track};

fn answers(pairs: &[(&str, &str)]) -> Answers {
    Answers::for_track(Track::Practitioner, pairs.iter().copied()).expect("persona uses known IDs")
}

fn report(pairs: &[(&str, &str)]) -> Report {
    assess(&answers(pairs))
}

fn flag(report: &Report, flag: Flag) -> &FlagCheck {
    report.flags.iter().find(|f| f.flag == flag).expect("both flags are always checked")
}

fn keys(lines: &[ml_team_advisor::engine::Advice]) -> Vec<&'static str> {
    lines.iter().map(|a| a.key).collect()
}

fn because(question: &'static str, choice: &'static str) -> Because {
    Because { question, choice }
}

/// A software engineer looking at the team that runs the company's model-serving platform.
fn platform_team() -> Vec<(&'static str, &'static str)> {
    vec![
        ("job.title", "ml_engineer"),
        ("job.owns", "services"),
        ("job.customers", "ml_teams"),
        ("job.work", "systems"),
        ("job.production", "serves_others"),
        ("me.stack", "some_new"),
        ("me.background", "software"),
        ("me.learn", "systems"),
    ]
}

/// A PhD looking at a team that owns the product's recommendation models end to end.
fn product_models_team() -> Vec<(&'static str, &'static str)> {
    vec![
        ("job.title", "data_scientist"),
        ("job.owns", "models"),
        ("job.customers", "app_users"),
        ("job.work", "experiments"),
        ("job.production", "builders_deploy"),
        ("me.stack", "much_new"),
        ("me.background", "academic"),
        ("me.learn", "impact"),
    ]
}

/// A PhD graduate looking at a lab that publishes on large language models.
fn research_lab() -> Vec<(&'static str, &'static str)> {
    vec![
        ("job.title", "research_scientist"),
        ("job.owns", "research_area"),
        ("job.customers", "researchers"),
        ("job.work", "new_methods"),
        ("job.production", "rarely"),
        ("me.stack", "much_new"),
        ("me.background", "academic"),
        ("me.learn", "research"),
    ]
}

fn with(
    mut base: Vec<(&'static str, &'static str)>,
    changes: &[(&'static str, &'static str)],
) -> Vec<(&'static str, &'static str)> {
    for &(question, choice) in changes {
        match base.iter_mut().find(|(q, _)| *q == question) {
            Some(pair) => pair.1 = choice,
            None => base.push((question, choice)),
        }
    }
    base
}

#[test]
fn a_team_that_owns_services_other_ml_teams_build_on_is_an_infra_team_that_suits_a_software_engineer() {
    let r = report(&platform_team());
    let t = &r.team_type;
    assert_eq!(t.winner, TeamType::Infra);
    assert_eq!(t.call, Call::Clear);
    assert_eq!(t.points(TeamType::Infra), 12);
    assert_eq!((t.runner_up, t.margin), (TeamType::Applied, 12));
    assert_eq!(t.drivers[0].answer, because("job.owns", "services"), "owning services weighs most");
    assert_eq!(t.summary.key, "type.summary.T-INFRA");
    assert_eq!(t.suits.key, "type.suits.T-INFRA");
    assert_eq!(t.background.as_ref().map(|a| a.key), Some("type.background.usual"));
    assert_eq!(r.skill_gap.gap, Gap::Workable);
    assert!(r.flags.iter().all(|f| f.status == Status::Clear), "no red flag: {:?}", r.flags);
    assert_eq!(keys(&r.preferences), ["pref.match", "pref.reminder"], "they want to build systems, and this team does");
    assert_eq!(r.search.stand_out[0].key, "stand.T-INFRA");
    assert_eq!(r.search.stand_out[1].key, "stand.engineering", "infra teams value engineering most");
    assert_eq!(r.search.prepare[0].key, "prepare.T-INFRA");
    assert_eq!(r.search.prepare[1].key, "prepare.coding");
}

#[test]
fn a_team_that_owns_product_models_for_app_users_is_an_applied_team_and_suits_an_academic() {
    let r = report(&product_models_team());
    let t = &r.team_type;
    assert_eq!(t.winner, TeamType::Applied);
    assert_eq!(t.points(TeamType::Applied), 12);
    assert_eq!(
        t.drivers.iter().map(|d| d.answer.question).collect::<Vec<_>>(),
        ["job.owns", "job.customers", "job.work"]
    );
    assert_eq!(t.background.as_ref().map(|a| a.key), Some("type.background.usual"));
    assert_eq!(r.skill_gap.gap, Gap::Workable, "much is new, but from the background this team hires from");
    assert_eq!(r.skill_gap.case.as_ref().map(|a| a.key), Some("gap.case.workable"));
    assert_eq!(flag(&r, Flag::PinFactory).status, Status::Clear, "builders deploy their own models");
    assert_eq!(r.search.stand_out[1].key, "stand.projects", "applied teams value getting projects done");
    assert_eq!(r.search.prepare[1].key, "prepare.ideas", "applied interviews ask how ML would solve their problems");
    assert!(!keys(&r.search.channels).contains(&"search.channels.research"));
}

#[test]
fn a_lab_that_publishes_for_other_researchers_is_a_research_team_found_at_research_conferences() {
    let r = report(&research_lab());
    assert_eq!(r.team_type.winner, TeamType::Research);
    assert_eq!(r.team_type.points(TeamType::Research), 12);
    assert_eq!(r.team_type.summary.key, "type.summary.T-RESEARCH");
    let channels = keys(&r.search.channels);
    assert_eq!(channels, ["search.channels", "search.channels.research"]);
    let research_channel = &r.search.channels[1];
    assert!(research_channel.because.contains(&because("job.owns", "research_area")), "cites what made it research");
    assert_eq!(r.search.stand_out[1].key, "stand.creative");
    assert_eq!(r.search.prepare[1].key, "prepare.theory");
    assert_eq!(keys(&r.preferences), ["pref.match", "pref.reminder"]);
}

#[test]
fn a_team_that_only_advises_on_models_other_teams_own_raises_the_ownership_flag_with_questions_to_ask() {
    let r = report(&with(product_models_team(), &[("job.owns", "advises"), ("job.customers", "ml_teams")]));
    let ownership = flag(&r, Flag::Ownership);
    assert_eq!(ownership.status, Status::Raised);
    assert_eq!(keys(&ownership.findings), ["flag.ownership.owns_nothing"]);
    assert_eq!(ownership.findings[0].because, [because("job.owns", "advises")]);
    assert_eq!(ownership.findings[0].knowledge, ["T-OWNERSHIP"]);
    assert_eq!(keys(&ownership.asks), ["ask.ownership.owns", "ask.ownership.customers", "ask.ownership.gone"]);
    assert!(
        ownership.asks.iter().all(|a| a.because == [because("job.owns", "advises")]),
        "each question says what it checks"
    );
    assert_eq!(flag(&r, Flag::PinFactory).status, Status::Clear);
}

#[test]
fn an_infra_service_with_hardly_any_users_raises_the_ownership_flag_too() {
    let r = report(&with(platform_team(), &[("job.customers", "few")]));
    assert_eq!(r.team_type.winner, TeamType::Infra);
    let ownership = flag(&r, Flag::Ownership);
    assert_eq!(ownership.status, Status::Raised);
    assert_eq!(keys(&ownership.findings), ["flag.ownership.few_customers"]);
    assert_eq!(ownership.findings[0].because, [because("job.customers", "few")]);
}

#[test]
fn a_team_that_hands_its_models_to_engineers_to_deploy_is_a_pin_factory() {
    let r = report(&with(product_models_team(), &[("job.production", "handoff")]));
    assert_eq!(r.team_type.winner, TeamType::Applied);
    let pin = flag(&r, Flag::PinFactory);
    assert_eq!(pin.status, Status::Raised);
    assert_eq!(keys(&pin.findings), ["flag.pin.handoff"]);
    assert_eq!(pin.findings[0].because, [because("job.production", "handoff")]);
    assert_eq!(keys(&pin.asks), ["ask.pin.last_model", "ask.pin.on_call", "ask.pin.change"]);
    assert_eq!(flag(&r, Flag::Ownership).status, Status::Clear);
}

#[test]
fn the_same_models_and_stack_in_a_new_domain_is_too_small_a_gap_for_someone_who_wants_to_learn() {
    let r = report(&with(product_models_team(), &[("me.stack", "same")]));
    assert_eq!(r.skill_gap.gap, Gap::TooSmall);
    assert_eq!(r.skill_gap.verdict.key, "gap.too_small");
    assert_eq!(r.skill_gap.verdict.because, [because("me.stack", "same")]);
    let case = r.skill_gap.case.as_ref().expect("the trade-off is explained for this user");
    assert_eq!(case.key, "gap.case.small_growth");
    assert_eq!(case.because, [because("me.learn", "impact")]);

    let fast = report(&with(product_models_team(), &[("me.stack", "same"), ("me.learn", "depth")]));
    assert_eq!(fast.skill_gap.case.as_ref().map(|a| a.key), Some("gap.case.small_depth"));
}

#[test]
fn a_software_engineer_facing_a_mostly_new_research_stack_hears_about_the_background_but_the_gap_stays_workable() {
    // T-SKILL-GAP, T-RESEARCH: 004 only observes whom research teams draw; 000 and 001 advise
    // teaching engineers ML, so the background is context and never moves the verdict.
    let r = report(&with(research_lab(), &[("me.background", "software"), ("me.learn", "depth")]));
    assert_eq!(r.skill_gap.gap, Gap::Workable);
    assert_eq!(r.skill_gap.verdict.because, [because("me.stack", "much_new")]);
    let note = r.team_type.background.as_ref().expect("the background is shown as context");
    assert_eq!(note.key, "type.background.stretch.T-RESEARCH");
    assert!(note.judgement, "where the learning will be is the app's reading");
    // From a background the article says nothing about, there is no note at all.
    let analyst = report(&with(research_lab(), &[("me.background", "data")]));
    assert_eq!(analyst.skill_gap.gap, Gap::Workable);
    assert_eq!(analyst.team_type.background, None);
    assert!(keys(&analyst.search.stand_out).contains(&"stand.from_data"));
}

#[test]
fn nothing_new_stays_too_small_whatever_the_background_and_all_new_is_always_too_large() {
    for background in ["software", "academic", "data", "ml_industry", "student"] {
        for team in [platform_team(), product_models_team(), research_lab()] {
            let same = report(&with(team.clone(), &[("me.background", background), ("me.stack", "same")]));
            assert_eq!(same.skill_gap.gap, Gap::TooSmall);
            let all_new = report(&with(team, &[("me.background", background), ("me.stack", "all_new")]));
            assert_eq!(all_new.skill_gap.gap, Gap::TooLarge);
        }
    }
}

#[test]
fn not_knowing_the_teams_stack_or_how_it_ships_leaves_the_gap_and_the_flag_open_with_what_to_find_out() {
    let r = report(&with(platform_team(), &[("me.stack", "unsure"), ("job.production", "unsure")]));
    assert_eq!(r.skill_gap.gap, Gap::Unknown);
    assert_eq!(r.skill_gap.verdict.because, [because("me.stack", "unsure")]);
    let pin = flag(&r, Flag::PinFactory);
    assert_eq!(pin.status, Status::Unclear);
    assert_eq!(pin.findings[0].because, [because("job.production", "unsure")]);
    let unknowns = r.team_type.unknowns.as_ref().expect("the unsure answer about the team is named");
    assert_eq!(unknowns.because, [because("job.production", "unsure")]);
}

#[test]
fn the_job_title_never_moves_a_score_and_the_report_says_why() {
    for base in [platform_team(), product_models_team(), research_lab()] {
        let reference = report(&base).team_type.ranking;
        for title in ["ml_engineer", "data_scientist", "research_scientist", "data_analyst", "other"] {
            let r = report(&with(base.clone(), &[("job.title", title)]));
            assert_eq!(r.team_type.ranking, reference, "title {title}");
            assert_eq!(r.titles.knowledge, ["T-TITLES"]);
            assert_eq!(r.titles.because, [because("job.title", title)]);
        }
    }
}

#[test]
fn on_a_tie_the_type_closest_to_the_product_wins_applied_then_infra_then_research() {
    // Owning product models (applied 4) against infra work for a handful of users (infra 3 + 1).
    let r = report(&[("job.owns", "models"), ("job.work", "systems"), ("job.customers", "few")]);
    assert_eq!((r.team_type.winner, r.team_type.runner_up), (TeamType::Applied, TeamType::Infra));
    assert_eq!((r.team_type.call, r.team_type.margin), (Call::Tie, 0));
    // Infra services (4) with few users (1) against research work (3) that rarely ships (2).
    let r = report(&[
        ("job.owns", "services"),
        ("job.customers", "few"),
        ("job.work", "new_methods"),
        ("job.production", "rarely"),
    ]);
    assert_eq!((r.team_type.winner, r.team_type.runner_up), (TeamType::Infra, TeamType::Research));
    assert_eq!(r.team_type.call, Call::Tie);
}

#[test]
fn with_nothing_known_about_the_team_all_three_score_zero_and_applied_is_assumed() {
    let r = report(&[("me.stack", "some_new")]);
    assert_eq!(r.team_type.ranking.len(), 3);
    assert!(r.team_type.ranking.iter().all(|s| s.points == 0));
    assert_eq!((r.team_type.winner, r.team_type.call), (TeamType::Applied, Call::NoSignal));
    assert!(r.team_type.drivers.is_empty());
}

#[test]
fn advise_dispatches_on_the_track_of_the_answers() {
    let practitioner = answers(&platform_team());
    match advise(&practitioner) {
        Assessment::Practitioner(r) => assert_eq!(*r, assess(&practitioner)),
        Assessment::Leader(_) => panic!("practitioner answers got the leader report"),
    }
    let leader = Answers::from_pairs([("org.size", "early")]).unwrap();
    assert!(matches!(advise(&leader), Assessment::Leader(_)));
}

#[test]
fn answers_of_one_track_are_refused_by_the_other() {
    let mut practitioner = Answers::new(Track::Practitioner);
    assert!(practitioner.set("org.size", "early").is_err(), "a leader question in the practitioner track");
    let mut leader = Answers::new(Track::Leader);
    assert!(leader.set("job.owns", "models").is_err(), "a practitioner question in the leader track");
    assert!(practitioner.set("job.owns", "no such option").is_err());
    assert!(practitioner.is_empty() && leader.is_empty());
}

/// Walks the practitioner answer space: every line is worded and sourced, every team type can
/// win, every gap verdict and both flags can be raised, and every `T-*` and `J-*` fact of the
/// knowledge map is reached by this track.
#[test]
fn every_practitioner_answer_set_gives_a_sourced_report_and_reaches_every_team_and_job_fact() {
    let mut reached = HashSet::new();
    let mut winners = HashSet::new();
    let mut gaps = HashSet::new();
    let mut raised = HashSet::new();
    let mut checked = 0usize;
    common::walk_practitioner(|answers| {
        let r = assess(answers);
        common::check_lines(&r.advice(), answers, &mut reached);
        assert_eq!(r.team_type.ranking.len(), 3);
        assert_eq!(r.flags.len(), 2);
        for f in &r.flags {
            assert!(!f.findings.is_empty() && f.asks.len() == 3, "{:?} says what it found and what to ask", f.flag);
            if f.status == Status::Raised {
                raised.insert(f.flag.id());
            }
        }
        winners.insert(r.team_type.winner);
        gaps.insert(r.skill_gap.gap.id());
        checked += 1;
    });
    println!("checked {checked} practitioner answer sets");
    assert_eq!(winners.len(), 3, "every team type wins for some team");
    assert_eq!(gaps.len(), 4, "every gap verdict is reachable: {gaps:?}");
    assert_eq!(raised.len(), 2, "both red flags can be raised");
    let wanted: Vec<&str> = ml_team_advisor::engine::knowledge::FACTS
        .iter()
        .map(|f| f.id)
        .filter(|id| id.starts_with("T-") || id.starts_with("J-"))
        .collect();
    assert_eq!(wanted.len(), 11, "three J- and eight T- facts");
    let missing: Vec<_> = wanted.iter().filter(|id| !reached.contains(*id)).collect();
    assert!(missing.is_empty(), "facts the practitioner track never reaches: {missing:?}");
}

/// Each option of each practitioner question shows up in the report: cited as a reason by
/// some line, for one of the base personas.
#[test]
fn every_practitioner_option_leads_somewhere() {
    for question in Track::Practitioner.questions() {
        for choice in question.choices {
            let cited = [platform_team(), product_models_team(), research_lab()].into_iter().any(|base| {
                let r = report(&with(base, &[(question.id, choice.id)]));
                let given = because(question.id, choice.id);
                r.advice().iter().any(|a| a.because.contains(&given))
            });
            assert!(cited, "{}.{} is never cited", question.id, choice.id);
        }
    }
}

/// Seed 004 finds its three team types in mature tech companies, "not necessarily startups":
/// whoever is told what kind of team they are looking at also reads that limit, sourced to the
/// fact of the type they were given.
#[test]
fn every_team_type_call_says_the_types_come_from_mature_tech_companies_not_necessarily_startups() {
    for persona in [platform_team(), product_models_team(), Vec::new()] {
        let report = report(&persona);
        let caveat = &report.team_type.caveat;
        assert_eq!(caveat.key, "type.caveat.mature");
        assert_eq!(caveat.knowledge, report.team_type.winner.fact());
        assert!(
            report.advice().iter().any(|a| a.key == "type.caveat.mature"),
            "the caveat is one of the report's lines"
        );
    }
}
