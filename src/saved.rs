//! The quiz progress as it is saved in the browser, in a versioned envelope, and the decoder
//! that treats whatever it reads as hostile: it never panics, and anything it cannot vouch for
//! is refused with a reason rather than half-read.

use serde::{Deserialize, Serialize};

use crate::engine::questions::Question;
use crate::engine::{AnswerError, Answers, Track, RULES_VERSION};

/// Version of the envelope's layout. A reader refuses layouts it does not know.
pub const FORMAT: u32 = 1;

/// Where the user is in the assessment. The track is the answers' own.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Progress {
    pub answers: Answers,
    /// Index of the question on screen, within the track's questions.
    pub step: usize,
    /// The user reached the result page.
    pub finished: bool,
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    format: u32,
    rules: u32,
    progress: T,
}

/// Progress as it is written. The track was added after the first release without a new
/// format: a save without one is from then, when the leader track was the only one.
#[derive(Serialize, Deserialize)]
struct Stored {
    #[serde(default)]
    track: Track,
    answers: Answers,
    step: usize,
    finished: bool,
}

/// Why saved progress was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedError {
    /// Not an envelope at all: corrupt, truncated, or written by something else.
    Unreadable(String),
    /// An envelope of a layout this release does not know (most likely a newer one).
    UnknownFormat(u32),
}

impl SavedError {
    /// The catalog key of the message shown to the user.
    pub fn notice_key(&self) -> &'static str {
        match self {
            SavedError::Unreadable(_) => "notice.save_unreadable",
            SavedError::UnknownFormat(_) => "notice.save_unknown_format",
        }
    }
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SavedError::Unreadable(why) => write!(f, "saved progress is unreadable: {why}"),
            SavedError::UnknownFormat(v) => write!(f, "saved progress has unknown format {v}"),
        }
    }
}

/// Serialises progress in the current envelope.
pub fn encode(progress: &Progress) -> String {
    let stored = Stored {
        track: progress.track(),
        answers: progress.answers.clone(),
        step: progress.step,
        finished: progress.finished,
    };
    let envelope = Envelope { format: FORMAT, rules: RULES_VERSION, progress: stored };
    // Serialising plain maps, strings and integers cannot fail; an empty string would only
    // mean nothing is saved.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads progress back. Answers the track's question table does not know (including the other
/// track's) are dropped, and the step is kept within the track's quiz, so what comes back is
/// always safe to render.
pub fn decode(text: &str) -> Result<Progress, SavedError> {
    let envelope: Envelope<serde_json::Value> =
        serde_json::from_str(text).map_err(|e| SavedError::Unreadable(e.to_string()))?;
    if envelope.format != FORMAT {
        return Err(SavedError::UnknownFormat(envelope.format));
    }
    let stored: Stored = serde_json::from_value(envelope.progress)
        .map_err(|e| SavedError::Unreadable(e.to_string()))?;
    let answers = Answers::kept(stored.track, stored.answers.pairs());
    let step = stored.step.min(last_step(stored.track));
    let finished = stored.finished && answers.first_unanswered().is_none();
    Ok(Progress { answers, step, finished })
}

/// The index of a track's last question.
fn last_step(track: Track) -> usize {
    track.questions().len().saturating_sub(1)
}

/// Moving through the quiz. Kept here, in plain Rust, so the view only wires buttons to it.
impl Progress {
    /// A fresh start on a track.
    pub fn new(track: Track) -> Self {
        Progress { answers: Answers::new(track), step: 0, finished: false }
    }

    pub fn track(&self) -> Track {
        self.answers.track()
    }

    /// The track's questions: the only ones this quiz walks.
    pub fn questions(&self) -> &'static [Question] {
        self.track().questions()
    }

    /// The question on screen.
    pub fn question(&self) -> &'static Question {
        let questions = self.questions();
        &questions[self.step.min(last_step(self.track()))]
    }

    /// Records the answer to the question on screen; an ID the question does not offer is
    /// refused and changes nothing.
    pub fn answer(&mut self, choice: &str) -> Result<(), AnswerError> {
        self.answers.set(self.question().id, choice)
    }

    /// Moves on when the question on screen is answered; returns whether it moved. Past the
    /// last question the quiz is finished.
    pub fn advance(&mut self) -> bool {
        if self.answers.get(self.question().id).is_none() {
            return false;
        }
        let questions = self.questions();
        if self.step + 1 < questions.len() {
            self.step += 1;
        } else {
            self.finished = self.answers.first_unanswered().is_none();
            if let Some(missing) = self.answers.first_unanswered() {
                self.step = questions.iter().position(|q| q.id == missing.id).unwrap_or(0);
            }
        }
        true
    }

    /// Goes back one question (or from the result to the last question).
    pub fn retreat(&mut self) {
        if self.finished {
            self.finished = false;
        } else {
            self.step = self.step.saturating_sub(1);
        }
    }
}
