//! The practitioner track: which ML team to join (seed 004 and the job-seeker part of seed 001).
//! [`assess`] turns the track's answers into its report: the kind of team, the skill gap, the
//! red flags and the questions that check them, what the user wants next, and getting the job.

pub mod compare;
pub mod facts;
pub mod glance;
pub mod job_search;
pub mod preferences;
pub mod questions;
pub mod red_flags;
pub mod skill_gap;
pub mod team_type;

use crate::engine::advice::Advice;
use crate::engine::answers::Answers;
use glance::Glance;
use job_search::JobSearch;
use red_flags::FlagCheck;
use skill_gap::SkillGap;
use team_type::Classification;

/// Everything the result page shows for the practitioner track.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Report {
    /// What to do next about this team, shown first.
    pub glance: Glance,
    pub team_type: Classification,
    /// Why the job title did not count.
    pub titles: Advice,
    pub skill_gap: SkillGap,
    /// Both flags, raised or not, each with its interview questions.
    pub flags: Vec<FlagCheck>,
    pub preferences: Vec<Advice>,
    pub search: JobSearch,
}

impl Report {
    /// Every advice line of the report, for checks that must hold of all of them.
    pub fn advice(&self) -> Vec<&Advice> {
        let t = &self.team_type;
        let mut all: Vec<&Advice> = vec![&t.summary, &t.suits, &t.caveat];
        all.extend(self.glance.next.iter().chain(&self.glance.later).map(|step| &step.advice));
        all.extend(t.background.iter());
        all.extend(t.unknowns.iter());
        all.extend(t.tie_rule.iter());
        all.push(&self.titles);
        all.push(&self.skill_gap.verdict);
        all.extend(self.skill_gap.case.iter());
        all.extend(self.flags.iter().flat_map(|f| f.findings.iter().chain(&f.asks)));
        all.extend(self.preferences.iter());
        let s = &self.search;
        all.extend(s.channels.iter().chain(&s.stand_out).chain(&s.prepare));
        all
    }
}

/// Turns practitioner answers into the report. Unanswered questions count as "not sure".
pub fn assess(answers: &Answers) -> Report {
    let prospect = facts::Prospect::read(answers);
    let team_type = team_type::classify(&prospect);
    let winner = team_type.winner;
    let skill_gap = skill_gap::judge(&prospect.me);
    let flags = red_flags::check(&prospect.team);
    let search = job_search::plan(&prospect.me, &team_type);
    Report {
        glance: glance::glance(&flags, &skill_gap, winner),
        titles: team_type::titles(&prospect.team),
        skill_gap,
        flags,
        preferences: preferences::preferences(&prospect.me, winner),
        search,
        team_type,
    }
}
