//! Running the work (seed 001) and the anti-patterns the user's answers show signs of (seeds
//! 000, 001 and 004).

use super::advice::{Advice, Because};
use super::answers::Answers;
use super::hiring::Size;

fn because_if(answers: &Answers, question: &str, choices: &[&str]) -> Vec<Because> {
    match answers.get(question) {
        Some(chosen) if choices.contains(&chosen) => answers.cited(question),
        _ => Vec::new(),
    }
}

/// How to manage ML projects. Every organisation gets all seven practices; the ones the
/// answers make pressing carry those answers, so the view can say they matter here.
pub fn practices(answers: &Answers) -> Vec<Advice> {
    let mut together = because_if(answers, "ml.emphasis", &["research"]);
    together.extend(because_if(answers, "ml.handoff", &["rebuilt"]));
    let mut educate = because_if(answers, "ml.leadership", &["none", "small_bets", "unsure"]);
    educate.extend(because_if(answers, "gate.motive", &["investors"]));
    vec![
        Advice::new("practice.uncertain", &["M-UNCERTAIN"], Vec::new()),
        Advice::new("practice.probabilistic", &["M-PROBABILISTIC"], Vec::new()),
        Advice::new("practice.portfolio", &["M-PORTFOLIO"], Vec::new()),
        Advice::new("practice.inputs", &["M-INPUTS"], Vec::new()),
        Advice::new("practice.together", &["M-TOGETHER"], together),
        Advice::new("practice.e2e", &["M-E2E"], because_if(answers, "ml.production", &["nothing", "rarely"])),
        Advice::new("practice.educate", &["M-EDUCATE"], educate),
    ]
}

/// The anti-patterns the answers show signs of, each with the answer that raised it.
pub fn anti_patterns(answers: &Answers) -> Vec<Advice> {
    let mut found = Vec::new();
    let mut flag = |question: &str, choices: &[&str], key: &'static str, knowledge: &'static [&'static str]| {
        let because = because_if(answers, question, choices);
        if !because.is_empty() {
            found.push(Advice::new(key, knowledge, because));
        }
    };
    flag("gate.motive", &["investors"], "anti.checkbox", &["G-CHECKBOX", "G-COST"]);
    flag("ml.handoff", &["rebuilt"], "anti.pin_factory", &["T-PIN-FACTORY", "M-TOGETHER"]);
    flag("ml.stack", &["custom_platform"], "anti.custom_platform", &["S-LARGE-NO-INFRA"]);
    flag("ml.stack", &["custom_models"], "anti.custom_models", &["S-LARGE-STANDARD"]);
    flag("team.first_hire", &["data_scientist"], "anti.vague_title", &["R-DS", "R-OVERLAP", "H-SPECIFIC"]);
    if Size::from_answers(answers) == Some(Size::Early) {
        let mut because = because_if(answers, "team.first_hire", &["researcher"]);
        if !because.is_empty() {
            because.extend(answers.because("org.size"));
            found.push(Advice::new("anti.researcher_first", &["S-SMALL-AVOID", "S-SMALL-PROFILE"], because));
        }
    }
    found
}
