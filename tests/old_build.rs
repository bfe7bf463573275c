//! "Old build, new data": a tab of the rules-1 build (commit a5dfcaf) that stays open after an
//! update, or is opened again from its cache, must leave what this build saved intact.
//!
//! `rules1_build` below is that build's decoding and its start-up decision about storage,
//! copied verbatim from `src/saved.rs` and `src/web/storage.rs` at a5dfcaf (only the browser
//! calls are replaced by a result saying whether it would write). It runs here over what this
//! build writes.

use ml_team_advisor::engine::{Answers, Track, RULES_VERSION};
use ml_team_advisor::saved::{self, Library, Progress, LIBRARY_FORMAT, PROGRESS_FORMAT};

mod rules1_build {
    use ml_team_advisor::engine::{Answers, Track};
    use serde::{Deserialize, Serialize};

    pub const FORMAT: u32 = 1;

    #[derive(Serialize, Deserialize)]
    struct Envelope<T> {
        format: u32,
        rules: u32,
        progress: T,
    }

    #[derive(Serialize, Deserialize)]
    struct Stored {
        #[serde(default)]
        track: Track,
        answers: Answers,
        step: usize,
        finished: bool,
    }

    #[derive(Debug, Clone, PartialEq, Eq)]
    pub enum SavedError {
        Unreadable(String),
        UnknownFormat(u32),
    }

    #[derive(Debug, PartialEq, Eq)]
    pub struct Progress {
        pub answers: Answers,
        pub step: usize,
        pub finished: bool,
    }

    pub fn encode(progress: &Progress) -> String {
        let stored = Stored {
            track: progress.answers.track(),
            answers: progress.answers.clone(),
            step: progress.step,
            finished: progress.finished,
        };
        let envelope = Envelope { format: FORMAT, rules: 1, progress: stored };
        serde_json::to_string(&envelope).unwrap_or_default()
    }

    pub fn decode(text: &str) -> Result<Progress, SavedError> {
        let envelope: Envelope<serde_json::Value> =
            serde_json::from_str(text).map_err(|e| SavedError::Unreadable(e.to_string()))?;
        if envelope.format != FORMAT {
            return Err(SavedError::UnknownFormat(envelope.format));
        }
        let stored: Stored =
            serde_json::from_value(envelope.progress).map_err(|e| SavedError::Unreadable(e.to_string()))?;
        let answers = Answers::kept(stored.track, stored.answers.pairs());
        let step = stored.step.min(stored.track.questions().len().saturating_sub(1));
        let finished = stored.finished && answers.first_unanswered().is_none();
        Ok(Progress { answers, step, finished })
    }

    #[derive(Serialize, Deserialize)]
    struct StoredNamed {
        name: String,
        #[serde(default)]
        track: Track,
        answers: Answers,
    }

    #[derive(Serialize, Deserialize)]
    struct StoredLibrary {
        items: Vec<StoredNamed>,
    }

    /// The library as that build held it: names and answers.
    pub fn decode_library(text: &str) -> Result<Vec<(String, Answers)>, SavedError> {
        let envelope: Envelope<serde_json::Value> =
            serde_json::from_str(text).map_err(|e| SavedError::Unreadable(e.to_string()))?;
        if envelope.format != FORMAT {
            return Err(SavedError::UnknownFormat(envelope.format));
        }
        let read: StoredLibrary =
            serde_json::from_value(envelope.progress).map_err(|e| SavedError::Unreadable(e.to_string()))?;
        Ok(read.items.into_iter().map(|item| (item.name, Answers::kept(item.track, item.answers.pairs()))).collect())
    }

    pub fn encode_library(items: &[(String, Answers)]) -> String {
        let items = items
            .iter()
            .map(|(name, answers)| StoredNamed { name: name.clone(), track: answers.track(), answers: answers.clone() })
            .collect();
        let envelope = Envelope { format: FORMAT, rules: 1, progress: StoredLibrary { items } };
        serde_json::to_string(&envelope).unwrap_or_default()
    }

    /// What that build's `load` then did with the stored value.
    #[derive(Debug, PartialEq, Eq)]
    pub enum Start {
        /// Used it, and saved over it from then on (its own encoding).
        SavesOverIt,
        /// Moved it aside and started afresh, saving over the original key.
        SetsItAsideAndReplacesIt,
        /// Left it untouched and ran in memory.
        LeavesItAlone,
    }

    pub fn start<T>(result: &Result<T, SavedError>) -> Start {
        match result {
            Ok(_) => Start::SavesOverIt,
            Err(SavedError::Unreadable(_)) => Start::SetsItAsideAndReplacesIt,
            Err(SavedError::UnknownFormat(_)) => Start::LeavesItAlone,
        }
    }
}

use rules1_build::Start;

/// A library of both tracks as this build keeps it: one entry from before the revision.
fn library_of_this_build() -> Library {
    let bank = Answers::from_pairs([("gate.solvable", "yes"), ("org.size", "large"), ("ml.today", "central")])
        .expect("known IDs");
    let team = Answers::for_track(Track::Practitioner, [("job.owns", "models"), ("me.stack", "same")]).expect("known");
    let mut library = Library::default();
    assert!(library.keep("Bank, before the revision", &bank, 1));
    assert!(library.keep("Team A", &team, RULES_VERSION));
    library
}

#[test]
fn the_rules_1_build_leaves_a_library_saved_by_this_build_alone_so_nothing_in_it_is_lost() {
    let text = saved::encode_library(&library_of_this_build());
    let seen = rules1_build::decode_library(&text);
    assert_eq!(seen, Err(rules1_build::SavedError::UnknownFormat(LIBRARY_FORMAT)));
    assert_eq!(rules1_build::start(&seen), Start::LeavesItAlone, "it neither saves over it nor sets it aside");
    // So the value this build finds again is the one it wrote, with every entry's rules.
    assert_eq!(saved::decode_library(&text), Ok(library_of_this_build()));
}

