//! What the user wants to do next, set against the kind of team (seed 004): whether the team
//! offers it, and the reminder that preferences change over a career.

use super::facts::{Learn, Person};
use super::team_type::TeamType;
use crate::engine::advice::Advice;
use crate::engine::facts::cite;

/// The kind of team whose work is what the user said they want to learn next, if any.
pub fn wanted(learn: Learn) -> Option<TeamType> {
    match learn {
        Learn::Systems => Some(TeamType::Infra),
        Learn::Impact => Some(TeamType::Applied),
        Learn::Research => Some(TeamType::Research),
        Learn::Depth | Learn::Unsure => None,
    }
}

/// The line for a user who wants another kind of team's work.
fn wants_other(want: TeamType) -> (&'static str, &'static [&'static str]) {
    match want {
        TeamType::Infra => ("pref.wants.T-INFRA", &["T-PREFERENCES", "T-INFRA"]),
        TeamType::Applied => ("pref.wants.T-APPLIED", &["T-PREFERENCES", "T-APPLIED"]),
        TeamType::Research => ("pref.wants.T-RESEARCH", &["T-PREFERENCES", "T-RESEARCH"]),
    }
}

/// How what the user wants sits with the team, then the reminder that it will change.
pub fn preferences(me: &Person, winner: TeamType) -> Vec<Advice> {
    let fit: Option<(&'static str, &'static [&'static str])> = match me.learn {
        Some(Learn::Depth) => Some(("pref.depth", &["T-PREFERENCES", "T-SKILL-GAP"])),
        Some(Learn::Unsure) => Some(("pref.unsure", &["T-PREFERENCES"])),
        Some(choice) => {
            wanted(choice)
                .map(|want| if want == winner { ("pref.match", &["T-PREFERENCES"][..]) } else { wants_other(want) })
        }
        None => None,
    };
    let because: Vec<_> = cite(me.learn);
    let mut lines: Vec<Advice> = fit.map(|(key, knowledge)| Advice::new(key, knowledge, because)).into_iter().collect();
    lines.push(Advice::new("pref.reminder", &["T-PREFERENCES"], Vec::new()));
    lines
}
