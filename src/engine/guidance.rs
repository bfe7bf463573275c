//! Advice by company size (seed 000) with its caveats, and why running an ML team is hard
//! (seed 001) for the organisations where that needs saying.

use super::advice::{Advice, Because};
use super::archetype::Archetype;
use super::facts::{cite, cite_if, Answer, Leadership, Organisation, Size};

/// The size advice lines, each with its fact, for one size.
const SIZE_ADVICE: &[(Size, &str, &[&str])] = &[
    (Size::Early, "size.early.e2e", &["S-SMALL-E2E"]),
    (Size::Early, "size.early.profile", &["S-SMALL-PROFILE"]),
    (Size::Early, "size.early.signals", &["S-SMALL-SIGNALS"]),
    (Size::Early, "size.early.avoid", &["S-SMALL-AVOID"]),
    (Size::Early, "size.early.caveat", &["S-SMALL-SIGNALS", "G-COST"]),
    (Size::Growing, "size.growing.anchor", &["S-MED-ANCHOR"]),
    (Size::Growing, "size.growing.ratio", &["S-MED-RATIO"]),
    (Size::Growing, "size.growing.e2e", &["S-MED-E2E"]),
    (Size::Growing, "size.growing.org", &["S-MED-ORG"]),
    (Size::Large, "size.large.standard", &["S-LARGE-STANDARD"]),
    (Size::Large, "size.large.no_infra", &["S-LARGE-NO-INFRA"]),
    (Size::Large, "size.large.train", &["S-LARGE-TRAIN"]),
    (Size::Large, "size.large.caveat", &["S-LARGE-STANDARD", "H-SCARCITY"]),
];

/// The advice for the user's company size; none when they did not say.
pub fn by_size(org: &Organisation) -> Vec<Advice> {
    let Some(size) = org.size else {
        return Vec::new();
    };
    let because: Vec<Because> = cite(org.size);
    SIZE_ADVICE
        .iter()
        .filter(|(s, ..)| *s == size)
        .map(|&(_, key, knowledge)| Advice::new(key, knowledge, because.clone()))
        .collect()
}

/// Why ML teams are hard to run, when the answers show the hard parts: leadership that does
/// not (yet) back ML, or an organisation where ML is new or stuck in the lab.
pub fn why_hard(org: &Organisation, archetype: Archetype) -> Option<Advice> {
    let mut because: Vec<Because> =
        cite_if(org.leadership, &[Leadership::NoInvestment, Leadership::SmallBets, Leadership::Unsure]);
    if matches!(archetype, Archetype::Nascent | Archetype::RnD) {
        because.extend(org.today.map(Answer::because));
    }
    (!because.is_empty()).then(|| Advice::new("hard.why", &["M-WHY-HARD", "M-UNCERTAIN"], because))
}
