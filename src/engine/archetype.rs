//! The five ML organisation archetypes (seed 001) and the scoring that places an organisation
//! among them.
//!
//! Each answer adds points to archetypes (`leans` in the question table); every archetype is
//! scored and all five scores are reported. Ties are broken by a fixed rule: the less mature
//! archetype wins, in the order of `Archetype::ALL`. Advice for a less mature organisation is
//! the safer starting point: it is cheaper to grow out of than to walk back from.

use super::answers::Answers;
use super::questions::QUESTIONS;
use super::report::{Advice, Because};

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

/// An answer and the points it gave the winning archetype.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Driver {
    pub answer: Because,
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
pub fn classify(answers: &Answers) -> Classification {
    let mut points = [0u32; 5];
    let mut contributions: Vec<(usize, Because, crate::engine::questions::Leans)> = Vec::new();
    for (order, question) in QUESTIONS.iter().enumerate() {
        let Some(choice) = answers.get(question.id).and_then(|id| question.choice(id)) else {
            continue;
        };
        for (total, lean) in points.iter_mut().zip(choice.leans) {
            *total += u32::from(lean);
        }
        contributions.push((order, Because { question: question.id, choice: choice.id }, choice.leans));
    }

    let mut ranking: Vec<Score> = Archetype::ALL
        .iter()
        .map(|&archetype| Score { archetype, points: points[archetype.index()] })
        .collect();
    // Stable sort on points alone keeps ties in maturity order: that is the tie rule.
    ranking.sort_by(|a, b| b.points.cmp(&a.points));
    let winner = ranking[0];
    let runner_up = ranking[1];

    let mut drivers: Vec<(usize, Driver)> = contributions
        .iter()
        .filter_map(|&(order, answer, leans)| {
            let points = u32::from(leans[winner.archetype.index()]);
            (points > 0).then_some((order, Driver { answer, points }))
        })
        .collect();
    drivers.sort_by(|(order_a, a), (order_b, b)| b.points.cmp(&a.points).then(order_a.cmp(order_b)));
    let drivers: Vec<Driver> = drivers.into_iter().map(|(_, d)| d).take(DRIVERS_SHOWN).collect();

    let summary = Advice::new(
        summary_key(winner.archetype),
        winner.archetype.fact(),
        drivers.iter().map(|d| d.answer).collect(),
    );
    Classification {
        winner: winner.archetype,
        runner_up: runner_up.archetype,
        margin: winner.points - runner_up.points,
        tie_broken: winner.points == runner_up.points,
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
