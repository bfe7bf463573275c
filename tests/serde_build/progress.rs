//! The progress codec of the builds before `src/json.rs` (up to commit e3f885f), copied verbatim
//! from `src/saved.rs` there: serde derives read and written by serde_json. The native tests
//! (`tests/progress_codec.rs`) and the fuzz target `saved_progress` hold today's codec to it.

use ml_team_advisor::engine::{rules_known, Answers, Track, RULES_VERSION};
use ml_team_advisor::saved::{Progress, SavedError, PROGRESS_FORMAT};
use serde::{Deserialize, Serialize};

#[derive(Serialize, Deserialize)]
pub(crate) struct Envelope<T> {
    pub(crate) format: u32,
    pub(crate) rules: u32,
    pub(crate) progress: T,
}

#[derive(Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    track: Track,
    answers: Answers,
    step: usize,
    finished: bool,
}

#[derive(Deserialize)]
pub(crate) struct Stamp {
    pub(crate) format: u32,
    pub(crate) rules: u32,
}

pub(crate) fn stamp(text: &str, current: u32, oldest: u32) -> Result<Stamp, SavedError> {
    let stamp: Stamp = serde_json::from_str(text).map_err(|e| SavedError::Unreadable(e.to_string()))?;
    if stamp.format > current || stamp.rules > RULES_VERSION {
        return Err(SavedError::Newer { format: stamp.format, rules: stamp.rules });
    }
    if stamp.format < oldest || !rules_known(stamp.rules) {
        return Err(SavedError::Unreadable(format!("format {} with rules {}", stamp.format, stamp.rules)));
    }
    Ok(stamp)
}

pub fn encode(progress: &Progress) -> String {
    let stored = Stored {
        track: progress.track(),
        answers: progress.answers.clone(),
        step: progress.step,
        finished: progress.finished,
    };
    let envelope = Envelope { format: PROGRESS_FORMAT, rules: progress.rules, progress: stored };
    serde_json::to_string(&envelope).unwrap_or_default()
}

pub fn decode(text: &str) -> Result<Progress, SavedError> {
    let Stamp { rules, .. } = stamp(text, PROGRESS_FORMAT, PROGRESS_FORMAT)?;
    let envelope: Envelope<Stored> = serde_json::from_str(text).map_err(|e| SavedError::Unreadable(e.to_string()))?;
    let stored = envelope.progress;
    let answers = Answers::kept(stored.track, stored.answers.pairs());
    let step = stored.step.min(last_step(stored.track));
    let finished = stored.finished && answers.first_unanswered().is_none();
    Ok(Progress { answers, step, finished, rules })
}

fn last_step(track: Track) -> usize {
    track.questions().len().saturating_sub(1)
}

/// Whether two results agree: the same progress, the same newer stamp, or both unreadable
/// (the reasons are worded differently).
pub fn same(ours: &Result<Progress, SavedError>, theirs: &Result<Progress, SavedError>) -> bool {
    match (ours, theirs) {
        (Err(SavedError::Unreadable(_)), Err(SavedError::Unreadable(_))) => true,
        _ => ours == theirs,
    }
}
