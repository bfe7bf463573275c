//! Advice by company size (seed 000) with its caveats, and why running an ML team is hard
//! (seed 001) for the organisations where that needs saying.

use super::advice::{Advice, Because};
use super::answers::Answers;
use super::archetype::Archetype;
use super::hiring::Size;

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
pub fn by_size(answers: &Answers) -> Vec<Advice> {
    let Some(size) = Size::from_answers(answers) else {
        return Vec::new();
    };
    let because: Vec<Because> = answers.cited("org.size");
    SIZE_ADVICE
        .iter()
        .filter(|(s, ..)| *s == size)
        .map(|&(_, key, knowledge)| Advice::new(key, knowledge, because.clone()))
        .collect()
}

/// Why ML teams are hard to run, when the answers show the hard parts: leadership that does
/// not (yet) back ML, or an organisation where ML is new or stuck in the lab.
pub fn why_hard(answers: &Answers, archetype: Archetype) -> Option<Advice> {
    let mut because: Vec<Because> = Vec::new();
    if matches!(answers.get("ml.leadership"), Some("none" | "small_bets" | "unsure")) {
        because.extend(answers.because("ml.leadership"));
    }
    if matches!(archetype, Archetype::Nascent | Archetype::RnD) {
        because.extend(answers.because("ml.today"));
    }
    (!because.is_empty()).then(|| Advice::new("hard.why", &["M-WHY-HARD", "M-UNCERTAIN"], because))
}
