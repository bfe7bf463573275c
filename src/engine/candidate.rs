//! The team being built, through a candidate's eyes: what someone using the practitioner track
//! (seed 004) would conclude about it from what the leader told us, its kind of team and the
//! ownership and pin-factory red flags, with the questions a candidate will ask in interviews.
//!
//! The leader's answers stand for the candidate's through one table, [`MAPPING`]; the rest is
//! the practitioner track's own rules (`practitioner::team_type`, `practitioner::red_flags`).
//! Every line cites the leader's answers, and the section lists which answer stood for which.

use super::advice::{Advice, Because};
use super::facts::{cite, Answer, Emphasis, Handoff, MlToday, Organisation, Production, Size};
use super::practitioner::facts::{Customers, Owns, Ships, Team, Work};
use super::practitioner::red_flags::{self, FlagCheck};
use super::practitioner::team_type::{self, Call, TeamType};

/// One row of the mapping: a leader answer and the candidate's answer it stands for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Row {
    /// Who does ML today says what the team owns (`job.owns`).
    Owns(MlToday, Owns),
    /// How models reach production says who the team's customers are (`job.customers`).
    Customers(Production, Customers),
    /// Research versus engineering says what the team works on (`job.work`).
    Work(Emphasis, Work),
    /// The hand-over of a trained model says how models reach production (`job.production`).
    Handoff(Handoff, Ships),
    /// Otherwise how models reach production says it.
    Ships(Production, Ships),
}

/// How a leader's answers read to a candidate. For each of the candidate's questions the first
/// row whose leader answer was given decides; a question no row answers stays unknown, as the
/// candidate would not know it either. The app's reading, on these grounds:
/// - people trying ML on the side own nothing of their own and advise others (T-OWNERSHIP); a
///   research group owns a research area; ML people in product teams, a dedicated group or ML
///   everywhere own models that solve business problems (T-APPLIED);
/// - models in production serve the company's users; work that ends in prototypes and reports
///   serves mostly other researchers (T-RESEARCH); with nothing in production yet a candidate
///   cannot tell who the customers will be;
/// - research first means new methods (T-RESEARCH); any engineering-led or mixed organisation
///   frames business problems and runs experiments (T-APPLIED);
/// - notebooks handed to other engineers to rebuild are the pin factory (T-PIN-FACTORY); builders
///   who deploy, or an ML group that keeps maintaining what it hands over, are not; models
///   handed to product teams who run them is the ML-first design (D-FIRST), which a candidate
///   cannot tell from a pin factory without asking, so it decides nothing.
pub const MAPPING: &[Row] = &[
    Row::Owns(MlToday::AdHoc, Owns::Advises),
    Row::Owns(MlToday::Research, Owns::ResearchArea),
    Row::Owns(MlToday::ProductTeams, Owns::Models),
    Row::Owns(MlToday::Central, Owns::Models),
    Row::Owns(MlToday::Everywhere, Owns::Models),
    Row::Customers(Production::Rarely, Customers::Researchers),
    Row::Customers(Production::BuildersOwn, Customers::AppUsers),
    Row::Customers(Production::HandedMaintained, Customers::AppUsers),
    Row::Customers(Production::HandedOver, Customers::AppUsers),
    Row::Work(Emphasis::Research, Work::NewMethods),
    Row::Work(Emphasis::Engineering, Work::Experiments),
    Row::Work(Emphasis::Mixed, Work::Experiments),
    Row::Work(Emphasis::Varies, Work::Experiments),
    Row::Handoff(Handoff::Builders, Ships::BuildersDeploy),
    Row::Handoff(Handoff::Rebuilt, Ships::Handoff),
    Row::Ships(Production::Rarely, Ships::Rarely),
    Row::Ships(Production::BuildersOwn, Ships::BuildersDeploy),
    Row::Ships(Production::HandedMaintained, Ships::BuildersDeploy),
];

/// A leader answer that stood for a candidate's answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mapped {
    pub leader: Because,
    pub candidate: Because,
    pub advice: Advice,
}

