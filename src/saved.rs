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
    let stored: Stored =
        serde_json::from_value(envelope.progress).map_err(|e| SavedError::Unreadable(e.to_string()))?;
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

    /// Progress for a set of answers: finished when complete, else at the first gap.
    pub fn resume(answers: Answers) -> Progress {
        let answers = answers.validated();
        let track = answers.track();
        match answers.first_unanswered() {
            None => Progress { answers, step: last_step(track), finished: true },
            Some(missing) => {
                let step = track.questions().iter().position(|q| q.id == missing.id).unwrap_or(0);
                Progress { answers, step, finished: false }
            }
        }
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

/// How many named assessments the browser keeps; saving one more asks to delete one first.
pub const LIBRARY_LIMIT: usize = 50;
/// The longest name kept for an assessment.
pub const NAME_LIMIT: usize = 80;

/// One named assessment, kept to look at again or compare. The track is the answers' own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub answers: Answers,
}

/// The named assessments kept in this browser, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    pub items: Vec<Named>,
}

/// A named assessment as it is written; as for progress, no track means the leader track.
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

/// A name as it will be kept: no control characters, trimmed, at most `NAME_LIMIT` characters.
pub fn clean_name(name: &str) -> String {
    name.chars().filter(|c| !c.is_control()).take(NAME_LIMIT).collect::<String>().trim().to_owned()
}

impl Library {
    /// Keeps an assessment under a name, replacing one of the same name. Refuses an empty
    /// name, and a new name when the library is full.
    pub fn keep(&mut self, name: &str, answers: &Answers) -> bool {
        let name = clean_name(name);
        if name.is_empty() {
            return false;
        }
        let entry = Named { name: name.clone(), answers: answers.validated() };
        if let Some(existing) = self.items.iter_mut().find(|item| item.name == name) {
            *existing = entry;
        } else if self.items.len() < LIBRARY_LIMIT {
            self.items.push(entry);
        } else {
            return false;
        }
        true
    }

    pub fn remove(&mut self, name: &str) {
        self.items.retain(|item| item.name != name);
    }

    pub fn get(&self, name: &str) -> Option<&Named> {
        self.items.iter().find(|item| item.name == name)
    }
}

/// Serialises the library in the current envelope.
pub fn encode_library(library: &Library) -> String {
    let items = library
        .items
        .iter()
        .map(|item| StoredNamed { name: item.name.clone(), track: item.answers.track(), answers: item.answers.clone() })
        .collect();
    let envelope = Envelope { format: FORMAT, rules: RULES_VERSION, progress: StoredLibrary { items } };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads the library back, with the same distrust as progress: names are cleaned, answers
/// checked against their track, duplicates and entries past the limit dropped.
pub fn decode_library(text: &str) -> Result<Library, SavedError> {
    let envelope: Envelope<serde_json::Value> =
        serde_json::from_str(text).map_err(|e| SavedError::Unreadable(e.to_string()))?;
    if envelope.format != FORMAT {
        return Err(SavedError::UnknownFormat(envelope.format));
    }
    let read: StoredLibrary =
        serde_json::from_value(envelope.progress).map_err(|e| SavedError::Unreadable(e.to_string()))?;
    let mut library = Library::default();
    for item in read.items {
        if library.get(&clean_name(&item.name)).is_none() {
            library.keep(&item.name, &Answers::kept(item.track, item.answers.pairs()));
        }
    }
    Ok(library)
}
