//! The practitioner track's result: at a glance, then the kind of team, the skill gap, the red
//! flags with the questions to ask, what the user wants next, and getting the job, drawn from
//! the page model in the same order as the Markdown export.

use leptos::prelude::*;

use super::lines::{flag_items, line_items, ranking, GlanceView, LineView, Section, SectionsControl};
use crate::page::practitioner::{FlagsSection, GapSection, PractitionerPage, TeamSection};

/// The practitioner track's report.
#[component]
pub fn PractitionerView(page: PractitionerPage) -> impl IntoView {
    let PractitionerPage { chrome, title, glance, team, gap, flags, preferences, search } = page;
    let groups = search
        .groups
        .into_iter()
        .map(|group| {
            view! {
                <h3 data-line="">{group.label}</h3>
                <ul class="lines">{line_items(group.lines)}</ul>
            }
        })
        .collect_view();
    view! {
        <h1 data-line="">{title}</h1>
        <GlanceView glance/>
        <SectionsControl chrome=chrome.clone()/>
        <TeamView team/>
        <GapView gap/>
        <FlagsView flags/>
        <Section id="preferences" heading=preferences.heading class="preferences">
            <ul class="lines">{line_items(preferences.lines)}</ul>
        </Section>
        <Section id="job-search" heading=search.heading class="search">
            {groups}
        </Section>
        <p class="print-only">{chrome.print_note}</p>
    }
}

#[component]
fn TeamView(team: TeamSection) -> impl IntoView {
    let t = team;
    view! {
        <Section id="team-type" heading=t.heading class="team-type" state=t.winner>
            <p class="lead" data-testid="team-type-winner" data-team-type=t.winner data-margin=t.margin data-line="">
                <strong>{t.lead}</strong>
            </p>
            {t.tie_rule.map(|line| view! { <LineView line/> })}
            <LineView line=t.summary/>
            <LineView line=t.suits/>
            <LineView line=t.caveat/>
            <ul class="lines">{line_items(t.extra)}</ul>
            {ranking(t.drivers_heading, t.drivers, t.scores, "team-type-score")}
            <div class="callout" data-testid="titles"><LineView line=t.titles/></div>
        </Section>
    }
}

#[component]
fn GapView(gap: GapSection) -> impl IntoView {
    let steps = gap
        .steps
        .into_iter()
        .map(|step| {
            view! {
                <li class=format!("gap-step {}", step.id) class:current=step.current aria-current=step.current.then_some("true")>
                    {step.name}
                </li>
            }
        })
        .collect_view();
    view! {
        <Section id="skill-gap" heading=gap.heading class="skill-gap" state=gap.gap>
            <ol class="gauge" aria-label=gap.scale_label>{steps}</ol>
            <p class="lead" data-line=""><strong>{gap.name}</strong></p>
            <LineView line=gap.verdict/>
            <ul class="lines">{line_items(gap.case)}</ul>
        </Section>
    }
}

#[component]
fn FlagsView(flags: FlagsSection) -> impl IntoView {
    let items = flag_items(flags.flags);
    view! {
        <Section id="red-flags" heading=flags.heading class="flags">
            {flags.none.map(|none| view! { <p data-line="">{none}</p> })}
            <ul class="flag-list">{items}</ul>
        </Section>
    }
}
