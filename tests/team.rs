//! Deciding together: three colleagues' answers merged into one team view, the spread and the
//! consensus they give, the disagreement that matters most, the cautious tie rule, and the
//! links the merge accepts and refuses. Every expectation is worked out by hand from the
//! question table and the rules in the README.

use ml_team_advisor::engine::archetype::Archetype;
use ml_team_advisor::engine::team::{caution, merge, Consequence, Function, MergeError, Respondent};
use ml_team_advisor::engine::{questions::QUESTIONS, Answers, Track, Verdict, RULES_VERSION};
use ml_team_advisor::share::link;
use ml_team_advisor::share::team_link::{self, Refused, TeamError};

/// A software company's planning meeting: everyone agrees on the gate but the would-be ML lead,
/// who doubts the data can be had.
const COMMON: &[(&str, &str)] = &[
    ("gate.solvable", "yes"),
    ("gate.crucial", "yes"),
    ("gate.motive", "problem"),
    ("org.size", "growing"),
    ("org.industry", "software"),
    ("ml.reports_to", "eng_lead"),
    ("ml.leadership", "team_budgets"),
    ("ml.production", "builders_own"),
    ("ml.handoff", "builders"),
    ("ml.stack", "open_source"),
];

fn person(own: &[(&str, &str)], function: Option<Function>) -> Respondent {
    let answers = Answers::from_pairs(COMMON.iter().chain(own).copied()).expect("known IDs");
    Respondent { answers, rules: RULES_VERSION, function }
}

/// The CTO, the head of product and the would-be ML lead.
fn meeting() -> Vec<Respondent> {
    vec![
        person(
            &[
                ("gate.data", "yes"),
                ("ml.today", "product_teams"),
                ("ml.data", "lagging"),
                ("ml.emphasis", "engineering"),
                ("team.engineers", "keen"),
                ("team.first_hire", "engineer"),
            ],
            Some(Function::Engineering),
        ),
        person(
            &[
                ("gate.data", "yes"),
                ("ml.today", "adhoc"),
                ("ml.data", "easy"),
                ("ml.emphasis", "engineering"),
                ("team.engineers", "few"),
                ("team.first_hire", "undecided"),
            ],
            Some(Function::Product),
        ),
        person(
            &[
                ("gate.data", "no"),
                ("ml.today", "product_teams"),
                ("ml.data", "lagging"),
                ("ml.emphasis", "mixed"),
                ("team.engineers", "few"),
                ("team.first_hire", "engineer"),
            ],
            Some(Function::Ml),
        ),
    ]
}

fn counts(merged: &ml_team_advisor::engine::team::Merged, question: &str) -> Vec<(&'static str, usize)> {
    let spread = merged.spread.iter().find(|s| s.question.id == question).expect("asked");
    spread.options.iter().filter(|o| !o.respondents.is_empty()).map(|o| (o.choice, o.respondents.len())).collect()
}

#[test]
fn three_colleagues_merged_give_the_spread_of_their_answers_and_the_most_common_answer_as_consensus() {
    let merged = merge(&meeting()).expect("three leader respondents merge");
    assert_eq!(counts(&merged, "gate.data"), [("yes", 2), ("no", 1)]);
    assert_eq!(counts(&merged, "ml.today"), [("adhoc", 1), ("product_teams", 2)]);
    assert_eq!(counts(&merged, "ml.data"), [("easy", 1), ("lagging", 2)]);
    assert_eq!(counts(&merged, "team.engineers"), [("keen", 1), ("few", 2)]);
    assert_eq!(counts(&merged, "gate.solvable"), [("yes", 3)]);
    let consensus = &merged.consensus;
    assert_eq!(consensus.get("gate.data"), Some("yes"));
    assert_eq!(consensus.get("ml.today"), Some("product_teams"));
    assert_eq!(consensus.get("ml.data"), Some("lagging"));
    assert_eq!(consensus.get("ml.emphasis"), Some("engineering"));
    assert_eq!(consensus.get("team.engineers"), Some("few"));
    assert_eq!(consensus.get("team.first_hire"), Some("engineer"));
    assert_eq!(consensus.len(), QUESTIONS.len(), "everyone answered everything, so the consensus does too");
    // Every condition met: the team result is a go, and the company is product-embedded.
    assert_eq!(merged.report.gate.verdict, Verdict::Go);
    assert_eq!(merged.report.archetype.winner, Archetype::ProductEmbedded);
}

