//! The team being built through a candidate's eyes, worded: the kind of team a candidate would
//! see, the red flags they will check with their interview questions, and which of the leader's
//! answers stood for which of the candidate's.

use super::{answer, flag_item, FlagItem, Line, Words};
use crate::engine::candidate::Candidate;
use crate::key;
use crate::text::{fill, phrases};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CandidateSection {
    pub heading: &'static str,
    pub intro: &'static str,
    /// The team type's ID (`T-APPLIED`).
    pub team_type: &'static str,
    pub summary: Line,
    pub caveat: Option<Line>,
    pub flags_heading: &'static str,
    pub flags: Vec<FlagItem>,
    pub mapping_heading: &'static str,
    pub mapping: Vec<Line>,
}

/// Words what a candidate would conclude.
pub fn section(candidate: &Candidate, words: Words) -> CandidateSection {
    let type_name = phrases::team_type_name(words.0, candidate.team_type.id());
    let ask_label = words.key(key!("result.flags.ask"));
    CandidateSection {
        heading: words.key(key!("candidate.heading")),
        intro: words.key(key!("candidate.intro")),
        team_type: candidate.team_type.id(),
        summary: words.line_text(&candidate.summary, fill(words.id(candidate.summary.key), &[("type", type_name)])),
        caveat: candidate.caveat.as_ref().map(|a| words.line(a)),
        flags_heading: words.key(key!("candidate.flags.heading")),
        flags: candidate.flags.iter().map(|check| flag_item(check, words, ask_label)).collect(),
        mapping_heading: words.key(key!("candidate.mapping.heading")),
        mapping: candidate
            .mapping
            .iter()
            .map(|m| {
                let text = fill(
                    words.id(m.advice.key),
                    &[
                        ("leader", answer(words.0, m.leader.question, m.leader.choice)),
                        ("candidate", answer(words.0, m.candidate.question, m.candidate.choice)),
                    ],
                );
                words.line_text(&m.advice, text)
            })
            .collect(),
    }
}

impl CandidateSection {
    /// Every line, in order.
    pub fn lines(&self) -> Vec<&Line> {
        let mut all = vec![&self.summary];
        all.extend(&self.caveat);
        all.extend(self.flags.iter().flat_map(|f| f.findings.iter().chain(&f.asks.lines)));
        all.extend(&self.mapping);
        all
    }

    /// Every text the section shows besides its lines (the page adds those).
    pub fn texts(&self) -> Vec<&str> {
        let mut all = vec![self.heading, self.intro, self.flags_heading, self.mapping_heading];
        for flag in &self.flags {
            all.extend([flag.title.as_str(), flag.asks.label]);
        }
        all
    }
}
