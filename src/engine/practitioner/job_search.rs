//! Getting the job (the job-seeker part of seed 001), tuned to the kind of team: where to look,
//! how to stand out, and how to prepare for the interviews.

use super::facts::{Background, Person};
use super::team_type::{Classification, TeamType};
use crate::engine::advice::{Advice, Because};
use crate::engine::facts::cite;

/// The three parts of the job search.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JobSearch {
    pub channels: Vec<Advice>,
    /// The team type's emphasis first, then every way to stand out in the order that type
    /// values them, then what the user's background adds.
    pub stand_out: Vec<Advice>,
    /// Likewise for interview preparation.
    pub prepare: Vec<Advice>,
}

/// The five ways to stand out, in the order each team type values them: infra teams look for
/// engineers, applied teams for people who get ML projects done, research teams for creative
/// thinkers who know the field.
fn stand_out_order(team_type: TeamType) -> [&'static str; 5] {
    match team_type {
        TeamType::Infra => ["stand.engineering", "stand.projects", "stand.interest", "stand.breadth", "stand.creative"],
        TeamType::Applied => {
            ["stand.projects", "stand.engineering", "stand.breadth", "stand.interest", "stand.creative"]
        }
        TeamType::Research => {
            ["stand.creative", "stand.breadth", "stand.projects", "stand.interest", "stand.engineering"]
        }
    }
}

/// The four ways to prepare, in the order each team type's interviews are likely to weigh them.
fn prepare_order(team_type: TeamType) -> [&'static str; 4] {
    match team_type {
        TeamType::Infra => ["prepare.coding", "prepare.projects", "prepare.ideas", "prepare.theory"],
        TeamType::Applied => ["prepare.ideas", "prepare.projects", "prepare.theory", "prepare.coding"],
        TeamType::Research => ["prepare.theory", "prepare.projects", "prepare.ideas", "prepare.coding"],
    }
}

/// A line only one team type gets: its catalog key and the facts it rests on.
type Line = (&'static str, &'static [&'static str]);

/// What each team type's candidates should stress, and how its interviews lean.
fn emphasis(team_type: TeamType) -> (Line, Line) {
    match team_type {
        TeamType::Applied => {
            (("stand.T-APPLIED", &["J-STAND-OUT", "T-APPLIED"]), ("prepare.T-APPLIED", &["J-PREPARE", "T-APPLIED"]))
        }
        TeamType::Infra => {
            (("stand.T-INFRA", &["J-STAND-OUT", "T-INFRA"]), ("prepare.T-INFRA", &["J-PREPARE", "T-INFRA"]))
        }
        TeamType::Research => {
            (("stand.T-RESEARCH", &["J-STAND-OUT", "T-RESEARCH"]), ("prepare.T-RESEARCH", &["J-PREPARE", "T-RESEARCH"]))
        }
    }
}

/// Plans the job search for a team of the classified type.
pub fn plan(me: &Person, team: &Classification) -> JobSearch {
    let winner = team.winner;
    let drivers: Vec<Because> = team.drivers.iter().map(|d| d.answer).collect();
    let background: Vec<Because> = cite(me.background);
    let from = |background: Background| me.background == Some(background);
    let ((stand_key, stand_facts), (prepare_key, prepare_facts)) = emphasis(winner);

    let mut channels = vec![Advice::new("search.channels", &["J-CHANNELS"], Vec::new())];
    if winner == TeamType::Research {
        channels.push(Advice::new("search.channels.research", &["J-CHANNELS", "T-RESEARCH"], drivers.clone()));
    }
    if from(Background::Student) {
        channels.push(Advice::new("search.channels.campus", &["J-CHANNELS"], background.clone()));
    }

    let mut stand_out = vec![Advice::new(stand_key, stand_facts, drivers.clone())];
    stand_out.extend(stand_out_order(winner).iter().map(|&key| Advice::new(key, &["J-STAND-OUT"], Vec::new())));
    if from(Background::Data) {
        stand_out.push(Advice::new("stand.from_data", &["J-STAND-OUT"], background.clone()));
    }
    if from(Background::Student) {
        stand_out.push(Advice::new("stand.newcomer", &["J-STAND-OUT"], background.clone()));
    }

    // That each type's interviews dwell on its own kind of work is this app's reading of
    // the type's description, not something the sources say of interviews (review 1.13).
    let mut prepare = vec![Advice::judgement(prepare_key, prepare_facts, drivers)];
    prepare.extend(prepare_order(winner).iter().map(|&key| Advice::new(key, &["J-PREPARE"], Vec::new())));
    if from(Background::MlIndustry) {
        prepare.push(Advice::new("prepare.from_industry", &["J-PREPARE"], background));
    }
    JobSearch { channels, stand_out, prepare }
}