#[test]
fn the_outcomes_count_each_respondents_own_verdict_archetype_and_first_hires() {
    let merged = merge(&meeting()).expect("merges");
    assert_eq!(merged.outcomes.verdicts, [(Verdict::Go, 2), (Verdict::NotYet, 1)]);
    let embedded = merged.outcomes.archetypes.iter().find(|(a, _)| *a == Archetype::ProductEmbedded);
    assert_eq!(embedded, Some(&(Archetype::ProductEmbedded, 3)), "all three are product-embedded on their own");
    // A growing company hires two roles first; the ML lead's "no" on data leaves no hiring
    // order at all, so four first-hire places are counted in all.
    let places: usize = merged.outcomes.first_hires.iter().map(|(_, n)| n).sum();
    assert_eq!(places, 4);
}

#[test]
fn the_question_whose_answer_flips_the_gate_is_the_first_to_settle() {
    let merged = merge(&meeting()).expect("merges");
    let first = &merged.disagreements[0];
    assert_eq!(first.question.id, "gate.data");
    assert_eq!(first.consequence, Consequence::Gate);
    assert_eq!(first.alternatives[0].choice, "no");
    assert_eq!(first.alternatives[0].respondents, [2], "the ML lead holds that view");
    assert_eq!(first.alternatives[0].verdict, Verdict::NotYet);
    assert_eq!(merged.to_settle()[0].question.id, "gate.data");
    let differing: Vec<&str> = merged.disagreements.iter().map(|d| d.question.id).collect();
    for question in ["ml.today", "ml.data", "ml.emphasis", "team.engineers", "team.first_hire"] {
        assert!(differing.contains(&question), "{question} was answered differently");
    }
    assert_eq!(differing.len(), 6, "the questions everyone agreed on are not disagreements");
}

#[test]
fn a_tie_goes_to_the_more_cautious_answer() {
    let pair = |a: &str, b: &str, question: &str| {
        let one = Respondent { answers: Answers::from_pairs([(question, a)]).unwrap(), rules: 2, function: None };
        let two = Respondent { answers: Answers::from_pairs([(question, b)]).unwrap(), rules: 2, function: None };
        let merged = merge(&[one, two]).expect("merges");
        let spread = merged.spread.iter().find(|s| s.question.id == question).unwrap();
        assert!(spread.tie_broken);
        spread.consensus
    };
    // On the gate, the answer that fails it, and a "no" before a "not sure".
    assert_eq!(pair("yes", "unsure", "gate.data"), Some("unsure"));
    assert_eq!(pair("unsure", "no", "gate.solvable"), Some("no"));
    assert_eq!(pair("problem", "investors", "gate.motive"), Some("investors"));
    // On the organisation, the answer that leans to the less mature archetype, and one that
    // says nothing about maturity before any.
    assert_eq!(pair("everywhere", "none", "ml.today"), Some("none"));
    assert_eq!(pair("large", "early", "org.size"), Some("early"));
    assert_eq!(pair("easy", "unsure", "ml.data"), Some("unsure"));
    // On the people, the less ready answer, lower in the list.
    assert_eq!(pair("keen", "none", "team.engineers"), Some("none"));
    let data = QUESTIONS.iter().find(|q| q.id == "ml.data").unwrap();
    assert!(caution(data, "none") < caution(data, "hard"), "nascent leans before R&D");
}