#[test]
fn without_the_new_library_format_the_rules_1_build_would_have_dropped_each_entrys_rules() {
    // Why the format was bumped: the same entries in a format-1 envelope read fine there, and its
    // next save writes them back without the rules they were made under.
    let text = saved::encode_library(&library_of_this_build()).replacen(
        &format!("\"format\":{LIBRARY_FORMAT}"),
        "\"format\":1",
        1,
    );
    let seen = rules1_build::decode_library(&text);
    assert_eq!(rules1_build::start(&seen), Start::SavesOverIt);
    let written_back = rules1_build::encode_library(&seen.expect("read"));
    let team = saved::decode_library(&written_back).expect("loads").items[1].clone();
    assert_eq!(team.name, "Team A");
    assert_eq!(team.rules, 1, "an entry of today's rules came back as if made before the revision");
}

#[test]
fn a_newer_library_format_of_any_kind_is_left_alone_by_the_rules_1_build_as_long_as_its_envelope_keeps_its_fields() {
    // Formats to come keep `format`, `rules` and `progress` (see `saved.rs`): with them the
    // rules-1 build leaves the value alone; without `progress` it would set it aside and start
    // afresh over it.
    let later = "{\"format\":3,\"rules\":3,\"progress\":{\"series\":[{\"dated\":\"2027-01-01\"}]}}";
    assert_eq!(rules1_build::start(&rules1_build::decode_library(later)), Start::LeavesItAlone);
    let careless = "{\"format\":3,\"rules\":3,\"library\":{}}";
    assert_eq!(rules1_build::start(&rules1_build::decode_library(careless)), Start::SetsItAsideAndReplacesIt);
    assert!(saved::encode_library(&Library::default()).contains("\"progress\":"));
}

#[test]
fn progress_saved_by_this_build_reads_whole_in_the_rules_1_build_and_what_it_saves_back_loses_nothing() {
    // Progress keeps format 1: its fields are unchanged, only `rules` now means something.
    for answers in [
        Answers::from_pairs([("gate.solvable", "yes"), ("gate.data", "no"), ("org.size", "early")]).expect("known"),
        Answers::for_track(Track::Practitioner, [("job.owns", "advises"), ("me.background", "student")])
            .expect("known"),
    ] {
        let ours = Progress { answers: answers.clone(), step: 2, finished: false, rules: RULES_VERSION };
        let text = saved::encode(&ours);
        assert!(text.starts_with(&format!("{{\"format\":{PROGRESS_FORMAT},")));
        let theirs = rules1_build::decode(&text).expect("the rules-1 build reads it");
        assert_eq!(rules1_build::start(&rules1_build::decode(&text)), Start::SavesOverIt);
        assert_eq!((&theirs.answers, theirs.step, theirs.finished), (&answers, 2, false));
        // What it writes back is this progress as seen under rules 1: the same answers, the same
        // place, and the rules it showed them under, so this build notes the revision.
        let back = saved::decode(&rules1_build::encode(&theirs)).expect("this build reads it");
        assert_eq!(back, Progress { rules: 1, ..ours });
    }
}

/// The format-2 build (commit 4177522, the one before dated series): the first step of its
/// library decoder, copied verbatim from its `src/saved.rs` (`stamp` with that build's format 2
/// and rules 2), and what its `src/web/storage.rs` does with each outcome, at start-up and
/// before every write.
mod format2_build {
    use ml_team_advisor::engine::rules_known;
    use serde::Deserialize;

    const LIBRARY_FORMAT: u32 = 2;
    const RULES_VERSION: u32 = 2;

    // Copied as it was; only its variant matters here.
    #[allow(dead_code)]
    pub enum SavedError {
        Unreadable(String),
        Newer { format: u32, rules: u32 },
    }

    #[derive(Deserialize)]
    struct Stamp {
        format: u32,
        rules: u32,
    }

    fn stamp(text: &str, current: u32, oldest: u32) -> Result<Stamp, SavedError> {
        let stamp: Stamp = serde_json::from_str(text).map_err(|e| SavedError::Unreadable(e.to_string()))?;
        if stamp.format > current || stamp.rules > RULES_VERSION {
            return Err(SavedError::Newer { format: stamp.format, rules: stamp.rules });
        }
        if stamp.format < oldest || !rules_known(stamp.rules) {
            return Err(SavedError::Unreadable(format!("format {} with rules {}", stamp.format, stamp.rules)));
        }
        Ok(stamp)
    }

    /// `load`: a newer value turns the library read-only (`Store::ReadOnly`, nothing written);
    /// `save`: re-reads before writing and refuses a newer value (`Saved::Refused`).
    pub fn leaves_it_alone(text: &str) -> bool {
        matches!(stamp(text, LIBRARY_FORMAT, 1), Err(SavedError::Newer { .. }))
    }
}

#[test]
fn the_format_2_build_leaves_a_library_with_dated_series_alone_so_no_date_note_or_series_is_lost() {
    let mut library = library_of_this_build();
    let bank = library.items[0].answers.clone();
    let day = saved::Day::parse("2026-11-30").expect("a day");
    library.add_to_series("Bank", &bank, RULES_VERSION, day, "after the reorg").expect("kept");
    let text = saved::encode_library(&library);
    assert!(text.contains("\"kept\":\"2026-11-30\"") && text.contains("\"series\":\"Bank\""));
    assert!(format2_build::leaves_it_alone(&text), "the format-2 build neither reads nor writes over it");
    assert_eq!(saved::decode_library(&text), Ok(library));
}
