//! Invariants of the content tables: the knowledge contract, the question tables of both
//! tracks, the text catalog of every locale, and that every answer set yields a report whose every line is
//! sourced and worded, with every fact of the knowledge map reached by some track.

mod common;

use std::collections::HashSet;

use ml_team_advisor::engine::archetype::Archetype;
use ml_team_advisor::engine::gate::Condition;
use ml_team_advisor::engine::hiring::{Mode, Role, Tier};
use ml_team_advisor::engine::knowledge::{fact, FACTS, SOURCES};
use ml_team_advisor::engine::practitioner::{self, red_flags, skill_gap::Gap, team_type::TeamType};
use ml_team_advisor::engine::questions::{Question, Section, QUESTIONS};
use ml_team_advisor::engine::{assess, Advice, Answers, Report, Track};
use ml_team_advisor::text::{has, Locale};

/// Every question of both tracks.
fn all_questions() -> impl Iterator<Item = &'static Question> {
    Track::ALL.iter().flat_map(|track| track.questions())
}

fn knowledge_map_ids() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/docs/knowledge-map.md");
    let map = std::fs::read_to_string(path).expect("the knowledge map sits in ../shared/docs");
    map.lines()
        .filter_map(|line| line.strip_prefix("- `"))
        .filter_map(|rest| rest.split('`').next())
        .map(str::to_owned)
        .collect()
}

#[test]
fn the_fact_table_lists_exactly_the_ids_of_the_knowledge_map_in_its_order() {
    let ours: Vec<&str> = FACTS.iter().map(|f| f.id).collect();
    let map = knowledge_map_ids();
    assert!(map.len() > 60, "the map was read");
    assert_eq!(ours, map.iter().map(String::as_str).collect::<Vec<_>>());
    for f in FACTS {
        assert!(SOURCES.iter().any(|s| s.seed == f.seed), "{} has a known source", f.id);
    }
}

/// Whether every locale has a text for the key.
fn worded(key: &str) -> bool {
    Locale::ALL.iter().all(|&locale| has(locale, key))
}

#[test]
fn every_question_and_option_has_a_unique_id_its_words_and_valid_knowledge() {
    let mut ids = HashSet::new();
    for track in Track::ALL {
        assert!(!track.questions().is_empty(), "the {} track asks something", track.id());
        for q in track.questions() {
            assert_eq!(q.section.track(), track, "{} sits in a section of its own track", q.id);
        }
    }
    for q in all_questions() {
        assert!(ids.insert(q.id), "duplicate question {} (IDs are unique across tracks)", q.id);
        assert!(worded(&format!("q.{}", q.id)), "q.{} has no text", q.id);
        assert!(worded(&format!("q.{}.help", q.id)), "q.{} has no help", q.id);
        assert!(!q.knowledge.is_empty());
        for k in q.knowledge {
            assert!(fact(k).is_some(), "{} cites unknown {k}", q.id);
        }
        let mut options = HashSet::new();
        for c in q.choices {
            assert!(options.insert(c.id), "{} repeats option {}", q.id, c.id);
            assert!(worded(&format!("q.{}.{}", q.id, c.id)), "q.{}.{} has no text", q.id, c.id);
        }
    }
}

#[test]
fn every_organisation_answer_leans_somewhere_unless_it_says_not_sure_or_other() {
    for q in QUESTIONS.iter().filter(|q| q.section == Section::Organisation) {
        for c in q.choices {
            let neutral = matches!(c.id, "unsure" | "other");
            assert_eq!(c.leans.iter().all(|&l| l == 0), neutral, "{}.{}", q.id, c.id);
        }
    }
    for q in QUESTIONS.iter().filter(|q| q.section != Section::Organisation) {
        assert!(q.choices.iter().all(|c| c.leans == [0; 5]), "{} must not move the archetype", q.id);
    }
    for q in QUESTIONS.iter().filter(|q| q.section == Section::Gate) {
        assert!(q.choices.iter().any(|c| c.id == "unsure"), "gate {} offers 'not sure'", q.id);
    }
    for q in QUESTIONS {
        assert!(q.choices.iter().all(|c| c.team_leans == [0; 3]), "leader {} must not move the team type", q.id);
    }
}

