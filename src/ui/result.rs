//! The result page: the gate verdict, the five archetype scores with their explanation, and
//! the hiring order. Every advice line carries its "why?".

use leptos::prelude::*;

use super::why::{answer_text, Why};
use super::{tr, Session};
use crate::engine::archetype::Classification;
use crate::engine::gate::{Gate, Standing, Verdict};
use crate::engine::hiring::{Headcount, HiringPlan, Tier};
use crate::engine::{assess, Advice};
use crate::text::fill;

#[component]
pub fn ResultPage(session: Session) -> impl IntoView {
    let report = session.progress.with_untracked(|p| assess(&p.answers));
    view! {
        <article class="result" data-testid="result">
            <h1>{tr("result.heading")}</h1>
            <GateSection gate=report.gate/>
            {report.hiring.provisional.then(|| view! {
                <p class="provisional" data-testid="provisional">{tr("result.provisional")}</p>
            })}
            <ArchetypeSection archetype=report.archetype/>
            <HiringSection plan=report.hiring/>
            <div class="actions">
                <button type="button" data-testid="change-answers" on:click=move |_| session.back()>
                    {tr("result.change")}
                </button>
                <button type="button" data-testid="restart" on:click=move |_| session.restart()>
                    {tr("result.restart")}
                </button>
            </div>
        </article>
    }
}

/// A paragraph of advice with its "why?".
#[component]
fn AdviceLine(advice: Advice) -> impl IntoView {
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
fn ArchetypeSection(archetype: Classification) -> impl IntoView {
    let name = |id: &str| tr(&format!("arch.name.{id}"));
    let winner = archetype.winner.id();
    let top = archetype.points(archetype.winner).max(1);
    let points = archetype.points(archetype.winner).to_string();
    let values = [
        ("winner", name(winner)),
        ("runner", name(archetype.runner_up.id())),
        ("points", points.as_str()),
        ("margin", &archetype.margin.to_string()),
    ];
    let lead_key = if archetype.tie_broken { "result.archetype.tie" } else { "result.archetype.lead" };
    let lead = fill(tr(lead_key), &values);
    let drivers = archetype
        .drivers
        .iter()
        .map(|d| {
            let text = fill(
                tr("result.archetype.driver"),
                &[("answer", &answer_text(d.answer.question, d.answer.choice)), ("points", &d.points.to_string())],
            );
            view! { <li>{text}</li> }
        })
        .collect_view();
    let scores = archetype
        .ranking
        .iter()
        .map(|score| {
            let id = score.archetype.id();
            let is_winner = score.archetype == archetype.winner;
            let width = format!("{}%", score.points * 100 / top);
            view! {
                <li class="score" class:winner=is_winner data-testid="archetype-score" data-archetype=id data-points=score.points>
                    <span class="score-name">
                        {name(id)}
                        {is_winner.then(|| view! { <em class="you">{format!(" ({})", tr("result.archetype.you"))}</em> })}
                    </span>
                    <span class="score-bar" aria-hidden="true"><span class="score-fill" style:width=width></span></span>
                    <span class="score-points">{fill(tr("result.archetype.points"), &[("points", &score.points.to_string())])}</span>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="archetype" aria-labelledby="archetype-heading">
            <h2 id="archetype-heading">{tr("result.archetype.heading")}</h2>
            <p class="lead" data-testid="archetype-winner" data-archetype=winner data-margin=archetype.margin>{lead}</p>
            <AdviceLine advice=archetype.summary/>
            <h3>{tr("result.archetype.drivers")}</h3>
            <ul class="drivers" data-testid="drivers">{drivers}</ul>
            <h3>{tr("result.archetype.scores")}</h3>
            <ol class="scores">{scores}</ol>
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
