//! The two ways through the assessment: building an ML team (the leader track) or choosing one
//! to join (the practitioner track). Each track has its own question table; this module joins
//! the two tables, which themselves know nothing of tracks.

use serde::{Deserialize, Serialize};

use super::practitioner::questions::PRACTITIONER_QUESTIONS;
use super::question::{Question, Section};
use super::questions::QUESTIONS;

/// Who the assessment is for. Saved progress names its track; saves from before there were two
/// tracks have none, and were all leader saves, hence the default.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Track {
    /// "I'm building an ML team": the gate, the archetype and the hiring plan.
    #[default]
    Leader,
    /// "I'm choosing an ML team to join": team type, skill gap, red flags, getting the job.
    Practitioner,
}

impl Track {
    pub const ALL: [Track; 2] = [Track::Leader, Track::Practitioner];

    /// The stable ID, as saved and as the view's `data-track`.
    pub fn id(self) -> &'static str {
        match self {
            Track::Leader => "leader",
            Track::Practitioner => "practitioner",
        }
    }

    /// The track's questions, in the order they are asked.
    pub fn questions(self) -> &'static [Question] {
        match self {
            Track::Leader => QUESTIONS,
            Track::Practitioner => PRACTITIONER_QUESTIONS,
        }
    }
}

impl Section {
    /// The track whose quiz has this section.
    pub fn track(self) -> Track {
        match self {
            Section::Gate | Section::Organisation | Section::Team => Track::Leader,
            Section::Prospect | Section::Yourself => Track::Practitioner,
        }
    }
}

/// The question with this ID, in whichever track asks it (IDs are unique across tracks).
pub fn question(id: &str) -> Option<&'static Question> {
    Track::ALL.iter().flat_map(|track| track.questions()).find(|question| question.id == id)
}
