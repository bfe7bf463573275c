//! The hiring order (seeds 000, 001, 003): which of the six roles to hire first, next and later.
//!
//! Each role collects weighted rules from the company's size, its archetype and the gate; the
//! roles are ranked by total weight (ties in `Role::ALL` order, engineers before scientists)
//! and cut into tiers. Every rule that applies becomes a reason on the role, so the user sees
//! why it sits where it does. To maintain: a rule needs a catalog entry for its key and at
//! least one knowledge ID; weights are relative, so compare a new one with its neighbours.

use super::advice::{Advice, Because};
use super::archetype::{Archetype, Classification};
use super::facts::{cite, cite_if, DataAccess, Organisation, Production, Size, TrainingData};
use super::gate::{Condition, Gate, Standing, Verdict};

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

/// What the plan is, given the gate (seed 000: without a yes to every condition the
/// investment is regretted).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Every condition is met: hire in this order.
    HireNow,
    /// Some condition is "no": the plan is what to settle before hiring, with no hiring order.
    BeforeHiring,
    /// No condition is "no" but some are open: the order is what follows if they turn out yes,
    /// headed by the steps that settle them.
    IfSettled,
}

/// The order in which to hire.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiringPlan {
    pub mode: Mode,
    /// What to do before any hiring, in order; empty when the gate says go.
    pub first_steps: Vec<Advice>,
    /// All six roles, first tier first; none while a condition is "no".
    pub hires: Vec<Hire>,
    /// Advice about the plan as a whole.
    pub notes: Vec<Advice>,
}

impl HiringPlan {
    /// The gate did not say go, so the rest of the report is what to do once it does.
    pub fn provisional(&self) -> bool {
        self.mode != Mode::HireNow
    }

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
    /// A condition on the facts beyond one size or one archetype: the answers it rests on
    /// when it holds.
    Facts(fn(&Organisation, &Classification) -> Option<Vec<Because>>),
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
use When::{Always, Facts};

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
    // One researcher anchors a growing team, unless it is an R&D organisation: that already
    // has researchers, and more will not fix what holds its work back (review 2.8).
    rule(Facts(growing_not_rnd), Researcher, 9, "hire.growing.res", &["S-MED-ANCHOR"]),
    rule(When::Size(Size::Growing), DataEngineer, 8, "hire.growing.de", &["S-MED-ANCHOR"]),
    rule(When::Size(Size::Growing), MlEngineer, 7, "hire.growing.mle", &["S-MED-RATIO", "S-MED-E2E"]),
    own(When::Size(Size::Growing), ProductManager, 3, "hire.growing.pm", &["S-MED-ORG", "R-PM"]),
    rule(When::Size(Size::Large), MlEngineer, 8, "hire.large.mle", &["S-LARGE-TRAIN", "R-HIRE-OR-TRAIN"]),
    // 000 warns large companies off custom architectures, not off researchers: a division or an
    // ML-first company that does long-term research keeps them (review 2.13).
    rule(Facts(large_not_research_led), Researcher, -3, "hire.large.res", &["S-LARGE-STANDARD"]),
    // Operations people once models run in production, not because of size alone: 000 warns
    // large companies against building their own ML infrastructure (review 2.1).
    own(Facts(large_and_running), MlOps, 4, "hire.large.ops.running", &["R-OPS", "S-LARGE-NO-INFRA"]),
    // Data the ML people can hardly reach comes before anything built on it (review 2.1).
    own(Facts(data_out_of_reach), DataEngineer, 4, "hire.data.out_of_reach", &["R-DE", "D-AXES"]),
    // Archetype (seed 001).
    rule(When::Archetype(Archetype::Nascent), MlEngineer, 4, "hire.nascent.mle", &["A-NASCENT", "M-E2E"]),
    // At an early-stage company the founders are the leadership to convince, and 000 relies on
    // one practitioner: no product manager for that.
    rule(Facts(nascent_not_early), ProductManager, 2, "hire.nascent.pm", &["A-NASCENT", "M-EDUCATE"]),
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
    // An early-stage company has no ML division to speak of, whatever else it shares with
    // ML-first companies.
    rule(Facts(ml_first_not_early), Researcher, 5, "hire.first.res", &["A-FIRST", "D-FIRST"]),
    own(Facts(ml_first_early), Researcher, 5, "hire.first.res.small", &["A-FIRST", "S-SMALL-AVOID"]),
    rule(When::Archetype(Archetype::MlFirst), MlEngineer, 5, "hire.first.mle", &["A-FIRST"]),
    rule(When::Archetype(Archetype::MlFirst), DataEngineer, 5, "hire.first.de", &["D-FIRST"]),
    rule(When::Archetype(Archetype::MlFirst), ProductManager, 2, "hire.first.pm", &["A-FIRST"]),
    rule(When::Archetype(Archetype::MlFirst), MlOps, -2, "hire.first.ops", &["D-FIRST"]),
    // The gate (seed 000): while nobody knows whether the data exists, a data engineer is the
    // one hire that helps find out. A "no" promotes nobody: the plan is then to settle the data
    // before hiring (review 2.2).
    own(Facts(data_unsettled), DataEngineer, 5, "hire.gate.data.unsure", &["G-DATA", "R-DE"]),
];

fn nascent_not_early(org: &Organisation, archetype: &Classification) -> Option<Vec<Because>> {
    (archetype.winner == Archetype::Nascent && org.size != Some(Size::Early)).then(|| drivers(archetype))
}

