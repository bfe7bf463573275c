//! Running the work (seed 001) and the anti-patterns the user's answers show signs of (seeds
//! 000, 001 and 004).

use super::advice::Advice;
use super::archetype::Archetype;
use super::facts::{
    cite_if, Answer, Emphasis, FirstHire, Handoff, Leadership, Motive, Organisation, Production, Size, Stack,
};

/// How to manage ML projects. Every organisation gets all seven practices; the ones the
/// answers make pressing carry those answers, so the view can say they matter here.
pub fn practices(org: &Organisation) -> Vec<Advice> {
    let mut together = cite_if(org.emphasis, &[Emphasis::Research]);
    together.extend(cite_if(org.handoff, &[Handoff::Rebuilt]));
    let mut educate = cite_if(org.leadership, &[Leadership::NoInvestment, Leadership::SmallBets, Leadership::Unsure]);
    educate.extend(cite_if(org.motive, &[Motive::Investors]));
    vec![
        Advice::new("practice.uncertain", &["M-UNCERTAIN"], Vec::new()),
        Advice::new("practice.probabilistic", &["M-PROBABILISTIC"], Vec::new()),
        Advice::new("practice.portfolio", &["M-PORTFOLIO"], Vec::new()),
        Advice::new("practice.inputs", &["M-INPUTS"], Vec::new()),
        Advice::new("practice.together", &["M-TOGETHER"], together),
        Advice::new("practice.e2e", &["M-E2E"], cite_if(org.production, &[Production::Nothing, Production::Rarely])),
        Advice::new("practice.educate", &["M-EDUCATE"], educate),
    ]
}

/// The anti-patterns the answers show signs of, each with the answer that raised it.
pub fn anti_patterns(org: &Organisation, archetype: Archetype) -> Vec<Advice> {
    let mut found = Vec::new();
    let mut flag = |because: Vec<_>, key: &'static str, knowledge: &'static [&'static str]| {
        if !because.is_empty() {
            found.push(Advice::new(key, knowledge, because));
        }
    };
    flag(cite_if(org.motive, &[Motive::Investors]), "anti.checkbox", &["G-CHECKBOX", "G-COST"]);
    // ML-first companies hand finished models to the teams that use them (001); that is not the
    // pin factory of 004, where engineers rebuild what the model builders made, and the warning
    // says so when both answers meet (review 2.12).
    let hands_to_users = archetype == Archetype::MlFirst && org.production == Some(Production::HandedOver);
    let pin = if hands_to_users { "anti.pin_factory.ml_first" } else { "anti.pin_factory" };
    flag(cite_if(org.handoff, &[Handoff::Rebuilt]), pin, &["T-PIN-FACTORY", "M-TOGETHER"]);
    // 000 gives both stack warnings to large companies; to any other size they come with a
    // line that says so and why they still apply (size-specific advice stays with its size).
    let large = org.size == Some(Size::Large);
    let (platform, models) = if large {
        ("anti.custom_platform", "anti.custom_models")
    } else {
        ("anti.custom_platform.other_size", "anti.custom_models.other_size")
    };
    flag(cite_if(org.stack, &[Stack::CustomPlatform]), platform, &["S-LARGE-NO-INFRA"]);
    // Research-led organisations exist partly to build new models (004 on research teams, 001
    // on R&D and ML-first), so the custom-models warning is not theirs (review 2.9).
    if !matches!(archetype, Archetype::RnD | Archetype::MlFirst) {
        flag(cite_if(org.stack, &[Stack::CustomModels]), models, &["S-LARGE-STANDARD"]);
    }
    flag(
        cite_if(org.first_hire, &[FirstHire::DataScientist]),
        "anti.vague_title",
        &["R-DS", "R-OVERLAP", "H-SPECIFIC"],
    );
    if org.size == Some(Size::Early) && org.first_hire == Some(FirstHire::Researcher) {
        let because =
            [org.first_hire.map(Answer::because), org.size.map(Answer::because)].into_iter().flatten().collect();
        flag(because, "anti.researcher_first", &["S-SMALL-AVOID", "S-SMALL-PROFILE"]);
    }
    found
}
