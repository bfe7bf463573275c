//! Comparing two teams a candidate is choosing between (seed 004): the kind of each team and its
//! scores, the skill gap, the red flags, which team does the work the user wants to learn next,
//! and, when the two assessments disagree about the user, exactly where.

use ml_team_advisor::engine::history::AnswerChange;
use ml_team_advisor::engine::practitioner::compare::{compare, Fit, Fits};
use ml_team_advisor::engine::practitioner::red_flags::{Flag, Status};
use ml_team_advisor::engine::practitioner::skill_gap::Gap;
use ml_team_advisor::engine::practitioner::team_type::TeamType;
use ml_team_advisor::engine::{Answers, Track};
use ml_team_advisor::page::teams::page;
use ml_team_advisor::text::Locale;

fn answers(pairs: &[(&str, &str)]) -> Answers {
    Answers::for_track(Track::Practitioner, pairs.iter().copied()).expect("known IDs")
}

/// A software engineer who wants to build ML systems, with a few new tools to learn.
const ENGINEER: [(&str, &str); 3] = [("me.stack", "some_new"), ("me.background", "software"), ("me.learn", "systems")];

/// A platform team that owns the services other ML teams build on.
fn platform(me: &[(&str, &str)]) -> Answers {
    let team = [
        ("job.owns", "services"),
        ("job.customers", "ml_teams"),
        ("job.work", "systems"),
        ("job.production", "serves_others"),
    ];
    answers(&[&team[..], me].concat())
}

/// A team that builds the app's models by experiment and hands them to engineers to deploy.
fn handoff_team(me: &[(&str, &str)]) -> Answers {
    let team = [
        ("job.owns", "models"),
        ("job.customers", "app_users"),
        ("job.work", "experiments"),
        ("job.production", "handoff"),
    ];
    answers(&[&team[..], me].concat())
}

/// A lab that publishes new methods for other researchers.
fn lab(me: &[(&str, &str)]) -> Answers {
    let team = [
        ("job.owns", "research_area"),
        ("job.customers", "researchers"),
        ("job.work", "new_methods"),
        ("job.production", "rarely"),
    ];
    answers(&[&team[..], me].concat())
}

#[test]
fn an_engineer_who_wants_to_build_systems_sees_the_platform_team_fit_and_the_pin_factory_flag_on_the_other() {
    let c = compare(&platform(&ENGINEER), &handoff_team(&ENGINEER));
    // Platform: owns services (infra 4), for ML teams (3), systems work (3), serves others (2).
    assert_eq!(c.first.team_type, TeamType::Infra);
    assert_eq!(c.first.scores, vec![(TeamType::Applied, 0), (TeamType::Infra, 12), (TeamType::Research, 0)]);
    // Hand-off team: owns models (applied 4), app users (3), experiments (3), hand-off (1).
    assert_eq!(c.second.team_type, TeamType::Applied);
    assert_eq!(c.second.scores, vec![(TeamType::Applied, 11), (TeamType::Infra, 0), (TeamType::Research, 0)]);
    // T-SKILL-GAP: a few new methods or tools is workable, for both.
    assert_eq!((c.first.gap, c.second.gap), (Gap::Workable, Gap::Workable));
    // T-PIN-FACTORY: models handed to engineers to deploy.
    assert_eq!(c.first.flags, vec![(Flag::Ownership, Status::Clear), (Flag::PinFactory, Status::Clear)]);
    assert_eq!(c.second.flags, vec![(Flag::Ownership, Status::Clear), (Flag::PinFactory, Status::Raised)]);
    // T-PREFERENCES: building ML systems is infra work.
    assert_eq!((c.first.fit, c.second.fit), (Fit::Yes, Fit::No));
    assert_eq!(c.fits, Fits::First);
    assert!(c.about_you.is_empty(), "the same answers about the user in both");

    let p = page(("Platform", &platform(&ENGINEER)), ("Checkout models", &handoff_team(&ENGINEER)), Locale::En);
    assert_eq!(p.heading, "Platform and Checkout models: two teams side by side");
    assert_eq!(p.fits, "Only Platform does the kind of work you want to learn next.");
    assert!(p.about_you.is_empty());
    let rows: Vec<Vec<&str>> = p.overview.rows.iter().map(|r| r.cells.iter().map(String::as_str).collect()).collect();
    assert_eq!(
        rows,
        [
            vec!["Kind of team", "Infra ML team", "Applied ML team"],
            vec!["Skill gap", "Workable", "Workable"],
            vec!["Red flags: A team that owns nothing, or has no customers", "No sign of it", "No sign of it"],
            vec!["Red flags: A \"pin factory\"", "No sign of it", "Red flag"],
            vec!["Does the work you want to learn next", "Yes", "No: that is another kind of team's work"],
        ]
    );
    assert_eq!(p.scores.rows[1].cells, ["Infra ML team", "12", "0"]);
}

