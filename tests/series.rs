//! Dated series: what a library and progress written by the format-2 build hold still opens
//! whole, entries record the day they were kept and a note, keeping under a series adds a dated
//! entry, and a series sums up what each entry concluded and which answers changed between them.

use ml_team_advisor::engine::archetype::Archetype;
use ml_team_advisor::engine::history::{changed_answers, summarise, AnswerChange};
use ml_team_advisor::engine::{Answers, Role, Track, Verdict, RULES_VERSION};
use ml_team_advisor::saved::{self, Day, Library, Named, LIBRARY_FORMAT};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/format-2");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).expect("the fixture exists")
}

fn day(text: &str) -> Day {
    Day::parse(text).expect("a real day")
}

/// The logistics startup of the format-2 fixture ("Logistics, March"): 15 people, no ML yet.
fn logistics_march() -> Answers {
    let library = saved::decode_library(&fixture("library.json")).expect("loads");
    library.get("Logistics, March").expect("kept").answers.clone()
}

fn with(answers: &Answers, changes: &[(&str, &str)]) -> Answers {
    let mut answers = answers.clone();
    for (question, choice) in changes {
        answers.set(question, choice).expect("a known option");
    }
    answers
}

/// Two quarters later: a first pilot, its data in doubt, the builders deploying what they build.
fn logistics_june() -> Answers {
    with(
        &logistics_march(),
        &[
            ("gate.data", "unsure"),
            ("ml.today", "adhoc"),
            ("ml.leadership", "team_budgets"),
            ("ml.production", "builders_own"),
            ("ml.emphasis", "engineering"),
        ],
    )
}

/// After the reorg: ML people sit in the product teams under the engineering lead.
fn logistics_september() -> Answers {
    with(
        &logistics_june(),
        &[("gate.data", "yes"), ("ml.today", "product_teams"), ("ml.reports_to", "eng_lead"), ("ml.data", "lagging")],
    )
}

#[test]
fn the_format_2_library_loads_whole_each_entry_undated_without_note_or_series() {
    let text = fixture("library.json");
    let library = saved::decode_library(&text).expect("a format-2 library still loads");
    let stored: Value = serde_json::from_str(&text).expect("JSON");
    let items = stored["progress"]["items"].as_array().expect("items");
    assert_eq!(library.items.len(), 7);
    for (entry, item) in library.items.iter().zip(items) {
        assert_eq!(entry.name, item["name"].as_str().expect("a name"));
        assert_eq!(entry.rules, item["rules"].as_u64().expect("rules") as u32);
        assert_eq!(entry.answers.track().id(), item["track"].as_str().expect("a track"));
        let answers = item["answers"].as_object().expect("answers");
        assert_eq!(entry.answers.len(), answers.len(), "{}: every answer kept", entry.name);
        for (question, choice) in answers {
            assert_eq!(entry.answers.get(question), choice.as_str(), "{}: {question}", entry.name);
        }
        assert_eq!((entry.kept, entry.note.as_str(), entry.series.as_deref()), (None, "", None));
    }
    assert_eq!(library.items[0].rules, 1, "kept before the revision");
    assert_eq!(library.items[5].rules, 2);
    // Saved again by this build, in format 3, it reads back the same.
    let again = saved::encode_library(&library);
    assert!(again.starts_with("{\"format\":3,"));
    assert_eq!(saved::decode_library(&again), Ok(library));
}

#[test]
fn the_format_2_progress_loads_as_it_was() {
    let progress = saved::decode(&fixture("progress-leader.json")).expect("loads");
    assert!(progress.finished);
    assert_eq!(progress.rules, 2);
    assert_eq!(progress.answers.len(), 16);
    assert_eq!(progress.answers.get("ml.production"), Some("handed_maintained"));
}

#[test]
fn a_day_is_a_real_calendar_day_written_as_iso() {
    assert_eq!(day("2026-12-01").iso(), "2026-12-01");
    assert_eq!(day("2028-02-29").iso(), "2028-02-29");
    for bad in [
        "2026-02-29",
        "2100-02-29",
        "2026-13-01",
        "2026-00-10",
        "2026-04-31",
        "26-01-01",
        "2026-1-01",
        "1999-12-31",
        "2026-01-01-01",
        "２０２６-01-01",
        "",
    ] {
        assert_eq!(Day::parse(bad), None, "{bad}");
    }
    assert!(day("2026-01-31") < day("2026-02-01"));
}

