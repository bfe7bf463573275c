//! Saved progress is hostile input: whatever is in storage, decoding never panics, refuses
//! what it cannot vouch for, and keeps only what the question table knows.

use ml_team_advisor::engine::questions::QUESTIONS;
use ml_team_advisor::engine::{Answers, Track, RULES_VERSION};
use ml_team_advisor::saved::{decode, encode, Progress, SavedError, PROGRESS_FORMAT as FORMAT};

fn some_progress() -> Progress {
    Progress {
        answers: Answers::from_pairs([("gate.solvable", "yes"), ("gate.data", "unsure")]).unwrap(),
        step: 2,
        finished: false,
        rules: RULES_VERSION,
    }
}

#[test]
fn progress_survives_a_save_and_a_reload_unchanged() {
    let progress = some_progress();
    assert_eq!(decode(&encode(&progress)), Ok(progress));
}

#[test]
fn garbage_in_storage_is_refused_as_unreadable_without_a_panic() {
    let garbage = [
        "",
        "null",
        "{",
        "[]",
        "42",
        "\"text\"",
        "{}",
        "{\"format\":1}",
        "{\"format\":\"1\",\"rules\":1,\"progress\":{}}",
        "{\"format\":1,\"rules\":1,\"progress\":{\"answers\":[],\"step\":0,\"finished\":false}}",
        "{\"format\":1,\"rules\":1,\"progress\":{\"answers\":{},\"step\":-1,\"finished\":false}}",
        "{\"format\":99999999999999999999,\"rules\":1,\"progress\":{}}",
        "\u{0}\u{1}\u{fffd}",
    ];
    for text in garbage {
        match decode(text) {
            Err(SavedError::Unreadable(_)) => {}
            other => panic!("{text:?} decoded to {other:?}"),
        }
    }
    // Truncating a valid save anywhere never yields progress.
    let valid = encode(&some_progress());
    for cut in 0..valid.len() {
        assert!(decode(&valid[..cut]).is_err(), "cut at {cut}");
    }
}

#[test]
fn a_save_from_a_newer_layout_or_newer_rules_is_refused_as_newer_not_misread() {
    for (format, rules) in [(FORMAT + 1, 1), (7, RULES_VERSION), (FORMAT, RULES_VERSION + 1)] {
        let text = format!("{{\"format\":{format},\"rules\":{rules},\"progress\":{{\"whatever\":true}}}}");
        assert_eq!(decode(&text), Err(SavedError::Newer { format, rules }));
    }
}

#[test]
fn a_layout_or_rules_version_that_never_existed_is_unreadable_and_so_kept_aside() {
    for (format, rules) in [(0, 1), (FORMAT, 0)] {
        let text = format!(
            "{{\"format\":{format},\"rules\":{rules},\"progress\":{{\"answers\":{{}},\"step\":0,\"finished\":false}}}}"
        );
        assert!(matches!(decode(&text), Err(SavedError::Unreadable(_))), "{text}");
    }
}

#[test]
fn answers_the_question_table_does_not_know_are_dropped_and_the_step_stays_in_the_quiz() {
    let text = format!(
        "{{\"format\":{FORMAT},\"rules\":1,\"progress\":{{\"answers\":{{\"gate.solvable\":\"yes\",\"gate.data\":\"maybe\",\"evil\":\"<script>\"}},\"step\":1000000,\"finished\":true}}}}"
    );
    let progress = decode(&text).unwrap();
    assert_eq!(progress.answers, Answers::from_pairs([("gate.solvable", "yes")]).unwrap());
    assert_eq!(progress.step, QUESTIONS.len() - 1);
    assert!(!progress.finished, "an incomplete quiz cannot claim to be finished");
}

#[test]
fn the_quiz_only_moves_on_once_the_question_on_screen_is_answered_and_finishes_after_the_last() {
    let mut progress = Progress::default();
    assert!(!progress.advance(), "no answer, no move");
    assert!(progress.answer("no such option").is_err());
    for question in QUESTIONS {
        assert_eq!(progress.question().id, question.id);
        progress.answer(question.choices[0].id).unwrap();
        assert!(progress.advance());
    }
    assert!(progress.finished);
    progress.retreat();
    assert!(!progress.finished);
    assert_eq!(progress.question().id, QUESTIONS.last().unwrap().id, "back from the result is the last question");
}

#[test]
fn a_save_from_before_the_practitioner_track_loads_as_the_leader_track_it_was() {
    let text = format!(
        "{{\"format\":{FORMAT},\"rules\":1,\"progress\":{{\"answers\":{{\"gate.solvable\":\"yes\",\"gate.data\":\"unsure\"}},\"step\":2,\"finished\":false}}}}"
    );
    let progress = decode(&text).unwrap();
    assert_eq!(progress, Progress { rules: 1, ..some_progress() });
    assert_eq!(progress.track(), Track::Leader);
}

fn practitioner_progress() -> Progress {
    Progress {
        answers: Answers::for_track(Track::Practitioner, [("job.title", "data_scientist"), ("job.owns", "models")])
            .unwrap(),
        step: 2,
        finished: false,
        rules: RULES_VERSION,
    }
}

#[test]
fn practitioner_progress_survives_a_save_and_a_reload_with_its_track() {
    let progress = practitioner_progress();
    let text = encode(&progress);
    assert!(text.contains("\"track\":\"practitioner\""), "the track is saved: {text}");
    assert_eq!(decode(&text), Ok(progress));
}

