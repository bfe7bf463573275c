//! The result page: for the leader track, the gate verdict, the five archetype scores with
//! their explanation, and the hiring order (the practitioner track's page is in
//! `practitioner.rs`). Every advice line carries its "why?".

use leptos::prelude::*;

use super::charts::{Bar, ScoreChart};
use super::keep::KeepBar;
use super::plan::{AntiPatterns, DesignSection, PracticeSection, RecruitingSection, RolesSection, SizeSection};
use super::session::{Origin, Viewing};
use super::why::Why;
use super::{locale, tr, Screen, Session};
use crate::engine::archetype::Classification;
use crate::engine::counterfactual::Counterfactual;
use crate::engine::gate::{Gate, Standing, Verdict};
use crate::engine::hiring::{HiringPlan, Tier};
use crate::engine::tally::Driver;
use crate::engine::{advise, Advice, Assessment, Report};
use crate::text::{fill, phrases};

/// A result page of either track: the user's own (with the actions to change it or start
/// again), or an assessment on view that is not theirs (shared with them, or kept under a
/// name), shown without touching their progress and with the choice to make it theirs. One
/// component serves all of them, so each track's report view is built in one place.
#[component]
pub fn ResultPage(session: Session) -> impl IntoView {
    let viewing = session.viewing.get_untracked().filter(|_| session.screen.get_untracked() == Screen::Viewing);
    let (answers, origin) = match viewing {
        Some(Viewing { answers, origin }) => (answers, Some(origin)),
        None => (session.progress.with_untracked(|p| p.answers.clone()), None),
    };
    let (origin_id, name) = match &origin {
        None => ("own", String::new()),
        Some(Origin::Shared) => ("shared", String::new()),
        Some(Origin::Kept(name)) => ("kept", name.clone()),
    };
    let header = origin.map(|origin| {
        let banner = match &origin {
            Origin::Shared => tr("viewing.shared").to_owned(),
            Origin::Kept(name) => fill(tr("viewing.kept"), &[("name", name)]),
        };
        let adopt = {
            let answers = answers.clone();
            move |_| session.adopt(answers.clone(), tr("viewing.previous_name"))
        };
        view! {
            <p class="banner" data-testid="viewing-banner">{banner}</p>
            <div class="actions no-print">
                <button class="primary" type="button" data-testid="adopt" on:click=adopt>{tr("viewing.adopt")}</button>
                <button type="button" data-testid="close-view" on:click=move |_| session.close_view()>{tr("viewing.close")}</button>
            </div>
        }
    });
    let own_actions = (origin_id == "own").then(|| view! { <ResultActions session/> });
    let track = answers.track().id();
    let body = match advise(&answers) {
        Assessment::Leader(report) => view! { <LeaderReport report=*report/> }.into_any(),
        Assessment::Practitioner(report) => {
            view! { <super::practitioner::PractitionerReport report=*report/> }.into_any()
        }
    };
    view! {
        <article class="result" data-testid="result" data-origin=origin_id data-track=track>
            {header}
            {body}
            {own_actions}
            <KeepBar session answers name/>
        </article>
    }
}

/// The leader track's report: every section, each line with its "why?".
#[component]
fn LeaderReport(report: Report) -> impl IntoView {
    let winner = report.archetype.winner.id();
    view! {
        <h1>{tr("result.heading")}</h1>
        <GateSection gate=report.gate/>
        {report.hiring.provisional().then(|| view! {
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
    }
}

/// The buttons under either result: change the answers, or start again.
#[component]
pub fn ResultActions(session: Session) -> impl IntoView {
    view! {
        <div class="actions no-print">
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
        <span class="score-points">{phrases::points(locale(), points)}</span>
        {winner.then(|| view! { <em class="you">{format!(" ({})", tr("result.archetype.you"))}</em> })}
    }
}

/// The answers that gave a winner most points, each with its points.
pub fn drivers_list(drivers: &[Driver]) -> impl IntoView {
    let items = drivers
        .iter()
        .map(|d| view! { <li>{phrases::driver(locale(), d.answer.question, d.answer.choice, d.points)}</li> })
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
    let locale = locale();
    let name = |id: &str| phrases::archetype_name(locale, id);
    let winner = archetype.winner.id();
    let lead = phrases::archetype_lead(locale, &archetype);
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
    let notes = plan
        .first_steps
        .into_iter()
        .chain(plan.notes)
        .map(|advice| view! { <li><AdviceLine advice/></li> })
        .collect_view();
    // Before hiring (a gate condition is "no") the plan has no tiers to show.
    let tiers = [Tier::First, Tier::Next, Tier::Later]
        .into_iter()
        .filter(|tier| plan.hires.iter().any(|h| h.tier == *tier))
        .map(|tier| {
            let hires = plan
                .hires
                .iter()
                .filter(|h| h.tier == tier)
                .map(|hire| {
                    let role = hire.role.id();
                    let headcount = phrases::headcount(locale(), hire.headcount);
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
    let sentence = phrases::counterfactual(locale(), &cf);
    let becomes = cf.becomes.id();
    let advice = cf.advice;
    view! {
        <div class="advice counterfactual" data-testid="counterfactual" data-archetype=becomes>
            <p>{sentence}</p>
            <Why advice/>
        </div>
    }
}