#[test]
fn when_the_two_assessments_disagree_about_what_the_user_wants_the_comparison_says_exactly_where() {
    // A PhD filled in one assessment wanting product impact and the other wanting research.
    let phd = |learn| [("me.stack", "much_new"), ("me.background", "academic"), ("me.learn", learn)];
    let (product, research) = (handoff_team(&phd("impact")), lab(&phd("research")));
    let c = compare(&product, &research);
    assert_eq!((c.first.team_type, c.second.team_type), (TeamType::Applied, TeamType::Research));
    assert_eq!(c.fits, Fits::Both, "each fits what its own assessment says");
    assert_eq!(
        c.about_you,
        vec![AnswerChange { question: "me.learn", before: Some("impact"), after: Some("research") }]
    );

    let p = page(("Product", &product), ("Lab", &research), Locale::En);
    assert_eq!(
        p.about_you,
        ["What do you most want to learn or do next?: Solve real product problems and see the impact → Invent new methods and publish them"]
    );
    let zh = page(("产品", &product), ("实验室", &research), Locale::ZhCn);
    assert_eq!(zh.heading, "产品 与 实验室：两个团队并排比较");
    assert_eq!(zh.about_you.len(), 1);
    assert_eq!(zh.overview.rows[0].cells, ["团队类型", "应用 ML 团队", "ML 研究团队"]);
}

#[test]
fn wanting_to_deepen_what_one_does_names_no_kind_of_work_so_it_separates_neither() {
    let deepen = [("me.stack", "same"), ("me.background", "ml_industry"), ("me.learn", "depth")];
    let c = compare(&platform(&deepen), &lab(&deepen));
    assert_eq!((c.first.fit, c.second.fit), (Fit::NotSaid, Fit::NotSaid));
    assert_eq!(c.fits, Fits::NotSaid);
    assert_eq!((c.first.gap, c.second.gap), (Gap::TooSmall, Gap::TooSmall));
    let research = [("me.stack", "same"), ("me.background", "ml_industry"), ("me.learn", "research")];
    assert_eq!(compare(&platform(&research), &handoff_team(&research)).fits, Fits::Neither);
    assert_eq!(compare(&handoff_team(&research), &lab(&research)).fits, Fits::Second);
}

#[test]
fn the_comparison_exports_as_markdown_with_both_tables_and_the_differences_about_the_user() {
    let phd = |learn| [("me.stack", "much_new"), ("me.background", "academic"), ("me.learn", learn)];
    let (product, research) = (handoff_team(&phd("impact")), lab(&phd("research")));
    let text =
        ml_team_advisor::share::record::teams(&page(("Product | app", &product), ("Lab", &research), Locale::En));
    assert!(text.starts_with("# Product | app and Lab: two teams side by side\n"), "{text}");
    for expected in [
        "**Both teams do the kind of work you want to learn next, so that does not separate them.**\n",
        "\n## Your answers about yourself differ between the two\n\n- What do you most want to learn or do next?: Solve real product problems and see the impact → Invent new methods and publish them\n",
        "\n## Side by side\n\n| What | Product \\| app | Lab |\n| --- | --- | --- |\n| Kind of team | Applied ML team | Research ML team |\n",
        "| Red flags: A \"pin factory\" | Red flag | No sign of it |\n",
        "\n## The three team-type scores\n\n| Kind of team | Product \\| app | Lab |\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}
