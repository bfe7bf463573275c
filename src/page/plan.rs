//! The target plan worded for one locale: the target picker's choices, what would have to become
//! true, how the design differs, how hiring moves, what not to do yet, and the practices that
//! matter for the move.

use super::{Line, Words};
use crate::engine::archetype::Archetype;
use crate::engine::glance::Action;
use crate::engine::hiring::Tier;
use crate::engine::plan::{self, Plan, Route};
use crate::engine::{assess, Answers};
use crate::key;
use crate::text::{fill, phrases, Locale};

/// One choice of the target picker.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetOption {
    /// The archetype's ID (`A-EMBEDDED`), the option's value.
    pub id: &'static str,
    pub label: String,
    pub selected: bool,
}

/// The plan, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanSection {
    pub heading: &'static str,
    pub picker_label: &'static str,
    pub options: Vec<TargetOption>,
    /// The chosen target's ID.
    pub target: &'static str,
    /// `same`, `changes` or `unreachable`.
    pub route: &'static str,
    pub lead: Line,
    /// Everything below the lead; none when the target is today's archetype.
    pub detail: Option<PlanDetail>,
    pub note: &'static str,
}

/// A labelled list of lines, with what to say when it is empty.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanPart {
    /// A stable name (`data-part`).
    pub id: &'static str,
    pub heading: &'static str,
    pub lines: Vec<Line>,
    pub none: Option<&'static str>,
}

/// The parts of a plan that moves somewhere.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlanDetail {
    pub parts: Vec<PlanPart>,
}

fn tier_name(words: Words, tier: Tier) -> &'static str {
    match tier {
        Tier::First => words.key(key!("tier.first")),
        Tier::Next => words.key(key!("tier.next")),
        Tier::Later => words.key(key!("tier.later")),
    }
}

fn archetype_name(words: Words, archetype: Archetype) -> &'static str {
    phrases::archetype_name(words.0, archetype.id())
}

fn part(words: Words, id: &'static str, heading: &'static str, lines: Vec<Line>, none: &'static str) -> PlanPart {
    let none = lines.is_empty().then(|| words.id(none));
    PlanPart { id, heading, lines, none }
}

/// The plan for leader answers towards `target` (the suggested one when `None`), worded: what
/// the view draws again when the user picks another target.
pub fn for_answers(answers: &Answers, target: Option<Archetype>, locale: Locale) -> PlanSection {
    section(&plan::plan(answers, &assess(answers), target), Words(locale))
}

/// Words a plan.
pub fn section(plan: &Plan, words: Words) -> PlanSection {
    let target = archetype_name(words, plan.target);
    let options = plan
        .targets
        .iter()
        .map(|&a| {
            let name = archetype_name(words, a);
            let label = if a == plan.today {
                fill(words.key(key!("plan.option.today")), &[("name", name)])
            } else if a == plan.suggested {
                fill(words.key(key!("plan.option.suggested")), &[("name", name)])
            } else {
                name.to_owned()
            };
            TargetOption { id: a.id(), label, selected: a == plan.target }
        })
        .collect();
    let count = plan.needed.len().to_string();
    let lead = words.line_text(
        &plan.lead,
        fill(
            words.id(plan.lead.key),
            &[("target", target), ("today", archetype_name(words, plan.today)), ("count", &count)],
        ),
    );
    let detail = (plan.route != Route::Same).then(|| {
        let needed = plan.needed.iter().map(|n| words.line(&n.advice)).collect();
        let design = plan
            .design
            .iter()
            .map(|choice| {
                let (template, yours) = match choice.yours {
                    Some(s) => (words.key(key!("plan.design.line")), words.id(&format!("design.stance.{}", s.id()))),
                    None => (words.key(key!("plan.design.line.unsaid")), ""),
                };
                let text = fill(
                    template,
                    &[
                        ("axis", words.id(&format!("design.axis.{}", choice.axis.id()))),
                        ("yours", yours),
                        ("target", target),
                        ("described", words.id(&format!("design.stance.{}", choice.described.id()))),
                    ],
                );
                words.line_text(&choice.advice, text)
            })
            .collect();
        let mut hiring: Vec<Line> = plan
            .hiring
            .iter()
            .map(|shift| {
                let text = fill(
                    words.id(shift.advice.key),
                    &[
                        ("role", phrases::role_name(words.0, shift.role.id())),
                        ("from", tier_name(words, shift.from)),
                        ("to", tier_name(words, shift.to)),
                    ],
                );
                words.line_text(&shift.advice, text)
            })
            .collect();
        hiring.extend(plan.hiring_note.iter().map(|note| words.line(note)));
        let not_yet = plan
            .not_yet
            .iter()
            .map(|item| {
                let action = match item.action {
                    Action::Hire(role) => {
                        fill(words.id(item.advice.key), &[("role", phrases::role_name(words.0, role.id()))])
                    }
                    _ => words.id(item.advice.key).to_owned(),
                };
                let against = fill(
                    words.id(&format!("plan.against.{}", item.against.id())),
                    &[("today", archetype_name(words, plan.today))],
                );
                let text = fill(words.key(key!("plan.not_yet.line")), &[("action", &action), ("against", &against)]);
                words.line_text(&item.advice, text)
            })
            .collect();
        PlanDetail {
            parts: vec![
                part(words, "changes", words.key(key!("plan.changes.heading")), needed, "plan.changes.none"),
                part(words, "design", words.key(key!("plan.design.heading")), design, "plan.design.none"),
                part(words, "hiring", words.key(key!("plan.hiring.heading")), hiring, "plan.hiring.none"),
                part(words, "not-yet", words.key(key!("plan.not_yet.heading")), not_yet, "plan.not_yet.none"),
                part(
                    words,
                    "practices",
                    words.key(key!("plan.practices.heading")),
                    words.lines(&plan.practices),
                    "plan.practices.none",
                ),
            ],
        }
    });
    PlanSection {
        heading: words.key(key!("plan.heading")),
        picker_label: words.key(key!("plan.picker")),
        options,
        target: plan.target.id(),
        route: match plan.route {
            Route::Same => "same",
            Route::Changes => "changes",
            Route::Unreachable => "unreachable",
        },
        lead,
        detail,
        note: words.key(key!("plan.note")),
    }
}

impl PlanSection {
    /// Every line, in order.
    pub fn lines(&self) -> Vec<&Line> {
        let mut all = vec![&self.lead];
        all.extend(self.detail.iter().flat_map(|d| d.parts.iter().flat_map(|p| &p.lines)));
        all
    }

    /// Every text the section shows besides its lines (the page adds those).
    pub fn texts(&self) -> Vec<&str> {
        let mut all = vec![self.heading, self.picker_label, self.note];
        all.extend(self.options.iter().map(|o| o.label.as_str()));
        for part in self.detail.iter().flat_map(|d| &d.parts) {
            all.push(part.heading);
            all.extend(part.none);
        }
        all
    }
}
