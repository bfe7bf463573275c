//! The five ML organisation archetypes (seed 001) and the scoring that places an organisation
//! among them.
//!
//! Each answer adds points to archetypes (`leans` in the question table); every archetype is
//! scored and all five scores are reported. Ties are broken by a fixed rule: the less mature
//! archetype wins, in the order of `Archetype::ALL`. Advice for a less mature organisation is
//! the safer starting point: it is cheaper to grow out of than to walk back from.

use super::advice::Advice;
use super::facts::{Organisation, Size};
use super::questions::QUESTIONS;
use super::tally::tally;
pub use super::tally::Driver;

/// An ML organisation archetype, from least to most mature.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Archetype {
    Nascent,
    RnD,
    ProductEmbedded,
    IndependentDivision,
    MlFirst,
}

impl Archetype {
    /// All five, in maturity order; `leans` in the question table use this order too.
    pub const ALL: [Archetype; 5] = [
        Archetype::Nascent,
        Archetype::RnD,
        Archetype::ProductEmbedded,
        Archetype::IndependentDivision,
        Archetype::MlFirst,
    ];

    /// The knowledge ID that describes the archetype; also its stable ID.
    pub fn id(self) -> &'static str {
        match self {
            Archetype::Nascent => "A-NASCENT",
            Archetype::RnD => "A-RND",
            Archetype::ProductEmbedded => "A-EMBEDDED",
            Archetype::IndependentDivision => "A-DIVISION",
            Archetype::MlFirst => "A-FIRST",
        }
    }

    /// The archetype's fact, as a slice for advice lines.
    pub fn fact(self) -> &'static [&'static str] {
        match self {
            Archetype::Nascent => &["A-NASCENT"],
            Archetype::RnD => &["A-RND"],
            Archetype::ProductEmbedded => &["A-EMBEDDED"],
            Archetype::IndependentDivision => &["A-DIVISION"],
            Archetype::MlFirst => &["A-FIRST"],
        }
    }

    pub fn from_id(id: &str) -> Option<Archetype> {
        Archetype::ALL.into_iter().find(|a| a.id() == id)
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One archetype's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub archetype: Archetype,
    pub points: u32,
}

/// Where the organisation sits among the archetypes, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    /// All five, ranked: highest score first, ties in maturity order.
    pub ranking: Vec<Score>,
    pub winner: Archetype,
    pub runner_up: Archetype,
    /// Points between the winner and the runner-up.
    pub margin: u32,
    /// The winner only won through the tie rule.
    pub tie_broken: bool,
    /// The answers that gave the winner most points, strongest first (at most three).
    pub drivers: Vec<Driver>,
    pub summary: Advice,
    /// On a tie, the app's rule that decided it, marked as its own judgement.
    pub tie_rule: Option<Advice>,
}

impl Classification {
    /// The score of one archetype.
    pub fn points(&self, archetype: Archetype) -> u32 {
        self.ranking.iter().find(|s| s.archetype == archetype).map_or(0, |s| s.points)
    }
}

/// How many answers are named as the winner's drivers.
const DRIVERS_SHOWN: usize = 3;

/// Scores all five archetypes and picks the best fit.
pub fn classify(org: &Organisation) -> Classification {
    let tally = tally(QUESTIONS, &org.shape(), |choice| choice.leans);
    let ranking: Vec<Score> =
        tally.ranking().iter().map(|&i| Score { archetype: Archetype::ALL[i], points: tally.points[i] }).collect();
    let winner = ranking[0];
    let runner_up = ranking[1];
    let drivers = tally.drivers(winner.archetype.index(), DRIVERS_SHOWN);

    let because = drivers.iter().map(|d| d.answer).collect();
    // An early-stage company has no separate ML division, so ML-first is described without one.
    let summary = if winner.archetype == Archetype::MlFirst && org.size == Some(Size::Early) {
        Advice::new("arch.summary.A-FIRST.small", winner.archetype.fact(), because)
    } else {
        Advice::new(summary_key(winner.archetype), winner.archetype.fact(), because)
    };
    Classification {
        winner: winner.archetype,
        runner_up: runner_up.archetype,
        margin: winner.points - runner_up.points,
        tie_broken: winner.points == runner_up.points,
        tie_rule: (winner.points == runner_up.points).then(|| {
            Advice::judgement(
                "arch.tie_rule",
                &["A-NASCENT", "A-RND", "A-EMBEDDED", "A-DIVISION", "A-FIRST"],
                Vec::new(),
            )
        }),
        ranking,
        drivers,
        summary,
    }
}

fn summary_key(archetype: Archetype) -> &'static str {
    match archetype {
        Archetype::Nascent => "arch.summary.A-NASCENT",
        Archetype::RnD => "arch.summary.A-RND",
        Archetype::ProductEmbedded => "arch.summary.A-EMBEDDED",
        Archetype::IndependentDivision => "arch.summary.A-DIVISION",
        Archetype::MlFirst => "arch.summary.A-FIRST",
    }
}