#[test]
fn keeping_under_a_series_adds_a_dated_entry_and_never_replaces_the_last() {
    let mut library = Library::default();
    let march = logistics_march();
    let first = library.add_to_series("Logistics", &march, RULES_VERSION, day("2026-03-31"), "before the pilot");
    assert_eq!(first.as_deref(), Some("Logistics · 2026-03-31"));
    let again = library.add_to_series("Logistics", &march, RULES_VERSION, day("2026-03-31"), "");
    assert_eq!(again.as_deref(), Some("Logistics · 2026-03-31 (2)"), "same day: a second entry");
    assert_eq!(library.items.len(), 2);
    let entry = library.get("Logistics · 2026-03-31").expect("kept");
    assert_eq!(
        (entry.kept, entry.note.as_str(), entry.series.as_deref()),
        (Some(day("2026-03-31")), "before the pilot", Some("Logistics"))
    );
    // Names, notes and series are cleaned; a practitioner assessment has no organisation.
    let team = Answers::for_track(Track::Practitioner, [("job.owns", "models")]).expect("known");
    assert_eq!(library.add_to_series("Platform", &team, RULES_VERSION, day("2026-04-01"), ""), None);
    assert_eq!(library.add_to_series("  \u{7} ", &march, RULES_VERSION, day("2026-04-01"), ""), None);
    let note = "x".repeat(200);
    let name = library.add_to_series(" Logistics\n", &march, RULES_VERSION, day("2026-04-01"), &note).expect("kept");
    assert_eq!(library.get(&name).expect("kept").note.len(), 120);
    assert_eq!(library.series_names(), vec!["Logistics"]);
}

#[test]
fn an_entry_kept_before_days_were_recorded_joins_a_series_undated_and_comes_first() {
    let mut library = saved::decode_library(&fixture("library.json")).expect("loads");
    library.add_to_series("Logistics", &logistics_june(), RULES_VERSION, day("2026-06-30"), "first pilot");
    assert!(library.set_series("Logistics, March", Some("Logistics")));
    assert!(!library.set_series("Platform team offer", Some("Logistics")), "a team to join is no organisation");
    assert!(!library.set_series("nobody", Some("Logistics")));
    let names: Vec<&str> = library.series("Logistics").iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names, ["Logistics, March", "Logistics · 2026-06-30"]);
    assert_eq!(library.series("Logistics")[0].kept, None);
    // Dates, notes and series survive a save and a reload.
    let reloaded = saved::decode_library(&saved::encode_library(&library)).expect("loads");
    assert_eq!(reloaded, library);
    assert!(library.set_series("Logistics, March", None));
    assert_eq!(library.series("Logistics").len(), 1);
}

#[test]
fn a_crafted_format_3_entry_is_cleaned_not_trusted() {
    let text = r#"{"format":3,"rules":2,"progress":{"items":[
        {"name":"A","track":"leader","rules":2,"answers":{"org.size":"early"},"kept":"2026-02-30","note":"a\u0007b","series":" Acme "},
        {"name":"B","track":"practitioner","rules":2,"answers":{},"kept":"2026-02-01","series":"Acme"},
        {"name":"C","track":"leader","rules":2,"answers":{},"kept":7}
    ]}}"#;
    let library = saved::decode_library(text);
    assert!(matches!(library, Err(saved::SavedError::Unreadable(_))), "a day that is not text is unreadable");
    let text = text.replace(r#","kept":7"#, "");
    let library = saved::decode_library(&text).expect("loads");
    let a = library.get("A").expect("kept");
    assert_eq!((a.kept, a.note.as_str(), a.series.as_deref()), (None, "ab", Some("Acme")));
    let b = library.get("B").expect("kept");
    assert_eq!((b.kept, b.series.as_deref()), (Some(day("2026-02-01")), None));
    assert_eq!(LIBRARY_FORMAT, 3);
}

