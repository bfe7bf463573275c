//! The skill gap between the user and the role (seed 004): too small, workable or too large,
//! and what that trade-off means for what the user wants next.
//!
//! The gap is how the team's methods and stack compare with the user's experience, on a scale
//! from 0 (nothing new) to 3 (almost everything new): 0 is too small, 1 and 2 are workable, 3 is
//! too large. The user's background never changes the verdict: 004 only observes, hedged, whom
//! each kind of team tends to draw, while 000 and 001 recommend teaching engineers ML. The
//! background is shown beside the verdict as context (review 2.4).

use super::facts::{Familiarity, Learn, Person};
use crate::engine::advice::{Advice, Because};
use crate::engine::facts::cite;

/// The verdict on the gap.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gap {
    /// Quick to contribute, little to learn.
    TooSmall,
    /// Small enough to contribute in reasonable time, large enough to learn.
    Workable,
    /// Much to learn, slow to ramp up.
    TooLarge,
    /// The user does not know the team's methods and stack yet.
    Unknown,
}

impl Gap {
    /// The stable ID, as the view's `data-gap`.
    pub fn id(self) -> &'static str {
        match self {
            Gap::TooSmall => "too-small",
            Gap::Workable => "workable",
            Gap::TooLarge => "too-large",
            Gap::Unknown => "unknown",
        }
    }
}

/// The verdict, the trade-off it means, and how it meets what the user wants to learn.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkillGap {
    pub gap: Gap,
    pub verdict: Advice,
    /// The trade-off for the user's case, when their goals make it pointed.
    pub case: Option<Advice>,
}

const FACT: &[&str] = &["T-SKILL-GAP"];

/// What the user wants to learn next, as far as the gap is concerned.
enum Wants {
    /// Something new: systems, product impact or research.
    Growth,
    /// To get better at what they already do and contribute fast.
    Depth,
}

/// Judges the gap from what the user says is new to them.
pub fn judge(me: &Person) -> SkillGap {
    let base = match me.familiarity {
        Some(Familiarity::Same) => Some(0),
        Some(Familiarity::SomeNew) => Some(1),
        Some(Familiarity::MuchNew) => Some(2),
        Some(Familiarity::AllNew) => Some(3),
        Some(Familiarity::Unsure) | None => None,
    };
    let because: Vec<Because> = cite(me.familiarity);
    let gap = match base {
        None => Gap::Unknown,
        Some(0) => Gap::TooSmall,
        Some(1 | 2) => Gap::Workable,
        Some(_) => Gap::TooLarge,
    };
    let verdict_key = match gap {
        Gap::TooSmall => "gap.too_small",
        Gap::Workable => "gap.workable",
        Gap::TooLarge => "gap.too_large",
        Gap::Unknown => "gap.unknown",
    };
    let wants = match me.learn {
        Some(Learn::Systems | Learn::Impact | Learn::Research) => Some(Wants::Growth),
        Some(Learn::Depth) => Some(Wants::Depth),
        Some(Learn::Unsure) | None => None,
    };
    let case_key = match (gap, wants) {
        (Gap::TooSmall, Some(Wants::Growth)) => Some("gap.case.small_growth"),
        (Gap::TooSmall, Some(Wants::Depth)) => Some("gap.case.small_depth"),
        (Gap::TooLarge, Some(Wants::Growth)) => Some("gap.case.large_growth"),
        (Gap::TooLarge, Some(Wants::Depth)) => Some("gap.case.large_depth"),
        (Gap::Workable, _) => Some("gap.case.workable"),
        _ => None,
    };
    let case = case_key.map(|key| {
        // The workable case rests on the gap itself; the others on what the user wants.
        let cited = if gap == Gap::Workable { because.clone() } else { cite(me.learn) };
        Advice::new(key, FACT, cited)
    });
    SkillGap { gap, verdict: Advice::new(verdict_key, FACT, because), case }
}
