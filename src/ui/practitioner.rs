//! The result page of the practitioner track: the kind of team with all three scores, the skill
//! gap, the red flags with the questions to ask, what the user wants next, and getting the job.
//! Every advice line carries its "why?".

use leptos::prelude::*;

use super::charts::{Bar, ScoreChart};
use super::plan::advice_list;
use super::result::{drivers_list, score_text, AdviceLine};
use super::{locale, tr};
use crate::engine::practitioner::job_search::JobSearch;
use crate::engine::practitioner::red_flags::{FlagCheck, Status};
use crate::engine::practitioner::skill_gap::{Gap, SkillGap};
use crate::engine::practitioner::team_type::Classification;
use crate::engine::practitioner::Report;
use crate::engine::Advice;
use crate::text::phrases;

/// The practitioner track's report: every section, each line with its "why?".
#[component]
pub fn PractitionerReport(report: Report) -> impl IntoView {
    let Report { team_type, titles, skill_gap, flags, preferences, search } = report;
    view! {
        <h1>{tr("result.practitioner.heading")}</h1>
        <TeamTypeSection team=team_type titles/>
        <SkillGapSection gap=skill_gap/>
        <FlagsSection flags/>
        <section class="preferences" data-testid="preferences" aria-labelledby="pref-heading">
            <h2 id="pref-heading">{tr("result.pref.heading")}</h2>
            <ul class="lines">{advice_list(preferences)}</ul>
        </section>
        <SearchSection search/>
    }
}

fn type_name(id: &str) -> &'static str {
    phrases::team_type_name(locale(), id)
}

#[component]
fn TeamTypeSection(team: Classification, titles: Advice) -> impl IntoView {
    let winner = team.winner.id();
    let lead = phrases::team_type_lead(locale(), &team);
    let bars = team
        .ranking
        .iter()
        .map(|s| Bar { label: type_name(s.team_type.id()), points: s.points, winner: s.team_type == team.winner })
        .collect();
    let scores = team
        .ranking
        .iter()
        .map(|score| {
            let id = score.team_type.id();
            let is_winner = score.team_type == team.winner;
            view! {
                <li class="score" class:winner=is_winner data-testid="team-type-score" data-team-type=id data-points=score.points>
                    {score_text(type_name(id), score.points, is_winner)}
                </li>
            }
        })
        .collect_view();
    let extra = team.background.into_iter().chain(team.unknowns).collect::<Vec<_>>();
    view! {
        <section class="team-type" aria-labelledby="type-heading">
            <h2 id="type-heading">{tr("result.type.heading")}</h2>
            <p class="lead" data-testid="team-type-winner" data-team-type=winner data-margin=team.margin>{lead}</p>
            <AdviceLine advice=team.summary/>
            <AdviceLine advice=team.suits/>
            <ul class="lines">{advice_list(extra)}</ul>
            <h3>{tr("result.archetype.drivers")}</h3>
            {drivers_list(&team.drivers)}
            <h3>{tr("type.scores")}</h3>
            <ScoreChart title=tr("type.scores") bars/>
            <ol class="scores">{scores}</ol>
            <div class="callout" data-testid="titles"><AdviceLine advice=titles/></div>
        </section>
    }
}

#[component]
fn SkillGapSection(gap: SkillGap) -> impl IntoView {
    let id = gap.gap.id();
    let steps = [Gap::TooSmall, Gap::Workable, Gap::TooLarge]
        .into_iter()
        .map(|step| {
            let current = step == gap.gap;
            view! {
                <li class=format!("gap-step {}", step.id()) class:current=current aria-current=current.then_some("true")>
                    {tr(&format!("gap.name.{}", step.id()))}
                </li>
            }
        })
        .collect_view();
    let unknown = (gap.gap == Gap::Unknown).then(|| view! { <p class="badge unclear">{tr("gap.name.unknown")}</p> });
    view! {
        <section class="skill-gap" data-testid="skill-gap" data-gap=id aria-labelledby="gap-heading">
            <h2 id="gap-heading">{tr("result.gap.heading")}</h2>
            <ol class="gauge" aria-label=tr("gap.scale")>{steps}</ol>
            {unknown}
            <AdviceLine advice=gap.verdict/>
            <ul class="lines">{advice_list(gap.case.into_iter().collect())}</ul>
        </section>
    }
}

#[component]
fn FlagsSection(flags: Vec<FlagCheck>) -> impl IntoView {
    let none_raised = flags.iter().all(|f| f.status != Status::Raised);
    let items = flags
        .into_iter()
        .map(|check| {
            let flag = check.flag.id();
            let status = check.status.id();
            let testid = if check.status == Status::Raised { "red-flag" } else { "flag-check" };
            view! {
                <li class=format!("flag {status}") data-testid=testid data-flag=flag data-status=status>
                    <h3>
                        {tr(&format!("flag.name.{flag}"))}
                        " "
                        <span class=format!("badge {status}")>{tr(&format!("flag.status.{status}"))}</span>
                    </h3>
                    <ul class="lines">{advice_list(check.findings)}</ul>
                    <h4>{tr("result.flags.ask")}</h4>
                    <ul class="asks">{advice_list(check.asks)}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="flags" data-testid="red-flags" aria-labelledby="flags-heading">
            <h2 id="flags-heading">{tr("result.flags.heading")}</h2>
            {none_raised.then(|| view! { <p>{tr("result.flags.none")}</p> })}
            <ul class="flag-list">{items}</ul>
        </section>
    }
}

#[component]
fn SearchSection(search: JobSearch) -> impl IntoView {
    let JobSearch { channels, stand_out, prepare } = search;
    view! {
        <section class="search" data-testid="job-search" aria-labelledby="search-heading">
            <h2 id="search-heading">{tr("result.search.heading")}</h2>
            <h3>{tr("result.search.channels")}</h3>
            <ul class="lines">{advice_list(channels)}</ul>
            <h3>{tr("result.search.stand_out")}</h3>
            <ul class="lines">{advice_list(stand_out)}</ul>
            <h3>{tr("result.search.prepare")}</h3>
            <ul class="lines">{advice_list(prepare)}</ul>
        </section>
    }
}