#[test]
fn every_answer_about_the_team_leans_somewhere_unless_it_says_not_sure_and_nothing_else_does() {
    for q in Track::Practitioner.questions() {
        assert!(q.choices.iter().all(|c| c.leans == [0; 5]), "practitioner {} must not move the archetype", q.id);
        // Titles say little (T-TITLES), so the title is the one question about the team that
        // deliberately leans nowhere.
        let scored = q.section == Section::Prospect && q.id != "job.title";
        for c in q.choices {
            let neutral = !scored || c.id == "unsure";
            assert_eq!(c.team_leans.iter().all(|&l| l == 0), neutral, "{}.{}", q.id, c.id);
        }
    }
}

#[test]
fn the_view_only_asks_the_catalog_for_keys_it_has() {
    let ui = concat!(env!("CARGO_MANIFEST_DIR"), "/src/ui");
    let mut checked = 0;
    for entry in std::fs::read_dir(ui).unwrap() {
        let source = std::fs::read_to_string(entry.unwrap().path()).unwrap();
        for piece in source.split("tr(\"").skip(1) {
            let key = piece.split('"').next().unwrap();
            assert!(worded(key), "the view asks for missing key {key}");
            checked += 1;
        }
    }
    assert!(checked > 30, "the scan found the view's keys ({checked})");
    let dynamic = Archetype::ALL
        .iter()
        .map(|a| format!("arch.name.{}", a.id()))
        .chain(Role::ALL.iter().map(|r| format!("role.name.{}", r.id())))
        .chain([Tier::First, Tier::Next, Tier::Later].iter().map(|t| format!("tier.{}", t.id())))
        .chain(Condition::ALL.iter().map(|c| format!("gate.cond.{}", c.knowledge())))
        .chain(SOURCES.iter().map(|s| format!("source.{}", s.seed)))
        .chain(TeamType::ALL.iter().map(|t| format!("type.name.{}", t.id())))
        .chain(red_flags::Flag::ALL.iter().map(|f| format!("flag.name.{}", f.id())))
        .chain(
            [red_flags::Status::Raised, red_flags::Status::Unclear, red_flags::Status::Clear]
                .iter()
                .map(|s| format!("flag.status.{}", s.id())),
        )
        .chain(
            [Gap::TooSmall, Gap::Workable, Gap::TooLarge, Gap::Unknown].iter().map(|g| format!("gap.name.{}", g.id())),
        );
    for key in dynamic {
        assert!(worded(&key), "missing {key}");
    }
}

#[test]
fn a_line_marked_as_the_apps_own_judgement_passes_when_it_names_its_facts_and_a_line_with_no_basis_fails() {
    let none = Answers::default();
    let judgement = Advice::judgement("hire.base.ds", &["R-DS", "R-OVERLAP", "H-SPECIFIC"], Vec::new());
    assert_eq!(common::problem(&judgement, &none), None);
    let unsourced = Advice::new("hire.base.ds", &[], Vec::new());
    assert!(common::problem(&unsourced, &none).is_some(), "a line with no knowledge ID fails");
    let baseless = Advice::judgement("hire.base.ds", &[], Vec::new());
    assert!(common::problem(&baseless, &none).is_some(), "a judgement must name what it builds on");
    let invented = Advice::judgement("hire.base.ds", &["X-NOT-A-FACT"], Vec::new());
    assert!(common::problem(&invented, &none).is_some());
}

