//! The hiring order (seeds 000, 001, 003): which of the six roles to hire first, next and later.
//!
//! Each role collects weighted rules from the company's size, its archetype and the gate; the
//! roles are ranked by total weight (ties in `Role::ALL` order, engineers before scientists)
//! and cut into tiers. Every rule that applies becomes a reason on the role, so the user sees
//! why it sits where it does. To maintain: a rule needs a catalog entry for its key and at
//! least one knowledge ID; weights are relative, so compare a new one with its neighbours.

use super::advice::{Advice, Because};
use super::archetype::{Archetype, Classification};
use super::facts::{cite, Organisation, Size};
use super::gate::{Condition, Gate, Verdict};

/// One of the six ML roles (seed 001).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    MlEngineer,
    DataEngineer,
    Researcher,
    ProductManager,
    MlOps,
    DataScientist,
}

impl Role {
    /// All six, in the order that breaks ties: engineers before scientists (S-MED-RATIO), the
    /// catch-all data-scientist title last (R-DS).
    pub const ALL: [Role; 6] = [
        Role::MlEngineer,
        Role::DataEngineer,
        Role::Researcher,
        Role::ProductManager,
        Role::MlOps,
        Role::DataScientist,
    ];

    /// The knowledge ID that describes the role; also its stable ID.
    pub fn id(self) -> &'static str {
        match self {
            Role::ProductManager => "R-PM",
            Role::MlOps => "R-OPS",
            Role::DataEngineer => "R-DE",
            Role::MlEngineer => "R-MLE",
            Role::Researcher => "R-RES",
            Role::DataScientist => "R-DS",
        }
    }
}

/// When to hire a role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Tier {
    First,
    Next,
    Later,
}

impl Tier {
    pub fn id(self) -> &'static str {
        match self {
            Tier::First => "first",
            Tier::Next => "next",
            Tier::Later => "later",
        }
    }
}

/// How many people of a role the plan has in mind.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Headcount {
    One,
    Few,
    Several,
}

/// One role in the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hire {
    pub role: Role,
    pub tier: Tier,
    pub headcount: Headcount,
    /// The rules that placed it, the decisive one first.
    pub reasons: Vec<Advice>,
}

/// The order in which to hire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiringPlan {
    /// All six roles, first tier first.
    pub hires: Vec<Hire>,
    /// Advice about the plan as a whole.
    pub notes: Vec<Advice>,
    /// The gate did not say go, so the plan is what to do once it does.
    pub provisional: bool,
}

impl HiringPlan {
    /// The roles to hire first or next, in plan order: the ones the plan suggests.
    pub fn suggested(&self) -> Vec<Role> {
        self.hires.iter().filter(|h| h.tier != Tier::Later).map(|h| h.role).collect()
    }
}

#[derive(Debug, Clone, Copy)]
enum When {
    Always,
    Size(Size),
    Archetype(Archetype),
    GateFails(Condition),
}

struct Rule {
    when: When,
    role: Role,
    weight: i8,
    key: &'static str,
    knowledge: &'static [&'static str],
    /// The reason is this app's judgement built on `knowledge`, not a source's statement.
    judgement: bool,
}

impl Rule {
    fn advice(&self, because: Vec<Because>) -> Advice {
        if self.judgement {
            Advice::judgement(self.key, self.knowledge, because)
        } else {
            Advice::new(self.key, self.knowledge, because)
        }
    }
}

