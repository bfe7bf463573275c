//! What people made under rules 1 keeps opening under today's rules: share links, answer files,
//! saved progress and kept assessments of both tracks, written by the rules-1 build and kept as
//! fixtures in `tests/fixtures/rules-1/`. Each opens with every answer it held and the rules it
//! was made under, so the page can say the advice has been revised since.

use std::collections::BTreeSet;

use ml_team_advisor::engine::{revised_since, rules_known, Answers, Track, RULES_VERSION};
use ml_team_advisor::saved::{self, Progress, SavedError, LIBRARY_FORMAT};
use ml_team_advisor::share::{file, link, rules1};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/rules-1");

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{FIXTURES}/{name}")).expect("the fixture exists")
}

fn track(id: &str) -> Track {
    Track::ALL.into_iter().find(|t| t.id() == id).expect("a known track")
}

/// Answers of a track from a JSON object of question to option, refusing anything unknown.
fn answers(track: Track, map: &Value) -> Answers {
    let pairs = map.as_object().expect("an object").iter().map(|(q, c)| (q.as_str(), c.as_str().expect("an ID")));
    Answers::for_track(track, pairs).expect("rules-1 answers are all still known")
}

/// The rules-1 share links with the persona and answers each was made from.
fn links() -> Vec<(String, Answers, String)> {
    let list: Value = serde_json::from_str(&fixture("links.json")).expect("valid JSON");
    list.as_array()
        .expect("a list")
        .iter()
        .map(|entry| {
            let answers = answers(track(entry["track"].as_str().expect("a track")), &entry["answers"]);
            (
                entry["persona"].as_str().expect("a name").to_owned(),
                answers,
                entry["link"].as_str().expect("a link").to_owned(),
            )
        })
        .collect()
}

#[test]
fn these_rules_revise_rules_1_which_still_open() {
    assert_eq!(RULES_VERSION, 2);
    assert!(rules_known(1) && revised_since(1));
    assert!(!revised_since(RULES_VERSION));
    assert!(!rules_known(0) && !rules_known(RULES_VERSION + 1));
}

#[test]
fn every_rules_1_share_link_of_both_tracks_opens_with_its_answers_and_its_rules() {
    let links = links();
    let tracks: BTreeSet<&str> = links.iter().map(|(_, answers, _)| answers.track().id()).collect();
    assert_eq!(tracks.len(), 2, "both tracks have fixtures");
    for (persona, answers, fragment) in &links {
        assert!(fragment.starts_with("a=1."), "{persona}: {fragment}");
        let opened = link::decode(fragment).unwrap_or_else(|e| panic!("{persona}: {e:?}"));
        assert_eq!(&opened.answers, answers, "{persona}");
        assert_eq!(opened.rules, 1, "{persona}");
        assert_eq!(link::decode(&format!("#{fragment}")), Ok(opened));
    }
}

#[test]
fn a_rules_1_link_passed_on_today_is_a_link_of_todays_rules_with_the_same_answers() {
    for (persona, answers, fragment) in links() {
        let opened = link::decode(&fragment).expect("opens");
        let again = link::decode(&link::encode(&opened.answers)).expect("opens");
        assert_eq!(again, link::Opened { answers, rules: RULES_VERSION }, "{persona}");
    }
}

#[test]
fn every_answer_a_rules_1_link_can_hold_is_still_an_answer_today() {
    // Rules-1 links are read through the frozen layout; an option today's table lost would be
    // dropped from them. The question table promises never to drop one.
    for (track, layout) in [(Track::Leader, rules1::LEADER), (Track::Practitioner, rules1::PRACTITIONER)] {
        for (question, options) in layout {
            for option in *options {
                assert!(Answers::for_track(track, [(*question, *option)]).is_ok(), "{question} = {option}");
            }
        }
    }
}

#[test]
fn a_rules_1_link_of_a_tampered_or_cut_kind_is_still_refused() {
    let (_, _, fragment) = links().into_iter().next().expect("a link");
    for cut in 0..fragment.len() {
        assert!(link::decode(&fragment[..cut]).is_err(), "cut at {cut}");
    }
    let altered = fragment.replacen("a=1.L0", "a=1.L1", 1);
    assert_eq!(link::decode(&altered), Err(link::LinkError::Altered));
}

#[test]
fn every_rules_1_answer_file_of_both_tracks_imports_whole_with_its_rules() {
    let mut tracks = BTreeSet::new();
    for (persona, answers, _) in links() {
        let text = fixture(&format!("answers-{persona}.json"));
        let imported = file::import(&text).unwrap_or_else(|e| panic!("{persona}: {e:?}"));
        assert_eq!(imported.answers, answers, "{persona}");
        assert_eq!((imported.dropped, imported.rules), (0, 1), "{persona}");
        assert_eq!(imported.name, persona);
        tracks.insert(answers.track().id());
    }
    assert_eq!(tracks.len(), 2);
}