#[test]
fn the_lines_the_review_calls_the_apps_own_are_marked_as_judgement() {
    // Review 1.2 (interview loops for roles the seed does not cover), 1.19 (the data-scientist
    // rule), 1.14 (the skills chart) and the tie rule.
    let answers = Answers::from_pairs([
        ("org.size", "large"),
        ("org.industry", "finance"),
        ("ml.today", "central"),
        ("ml.reports_to", "ml_leader"),
        ("ml.leadership", "division"),
    ])
    .unwrap();
    let report = assess(&answers);
    let judged: HashSet<&str> = report.advice().iter().filter(|a| a.judgement).map(|a| a.key).collect();
    for key in ["hire.base.ds", "roles.chart"] {
        assert!(judged.contains(key), "{key} is marked");
    }
    for l in &report.recruiting.loops {
        let own = !matches!(l.role, Role::MlEngineer | Role::Researcher);
        assert_eq!((l.validate.judgement, l.bar.judgement), (own, own), "{:?}", l.role);
    }
    let tied = assess(&Answers::from_pairs([("ml.reports_to", "rnd"), ("ml.production", "builders_own")]).unwrap());
    assert!(tied.archetype.tie_rule.as_ref().is_some_and(|a| a.judgement));
    assert!(report.archetype.tie_rule.is_none(), "no tie, no tie rule");
}

/// Checks every line of a report: worded in the catalog, sourced by valid knowledge IDs, and
/// triggered only by answers that were given.
fn check_report(report: &Report, answers: &Answers, reached: &mut HashSet<&'static str>) {
    common::check_lines(&report.advice(), answers, reached);
    assert_eq!(report.archetype.ranking.len(), 5);
    if report.hiring.mode == Mode::BeforeHiring {
        assert!(report.hiring.hires.is_empty(), "no hiring order while a gate condition is no");
        assert!(report.hiring.first_steps.len() >= 2, "the lead line and a step per condition");
    } else {
        assert_eq!(report.hiring.hires.len(), Role::ALL.len());
        assert!(report.hiring.hires.iter().any(|h| h.tier == Tier::First));
        assert!(report.hiring.hires.iter().all(|h| !h.reasons.is_empty()));
    }
}

/// Every combination of the organisation answers (with a passing gate), and every gate
/// combination with each organisation answer set of a small sample; then the practitioner
/// track's answer space. Together the two tracks reach every fact of the knowledge map.
#[test]
fn every_answer_set_gives_a_complete_sourced_report_and_every_fact_is_reached_by_some_track() {
    let gate: Vec<_> = QUESTIONS.iter().filter(|q| q.section == Section::Gate).collect();
    let team: Vec<_> = QUESTIONS.iter().filter(|q| q.section == Section::Team).collect();
    let mut winners = HashSet::new();
    let mut reached = HashSet::new();
    let mut checked = 0usize;

    common::walk_organisations(|_, answers| {
        let report = assess(answers);
        winners.insert(report.archetype.winner);
        check_report(&report, answers, &mut reached);
        checked += 1;
    });
    assert_eq!(winners.len(), 5, "every archetype wins for some organisation");

    let mut gates = vec![0usize; gate.len()];
    let gate_sizes: Vec<usize> = gate.iter().map(|q| q.choices.len()).collect();
    loop {
        for size in ["early", "growing", "large"] {
            let mut answers = Answers::from_pairs([("org.size", size)]).unwrap();
            for (q, &i) in gate.iter().zip(&gates) {
                answers.set(q.id, q.choices[i].id).unwrap();
            }
            check_report(&assess(&answers), &answers, &mut reached);
            checked += 1;
        }
        if !common::next_combo(&mut gates, &gate_sizes) {
            break;
        }
    }

    // Every option of every team question, with each size and a nascent and an ML-first shape.
    for size in ["early", "growing", "large"] {
        for shape in [("ml.today", "none"), ("ml.today", "everywhere"), ("ml.today", "research")] {
            for q in &team {
                for c in q.choices {
                    let answers = Answers::from_pairs([("org.size", size), shape, (q.id, c.id)]).unwrap();
                    check_report(&assess(&answers), &answers, &mut reached);
                    checked += 1;
                }
            }
        }
    }
    println!("checked {checked} answer sets");

    common::walk_practitioner(|answers| {
        common::check_lines(&practitioner::assess(answers).advice(), answers, &mut reached);
    });
    let unreached: Vec<_> = FACTS.iter().map(|f| f.id).filter(|id| !reached.contains(id)).collect();
    assert!(unreached.is_empty(), "knowledge no answer set of either track reaches: {unreached:?}");
}
