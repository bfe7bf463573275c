//! Two teams a candidate is choosing between, side by side (seed 004): kind of team and its
//! scores, skill gap, red flags, and which team does the work the user wants to learn next. Each
//! team is judged against what its own assessment says about the user; where those answers
//! differ, the comparison lists them.

use super::facts::Learn;
use super::preferences::wanted;
use super::red_flags::{Flag, Status};
use super::skill_gap::Gap;
use super::team_type::TeamType;
use super::{assess, facts::Prospect};
use crate::engine::history::{changed_answers, AnswerChange};
use crate::engine::question::Section;
use crate::engine::track::question;
use crate::engine::Answers;

/// How one team meets what the user wants to learn next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// The team does that kind of work.
    Yes,
    /// That work is another kind of team's.
    No,
    /// The user named no kind of work (to deepen what they do, not sure, or no answer).
    NotSaid,
}

/// One team's side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Side {
    pub team_type: TeamType,
    /// The three kinds of team's points, in `TeamType::ALL` order.
    pub scores: Vec<(TeamType, u32)>,
    pub gap: Gap,
    /// Both flags, in `Flag::ALL` order.
    pub flags: Vec<(Flag, Status)>,
    pub fit: Fit,
}

/// Which of the two does the work the user wants to learn next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fits {
    Both,
    First,
    Second,
    Neither,
    /// Neither assessment names a kind of work to learn.
    NotSaid,
}

/// The two teams side by side.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Comparison {
    pub first: Side,
    pub second: Side,
    pub fits: Fits,
    /// The answers about the user (the `Yourself` section) that differ between the two assessments.
    pub about_you: Vec<AnswerChange>,
}

fn side(answers: &Answers) -> Side {
    let report = assess(answers);
    let winner = report.team_type.winner;
    let learn: Option<Learn> = Prospect::read(answers).me.learn;
    let fit = match learn.and_then(wanted) {
        Some(want) if want == winner => Fit::Yes,
        Some(_) => Fit::No,
        None => Fit::NotSaid,
    };
    Side {
        team_type: winner,
        scores: TeamType::ALL.iter().map(|&t| (t, report.team_type.points(t))).collect(),
        gap: report.skill_gap.gap,
        flags: report.flags.iter().map(|f| (f.flag, f.status)).collect(),
        fit,
    }
}

/// Compares two practitioner assessments.
pub fn compare(first: &Answers, second: &Answers) -> Comparison {
    let (a, b) = (side(first), side(second));
    let fits = match (a.fit, b.fit) {
        (Fit::Yes, Fit::Yes) => Fits::Both,
        (Fit::Yes, _) => Fits::First,
        (_, Fit::Yes) => Fits::Second,
        (Fit::NotSaid, Fit::NotSaid) => Fits::NotSaid,
        _ => Fits::Neither,
    };
    let about_you = changed_answers(first, second)
        .into_iter()
        .filter(|c| question(c.question).is_some_and(|q| q.section == Section::Yourself))
        .collect();
    Comparison { first: a, second: b, fits, about_you }
}