#[test]
fn identical_answers_are_kept_as_two_respondents_and_marked_as_the_same() {
    let mut people = meeting();
    people.push(people[0].clone());
    let merged = merge(&people).expect("merges");
    assert_eq!(merged.respondents.len(), 4);
    assert_eq!(merged.same_as, [None, None, None, Some(0)]);
    assert_eq!(counts(&merged, "ml.data"), [("easy", 1), ("lagging", 3)]);
}

#[test]
fn rules_1_links_and_todays_links_merge_and_keep_their_rules() {
    // The logistics startup's link as the rules-1 build made it (tests/fixtures/rules-1).
    let old = "https://example.org/#a=1.L0000040044042313.wp";
    let today = link::encode(&meeting()[0].answers);
    let pasted = format!("{old}\n\n  #{today}  \n");
    let people = team_link::read_pasted(&pasted).expect("both open");
    assert_eq!(people.iter().map(|p| p.rules).collect::<Vec<_>>(), [1, RULES_VERSION]);
    assert_eq!(people[0].answers.get("org.industry"), Some("traditional"));
    assert_eq!(people[0].answers.get("team.first_hire"), Some("undecided"));
    let merged = merge(&people).expect("merges");
    assert_eq!(counts(&merged, "org.size"), [("early", 1), ("growing", 1)]);
    // A combined link keeps each respondent's rules.
    let again = team_link::decode(&team_link::encode(&people)).expect("round-trips");
    assert_eq!(again, people);
}

#[test]
fn a_link_of_a_newer_release_or_of_the_practitioner_track_is_refused_with_its_line() {
    let today = link::encode(&meeting()[0].answers);
    let mut practitioner = Answers::new(Track::Practitioner);
    practitioner.set("job.title", "ml_engineer").unwrap();
    let other_track = format!("{today}\n{}", link::encode(&practitioner));
    assert_eq!(team_link::read_pasted(&other_track), Err(Refused { line: Some(2), error: TeamError::OtherTrack }));
    // A rules-3 link with a valid check: what a newer release would make.
    let newer_link = resigned("a=", "3.L0000000000000000", |l| link::decode(l) == Err(link::LinkError::Altered));
    let newer = format!("{today}\n{newer_link}");
    assert_eq!(team_link::read_pasted(&newer), Err(Refused { line: Some(2), error: TeamError::UnknownRules }));
    assert_eq!(team_link::read_pasted(&today), Err(Refused { line: None, error: TeamError::TooFew }));
    assert_eq!(
        team_link::read_pasted(&format!("{today}\nhello")),
        Err(Refused { line: Some(2), error: TeamError::NotALink })
    );
    let thirteen = vec![today.as_str(); 13].join("\n");
    assert_eq!(team_link::read_pasted(&thirteen), Err(Refused { line: None, error: TeamError::TooMany }));
    let mixed = vec![meeting()[0].clone(), Respondent { answers: practitioner, rules: 2, function: None }];
    assert_eq!(merge(&mixed), Err(MergeError::OtherTrack(1)));
}

/// The text signed with the one check value the decoder does not call altered, as a newer
/// release would have signed it: all 1296 are tried.
fn resigned(prefix: &str, body: &str, altered: impl Fn(&str) -> bool) -> String {
    let digit = |n: u32| char::from_digit(n, 36).unwrap();
    (0..1296)
        .map(|n| format!("{prefix}{body}.{}{}", digit(n / 36), digit(n % 36)))
        .find(|candidate| !altered(candidate))
        .unwrap()
}

#[test]
fn a_combined_link_round_trips_answers_and_tags_and_refuses_an_unknown_layout() {
    let people = meeting();
    let fragment = team_link::encode(&people);
    assert!(fragment.starts_with("m=1.e2L"), "{fragment}");
    assert_eq!(team_link::decode(&format!("#{fragment}")), Ok(people.clone()));
    let untagged: Vec<Respondent> = people.iter().map(|p| Respondent { function: None, ..p.clone() }).collect();
    assert_eq!(team_link::decode(&team_link::encode(&untagged)), Ok(untagged));
    // One changed character is caught.
    let altered = fragment.replacen("e2L", "p2L", 1);
    assert_eq!(team_link::decode(&altered), Err(TeamError::Altered));
    let newer = resigned("m=", "2.-2L0000000000000000~-2L0000000000000000", |l| {
        team_link::decode(l) == Err(TeamError::Altered)
    });
    assert_eq!(team_link::decode(&newer), Err(TeamError::UnknownVersion));
    assert_eq!(team_link::decode("a=2.L.00"), Err(TeamError::NotALink));
    assert_eq!(team_link::decode("m=1"), Err(TeamError::Malformed));
}

