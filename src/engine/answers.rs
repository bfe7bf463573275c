//! The user's answers: one serialisable value keyed by stable question and option IDs.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::questions::{self, Question};
use super::report::Because;

/// Version of the rules that turn answers into a report. Saved answers carry it so that a
/// later release can tell when a saved result would read differently today.
pub const RULES_VERSION: u32 = 1;

/// The chosen option for each answered question, by ID.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Answers(BTreeMap<String, String>);

/// Why an answer was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    UnknownQuestion(String),
    UnknownChoice { question: String, choice: String },
}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            AnswerError::UnknownQuestion(q) => write!(f, "there is no question '{q}'"),
            AnswerError::UnknownChoice { question, choice } => {
                write!(f, "question '{question}' has no answer '{choice}'")
            }
        }
    }
}

impl Answers {
    /// The option chosen for a question, if it was answered.
    pub fn get(&self, question: &str) -> Option<&str> {
        self.0.get(question).map(String::as_str)
    }

    /// Records an answer, refusing IDs the question table does not know.
    pub fn set(&mut self, question: &str, choice: &str) -> Result<(), AnswerError> {
        let known = questions::question(question)
            .ok_or_else(|| AnswerError::UnknownQuestion(question.to_owned()))?;
        if known.choice(choice).is_none() {
            return Err(AnswerError::UnknownChoice {
                question: question.to_owned(),
                choice: choice.to_owned(),
            });
        }
        self.0.insert(question.to_owned(), choice.to_owned());
        Ok(())
    }

    /// Builds answers from pairs, refusing the first unknown one.
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, AnswerError> {
        let mut answers = Answers::default();
        for (question, choice) in pairs {
            answers.set(question, choice)?;
        }
        Ok(answers)
    }

    /// Keeps only the answers the question table knows, so that anything read from outside
    /// (storage, a link, a file) can never carry an ID the engine would stumble on.
    pub fn validated(&self) -> Self {
        let kept = self
            .0
            .iter()
            .filter(|(q, c)| questions::question(q).is_some_and(|q| q.choice(c).is_some()))
            .map(|(q, c)| (q.clone(), c.clone()))
            .collect();
        Answers(kept)
    }

    /// The answer to a question as a reason for advice, with IDs from the question table.
    pub fn because(&self, question: &str) -> Option<Because> {
        let asked = questions::question(question)?;
        let chosen = asked.choice(self.get(question)?)?;
        Some(Because { question: asked.id, choice: chosen.id })
    }

    /// The number of questions answered.
    pub fn len(&self) -> usize {
        self.0.len()
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The first question of the track still unanswered, if any.
    pub fn first_unanswered(&self) -> Option<&'static Question> {
        questions::QUESTIONS.iter().find(|q| self.get(q.id).is_none())
    }
}
