//! Role cards (seeds 001 and 003): what each suggested role does, its tools and backgrounds,
//! which of the Product / Data / Platform axes it serves, where it sits on the skills chart,
//! the pitfalls in hiring for it, and whether to hire or train.

use super::advice::{Advice, Because};
use super::facts::{cite, Engineers, Organisation, Size};
use super::hiring::{HiringPlan, Role, Tier};

/// Where a role sits on the skills chart (R-SKILLS), each from 1 (low) to 5 (high). The seed
/// gives the extremes (low ML expertise for DevOps and data engineering, high for researchers,
/// communication as bubble size); the positions between are our reading of its chart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Skills {
    pub ml_expertise: u8,
    pub communication: u8,
}

/// One of the three things ML roles are defined around (003).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WorkAxis {
    Product,
    Data,
    Platform,
}

impl WorkAxis {
    fn advice(self) -> Advice {
        let (key, knowledge): (&'static str, &'static [&'static str]) = match self {
            WorkAxis::Product => ("role.axis.product", &["R-AXIS-PRODUCT"]),
            WorkAxis::Data => ("role.axis.data", &["R-AXIS-DATA"]),
            WorkAxis::Platform => ("role.axis.platform", &["R-AXIS-PLATFORM"]),
        };
        Advice::new(key, knowledge, Vec::new())
    }
}

/// The fixed facts about a role, and the catalog keys of its card.
pub struct Profile {
    pub role: Role,
    pub skills: Skills,
    pub axes: &'static [WorkAxis],
    pub fact: &'static [&'static str],
    pub duties: &'static str,
    pub tools: &'static str,
    pub background: &'static str,
}

/// The six roles, in `Role::ALL` order.
pub const PROFILES: [Profile; 6] = [
    Profile {
        role: Role::MlEngineer,
        skills: Skills { ml_expertise: 4, communication: 3 },
        axes: &[WorkAxis::Data, WorkAxis::Platform],
        fact: &["R-MLE"],
        duties: "role.R-MLE.duties",
        tools: "role.R-MLE.tools",
        background: "role.R-MLE.background",
    },
    Profile {
        role: Role::DataEngineer,
        skills: Skills { ml_expertise: 2, communication: 3 },
        axes: &[WorkAxis::Platform],
        fact: &["R-DE"],
        duties: "role.R-DE.duties",
        tools: "role.R-DE.tools",
        background: "role.R-DE.background",
    },
    Profile {
        role: Role::Researcher,
        skills: Skills { ml_expertise: 5, communication: 4 },
        axes: &[WorkAxis::Data],
        fact: &["R-RES"],
        duties: "role.R-RES.duties",
        tools: "role.R-RES.tools",
        background: "role.R-RES.background",
    },
    Profile {
        role: Role::ProductManager,
        skills: Skills { ml_expertise: 2, communication: 5 },
        axes: &[WorkAxis::Product],
        fact: &["R-PM"],
        duties: "role.R-PM.duties",
        tools: "role.R-PM.tools",
        background: "role.R-PM.background",
    },
    Profile {
        role: Role::MlOps,
        skills: Skills { ml_expertise: 1, communication: 2 },
        axes: &[WorkAxis::Platform],
        fact: &["R-OPS"],
        duties: "role.R-OPS.duties",
        tools: "role.R-OPS.tools",
        background: "role.R-OPS.background",
    },
    Profile {
        role: Role::DataScientist,
        skills: Skills { ml_expertise: 3, communication: 4 },
        axes: &[WorkAxis::Data, WorkAxis::Product],
        fact: &["R-DS"],
        duties: "role.R-DS.duties",
        tools: "role.R-DS.tools",
        background: "role.R-DS.background",
    },
];

pub fn profile(role: Role) -> &'static Profile {
    let index = Role::ALL.iter().position(|&r| r == role).unwrap_or(0);
    &PROFILES[index]
}

