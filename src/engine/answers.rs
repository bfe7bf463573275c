//! The user's answers: the track they belong to and the chosen option of each question, keyed
//! by stable question and option IDs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::advice::Because;
use super::question::Question;
use super::track::{self, Track};

/// Version of the rules that turn answers into a report. Every link, file and save carries the
/// version it was made under, so that a later release can say when the advice has been revised
/// since. Bump it when the advice for the same answers changes; what was made under an earlier
/// version keeps opening (see [`rules_known`]).
pub const RULES_VERSION: u32 = 2;

/// Whether this release can open something made under these rules: any version up to its own.
/// A later version comes from a newer release (whose answers may mean something this one does
/// not know), and version 0 never existed.
pub fn rules_known(rules: u32) -> bool {
    (1..=RULES_VERSION).contains(&rules)
}

/// Whether the advice has been revised since something was made under these rules, so that the
/// result shown today may differ from the one its maker saw.
pub fn revised_since(rules: u32) -> bool {
    rules < RULES_VERSION
}

/// The chosen option for each answered question of one track, by ID. The default is an empty
/// set of leader answers.
///
/// It serialises as the bare map of answers, as it did before there were two tracks, so every
/// stored or shared form stays readable; whatever stores practitioner answers stores the track
/// beside them (as `saved.rs` does). A deserialised value is of the leader track and unchecked:
/// pass it through [`Answers::kept`] or [`Answers::validated`] before use.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers {
    #[serde(skip)]
    track: Track,
    chosen: BTreeMap<String, String>,
}

/// Why an answer was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    UnknownChoice {
        question: String,
        choice: String,
    },
    /// The question exists, but the other track asks it.
    OtherTrack {
        question: String,
        track: Track,
    },
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "there is no question '{q}'"),
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "question '{question}' has no answer '{choice}'")
            }
            AnswerError::OtherTrack { question, track } => {
                write!(f, "question '{question}' is not part of the {} track", track.id())
            }
        }
    }
}

impl Answers {
    /// No answers yet, for a track.
    pub fn new(track: Track) -> Self {
        Answers { track, chosen: BTreeMap::new() }
    }

    /// The track these answers belong to.
    pub fn track(&self) -> Track {
        self.track
    }

    /// The option chosen for a question, if it was answered.
    pub fn get(&self, question: &str) -> Option<&str> {
        self.chosen.get(question).map(String::as_str)
    }

    /// Every answer as (question, option) pairs, in ID order.
    pub fn pairs(&self) -> impl Iterator<Item = (&str, &str)> {
        self.chosen.iter().map(|(q, c)| (q.as_str(), c.as_str()))
    }

    /// Records an answer, refusing IDs the track's question table does not know.
    pub fn set(&mut self, question: &str, choice: &str) -> Result<(), AnswerError> {
        let known = track::question(question).ok_or_else(|| AnswerError::UnknownQuestion(question.to_owned()))?;
        if !self.track.questions().iter().any(|q| q.id == known.id) {
            return Err(AnswerError::OtherTrack { question: question.to_owned(), track: self.track });
        }
        if known.choice(choice).is_none() {
            return Err(AnswerError::UnknownChoice { question: question.to_owned(), choice: choice.to_owned() });
        }
        self.chosen.insert(question.to_owned(), choice.to_owned());
        Ok(())
    }

    /// Builds leader answers from pairs, refusing the first unknown one.
    pub fn from_pairs<'a>(pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Result<Self, AnswerError> {
        Answers::for_track(Track::Leader, pairs)
    }

    /// Builds answers of a track from pairs, refusing the first one the track does not know.
    pub fn for_track<'a>(
        track: Track,
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, AnswerError> {
        let mut answers = Answers::new(track);
        for (question, choice) in pairs {
            answers.set(question, choice)?;
        }
        Ok(answers)
    }

    /// Keeps only the pairs the track's question table knows, so that anything read from
    /// outside (storage, a link, a file) can never carry an ID the engine would stumble on.
    pub fn kept<'a>(track: Track, pairs: impl IntoIterator<Item = (&'a str, &'a str)>) -> Self {
        let mut answers = Answers::new(track);
        for (question, choice) in pairs {
            // A refused pair is exactly what must be dropped.
            let _ = answers.set(question, choice);
        }
        answers
    }

    /// Keeps only the answers the track's question table knows.
    pub fn validated(&self) -> Self {
        Answers::kept(self.track, self.pairs())
    }

    /// The answer to a question as a reason for advice, with IDs from the question table.
    pub fn because(&self, question: &str) -> Option<Because> {
        let asked = track::question(question)?;
        let chosen = asked.choice(self.get(question)?)?;
        Some(Because { question: asked.id, choice: chosen.id })
    }

    /// The number of questions answered.
    pub fn len(&self) -> usize {
        self.chosen.len()
    }

    pub fn is_empty(&self) -> bool {
        self.chosen.is_empty()
    }

    /// The first question of the track still unanswered, if any.
    pub fn first_unanswered(&self) -> Option<&'static Question> {
        self.track.questions().iter().find(|q| self.get(q.id).is_none())
    }
}