#[test]
fn the_answer_diff_names_each_changed_question_with_its_old_and_new_option_in_table_order() {
    assert_eq!(
        changed_answers(&logistics_march(), &logistics_june()),
        vec![
            AnswerChange { question: "gate.data", before: Some("yes"), after: Some("unsure") },
            AnswerChange { question: "ml.today", before: Some("none"), after: Some("adhoc") },
            AnswerChange { question: "ml.leadership", before: Some("none"), after: Some("team_budgets") },
            AnswerChange { question: "ml.production", before: Some("nothing"), after: Some("builders_own") },
            AnswerChange { question: "ml.emphasis", before: Some("unsure"), after: Some("engineering") },
        ]
    );
    let unfinished = Answers::from_pairs([("gate.data", "yes"), ("org.size", "early")]).expect("known");
    let finished = Answers::from_pairs([("org.size", "large"), ("gate.solvable", "no")]).expect("known");
    assert_eq!(
        changed_answers(&unfinished, &finished),
        vec![
            AnswerChange { question: "gate.solvable", before: None, after: Some("no") },
            AnswerChange { question: "gate.data", before: Some("yes"), after: None },
            AnswerChange { question: "org.size", before: Some("early"), after: Some("large") },
        ]
    );
    assert!(changed_answers(&logistics_june(), &logistics_june()).is_empty());
}

#[test]
fn three_quarters_of_a_logistics_startup_go_from_nascent_to_product_embedded() {
    let (march, june, september) = (logistics_march(), logistics_june(), logistics_september());
    let points = summarise(&[&march, &june, &september]);
    assert_eq!(points.len(), 3);
    // March (seeds 000, 001): no ML at all, every condition met; nascent on every organisation
    // answer (size 1, industry 3, ML today 4, reporting 3, leadership 3, data 3, production 3).
    assert_eq!(points[0].verdict, Verdict::Go);
    assert_eq!(points[0].archetype, Archetype::Nascent);
    assert_eq!(points[0].scores[0], (Archetype::Nascent, 20));
    assert!(points[0].scores[1..].iter().all(|&(_, points)| points == 0));
    assert_eq!(points[0].first_hires, vec![Role::MlEngineer], "S-SMALL-E2E: one engineering-heavy generalist");
    assert!(points[0].changes.is_empty());
    // June: the data is in doubt, so not yet; an early-stage company still hires one
    // end-to-end generalist first (S-SMALL-E2E).
    assert_eq!(points[1].verdict, Verdict::NotYet);
    assert_eq!(points[1].archetype, Archetype::Nascent);
    assert_eq!(
        points[1].scores,
        vec![
            (Archetype::Nascent, 13),
            (Archetype::RnD, 0),
            (Archetype::ProductEmbedded, 9),
            (Archetype::IndependentDivision, 0),
            (Archetype::MlFirst, 0)
        ]
    );
    assert_eq!(points[1].first_hires, vec![Role::MlEngineer]);
    assert_eq!(points[1].changes.len(), 5);
    // September, after the reorg: the ML people sit in product teams under the engineering lead.
    assert_eq!(points[2].verdict, Verdict::Go);
    assert_eq!(points[2].archetype, Archetype::ProductEmbedded);
    assert_eq!(
        points[2].scores,
        vec![
            (Archetype::Nascent, 4),
            (Archetype::RnD, 0),
            (Archetype::ProductEmbedded, 19),
            (Archetype::IndependentDivision, 0),
            (Archetype::MlFirst, 1)
        ]
    );
    assert_eq!(points[2].first_hires, vec![Role::MlEngineer]);
    let changed: Vec<(&str, Option<&str>, Option<&str>)> =
        points[2].changes.iter().map(|c| (c.question, c.before, c.after)).collect();
    assert_eq!(
        changed,
        [
            ("gate.data", Some("unsure"), Some("yes")),
            ("ml.today", Some("adhoc"), Some("product_teams")),
            ("ml.reports_to", Some("nobody"), Some("eng_lead")),
            ("ml.data", Some("none"), Some("lagging")),
        ]
    );
}

#[test]
fn while_the_data_cannot_be_had_an_entry_has_no_first_hires() {
    let no_data = with(&logistics_march(), &[("gate.data", "no")]);
    let points = summarise(&[&no_data]);
    assert_eq!(points[0].verdict, Verdict::NotYet);
    assert!(points[0].first_hires.is_empty(), "G-DATA: a data pilot before anyone is hired");
}

#[test]
fn named_undated_is_what_every_entry_was_before_format_3() {
    let answers = logistics_march();
    let entry = Named::undated(" Logistics ", &answers, 1);
    assert_eq!(entry.name, "Logistics");
    assert_eq!((entry.kept, entry.note.as_str(), entry.series), (None, "", None));
}

