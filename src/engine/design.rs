//! Design choices per archetype (seed 001): how much engineering versus research, how much of
//! the data the ML team owns, and who owns models in production. For each, what the sources
//! recommend for the user's archetype, what the user said, and where the two differ.

use super::advice::{Advice, Because};
use super::archetype::Archetype;
use super::facts::{cite, DataAccess, Emphasis, Organisation, Production, Size};

/// One of the three design choices (D-AXES).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    Emphasis,
    DataOwnership,
    ModelOwnership,
}

impl Axis {
    pub const ALL: [Axis; 3] = [Axis::Emphasis, Axis::DataOwnership, Axis::ModelOwnership];

    pub fn id(self) -> &'static str {
        match self {
            Axis::Emphasis => "emphasis",
            Axis::DataOwnership => "data",
            Axis::ModelOwnership => "models",
        }
    }
}

/// Where an organisation stands on one axis, as the sources describe the archetypes. Each
/// stance has a phrase in the catalog under `design.stance.<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stance {
    ResearchFirst,
    EngineeringFirst,
    CloseMix,
    VariesButCollaborates,
    NoDataControl,
    WorksWithDataEngineers,
    GovernanceVoice,
    OwnsCompanyDataInfra,
    RarelyDeployed,
    BuildersOwn,
    HandsOffButMaintains,
    UsersMaintain,
}

impl Stance {
    pub fn id(self) -> &'static str {
        match self {
            Stance::ResearchFirst => "research_first",
            Stance::EngineeringFirst => "engineering_first",
            Stance::CloseMix => "close_mix",
            Stance::VariesButCollaborates => "varies",
            Stance::NoDataControl => "no_data_control",
            Stance::WorksWithDataEngineers => "works_with_des",
            Stance::GovernanceVoice => "governance_voice",
            Stance::OwnsCompanyDataInfra => "owns_data_infra",
            Stance::RarelyDeployed => "rarely_deployed",
            Stance::BuildersOwn => "builders_own",
            Stance::HandsOffButMaintains => "hands_off_maintains",
            Stance::UsersMaintain => "users_maintain",
        }
    }
}

/// The user's stance on an axis, read from their answer, and that answer.
fn yours(axis: Axis, org: &Organisation) -> (Option<Stance>, Vec<Because>) {
    match axis {
        Axis::Emphasis => {
            let stance = match org.emphasis {
                Some(Emphasis::Research) => Some(Stance::ResearchFirst),
                Some(Emphasis::Engineering) => Some(Stance::EngineeringFirst),
                Some(Emphasis::Mixed) => Some(Stance::CloseMix),
                Some(Emphasis::Varies) => Some(Stance::VariesButCollaborates),
                Some(Emphasis::Unsure) | None => None,
            };
            (stance, cite(org.emphasis))
        }
        Axis::DataOwnership => {
            let stance = match org.data {
                Some(DataAccess::Easy) => Some(Stance::OwnsCompanyDataInfra),
                Some(DataAccess::Governed) => Some(Stance::GovernanceVoice),
                Some(DataAccess::Lagging) => Some(Stance::WorksWithDataEngineers),
                Some(DataAccess::Hard | DataAccess::NoData) => Some(Stance::NoDataControl),
                Some(DataAccess::Unsure) | None => None,
            };
            (stance, cite(org.data))
        }
        Axis::ModelOwnership => {
            let stance = match org.production {
                Some(Production::Rarely) => Some(Stance::RarelyDeployed),
                Some(Production::BuildersOwn) => Some(Stance::BuildersOwn),
                Some(Production::HandedMaintained) => Some(Stance::HandsOffButMaintains),
                Some(Production::HandedOver) => Some(Stance::UsersMaintain),
                Some(Production::Nothing | Production::Unsure) | None => None,
            };
            (stance, cite(org.production))
        }
    }
}

