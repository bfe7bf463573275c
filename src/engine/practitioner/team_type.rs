//! The three kinds of ML team a practitioner meets in mature tech companies (seed 004): infra,
//! applied and research; the scoring that places a team among them, whom each kind tends to
//! suit, and why the job title did not count.
//!
//! Each answer about the team adds points to team types (`team_leans` in the practitioner
//! question table); all three are scored and reported. Ties are broken by a fixed rule: the
//! kind of team whose work sits closest to the product wins, in the order of `TeamType::ALL`
//! (applied, infra, research). A team whose answers mix kinds is, in practice, judged on what
//! reaches users, and most research never reaches production, so the more product-bound
//! reading is the safer one to prepare for.

use super::facts::{Background, Customers, Owns, Person, Prospect, Ships, Team, Work};
use super::questions::PRACTITIONER_QUESTIONS;
use crate::engine::advice::{Advice, Because};
use crate::engine::facts::{cite, Answer};
use crate::engine::tally::{tally, Driver};

/// A kind of ML team, in tie-rule order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TeamType {
    Applied,
    Infra,
    Research,
}

impl TeamType {
    /// All three, in tie-rule order; `team_leans` in the question table use this order too.
    pub const ALL: [TeamType; 3] = [TeamType::Applied, TeamType::Infra, TeamType::Research];

    /// The knowledge ID that describes the type; also its stable ID.
    pub fn id(self) -> &'static str {
        match self {
            TeamType::Applied => "T-APPLIED",
            TeamType::Infra => "T-INFRA",
            TeamType::Research => "T-RESEARCH",
        }
    }

    /// The type's fact, as a slice for advice lines.
    pub fn fact(self) -> &'static [&'static str] {
        match self {
            TeamType::Applied => &["T-APPLIED"],
            TeamType::Infra => &["T-INFRA"],
            TeamType::Research => &["T-RESEARCH"],
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// One team type's score.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Score {
    pub team_type: TeamType,
    pub points: u32,
}

/// How firmly the answers place the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Call {
    /// One type scored more than any other.
    Clear,
    /// The winner only won through the tie rule.
    Tie,
    /// No answer about the team pointed anywhere: the winner is the tie rule's default.
    NoSignal,
}

/// Where the team sits among the three types, and what that means for the user.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Classification {
    /// All three, ranked: highest score first, ties in tie-rule order.
    pub ranking: Vec<Score>,
    pub winner: TeamType,
    pub runner_up: TeamType,
    /// Points between the winner and the runner-up.
    pub margin: u32,
    pub call: Call,
    /// The answers that gave the winner most points, strongest first (at most three).
    pub drivers: Vec<Driver>,
    /// What the winner owns, works on, and for whom.
    pub summary: Advice,
    /// Whom that kind of team tends to suit.
    pub suits: Advice,
    /// Where the article's three types come from: mature tech companies, not necessarily
    /// startups, so a small company's team may fit none of them cleanly.
    pub caveat: Advice,
    /// How the user's background sits with that, when the article says something about it.
    pub background: Option<Advice>,
    /// The answers about the team the user was not sure of, and what to find out.
    pub unknowns: Option<Advice>,
    /// When the answers did not separate the types: the app's rule that decided, marked as its
    /// own judgement.
    pub tie_rule: Option<Advice>,
}

impl Classification {
    /// The score of one team type.
    pub fn points(&self, team_type: TeamType) -> u32 {
        self.ranking.iter().find(|s| s.team_type == team_type).map_or(0, |s| s.points)
    }
}

/// How many answers are named as the winner's drivers.
const DRIVERS_SHOWN: usize = 3;