/// The answers inside a stored rules-1 value, read as plain JSON rather than by the decoder
/// under test.
fn stored_answers(text: &str) -> Answers {
    let value: Value = serde_json::from_str(text).expect("valid JSON");
    let progress = &value["progress"];
    answers(track(progress["track"].as_str().unwrap_or("leader")), &progress["answers"])
}

#[test]
fn rules_1_progress_of_each_track_and_from_before_tracks_loads_whole_and_says_it_was_revised() {
    for (name, track, step, finished) in [
        ("progress-leader.json", Track::Leader, 15, true),
        ("progress-practitioner.json", Track::Practitioner, 7, true),
        ("progress-before-tracks.json", Track::Leader, 6, false),
    ] {
        let text = fixture(name);
        let progress = saved::decode(&text).unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(progress.answers, stored_answers(&text), "{name}");
        assert_eq!(progress.track(), track, "{name}");
        assert_eq!((progress.step, progress.finished), (step, finished), "{name}");
        assert!(progress.revised(), "{name} says the advice was revised");
        // Saved again as it is, it stays a rules-1 result until the user answers or accepts.
        assert_eq!(saved::decode(&saved::encode(&progress)), Ok(progress.clone()), "{name}");
        let mut accepted = progress.clone();
        accepted.accept_revision();
        assert!(!accepted.revised());
        assert_eq!(accepted.answers, progress.answers);
    }
}

#[test]
fn changing_an_answer_of_a_rules_1_progress_gives_a_result_of_todays_rules() {
    let mut progress = saved::decode(&fixture("progress-before-tracks.json")).expect("loads");
    assert_eq!(progress.question().id, "ml.today");
    progress.answer("none").expect("a known option");
    assert_eq!(progress.rules, RULES_VERSION);
    assert!(!progress.revised());
}

#[test]
fn a_rules_1_library_loads_every_entry_of_both_tracks_and_keeps_their_rules_when_saved_anew() {
    let text = fixture("library.json");
    let library = saved::decode_library(&text).expect("loads");
    let stored: Value = serde_json::from_str(&text).expect("valid JSON");
    let items = stored["progress"]["items"].as_array().expect("a list");
    assert_eq!(library.items.len(), items.len());
    assert_eq!(library.items.len(), 5);
    for (item, raw) in library.items.iter().zip(items) {
        assert_eq!(item.name, raw["name"].as_str().expect("a name"));
        assert_eq!(item.answers, answers(track(raw["track"].as_str().expect("a track")), &raw["answers"]));
        assert_eq!(item.rules, 1, "{}", item.name);
    }
    assert!(library.items.iter().any(|i| i.answers.track() == Track::Practitioner));
    // Saved by this build, it is of the new format, and every entry still says rules 1.
    let saved_anew = saved::encode_library(&library);
    assert!(saved_anew.starts_with(&format!("{{\"format\":{LIBRARY_FORMAT},")), "{saved_anew}");
    assert_eq!(saved::decode_library(&saved_anew), Ok(library));
}

#[test]
fn a_library_holding_an_entry_of_newer_rules_is_left_as_a_newer_release_saved_it() {
    let text = format!(
        "{{\"format\":{LIBRARY_FORMAT},\"rules\":{RULES_VERSION},\"progress\":{{\"items\":[{{\"name\":\"a\",\"track\":\"leader\",\"rules\":1,\"answers\":{{}}}},{{\"name\":\"b\",\"track\":\"leader\",\"rules\":{},\"answers\":{{}}}}]}}}}",
        RULES_VERSION + 1
    );
    assert_eq!(
        saved::decode_library(&text),
        Err(SavedError::Newer { format: LIBRARY_FORMAT, rules: RULES_VERSION + 1 })
    );
    let newer_format = format!("{{\"format\":{},\"rules\":1,\"library\":{{}}}}", LIBRARY_FORMAT + 1);
    assert!(matches!(saved::decode_library(&newer_format), Err(SavedError::Newer { .. })));
    let zero = format!("{{\"format\":{LIBRARY_FORMAT},\"rules\":2,\"progress\":{{\"items\":[{{\"name\":\"a\",\"rules\":0,\"answers\":{{}}}}]}}}}");
    assert!(matches!(saved::decode_library(&zero), Err(SavedError::Unreadable(_))), "rules 0 never existed");
}

#[test]
fn a_kept_progress_entry_keeps_the_rules_it_was_made_under() {
    let progress: Progress = saved::decode(&fixture("progress-leader.json")).expect("loads");
    let mut library = saved::Library::default();
    assert!(library.keep("Before the revision", &progress.answers, progress.rules));
    let reloaded = saved::decode_library(&saved::encode_library(&library)).expect("loads");
    assert_eq!(reloaded.items[0].rules, 1);
}
