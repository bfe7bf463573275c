//! Sentences assembled from catalog templates and report values, shared by the page and the
//! Markdown export so both say exactly the same thing.

use super::{fill, t, Locale};
use crate::engine::archetype::Classification;
use crate::engine::counterfactual::Counterfactual;
use crate::engine::design::{Choice, Fit};
use crate::engine::gate::Verdict;
use crate::engine::hiring::Headcount;
use crate::engine::practitioner::team_type::{self, Call};

/// An answer as the user saw it: the question and the option they chose.
pub fn answer(locale: Locale, question: &str, choice: &str) -> String {
    fill(
        t(locale, "why.answer"),
        &[("question", t(locale, &format!("q.{question}"))), ("answer", t(locale, &format!("q.{question}.{choice}")))],
    )
}

/// "N points", in the singular for one.
pub fn points(locale: Locale, points: u32) -> String {
    let key = if points == 1 { "result.archetype.point" } else { "result.archetype.points" };
    fill(t(locale, key), &[("points", &points.to_string())])
}

/// The name of an archetype, role or other ID-named thing.
pub fn archetype_name(locale: Locale, id: &str) -> &'static str {
    t(locale, &format!("arch.name.{id}"))
}

pub fn role_name(locale: Locale, id: &str) -> &'static str {
    t(locale, &format!("role.name.{id}"))
}

/// The headline of the archetype section: winner, points and margin, or the tie.
pub fn archetype_lead(locale: Locale, archetype: &Classification) -> String {
    let points = archetype.points(archetype.winner).to_string();
    let margin = archetype.margin.to_string();
    let key = if archetype.tie_broken { "result.archetype.tie" } else { "result.archetype.lead" };
    fill(
        t(locale, key),
        &[
            ("winner", archetype_name(locale, archetype.winner.id())),
            ("runner", archetype_name(locale, archetype.runner_up.id())),
            ("points", &points),
            ("margin", &margin),
        ],
    )
}

/// One of the answers that weighed most, with its points.
pub fn driver(locale: Locale, question: &str, choice: &str, points: u32) -> String {
    fill(
        t(locale, "result.archetype.driver"),
        &[("answer", &answer(locale, question, choice)), ("points", &points.to_string())],
    )
}

/// The counterfactual in one sentence.
pub fn counterfactual(locale: Locale, cf: &Counterfactual) -> String {
    let changes = cf
        .changes
        .iter()
        .map(|change| {
            let question = t(locale, &format!("q.{}", change.question));
            let to = t(locale, &format!("q.{}.{}", change.question, change.to));
            match change.from {
                Some(from) => fill(
                    t(locale, "counterfactual.change"),
                    &[
                        ("question", question),
                        ("to", to),
                        ("from", t(locale, &format!("q.{}.{}", change.question, from))),
                    ],
                ),
                None => fill(t(locale, "counterfactual.change_new"), &[("question", question), ("to", to)]),
            }
        })
        .collect::<Vec<_>>()
        .join(t(locale, "counterfactual.and"));
    // The line's key is the sentence's template: moved, stable, or stable with nothing close.
    fill(t(locale, cf.advice.key), &[("archetype", archetype_name(locale, cf.becomes.id())), ("changes", &changes)])
}

/// How the user's answer compares with the archetype's design on one axis.
pub fn design_fit(locale: Locale, choice: &Choice) -> String {
    match (choice.fit, choice.yours) {
        (Fit::Matches, _) => t(locale, "design.fit.matches").to_owned(),
        (Fit::TypicalWeakness, _) => t(locale, "design.fit.typical_weakness").to_owned(),
        (Fit::SmallCompanyBuildsEndToEnd, _) => t(locale, "design.fit.small_company").to_owned(),
        (Fit::Differs, Some(yours)) => fill(
            t(locale, "design.fit.differs"),
            &[
                ("yours", t(locale, &format!("design.stance.{}", yours.id()))),
                ("described", t(locale, &format!("design.stance.{}", choice.described.id()))),
            ],
        ),
        _ => t(locale, "design.fit.unknown").to_owned(),
    }
}

/// The gate's verdict in a word, as lists and comparisons name it.
pub fn verdict(locale: Locale, verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Go => t(locale, "library.go"),
        Verdict::NotYet => t(locale, "library.not_yet"),
    }
}

pub fn headcount(locale: Locale, headcount: Headcount) -> &'static str {
    match headcount {
        Headcount::One => t(locale, "headcount.one"),
        Headcount::Few => t(locale, "headcount.few"),
        Headcount::Several => t(locale, "headcount.several"),
    }
}

pub fn team_type_name(locale: Locale, id: &str) -> &'static str {
    t(locale, &format!("type.name.{id}"))
}

/// The headline of the team-type section: winner, points and margin, a tie, or no signal.
pub fn team_type_lead(locale: Locale, team: &team_type::Classification) -> String {
    let key = match team.call {
        Call::Clear => "type.lead",
        Call::Tie => "type.tie",
        Call::NoSignal => "type.no_signal",
    };
    let points = team.points(team.winner).to_string();
    let margin = team.margin.to_string();
    fill(
        t(locale, key),
        &[
            ("winner", team_type_name(locale, team.winner.id())),
            ("runner", team_type_name(locale, team.runner_up.id())),
            ("points", &points),
            ("margin", &margin),
        ],
    )
}

/// A question's text, as the quiz asks it.
pub fn question(locale: Locale, question: &str) -> &'static str {
    t(locale, &format!("q.{question}"))
}

/// The hint under a question.
pub fn question_help(locale: Locale, question: &str) -> &'static str {
    t(locale, &format!("q.{question}.help"))
}

/// One option of a question.
pub fn option(locale: Locale, question: &str, choice: &str) -> &'static str {
    t(locale, &format!("q.{question}.{choice}"))
}

/// Who wrote a source article, as the sources support it.
pub fn source_credit(locale: Locale, seed: &str) -> &'static str {
    t(locale, &format!("source.credit.{seed}"))
}

/// What a source article gives the advice, for the About screen.
pub fn source_use(locale: Locale, seed: &str) -> &'static str {
    t(locale, &format!("source.{seed}"))
}

/// Why an answer file could not be imported.
pub fn file_error(locale: Locale, error: &str) -> &'static str {
    t(locale, &format!("file.error.{error}"))
}