#[test]
fn kept_team_views_survive_a_save_and_a_reload_and_a_newer_or_broken_one_is_never_half_read() {
    use ml_team_advisor::saved::SavedError;
    use ml_team_advisor::teams::{decode, encode, Teams};
    let mut kept = Teams::default();
    assert!(kept.keep("  Planning meeting\n", &meeting()));
    assert!(!kept.keep("   ", &meeting()), "a view needs a name");
    assert_eq!(kept.items[0].name, "Planning meeting");
    let text = encode(&kept);
    assert!(
        text.starts_with(r#"{"format":1,"rules":2,"progress":{"teams":[{"name":"Planning meeting","link":"m=1.e2L"#)
    );
    assert_eq!(decode(&text), Ok(kept));
    let newer_format = r#"{"format":2,"rules":2,"progress":{"teams":[]}}"#;
    assert_eq!(decode(newer_format), Err(SavedError::Newer { format: 2, rules: 2 }));
    let newer_link = text.replacen("m=1.", "m=2.", 1);
    assert!(matches!(decode(&newer_link), Err(SavedError::Unreadable(_))), "a changed character is only altered");
    for garbage in [
        "",
        "null",
        "{",
        r#"{"format":1,"rules":2}"#,
        r#"{"format":1,"rules":2,"progress":{"teams":[{"name":"x","link":"m=1"}]}}"#,
    ] {
        assert!(matches!(decode(garbage), Err(SavedError::Unreadable(_))), "{garbage}");
    }
}

#[test]
fn the_team_view_and_its_agenda_are_worded_in_both_languages_with_the_data_question_to_settle_first() {
    use ml_team_advisor::page::team::page;
    use ml_team_advisor::share::agenda;
    use ml_team_advisor::text::{Locale, MISSING};
    for locale in Locale::ALL {
        let team = page(&meeting(), locale).expect("merges");
        // An answer nobody chose has nobody in its "who" cell: the one empty text.
        for text in team.texts().into_iter().filter(|t| !t.is_empty()) {
            assert!(!text.contains(MISSING) && !text.contains('{'), "{locale:?}: {text:?}");
        }
        assert_eq!(team.settle[0].why.ids(), ["G-DATA"], "the data question rests on G-DATA");
        assert!(team.settle[0].why.judgement, "ranking disagreements is the app's own judgement");
        assert_eq!(team.disagreements[0].consequence, "gate");
        let markdown = agenda::render(&team, "note");
        let settle = markdown.find(team.settle_heading).expect("the agenda starts with what to settle");
        let spread = markdown.find(team.spread_heading).expect("then the spread");
        let result = markdown.find(team.result_heading).expect("then the team result");
        let disagreements = markdown.find(team.disagreements_heading).expect("then every disagreement");
        assert!(settle < spread && spread < result && result < disagreements);
        assert!(markdown.contains("builds on G-DATA") || markdown.contains("G-DATA)"), "{markdown}");
    }
    let english = page(&meeting(), Locale::En).unwrap();
    assert_eq!(english.respondents[2].label, "Respondent 3 (ML)");
    assert!(english.settle[0].text.starts_with("Can you label or otherwise get the training data"));
    let data = english.questions.iter().find(|q| q.id == "gate.data").unwrap();
    assert_eq!(data.table.rows[0].cells, ["Yes (the team's answer)", "2", "#1 engineering, #2 product"]);
}
