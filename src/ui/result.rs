//! The result page: for the leader track, the gate verdict, the five archetype scores with
//! their explanation, and the hiring order (the practitioner track's page is in
//! `practitioner.rs`). Every advice line carries its "why?".

use leptos::prelude::*;

use super::charts::{Bar, ScoreChart};
use super::plan::{AntiPatterns, DesignSection, PracticeSection, RecruitingSection, RolesSection, SizeSection};
use super::why::{answer_text, Why};
use super::{tr, Session};
use crate::engine::archetype::Classification;
use crate::engine::tally::Driver;
use crate::engine::counterfactual::Counterfactual;
use crate::engine::gate::{Gate, Standing, Verdict};
use crate::engine::hiring::{Headcount, HiringPlan, Tier};
use crate::engine::{advise, Advice, Assessment, Report};
use crate::text::fill;

/// The result page of whichever track the answers belong to.
#[component]
pub fn ResultPage(session: Session) -> impl IntoView {
    match session.progress.with_untracked(|p| advise(&p.answers)) {
        Assessment::Leader(report) => view! { <LeaderResult session report=*report/> }.into_any(),
        Assessment::Practitioner(report) => {
            view! { <super::practitioner::PractitionerResult session report=*report/> }.into_any()
        }
    }
}

#[component]
fn LeaderResult(session: Session, report: Report) -> impl IntoView {
    let winner = report.archetype.winner.id();
    view! {
        <article class="result" data-testid="result" data-track="leader">
            <h1>{tr("result.heading")}</h1>
            <GateSection gate=report.gate/>
            {report.hiring.provisional.then(|| view! {
                <p class="provisional" data-testid="provisional">{tr("result.provisional")}</p>
            })}
            <ArchetypeSection archetype=report.archetype counterfactual=report.counterfactual/>
            <AntiPatterns found=report.anti_patterns/>
            <DesignSection design=report.design archetype=winner/>
            <SizeSection size=report.size why_hard=report.why_hard/>
            <HiringSection plan=report.hiring/>
            <RolesSection roles=report.roles/>
            <RecruitingSection recruiting=report.recruiting/>
            <PracticeSection practices=report.practices/>
            <ResultActions session/>
        </article>
    }
}

/// The buttons under either result: change the answers, or start again.
#[component]
pub fn ResultActions(session: Session) -> impl IntoView {
    view! {
        <div class="actions">
            <button type="button" data-testid="change-answers" on:click=move |_| session.back()>
                {tr("result.change")}
            </button>
            <button type="button" data-testid="restart" on:click=move |_| session.restart()>
                {tr("result.restart")}
            </button>
        </div>
    }
}

/// One score in a ranking: its name, its points, and a mark on the user's best fit.
pub fn score_text(name: &'static str, points: u32, winner: bool) -> impl IntoView {
    view! {
        <span class="score-name">{name}</span>
        " — "
        <span class="score-points">{fill(tr("result.archetype.points"), &[("points", &points.to_string())])}</span>
        {winner.then(|| view! { <em class="you">{format!(" ({})", tr("result.archetype.you"))}</em> })}
    }
}