#[test]
fn a_practitioner_save_keeps_only_practitioner_answers_and_a_step_within_its_own_quiz() {
    let text = format!(
        "{{\"format\":{FORMAT},\"rules\":1,\"progress\":{{\"track\":\"practitioner\",\"answers\":{{\"job.owns\":\"models\",\"org.size\":\"early\",\"job.work\":\"<img>\"}},\"step\":40,\"finished\":true}}}}"
    );
    let progress = decode(&text).unwrap();
    assert_eq!(progress.track(), Track::Practitioner);
    assert_eq!(progress.answers, Answers::for_track(Track::Practitioner, [("job.owns", "models")]).unwrap());
    assert_eq!(progress.step, Track::Practitioner.questions().len() - 1);
    assert!(!progress.finished);
}

#[test]
fn a_track_this_release_does_not_know_is_refused_as_unreadable() {
    for track in ["\"manager\"", "null", "1", "\"Practitioner\""] {
        let text = format!("{{\"format\":{FORMAT},\"rules\":1,\"progress\":{{\"track\":{track},\"answers\":{{}},\"step\":0,\"finished\":false}}}}");
        assert!(matches!(decode(&text), Err(SavedError::Unreadable(_))), "track {track}");
    }
}

#[test]
fn the_practitioner_quiz_walks_only_its_own_questions_and_finishes_after_its_last() {
    let mut progress = Progress::new(Track::Practitioner);
    assert!(progress.answer("early").is_err(), "a leader option is not an answer here");
    for question in Track::Practitioner.questions() {
        assert_eq!(progress.question().id, question.id);
        assert!(question.id.starts_with("job.") || question.id.starts_with("me."));
        progress.answer(question.choices[0].id).unwrap();
        assert!(progress.advance());
    }
    assert!(progress.finished);
    assert_eq!(progress.answers.len(), Track::Practitioner.questions().len());
    progress.retreat();
    assert_eq!(progress.question().id, Track::Practitioner.questions().last().unwrap().id);
}

#[test]
fn answers_serialise_as_the_bare_map_and_read_back_as_unchecked_leader_answers_until_validated() {
    let raw: Answers =
        serde_json::from_str(r#"{"org.size":"early","job.owns":"models","org.industry":"nope"}"#).unwrap();
    assert_eq!(raw.track(), Track::Leader);
    let checked = raw.validated();
    assert_eq!(checked, Answers::from_pairs([("org.size", "early")]).unwrap());
    assert_eq!(serde_json::to_string(&checked).unwrap(), r#"{"org.size":"early"}"#);
}

mod library {
    use ml_team_advisor::engine::{Answers, RULES_VERSION};
    use ml_team_advisor::saved::{decode_library, encode_library, Library, SavedError, LIBRARY_LIMIT};

    fn today() -> Answers {
        Answers::from_pairs([("gate.solvable", "yes"), ("org.size", "early")]).unwrap()
    }

    #[test]
    fn named_assessments_survive_a_reload_in_order() {
        let mut library = Library::default();
        assert!(library.keep("today", &today(), RULES_VERSION));
        assert!(library.keep("in a year", &Answers::default(), RULES_VERSION));
        assert_eq!(decode_library(&encode_library(&library)), Ok(library.clone()));
        assert_eq!(library.items[0].name, "today");
    }

    #[test]
    fn keeping_under_an_existing_name_replaces_it_and_empty_names_are_refused() {
        let mut library = Library::default();
        library.keep("today", &Answers::default(), RULES_VERSION);
        library.keep("  today ", &today(), RULES_VERSION);
        assert_eq!(library.items.len(), 1);
        assert_eq!(library.items[0].answers, today());
        assert!(!library.keep(" \u{7} ", &today(), RULES_VERSION));
    }

    #[test]
    fn the_library_stops_at_its_limit() {
        let mut library = Library::default();
        for i in 0..LIBRARY_LIMIT {
            assert!(library.keep(&format!("n{i}"), &today(), RULES_VERSION));
        }
        assert!(!library.keep("one more", &today(), RULES_VERSION));
        assert!(library.keep("n3", &Answers::default(), RULES_VERSION), "replacing still works when full");
    }

    #[test]
    fn a_crafted_library_is_cleaned_not_trusted() {
        let long = "x".repeat(500);
        let text = format!(
            "{{\"format\":1,\"rules\":1,\"progress\":{{\"items\":[{{\"name\":\"{long}\",\"answers\":{{\"gate.solvable\":\"yes\",\"evil\":\"1\"}}}},{{\"name\":\"{long}\",\"answers\":{{}}}},{{\"name\":\"\",\"answers\":{{}}}}]}}}}"
        );
        let library = decode_library(&text).unwrap();
        assert_eq!(library.items.len(), 1, "duplicates and empty names are dropped");
        assert_eq!(library.items[0].name.chars().count(), 80);
        assert_eq!(library.items[0].answers, Answers::from_pairs([("gate.solvable", "yes")]).unwrap());
        assert!(matches!(decode_library("{\"format\":1"), Err(SavedError::Unreadable(_))));
        assert_eq!(
            decode_library("{\"format\":4,\"rules\":1,\"progress\":[]}"),
            Err(SavedError::Newer { format: 4, rules: 1 })
        );
    }
}

#[test]
fn adopted_answers_resume_at_their_first_gap_or_at_the_result_when_complete() {
    let partial = Answers::from_pairs([("gate.solvable", "yes"), ("gate.crucial", "no")]).unwrap();
    let progress = Progress::resume(partial, RULES_VERSION);
    assert_eq!(progress.question().id, "gate.data");
    assert!(!progress.finished);

    let mut complete = Answers::default();
    for q in QUESTIONS {
        complete.set(q.id, q.choices[0].id).unwrap();
    }
    assert!(Progress::resume(complete, RULES_VERSION).finished);
}
