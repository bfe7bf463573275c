//! The counterfactual: what the organisation could change, among the answers it controls, to
//! look like another archetype, stated in one sentence. Where it could move comes from
//! [`reach::reachable`]; when more than two changes would be needed, the sentence says the
//! result is stable and names the single answer that comes closest to moving it.

use super::advice::{Advice, Because};
use super::archetype::{Archetype, Classification};
use super::facts::Organisation;
pub use super::reach::Change;
use super::reach::{self, Reach};

/// The change and what it would make the organisation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterfactual {
    /// The one or two changes that move the result; when it is stable, the single change that
    /// comes closest (or none).
    pub changes: Vec<Change>,
    /// What the changes would make the organisation; when stable, what the closest change
    /// leans towards.
    pub becomes: Archetype,
    /// More than two changes would be needed to move the result.
    pub stable: bool,
    pub advice: Advice,
}

/// The counterfactual for the organisation, if any other archetype may be pointed at.
pub fn counterfactual(org: &Organisation, now: &Classification) -> Option<Counterfactual> {
    let (changes, becomes, stable) = match reach::reachable(org, now)? {
        Reach::Within { changes, becomes } => (changes, becomes, false),
        Reach::Stable { closest, towards } => (closest.into_iter().collect(), towards, true),
    };
    let because: Vec<Because> =
        changes.iter().filter_map(|c| c.from.map(|choice| Because { question: c.question, choice })).collect();
    // How far the organisation is from another archetype is this app's reading of its own
    // scores, built on the target archetype's description.
    let key = match (stable, changes.is_empty()) {
        (false, _) => "counterfactual.lead",
        (true, false) => "counterfactual.stable",
        (true, true) => "counterfactual.stable_none",
    };
    let advice = Advice::judgement(key, becomes.fact(), because);
    Some(Counterfactual { changes, becomes, stable, advice })
}