/// The answers that gave a winner most points, each with its points.
pub fn drivers_list(drivers: &[Driver]) -> impl IntoView {
    let items = drivers
        .iter()
        .map(|d| {
            let text = fill(
                tr("result.archetype.driver"),
                &[("answer", &answer_text(d.answer.question, d.answer.choice)), ("points", &d.points.to_string())],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    view! { <ul class="drivers" data-testid="drivers">{items}</ul> }
}

/// A paragraph of advice with its "why?".
#[component]
pub fn AdviceLine(advice: Advice) -> impl IntoView {
    let key = advice.key;
    view! {
        <div class="advice" data-advice=key>
            <p>{tr(key)}</p>
            <Why advice/>
        </div>
    }
}

#[component]
fn GateSection(gate: Gate) -> impl IntoView {
    let (verdict_id, verdict_class) = match gate.verdict {
        Verdict::Go => ("go", "verdict go"),
        Verdict::NotYet => ("not-yet", "verdict not-yet"),
    };
    let checks = gate
        .checks
        .into_iter()
        .map(|check| {
            let (standing_id, standing_key) = match check.standing {
                Standing::Met => ("met", "standing.met"),
                Standing::NotMet => ("not-met", "standing.not_met"),
                Standing::Unsure => ("unsure", "standing.unsure"),
            };
            let condition = check.condition.knowledge();
            view! {
                <li class="check" data-condition=condition data-standing=standing_id>
                    <span class=format!("badge {standing_id}")>{tr(standing_key)}</span>
                    " "
                    <span class="condition">{tr(&format!("gate.cond.{condition}"))}</span>
                    {check.next_step.map(|advice| view! { <AdviceLine advice/> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <section class=verdict_class data-testid="verdict" data-verdict=verdict_id aria-labelledby="gate-heading">
            <h2 id="gate-heading">{tr("result.gate.heading")}</h2>
            <AdviceLine advice=gate.summary/>
            <ul class="checks">{checks}</ul>
        </section>
    }
}

#[component]
fn ArchetypeSection(archetype: Classification, counterfactual: Option<Counterfactual>) -> impl IntoView {
    let name = |id: &str| tr(&format!("arch.name.{id}"));
    let winner = archetype.winner.id();
    let points = archetype.points(archetype.winner).to_string();
    let values = [
        ("winner", name(winner)),
        ("runner", name(archetype.runner_up.id())),
        ("points", points.as_str()),
        ("margin", &archetype.margin.to_string()),
    ];
    let lead_key = if archetype.tie_broken { "result.archetype.tie" } else { "result.archetype.lead" };
    let lead = fill(tr(lead_key), &values);
    let scores = archetype
        .ranking
        .iter()
        .map(|score| {
            let id = score.archetype.id();
            let is_winner = score.archetype == archetype.winner;
            view! {
                <li class="score" class:winner=is_winner data-testid="archetype-score" data-archetype=id data-points=score.points>
                    {score_text(name(id), score.points, is_winner)}
                </li>
            }
        })
        .collect_view();
    let counterfactual = counterfactual.map(|cf| view! { <CounterfactualLine cf/> });
    let bars = archetype
        .ranking
        .iter()
        .map(|s| Bar { label: name(s.archetype.id()), points: s.points, winner: s.archetype == archetype.winner })
        .collect();
    view! {
        <section class="archetype" aria-labelledby="archetype-heading">
            <h2 id="archetype-heading">{tr("result.archetype.heading")}</h2>
            <p class="lead" data-testid="archetype-winner" data-archetype=winner data-margin=archetype.margin>{lead}</p>
            <AdviceLine advice=archetype.summary/>
            <h3>{tr("result.archetype.drivers")}</h3>
            {drivers_list(&archetype.drivers)}
            <h3>{tr("result.archetype.scores")}</h3>
            <ScoreChart title=tr("result.archetype.scores") bars/>
            <ol class="scores">{scores}</ol>
            <h3>{tr("result.counterfactual.heading")}</h3>
            {counterfactual}
        </section>
    }
}

#[component]
fn HiringSection(plan: HiringPlan) -> impl IntoView {
    let notes = plan.notes.into_iter().map(|advice| view! { <li><AdviceLine advice/></li> }).collect_view();
    let tiers = [Tier::First, Tier::Next, Tier::Later]
        .into_iter()
        .map(|tier| {
            let hires = plan
                .hires
                .iter()
                .filter(|h| h.tier == tier)
                .map(|hire| {
                    let role = hire.role.id();
                    let headcount = match hire.headcount {
                        Headcount::One => tr("headcount.one"),
                        Headcount::Few => tr("headcount.few"),
                        Headcount::Several => tr("headcount.several"),
                    };
                    let reasons = hire
                        .reasons
                        .iter()
                        .cloned()
                        .map(|advice| view! { <li><AdviceLine advice/></li> })
                        .collect_view();
                    view! {
                        <li class="hire" data-testid="hire" data-role=role data-tier=tier.id()>
                            <h4>{tr(&format!("role.name.{role}"))} <span class="headcount">{format!(" · {headcount}")}</span></h4>
                            <ul class="reasons">{reasons}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3 class=format!("tier {}", tier.id())>{tr(&format!("tier.{}", tier.id()))}</h3>
                <ol class="hires">{hires}</ol>
            }
        })
        .collect_view();
    view! {
        <section class="hiring" data-testid="hiring" aria-labelledby="hiring-heading">
            <h2 id="hiring-heading">{tr("result.hiring.heading")}</h2>
            <ul class="notes">{notes}</ul>
            {tiers}
        </section>
    }
}

/// The counterfactual as one sentence.
#[component]
fn CounterfactualLine(cf: Counterfactual) -> impl IntoView {
    let changes = cf
        .changes
        .iter()
        .map(|change| {
            let question = tr(&format!("q.{}", change.question));
            let to = tr(&format!("q.{}.{}", change.question, change.to));
            match change.from {
                Some(from) => fill(
                    tr("counterfactual.change"),
                    &[("question", question), ("to", to), ("from", tr(&format!("q.{}.{}", change.question, from)))],
                ),
                None => fill(tr("counterfactual.change_new"), &[("question", question), ("to", to)]),
            }
        })
        .collect::<Vec<_>>()
        .join(tr("counterfactual.and"));
    let sentence = fill(
        tr("counterfactual.lead"),
        &[("archetype", tr(&format!("arch.name.{}", cf.becomes.id()))), ("changes", &changes)],
    );
    let becomes = cf.becomes.id();
    let advice = cf.advice;
    view! {
        <div class="advice counterfactual" data-testid="counterfactual" data-archetype=becomes>
            <p>{sentence}</p>
            <Why advice/>
        </div>
    }
}