/// What a candidate would conclude about the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub team_type: TeamType,
    pub call: Call,
    /// The kind of team, with the leader answers that placed it.
    pub summary: Advice,
    /// For an early-stage company: the three kinds describe mature tech companies (004).
    pub caveat: Option<Advice>,
    /// Both flags, raised or not, each with the questions a candidate will ask; every line
    /// cites the leader answers that stood for the candidate's.
    pub flags: Vec<FlagCheck>,
    /// Which leader answer stood for which candidate answer, in the candidate's question order.
    pub mapping: Vec<Mapped>,
}

/// The candidate's answers about the team, read from the leader's, with the pairs used.
fn read(org: &Organisation) -> (Team, Vec<(Because, Because)>) {
    let mut team = Team::default();
    let mut used = Vec::new();
    for row in MAPPING {
        let pair = match *row {
            Row::Owns(l, c) if team.owns.is_none() && org.today == Some(l) => {
                team.owns = Some(c);
                (l.because(), c.because())
            }
            Row::Customers(l, c) if team.customers.is_none() && org.production == Some(l) => {
                team.customers = Some(c);
                (l.because(), c.because())
            }
            Row::Work(l, c) if team.work.is_none() && org.emphasis == Some(l) => {
                team.work = Some(c);
                (l.because(), c.because())
            }
            Row::Handoff(l, c) if team.ships.is_none() && org.handoff == Some(l) => {
                team.ships = Some(c);
                (l.because(), c.because())
            }
            Row::Ships(l, c) if team.ships.is_none() && org.production == Some(l) => {
                team.ships = Some(c);
                (l.because(), c.because())
            }
            _ => continue,
        };
        used.push(pair);
    }
    (team, used)
}

/// The leader answers that stood for these candidate answers.
fn leader_answers(because: &[Because], used: &[(Because, Because)]) -> Vec<Because> {
    let mut all: Vec<Because> = Vec::new();
    for b in because {
        if let Some((leader, _)) = used.iter().find(|(_, c)| c == b) {
            if !all.contains(leader) {
                all.push(*leader);
            }
        }
    }
    all
}

fn restated(advice: &Advice, used: &[(Because, Because)]) -> Advice {
    Advice { because: leader_answers(&advice.because, used), ..advice.clone() }
}

/// The facts behind a candidate's question: what the team owns and for whom (T-OWNERSHIP), its
/// daily work (the three kinds), how its models reach production (T-PIN-FACTORY).
fn question_facts(question: &str) -> &'static [&'static str] {
    match question {
        "job.work" => &["T-APPLIED", "T-INFRA", "T-RESEARCH"],
        "job.production" => &["T-PIN-FACTORY"],
        _ => &["T-OWNERSHIP"],
    }
}

/// What a candidate would conclude about the team the leader is building.
pub fn candidate(org: &Organisation) -> Candidate {
    let (team, used) = read(org);
    let prospect = super::practitioner::facts::Prospect { team, ..Default::default() };
    let classified = team_type::classify(&prospect);
    let winner = classified.winner;
    let flags = red_flags::check(&team)
        .into_iter()
        .map(|flag| FlagCheck {
            findings: flag.findings.iter().map(|a| restated(a, &used)).collect(),
            asks: flag.asks.iter().map(|a| restated(a, &used)).collect(),
            ..flag
        })
        .collect();
    let drivers: Vec<Because> = classified.drivers.iter().map(|d| d.answer).collect();
    Candidate {
        team_type: winner,
        call: classified.call,
        summary: if classified.call == Call::NoSignal {
            Advice::judgement("candidate.summary.unknown", &["T-APPLIED", "T-INFRA", "T-RESEARCH"], Vec::new())
        } else {
            Advice::judgement("candidate.summary", winner.fact(), leader_answers(&drivers, &used))
        },
        caveat: (org.size == Some(Size::Early))
            .then(|| Advice::new("candidate.caveat.early", winner.fact(), cite(org.size))),
        flags,
        mapping: used
            .into_iter()
            .map(|(leader, candidate)| Mapped {
                leader,
                candidate,
                advice: Advice::judgement("candidate.mapping", question_facts(candidate.question), vec![leader]),
            })
            .collect(),
    }
}
