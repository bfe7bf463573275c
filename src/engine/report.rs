//! The report the engine hands to the view: what it decided, each line with its knowledge IDs
//! and the answers that led to it.

use super::advice::Advice;
use super::archetype::Classification;
use super::candidate::Candidate;
use super::counterfactual::Counterfactual;
use super::design::Design;
use super::gate::Gate;
use super::glance::Glance;
use super::hiring::HiringPlan;
use super::recruiting::Recruiting;
use super::roles::Roles;

/// Everything the result page shows for the leader track.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    pub gate: Gate,
    /// The decision in a few lines, shown first.
    pub glance: Glance,
    pub archetype: Classification,
    pub counterfactual: Option<Counterfactual>,
    pub design: Design,
    pub size: Vec<Advice>,
    pub why_hard: Option<Advice>,
    pub hiring: HiringPlan,
    pub roles: Roles,
    pub recruiting: Recruiting,
    pub practices: Vec<Advice>,
    pub anti_patterns: Vec<Advice>,
    /// The team being built as a candidate would judge it.
    pub candidate: Candidate,
}

impl Report {
    /// Every advice line of the report, for checks that must hold of all of them.
    pub fn advice(&self) -> Vec<&Advice> {
        let mut all: Vec<&Advice> = Vec::new();
        all.push(&self.gate.summary);
        all.extend(self.glance.next.iter().chain(&self.glance.later).map(|step| &step.advice));
        all.extend(self.gate.checks.iter().filter_map(|check| check.next_step.as_ref()));
        all.push(&self.archetype.summary);
        all.extend(self.archetype.tie_rule.iter());
        all.extend(self.counterfactual.iter().map(|c| &c.advice));
        all.push(&self.design.intro);
        all.extend(self.design.choices.iter().map(|c| &c.advice));
        all.extend(self.design.first_steps.iter());
        all.extend(self.size.iter());
        all.extend(self.why_hard.iter());
        all.extend(self.hiring.first_steps.iter());
        all.extend(self.hiring.notes.iter());
        all.extend(self.hiring.hires.iter().flat_map(|hire| hire.reasons.iter()));
        all.extend(self.roles.cards.iter().flat_map(|card| card.lines()));
        all.push(&self.roles.chart);
        let r = &self.recruiting;
        all.extend([&r.scarcity, &r.specific, &r.interview_note]);
        all.extend(r.sourcing.iter().flat_map(|s| s.lines.iter()));
        all.extend(r.attract.iter());
        all.extend(r.loops.iter().flat_map(|l| [&l.validate, &l.bar]));
        all.extend(self.practices.iter());
        all.extend(self.anti_patterns.iter());
        let c = &self.candidate;
        all.push(&c.summary);
        all.extend(c.caveat.iter());
        all.extend(c.flags.iter().flat_map(|f| f.findings.iter().chain(&f.asks)));
        all.extend(c.mapping.iter().map(|m| &m.advice));
        all
    }
}