fn growing_not_rnd(org: &Organisation, archetype: &Classification) -> Option<Vec<Because>> {
    (org.size == Some(Size::Growing) && archetype.winner != Archetype::RnD).then(|| cite(org.size))
}

fn large_not_research_led(org: &Organisation, archetype: &Classification) -> Option<Vec<Because>> {
    let research_led = matches!(archetype.winner, Archetype::IndependentDivision | Archetype::MlFirst);
    (org.size == Some(Size::Large) && !research_led).then(|| cite(org.size))
}

fn large_and_running(org: &Organisation, _: &Classification) -> Option<Vec<Because>> {
    let running = [Production::BuildersOwn, Production::HandedMaintained, Production::HandedOver];
    let production = cite_if(org.production, &running);
    (org.size == Some(Size::Large) && !production.is_empty()).then(|| [cite(org.size), production].concat())
}

fn data_out_of_reach(org: &Organisation, _: &Classification) -> Option<Vec<Because>> {
    let because = cite_if(org.data, &[DataAccess::Hard, DataAccess::NoData]);
    (!because.is_empty()).then_some(because)
}

fn ml_first_not_early(org: &Organisation, archetype: &Classification) -> Option<Vec<Because>> {
    (archetype.winner == Archetype::MlFirst && org.size != Some(Size::Early)).then(|| drivers(archetype))
}

fn ml_first_early(org: &Organisation, archetype: &Classification) -> Option<Vec<Because>> {
    (archetype.winner == Archetype::MlFirst && org.size == Some(Size::Early))
        .then(|| [drivers(archetype), cite(org.size)].concat())
}

fn data_unsettled(org: &Organisation, _: &Classification) -> Option<Vec<Because>> {
    matches!(org.training_data, Some(TrainingData::Unsure) | None).then(|| cite(org.training_data))
}

/// The answers that made the archetype win.
fn drivers(archetype: &Classification) -> Vec<Because> {
    archetype.drivers.iter().map(|d| d.answer).collect()
}

/// A role, its total weight, and each applying rule's weight and line.
type Ranked = (Role, i32, Vec<(i8, Advice)>);

/// Plans the hiring order from size, archetype and gate.
pub fn plan(org: &Organisation, gate: &Gate, archetype: &Classification) -> HiringPlan {
    let size = org.size;
    let size_answer: Vec<Because> = cite(org.size);
    let archetype_answers: Vec<Because> = drivers(archetype);

    let applies = |when: When| -> Option<Vec<Because>> {
        match when {
            Always => Some(Vec::new()),
            When::Size(s) => (size == Some(s)).then(|| size_answer.clone()),
            When::Archetype(a) => (archetype.winner == a).then(|| archetype_answers.clone()),
            Facts(holds) => holds(org, archetype),
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

    let mode = mode(gate);
    let first_steps = first_steps(gate, mode);
    let hires = if mode == Mode::BeforeHiring { Vec::new() } else { hires };
    let mut notes = Vec::new();
    match size {
        Some(Size::Early) => {
            notes.push(Advice::new("hire.note.one_person", &["S-SMALL-E2E", "S-SMALL-PROFILE"], size_answer))
        }
        Some(Size::Growing) => notes.push(Advice::new("hire.note.ratio", &["S-MED-RATIO"], size_answer)),
        // 000 gives the engineer-to-scientist ratio to growing companies; for large ones it
        // says to train engineers instead (review 1.16).
        Some(Size::Large) => {
            notes.push(Advice::new("hire.note.upskill", &["S-LARGE-TRAIN", "R-HIRE-OR-TRAIN"], size_answer))
        }
        None => {}
    }
    HiringPlan { mode, first_steps, hires, notes }
}

fn mode(gate: &Gate) -> Mode {
    if gate.verdict == Verdict::Go {
        Mode::HireNow
    } else if gate.failures().any(|check| check.standing == Standing::NotMet) {
        Mode::BeforeHiring
    } else {
        Mode::IfSettled
    }
}

/// The steps before hiring: a lead line, then one step per condition to settle. A missing data
/// set gets a data pilot, the app's own step built on 000's data condition; every other
/// condition its step from the gate.
fn first_steps(gate: &Gate, mode: Mode) -> Vec<Advice> {
    let settle = |standing: Standing| {
        gate.failures().filter(move |check| check.standing == standing).filter_map(move |check| {
            if check.condition == Condition::Data && standing == Standing::NotMet {
                let because = check.next_step.as_ref().map(|s| s.because.clone()).unwrap_or_default();
                Some(Advice::judgement("hire.before.data_pilot", &["G-DATA", "G-ALL-YES", "R-DE"], because))
            } else {
                check.next_step.clone()
            }
        })
    };
    match mode {
        Mode::HireNow => Vec::new(),
        Mode::BeforeHiring => {
            let lead = Advice::new("hire.note.hold", &["G-COST", "G-ALL-YES"], gate.summary.because.clone());
            std::iter::once(lead).chain(settle(Standing::NotMet)).collect()
        }
        Mode::IfSettled => {
            let lead = Advice::new("hire.if_settled", &["G-ALL-YES"], gate.summary.because.clone());
            std::iter::once(lead).chain(settle(Standing::Unsure)).collect()
        }
    }
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
