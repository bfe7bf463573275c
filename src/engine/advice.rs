//! One line of advice and the answers that triggered it: the small types every section of the
//! report builds, kept apart from the report so the sections need not import it.

/// An answer that led to a piece of advice.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Because {
    pub question: &'static str,
    pub choice: &'static str,
}

/// One line of advice: its text key in the catalog, the facts it rests on, and the answers
/// that triggered it (empty when it applies to everyone).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Advice {
    pub key: &'static str,
    /// The knowledge IDs the line rests on; for a judgement, the facts it builds on.
    pub knowledge: &'static [&'static str],
    pub because: Vec<Because>,
    /// The line is this app's own judgement built on `knowledge`, not a statement any source
    /// makes; "Why?" says so.
    pub judgement: bool,
}

impl Advice {
    /// A line that states what the sources say.
    pub fn new(key: &'static str, knowledge: &'static [&'static str], because: Vec<Because>) -> Self {
        Advice { key, knowledge, because, judgement: false }
    }

    /// A line that is the app's own judgement, built on the facts `builds_on`.
    pub fn judgement(key: &'static str, builds_on: &'static [&'static str], because: Vec<Because>) -> Self {
        Advice { key, knowledge: builds_on, because, judgement: true }
    }
}