/// The Logistics series as the library holds it: March kept before days were recorded, then two
/// dated entries with notes.
fn logistics_library() -> Library {
    let mut library = saved::decode_library(&fixture("library.json")).expect("loads");
    assert!(library.set_series("Logistics, March", Some("Logistics")));
    library.add_to_series("Logistics", &logistics_june(), RULES_VERSION, day("2026-06-30"), "first pilot");
    library.add_to_series("Logistics", &logistics_september(), RULES_VERSION, day("2026-09-30"), "after the reorg");
    library
}

#[test]
fn the_series_page_says_what_each_entry_concluded_and_which_answers_changed_in_the_question_tables_words() {
    use ml_team_advisor::page::series::page;
    use ml_team_advisor::text::Locale;
    let library = logistics_library();
    let page = page("Logistics", &library.series("Logistics"), Locale::En);
    assert_eq!(page.heading, "Logistics: the assessments over time");
    let whens: Vec<&str> = page.entries.iter().map(|e| e.when.as_str()).collect();
    assert_eq!(whens, ["Undated", "Kept on 2026-06-30", "Kept on 2026-09-30"]);
    let march = &page.entries[0];
    assert_eq!(march.undated, Some("Kept before this app recorded dates, so its day is not known."));
    assert_eq!(march.note, None);
    let values: Vec<&str> = march.items.iter().map(|i| i.value.as_str()).collect();
    assert_eq!(values, ["Go", "Nascent / ad-hoc ML", "ML engineer"]);
    assert_eq!(march.scores.rows[0].text, "Nascent / ad-hoc ML — 20 points (your best fit)");
    assert_eq!(march.no_changes, Some("The first entry of this series: nothing earlier to compare with."));
    let september = &page.entries[2];
    assert_eq!(september.note.as_deref(), Some("Note: after the reorg"));
    assert_eq!(september.undated, None);
    assert_eq!(september.items[1].value, "Product-embedded ML");
    assert_eq!(september.scores.rows[2].text, "Product-embedded ML — 19 points (your best fit)");
    assert_eq!(
        september.changes,
        [
            "Can you label or otherwise get the training data that problem needs?: Not sure → Yes",
            "Who does ML work today, and how often?: A few people try it now and then, on the side → Some product teams have their own ML people",
            "Whom do the people doing ML report to?: Nobody in particular: there are no ML people yet → The engineering or tech lead of their product team",
            "How easily do the people doing ML get data and compute?: There is no data infrastructure to speak of yet → It depends on the product team, and access often lags",
        ]
    );
    assert_eq!(september.no_changes, None);

    let zh = page_zh(&library);
    assert_eq!(zh.entries[0].when, "无日期");
    assert_eq!(zh.entries[2].items[0].value, "可以开始");
    assert_eq!(zh.entries[2].changes[0], "你能为这个问题标注或以其他方式获得所需的训练数据吗？：不确定 → 能");
}

fn page_zh(library: &Library) -> ml_team_advisor::page::series::SeriesPage {
    ml_team_advisor::page::series::page("Logistics", &library.series("Logistics"), ml_team_advisor::text::Locale::ZhCn)
}

#[test]
fn the_decision_record_lists_every_entry_with_its_day_note_scores_and_changes() {
    use ml_team_advisor::page::series::page;
    use ml_team_advisor::text::Locale;
    let library = logistics_library();
    let record = ml_team_advisor::share::record::render(&page("Logistics", &library.series("Logistics"), Locale::En));
    assert!(record.starts_with("# Decision record: Logistics\n"), "{record}");
    for expected in [
        "\n## Undated · Logistics, March\n\n_Kept before this app recorded dates, so its day is not known._\n",
        "\n## Kept on 2026-09-30 · Logistics · 2026-09-30\n\n_Note: after the reorg_\n\n- Build a team now? **Go**\n- Kind of ML organisation **Product-embedded ML**\n- Hire first **ML engineer**\n",
        "- Product-embedded ML — 19 points (your best fit)\n",
        "- Whom do the people doing ML report to?: Nobody in particular: there are no ML people yet → The engineering or tech lead of their product team\n",
        "- Build a team now? **Not yet**\n",
    ] {
        assert!(record.contains(expected), "missing {expected:?} in\n{record}");
    }
    assert_eq!(record.matches("\n## ").count(), 3);
}