/// Scores the three team types and picks the best fit.
pub fn classify(prospect: &Prospect) -> Classification {
    let tally = tally(PRACTITIONER_QUESTIONS, &prospect.team.shape(), |choice| choice.team_leans);
    let ranking: Vec<Score> =
        tally.ranking().iter().map(|&i| Score { team_type: TeamType::ALL[i], points: tally.points[i] }).collect();
    let winner = ranking[0];
    let runner_up = ranking[1];
    let drivers = tally.drivers(winner.team_type.index(), DRIVERS_SHOWN);
    let call = if winner.points == 0 {
        Call::NoSignal
    } else if winner.points == runner_up.points {
        Call::Tie
    } else {
        Call::Clear
    };
    let summary =
        Advice::new(summary_key(winner.team_type), winner.team_type.fact(), drivers.iter().map(|d| d.answer).collect());
    Classification {
        winner: winner.team_type,
        runner_up: runner_up.team_type,
        margin: winner.points - runner_up.points,
        call,
        ranking,
        drivers,
        summary,
        suits: Advice::new(suits_key(winner.team_type), winner.team_type.fact(), Vec::new()),
        caveat: Advice::new("type.caveat.mature", winner.team_type.fact(), Vec::new()),
        background: background(&prospect.me, winner.team_type),
        unknowns: unknowns(&prospect.team),
        tie_rule: (call != Call::Clear)
            .then(|| Advice::judgement("type.tie_rule", &["T-APPLIED", "T-INFRA", "T-RESEARCH"], Vec::new())),
    }
}

fn summary_key(team_type: TeamType) -> &'static str {
    match team_type {
        TeamType::Applied => "type.summary.T-APPLIED",
        TeamType::Infra => "type.summary.T-INFRA",
        TeamType::Research => "type.summary.T-RESEARCH",
    }
}

fn suits_key(team_type: TeamType) -> &'static str {
    match team_type {
        TeamType::Applied => "type.suits.T-APPLIED",
        TeamType::Infra => "type.suits.T-INFRA",
        TeamType::Research => "type.suits.T-RESEARCH",
    }
}

/// Whether the user's background is the one this kind of team usually draws on. The article
/// speaks of two backgrounds only: infra teams draw software engineers, applied and research
/// teams draw academics (often PhDs), because their work is driven by experiments. For any
/// other background it says nothing, and neither do we.
pub fn background_fits(me: &Person, team_type: TeamType) -> Option<bool> {
    match me.background? {
        Background::Software => Some(team_type == TeamType::Infra),
        Background::Academic => Some(team_type != TeamType::Infra),
        Background::Data | Background::MlIndustry | Background::Student => None,
    }
}

fn background(me: &Person, team_type: TeamType) -> Option<Advice> {
    let because = cite(me.background);
    // Where the learning will be for someone from the other background is this app's reading
    // of the type's description; the article only says whom such teams tend to draw.
    let advice = match (background_fits(me, team_type)?, team_type) {
        (true, _) => Advice::new("type.background.usual", team_type.fact(), because),
        (false, TeamType::Infra) => Advice::judgement("type.background.stretch.T-INFRA", team_type.fact(), because),
        (false, TeamType::Applied) => Advice::judgement("type.background.stretch.T-APPLIED", team_type.fact(), because),
        (false, TeamType::Research) => {
            Advice::judgement("type.background.stretch.T-RESEARCH", team_type.fact(), because)
        }
    };
    Some(advice)
}

/// The answers about the team that said "not sure", in question order.
fn unknowns(team: &Team) -> Option<Advice> {
    let unsure: Vec<Because> = [
        team.owns.filter(|a| *a == Owns::Unsure).map(Answer::because),
        team.customers.filter(|a| *a == Customers::Unsure).map(Answer::because),
        team.work.filter(|a| *a == Work::Unsure).map(Answer::because),
        team.ships.filter(|a| *a == Ships::Unsure).map(Answer::because),
    ]
    .into_iter()
    .flatten()
    .collect();
    (!unsure.is_empty()).then(|| Advice::new("type.unknowns", &["T-INFRA", "T-APPLIED", "T-RESEARCH"], unsure))
}

/// Why the job title did not move the scores: titles say little.
pub fn titles(team: &Team) -> Advice {
    Advice::new("type.titles", &["T-TITLES"], cite(team.title))
}
