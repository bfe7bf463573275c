//! Comparing "today" with "in a year": every difference that matters is named, and an
//! assessment compared with itself shows none.

use ml_team_advisor::engine::archetype::Archetype;
use ml_team_advisor::engine::compare::{compare, Difference};
use ml_team_advisor::engine::design::Axis;
use ml_team_advisor::engine::hiring::{Role, Tier};
use ml_team_advisor::engine::{assess, Answers};

fn startup_today() -> Answers {
    Answers::from_pairs([
        ("gate.solvable", "yes"),
        ("gate.data", "unsure"),
        ("gate.crucial", "yes"),
        ("gate.motive", "problem"),
        ("org.size", "early"),
        ("org.industry", "software"),
        ("ml.today", "none"),
        ("ml.reports_to", "nobody"),
        ("ml.leadership", "none"),
        ("ml.data", "none"),
        ("ml.production", "nothing"),
    ])
    .unwrap()
}

fn startup_in_a_year() -> Answers {
    let mut answers = startup_today();
    for (q, c) in [
        ("gate.data", "yes"),
        ("org.size", "growing"),
        ("ml.today", "product_teams"),
        ("ml.reports_to", "eng_lead"),
        ("ml.leadership", "team_budgets"),
        ("ml.data", "lagging"),
        ("ml.production", "builders_own"),
    ] {
        answers.set(q, c).unwrap();
    }
    answers
}

#[test]
fn a_startup_a_year_on_sees_its_verdict_archetype_design_and_hiring_changes() {
    let (a, b) = (startup_today(), startup_in_a_year());
    let (ra, rb) = (assess(&a), assess(&b));
    let comparison = compare((&a, &ra), (&b, &rb));

    assert_eq!(comparison.scores.len(), 5);
    let embedded = comparison.scores.iter().find(|s| s.archetype == Archetype::ProductEmbedded).unwrap();
    assert!(embedded.after > embedded.before);

    let d = &comparison.differences;
    assert!(matches!(d[0], Difference::Verdict { .. }), "the verdict change comes first");
    assert!(d.contains(&Difference::Archetype { before: Archetype::Nascent, after: Archetype::ProductEmbedded }));
    assert!(d
        .iter()
        .any(|x| matches!(x, Difference::Design { axis: Axis::ModelOwnership, before: None, after: Some(_) })));
    assert!(d.iter().any(|x| matches!(x, Difference::Tier { role: Role::Researcher, before: Tier::Later, .. })));
    let answers_changed = d.iter().filter(|x| matches!(x, Difference::Answer { .. })).count();
    assert_eq!(answers_changed, 7);
}

#[test]
fn an_assessment_compared_with_itself_shows_no_difference() {
    let a = startup_today();
    let r = assess(&a);
    let comparison = compare((&a, &r), (&a, &r));
    assert!(comparison.differences.is_empty());
    assert!(comparison.roles.iter().all(|row| row.before == row.after));
}

#[test]
fn the_comparison_of_two_team_plans_exports_as_markdown_with_what_changes_and_the_three_tables() {
    let page = ml_team_advisor::page::compare::page(
        ("today", &startup_today()),
        ("in a | year", &startup_in_a_year()),
        ml_team_advisor::text::Locale::En,
    );
    let text = ml_team_advisor::share::record::plans(&page);
    assert!(text.starts_with("# today compared with in a | year\n\n"), "{text}");
    for expected in [
        "\n## What changes\n\n- ",
        "\n- Kind of organisation: Nascent / ad-hoc ML → Product-embedded ML\n",
        "\n## All five scores\n\n| Kind of organisation | today | in a \\| year | Change |\n| --- | --- | --- | --- |\n",
        "\n## Whom to hire, in what order\n\n| Role | today | in a \\| year |\n",
        "\nMade with ML Team Advisor. Open any of these assessments in the app",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
    assert_eq!(text.matches("\n- ").count(), page.differences.len(), "one line per difference");
}