/// A rule whose reason states what the sources say.
const fn rule(when: When, role: Role, weight: i8, key: &'static str, knowledge: &'static [&'static str]) -> Rule {
    Rule { when, role, weight, key, knowledge, judgement: false }
}

/// A rule whose reason is the app's own judgement, built on the facts given.
const fn own(when: When, role: Role, weight: i8, key: &'static str, builds_on: &'static [&'static str]) -> Rule {
    Rule { when, role, weight, key, knowledge: builds_on, judgement: true }
}

use Role::*;
use When::{Always, GateFails};

/// The rules, grouped by what triggers them.
const RULES: &[Rule] = &[
    // What each role is for: the fallback reason, and the weight that keeps the catch-all
    // data-scientist title last.
    rule(Always, MlEngineer, 0, "hire.base.mle", &["R-MLE"]),
    rule(Always, DataEngineer, 0, "hire.base.de", &["R-DE"]),
    rule(Always, Researcher, 0, "hire.base.res", &["R-RES"]),
    rule(Always, ProductManager, 0, "hire.base.pm", &["R-PM"]),
    rule(Always, MlOps, 0, "hire.base.ops", &["R-OPS"]),
    // The sources call the title vague and ask for specific job ads; not hiring under it at
    // all is this app's conclusion (review 1.19).
    own(Always, DataScientist, -20, "hire.base.ds", &["R-DS", "R-OVERLAP", "H-SPECIFIC"]),
    // Size (seed 000).
    rule(
        When::Size(Size::Early),
        MlEngineer,
        10,
        "hire.early.mle",
        &["S-SMALL-E2E", "S-SMALL-PROFILE", "S-SMALL-SIGNALS"],
    ),
    own(When::Size(Size::Early), DataEngineer, 3, "hire.early.de", &["S-SMALL-PROFILE"]),
    rule(When::Size(Size::Early), Researcher, -6, "hire.early.res", &["S-SMALL-AVOID"]),
    own(When::Size(Size::Early), MlOps, -1, "hire.early.ops", &["S-SMALL-E2E", "R-OPS"]),
    rule(When::Size(Size::Growing), Researcher, 9, "hire.growing.res", &["S-MED-ANCHOR"]),
    rule(When::Size(Size::Growing), DataEngineer, 8, "hire.growing.de", &["S-MED-ANCHOR"]),
    rule(When::Size(Size::Growing), MlEngineer, 7, "hire.growing.mle", &["S-MED-RATIO", "S-MED-E2E"]),
    own(When::Size(Size::Growing), ProductManager, 3, "hire.growing.pm", &["S-MED-ORG", "R-PM"]),
    rule(When::Size(Size::Large), MlEngineer, 8, "hire.large.mle", &["S-LARGE-TRAIN", "R-HIRE-OR-TRAIN"]),
    rule(When::Size(Size::Large), MlOps, 4, "hire.large.ops", &["S-LARGE-NO-INFRA"]),
    rule(When::Size(Size::Large), Researcher, -3, "hire.large.res", &["S-LARGE-STANDARD"]),
    // Archetype (seed 001).
    rule(When::Archetype(Archetype::Nascent), MlEngineer, 4, "hire.nascent.mle", &["A-NASCENT", "M-E2E"]),
    rule(When::Archetype(Archetype::Nascent), ProductManager, 2, "hire.nascent.pm", &["A-NASCENT", "M-EDUCATE"]),
    rule(When::Archetype(Archetype::Nascent), Researcher, -3, "hire.nascent.res", &["A-NASCENT"]),
    rule(When::Archetype(Archetype::RnD), DataEngineer, 6, "hire.rnd.de", &["A-RND", "D-RND"]),
    rule(When::Archetype(Archetype::RnD), MlEngineer, 5, "hire.rnd.mle", &["D-RND", "M-TOGETHER"]),
    rule(When::Archetype(Archetype::RnD), ProductManager, 4, "hire.rnd.pm", &["A-RND"]),
    rule(When::Archetype(Archetype::RnD), Researcher, -4, "hire.rnd.res", &["A-RND"]),
    rule(When::Archetype(Archetype::ProductEmbedded), MlEngineer, 6, "hire.embedded.mle", &["D-EMBEDDED"]),
    rule(When::Archetype(Archetype::ProductEmbedded), DataEngineer, 4, "hire.embedded.de", &["D-EMBEDDED"]),
    rule(When::Archetype(Archetype::ProductEmbedded), MlOps, 2, "hire.embedded.ops", &["D-EMBEDDED"]),
    rule(
        When::Archetype(Archetype::ProductEmbedded),
        Researcher,
        -2,
        "hire.embedded.res",
        &["A-EMBEDDED", "D-EMBEDDED"],
    ),
    rule(
        When::Archetype(Archetype::IndependentDivision),
        ProductManager,
        7,
        "hire.division.pm",
        &["A-DIVISION", "D-DIVISION"],
    ),
    rule(
        When::Archetype(Archetype::IndependentDivision),
        MlEngineer,
        4,
        "hire.division.mle",
        &["D-DIVISION", "M-TOGETHER"],
    ),
    rule(When::Archetype(Archetype::IndependentDivision), Researcher, 4, "hire.division.res", &["D-DIVISION"]),
    rule(When::Archetype(Archetype::IndependentDivision), DataEngineer, 4, "hire.division.de", &["D-DIVISION"]),
    rule(When::Archetype(Archetype::IndependentDivision), MlOps, 3, "hire.division.ops", &["D-DIVISION"]),
    rule(When::Archetype(Archetype::MlFirst), Researcher, 5, "hire.first.res", &["A-FIRST", "D-FIRST"]),
    rule(When::Archetype(Archetype::MlFirst), MlEngineer, 5, "hire.first.mle", &["A-FIRST"]),
    rule(When::Archetype(Archetype::MlFirst), DataEngineer, 5, "hire.first.de", &["D-FIRST"]),
    rule(When::Archetype(Archetype::MlFirst), ProductManager, 2, "hire.first.pm", &["A-FIRST"]),
    rule(When::Archetype(Archetype::MlFirst), MlOps, -2, "hire.first.ops", &["D-FIRST"]),
    // The gate (seed 000): without data, the first person must make data exist.
    rule(GateFails(Condition::Data), DataEngineer, 5, "hire.gate.data", &["G-DATA", "R-DE"]),
];

/// A role, its total weight, and each applying rule's weight and line.
type Ranked = (Role, i32, Vec<(i8, Advice)>);

/// Plans the hiring order from size, archetype and gate.
pub fn plan(org: &Organisation, gate: &Gate, archetype: &Classification) -> HiringPlan {
    let size = org.size;
    let size_answer: Vec<Because> = cite(org.size);
    let archetype_answers: Vec<Because> = archetype.drivers.iter().map(|d| d.answer).collect();

    let applies = |when: When| -> Option<Vec<Because>> {
        match when {
            Always => Some(Vec::new()),
            When::Size(s) => (size == Some(s)).then(|| size_answer.clone()),
            When::Archetype(a) => (archetype.winner == a).then(|| archetype_answers.clone()),
            GateFails(c) => gate
                .failures()
                .find(|check| check.condition == c)
                .map(|check| check.next_step.as_ref().map(|step| step.because.clone()).unwrap_or_default()),
        }
    };

    let mut ranked: Vec<Ranked> = Role::ALL
        .iter()
        .map(|&role| {
            let mut reasons: Vec<(i8, Advice)> = RULES
                .iter()
                .filter(|r| r.role == role)
                .filter_map(|r| applies(r.when).map(|because| (r.weight, r.advice(because))))
                .collect();
            let total = reasons.iter().map(|(w, _)| i32::from(*w)).sum();
            // The decisive reason first: the one that moved the role most, either way.
            reasons.sort_by_key(|(w, _)| std::cmp::Reverse(w.unsigned_abs()));
            (role, total, reasons)
        })
        .collect();
    // Stable sort keeps `Role::ALL` order among equal totals.
    ranked.sort_by_key(|(_, total, _)| std::cmp::Reverse(*total));

    let first_tier = if size == Some(Size::Early) { 1 } else { 2 };
    let hires = ranked
        .into_iter()
        .enumerate()
        .map(|(rank, (role, _, reasons))| {
            let tier = match rank {
                r if r < first_tier => Tier::First,
                r if r < first_tier + 2 => Tier::Next,
                _ => Tier::Later,
            };
            Hire {
                role,
                tier,
                headcount: headcount(role, size, archetype.winner),
                reasons: reasons.into_iter().map(|(_, advice)| advice).collect(),
            }
        })
        .collect();

    let provisional = gate.verdict != Verdict::Go;
    let mut notes = Vec::new();
    if provisional {
        notes.push(Advice::new("hire.note.hold", &["G-COST", "G-ALL-YES"], gate.summary.because.clone()));
    }
    match size {
        Some(Size::Early) => {
            notes.push(Advice::new("hire.note.one_person", &["S-SMALL-E2E", "S-SMALL-PROFILE"], size_answer))
        }
        Some(Size::Growing) => notes.push(Advice::new("hire.note.ratio", &["S-MED-RATIO"], size_answer)),
        Some(Size::Large) => {
            notes.push(Advice::new("hire.note.ratio", &["S-MED-RATIO"], size_answer.clone()));
            notes.push(Advice::new("hire.note.upskill", &["S-LARGE-TRAIN", "R-HIRE-OR-TRAIN"], size_answer));
        }
        None => {}
    }
    HiringPlan { hires, notes, provisional }
}

/// How many of a role to plan for. Early companies hire one person at a time; elsewhere ML
/// engineers outnumber researchers (S-MED-RATIO), and only the large mature archetypes
/// need more than one researcher.
fn headcount(role: Role, size: Option<Size>, archetype: Archetype) -> Headcount {
    if size == Some(Size::Early) {
        return Headcount::One;
    }
    match role {
        MlEngineer => Headcount::Several,
        DataEngineer => Headcount::Few,
        Researcher
            if size == Some(Size::Large)
                && matches!(archetype, Archetype::IndependentDivision | Archetype::MlFirst) =>
        {
            Headcount::Few
        }
        Researcher | ProductManager | MlOps | DataScientist => Headcount::One,
    }
}
