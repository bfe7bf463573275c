//! The shape of a quiz question, shared by the question tables of both tracks: where it sits,
//! its options, and what each option says about the organisation or the team.

/// Where a question sits in the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Section {
    /// "Is an ML team worth it?" (seed 000).
    Gate,
    /// What the organisation and its ML work look like today (seed 001).
    Organisation,
    /// The people and habits the plan has to work with: they shape the advice, not the archetype.
    Team,
    /// Practitioner track: the team the user is considering (seed 004).
    Prospect,
    /// Practitioner track: the user's own experience and goals.
    Yourself,
}

/// Points an answer adds to each archetype, in `Archetype::ALL` order.
pub type Leans = [u8; 5];

/// Points an answer adds to each team type, in `TeamType::ALL` order (practitioner track).
pub type TeamLeans = [u8; 3];

/// One answer a question offers. A leader option leans only towards archetypes and a
/// practitioner option only towards team types; the tests hold both tables to that.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Choice {
    pub id: &'static str,
    pub leans: Leans,
    pub team_leans: TeamLeans,
}

/// One step of the quiz.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Question {
    pub id: &'static str,
    pub section: Section,
    pub choices: &'static [Choice],
    /// The facts that make this question worth asking.
    pub knowledge: &'static [&'static str],
}

impl Question {
    /// The choice with this ID, if the question offers it.
    pub fn choice(&self, id: &str) -> Option<&'static Choice> {
        self.choices.iter().find(|choice| choice.id == id)
    }
}