/// One card: the role, when to hire it, and what to know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Card {
    pub role: Role,
    pub tier: Tier,
    pub duties: Advice,
    pub tools: Advice,
    pub background: Advice,
    /// The Product / Data / Platform axes the role serves.
    pub axes: Vec<Advice>,
    /// Hire or grow from within, where an engineer can grow into the role.
    pub hire_or_train: Option<Advice>,
    /// What to watch for when judging candidates.
    pub pitfalls: Vec<Advice>,
}

impl Card {
    /// Every line of the card.
    pub fn lines(&self) -> impl Iterator<Item = &Advice> {
        [&self.duties, &self.tools, &self.background]
            .into_iter()
            .chain(self.axes.iter())
            .chain(self.hire_or_train.iter())
            .chain(self.pitfalls.iter())
    }
}

/// The roles section: a card per role and the skills chart's caption.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Roles {
    pub cards: Vec<Card>,
    /// The roles the plan suggests (first and next tiers), for the chart to highlight.
    pub suggested: Vec<Role>,
    pub chart: Advice,
}

/// Hire or grow from within, for the roles an engineer can grow into (003, 000, 001).
fn hire_or_train(role: Role, org: &Organisation) -> Option<Advice> {
    if !matches!(role, Role::MlEngineer | Role::DataEngineer | Role::MlOps) {
        return None;
    }
    let because: Vec<Because> = cite(org.engineers);
    let large = org.size == Some(Size::Large);
    let advice = match org.engineers {
        Some(Engineers::Keen) if large => Advice::new("train.upskill", &["R-HIRE-OR-TRAIN", "S-LARGE-TRAIN"], because),
        // 003 puts hiring experts first; only for large companies does 000 put training first
        // (review 1.4).
        Some(Engineers::Keen) => Advice::new("train.upskill.hire_first", &["R-HIRE-OR-TRAIN", "H-MLE-SOURCE"], because),
        Some(Engineers::Few) => Advice::new("train.mix", &["R-HIRE-OR-TRAIN", "H-MLE-SOURCE"], because),
        Some(Engineers::NoEngineers) => Advice::new("train.hire", &["R-HIRE-OR-TRAIN", "H-MLE-SOURCE"], because),
        Some(Engineers::Unsure) | None => Advice::new("train.find_out", &["R-HIRE-OR-TRAIN"], because),
    };
    Some(advice)
}

/// The pitfalls in judging candidates for a role (003): few have shipped production ML, and ML
/// profiles are hard to tell apart from data-analyst, data-engineer and data-scientist ones. On
/// a data engineer's or data scientist's own card the second would name the card's own title
/// (review 2.10), so it stays with the ML roles.
fn pitfalls(role: Role) -> Vec<Advice> {
    match role {
        Role::MlEngineer | Role::Researcher => vec![
            Advice::new("pitfall.experience", &["R-EXPERIENCE"], Vec::new()),
            Advice::new("pitfall.overlap", &["R-OVERLAP", "T-TITLES"], Vec::new()),
        ],
        Role::DataEngineer | Role::DataScientist | Role::ProductManager | Role::MlOps => Vec::new(),
    }
}

/// A card for every role, in the plan's order, so the suggested roles come first.
pub fn cards(org: &Organisation, plan: &HiringPlan) -> Roles {
    let suggested = plan.suggested();
    let cards = plan
        .hires
        .iter()
        .map(|hire| {
            let profile = profile(hire.role);
            Card {
                role: hire.role,
                tier: hire.tier,
                duties: Advice::new(profile.duties, profile.fact, Vec::new()),
                tools: Advice::new(profile.tools, profile.fact, Vec::new()),
                background: Advice::new(profile.background, profile.fact, Vec::new()),
                axes: profile.axes.iter().map(|axis| axis.advice()).collect(),
                hire_or_train: hire_or_train(hire.role, org),
                pitfalls: pitfalls(hire.role),
            }
        })
        .collect();
    Roles { cards, suggested, chart: Advice::judgement("roles.chart", &["R-SKILLS"], Vec::new()) }
}