/// What the sources describe for each archetype on each axis, with its catalog key and the
/// fact that says so. A nascent organisation has no described design: it gets first steps.
const DESCRIBED: &[(Archetype, Axis, Stance, &str, &[&str])] = &[
    (Archetype::RnD, Axis::Emphasis, Stance::ResearchFirst, "design.A-RND.emphasis", &["D-RND"]),
    (Archetype::RnD, Axis::DataOwnership, Stance::NoDataControl, "design.A-RND.data", &["D-RND"]),
    (Archetype::RnD, Axis::ModelOwnership, Stance::RarelyDeployed, "design.A-RND.models", &["D-RND"]),
    (
        Archetype::ProductEmbedded,
        Axis::Emphasis,
        Stance::EngineeringFirst,
        "design.A-EMBEDDED.emphasis",
        &["D-EMBEDDED"],
    ),
    (
        Archetype::ProductEmbedded,
        Axis::DataOwnership,
        Stance::WorksWithDataEngineers,
        "design.A-EMBEDDED.data",
        &["D-EMBEDDED"],
    ),
    (
        Archetype::ProductEmbedded,
        Axis::ModelOwnership,
        Stance::BuildersOwn,
        "design.A-EMBEDDED.models",
        &["D-EMBEDDED"],
    ),
    (Archetype::IndependentDivision, Axis::Emphasis, Stance::CloseMix, "design.A-DIVISION.emphasis", &["D-DIVISION"]),
    (
        Archetype::IndependentDivision,
        Axis::DataOwnership,
        Stance::GovernanceVoice,
        "design.A-DIVISION.data",
        &["D-DIVISION"],
    ),
    (
        Archetype::IndependentDivision,
        Axis::ModelOwnership,
        Stance::HandsOffButMaintains,
        "design.A-DIVISION.models",
        &["D-DIVISION"],
    ),
    (Archetype::MlFirst, Axis::Emphasis, Stance::VariesButCollaborates, "design.A-FIRST.emphasis", &["D-FIRST"]),
    (Archetype::MlFirst, Axis::DataOwnership, Stance::OwnsCompanyDataInfra, "design.A-FIRST.data", &["D-FIRST"]),
    (Archetype::MlFirst, Axis::ModelOwnership, Stance::UsersMaintain, "design.A-FIRST.models", &["D-FIRST"]),
];

/// How the user's stance compares with the archetype's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    Matches,
    /// The user's answer is what this archetype typically looks like, and the sources name it
    /// as what holds the archetype back (R&D's three axes, 001): never called a fit.
    TypicalWeakness,
    /// An early-stage company whose model builders deploy their own models, where the archetype
    /// hands models over: at that size one practitioner builds end to end (000), so the
    /// difference is expected rather than something to change.
    SmallCompanyBuildsEndToEnd,
    Differs,
    /// The user did not say, or said "not sure".
    Unknown,
}

/// One design choice for the user's archetype.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    pub axis: Axis,
    pub described: Stance,
    pub yours: Option<Stance>,
    pub fit: Fit,
    /// What the archetype's design is on this axis and why.
    pub advice: Advice,
}

/// The design section of the report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Design {
    /// The three axes and what they mean.
    pub intro: Advice,
    /// One per axis, for every archetype but nascent.
    pub choices: Vec<Choice>,
    /// For a nascent organisation: what to set up first, in order.
    pub first_steps: Vec<Advice>,
}

/// The design choices for the user's archetype, compared with what they told us.
pub fn design(org: &Organisation, archetype: Archetype) -> Design {
    let intro = Advice::new("design.intro", &["D-AXES"], Vec::new());
    let choices = DESCRIBED
        .iter()
        .filter(|(a, ..)| *a == archetype)
        .map(|&(_, axis, stance, key, knowledge)| {
            let (yours, because) = yours(axis, org);
            let fit = match yours {
                None => Fit::Unknown,
                Some(y) if y == stance && archetype == Archetype::RnD => Fit::TypicalWeakness,
                Some(y) if y == stance => Fit::Matches,
                Some(Stance::BuildersOwn) if org.size == Some(Size::Early) && axis == Axis::ModelOwnership => {
                    Fit::SmallCompanyBuildsEndToEnd
                }
                Some(_) => Fit::Differs,
            };
            Choice { axis, described: stance, yours, fit, advice: Advice::new(key, knowledge, because) }
        })
        .collect();
    let first_steps = if archetype == Archetype::Nascent {
        vec![
            // 000's size advice backs these steps for the size it was written for; elsewhere
            // they rest on 001's facts alone (size-specific advice stays with its size).
            if org.size == Some(Size::Early) {
                Advice::new("design.nascent.one_owner", &["D-AXES", "S-SMALL-E2E"], cite(org.size))
            } else {
                Advice::judgement("design.nascent.one_owner", &["D-AXES", "A-NASCENT"], Vec::new())
            },
            if org.size == Some(Size::Growing) {
                Advice::new("design.nascent.pipeline", &["M-E2E", "S-MED-E2E"], cite(org.production))
            } else {
                Advice::new("design.nascent.pipeline", &["M-E2E"], cite(org.production))
            },
            Advice::new("design.nascent.data", &["D-AXES", "R-DE"], cite(org.data)),
            Advice::new("design.nascent.support", &["A-NASCENT", "M-EDUCATE"], cite(org.leadership)),
        ]
    } else {
        Vec::new()
    };
    Design { intro, choices, first_steps }
}
