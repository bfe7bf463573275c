//! Answer files: the answers of one assessment as versioned JSON, to keep or move between
//! browsers. Import validates everything and says what it found before anything is replaced.
//! A file made under earlier rules imports as it was (answers are stored by ID, which never
//! change meaning), with its rules kept so the page can say the advice has been revised since;
//! only a file from a newer release is refused.

use serde::{Deserialize, Serialize};

use crate::engine::{rules_known, Answers, Track, RULES_VERSION};

/// The `kind` every answer file carries, so that other JSON is recognised as such.
pub const KIND: &str = "ml-team-advisor/answers";
/// The layout version of the file.
pub const VERSION: u32 = 1;
/// Files larger than this are refused unread: no real answer file comes close.
pub const MAX_BYTES: usize = 64 * 1024;

#[derive(Serialize, Deserialize)]
struct AnswerFile {
    kind: String,
    version: u32,
    rules: u32,
    #[serde(default)]
    name: String,
    /// Files from before there were two tracks have none: they are leader assessments.
    #[serde(default)]
    track: Track,
    answers: serde_json::Map<String, serde_json::Value>,
}

/// Why a file was refused. Each has a catalog message under `file.error.<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileError {
    TooLarge,
    NotJson,
    NotAnAnswerFile,
    UnknownVersion(u32),
    UnknownRules(u32),
}

impl FileError {
    pub fn id(&self) -> &'static str {
        match self {
            FileError::TooLarge => "too_large",
            FileError::NotJson => "not_json",
            FileError::NotAnAnswerFile => "not_answers",
            FileError::UnknownVersion(_) => "unknown_version",
            FileError::UnknownRules(_) => "unknown_rules",
        }
    }
}

/// What an imported file holds, for the preview shown before anything is replaced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Imported {
    pub name: String,
    pub answers: Answers,
    /// Answers in the file that this version does not know, left out.
    pub dropped: usize,
    /// The rules the file was made under: today's, or earlier ones.
    pub rules: u32,
}

/// The file for a named assessment.
pub fn export(name: &str, answers: &Answers) -> String {
    let track = answers.track();
    let answers = answers.pairs().map(|(q, c)| (q.to_owned(), serde_json::Value::from(c))).collect();
    let file = AnswerFile {
        kind: KIND.to_owned(),
        version: VERSION,
        rules: RULES_VERSION,
        name: name.to_owned(),
        track,
        answers,
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a file, keeping only answers the question table knows.
pub fn import(text: &str) -> Result<Imported, FileError> {
    if text.len() > MAX_BYTES {
        return Err(FileError::TooLarge);
    }
    let value: serde_json::Value = serde_json::from_str(text).map_err(|_| FileError::NotJson)?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
        return Err(FileError::NotAnAnswerFile);
    }
    let file: AnswerFile = serde_json::from_value(value).map_err(|_| FileError::NotAnAnswerFile)?;
    if file.version != VERSION {
        return Err(FileError::UnknownVersion(file.version));
    }
    if !rules_known(file.rules) {
        return Err(FileError::UnknownRules(file.rules));
    }
    let mut answers = Answers::new(file.track);
    let mut dropped = 0;
    for (question, choice) in &file.answers {
        let accepted = choice.as_str().is_some_and(|choice| answers.set(question, choice).is_ok());
        if !accepted {
            dropped += 1;
        }
    }
    let name: String = file.name.chars().filter(|c| !c.is_control()).take(80).collect();
    Ok(Imported { name, answers, dropped, rules: file.rules })
}
