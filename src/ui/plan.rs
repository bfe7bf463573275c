//! The team-plan sections of the result page: warning signs, design choices, size advice,
//! roles, recruiting, interviews and how to run the work.

use leptos::prelude::*;

use super::charts::SkillsChart;
use super::result::AdviceLine;
use super::{locale, tr};
use crate::engine::design::{Design, Fit};
use crate::engine::hiring::Tier;
use crate::engine::recruiting::Recruiting;
use crate::engine::roles::{Card, Roles};
use crate::engine::Advice;
use crate::text::phrases;

/// A list of advice lines, each with its "why?".
pub fn advice_list(lines: Vec<Advice>) -> impl IntoView {
    lines.into_iter().map(|advice| view! { <li><AdviceLine advice/></li> }).collect_view()
}

#[component]
pub fn AntiPatterns(found: Vec<Advice>) -> impl IntoView {
    let empty = found.is_empty();
    view! {
        <section class="anti" data-testid="anti-patterns" aria-labelledby="anti-heading">
            <h2 id="anti-heading">{tr("result.anti.heading")}</h2>
            {empty.then(|| view! { <p>{tr("result.anti.none")}</p> })}
            <ul class="warnings">{advice_list(found)}</ul>
        </section>
    }
}

#[component]
pub fn DesignSection(design: Design, archetype: &'static str) -> impl IntoView {
    let choices = design
        .choices
        .into_iter()
        .map(|choice| {
            let axis = choice.axis.id();
            let fit_id = match choice.fit {
                Fit::Matches => "matches",
                Fit::TypicalWeakness => "typical-weakness",
                Fit::SmallCompanyBuildsEndToEnd => "small-company",
                Fit::Differs => "differs",
                Fit::Unknown => "unknown",
            };
            let fit_text = phrases::design_fit(locale(), &choice);
            view! {
                <li class="design-choice" data-axis=axis data-fit=fit_id>
                    <h3>{tr(&format!("design.axis.{axis}"))}</h3>
                    <AdviceLine advice=choice.advice/>
                    <p class=format!("fit {fit_id}")>{fit_text}</p>
                </li>
            }
        })
        .collect_view();
    let first_steps = (!design.first_steps.is_empty()).then(|| {
        view! {
            <h3>{tr("result.design.first_steps")}</h3>
            <ol class="steps">{advice_list(design.first_steps)}</ol>
        }
    });
    view! {
        <section class="design" data-testid="design" data-archetype=archetype aria-labelledby="design-heading">
            <h2 id="design-heading">{tr("result.design.heading")}</h2>
            <AdviceLine advice=design.intro/>
            <ul class="design-choices">{choices}</ul>
            {first_steps}
        </section>
    }
}

#[component]
pub fn SizeSection(size: Vec<Advice>, why_hard: Option<Advice>) -> impl IntoView {
    (!size.is_empty() || why_hard.is_some()).then(|| {
        view! {
            <section class="size" data-testid="size" aria-labelledby="size-heading">
                <h2 id="size-heading">{tr("result.size.heading")}</h2>
                <ul>{advice_list(size)}</ul>
                {why_hard.map(|advice| view! { <div class="callout"><AdviceLine advice/></div> })}
            </section>
        }
    })
}

#[component]
pub fn RolesSection(roles: Roles) -> impl IntoView {
    let card = |card: Card| {
        let role = card.role.id();
        let tier = card.tier.id();
        let extra: Vec<Advice> = card.hire_or_train.into_iter().chain(card.pitfalls).collect();
        view! {
            <li class="role-card" data-testid="role-card" data-role=role data-tier=tier>
                <h4>{tr(&format!("role.name.{role}"))}</h4>
                <dl>
                    <dt>{tr("role.label.duties")}</dt>
                    <dd><AdviceLine advice=card.duties/></dd>
                    <dt>{tr("role.label.tools")}</dt>
                    <dd><AdviceLine advice=card.tools/></dd>
                    <dt>{tr("role.label.background")}</dt>
                    <dd><AdviceLine advice=card.background/></dd>
                    <dt>{tr("role.label.axes")}</dt>
                    <dd><ul>{advice_list(card.axes)}</ul></dd>
                </dl>
                <ul>{advice_list(extra)}</ul>
            </li>
        }
    };
    let (suggested, others): (Vec<_>, Vec<_>) = roles.cards.into_iter().partition(|c| c.tier != Tier::Later);
    let suggested = suggested.into_iter().map(card).collect_view();
    let others = others.into_iter().map(card).collect_view();
    view! {
        <section class="roles" data-testid="roles" aria-labelledby="roles-heading">
            <h2 id="roles-heading">{tr("result.roles.heading")}</h2>
            <SkillsChart suggested=roles.suggested/>
            <AdviceLine advice=roles.chart/>
            <h3 class="cards-heading">{tr("result.roles.suggested")}</h3>
            <ul class="cards">{suggested}</ul>
            <details class="more">
                <summary>{tr("result.roles.others")}</summary>
                <ul class="cards">{others}</ul>
            </details>
        </section>
    }
}

#[component]
pub fn RecruitingSection(recruiting: Recruiting) -> impl IntoView {
    let Recruiting { scarcity, specific, sourcing, attract, interview_note, loops } = recruiting;
    let sourcing = sourcing
        .into_iter()
        .map(|s| {
            let role = s.role.id();
            view! {
                <li data-role=role>
                    <h4>{tr(&format!("role.name.{role}"))}</h4>
                    <ul>{advice_list(s.lines)}</ul>
                </li>
            }
        })
        .collect_view();
    let loops = loops
        .into_iter()
        .map(|l| {
            let role = l.role.id();
            let formats =
                l.formats.iter().map(|f| view! { <li>{tr(&format!("format.{}", f.id()))}</li> }).collect_view();
            view! {
                <li class="loop" data-testid="interview-loop" data-role=role>
                    <h4>{tr(&format!("role.name.{role}"))}</h4>
                    <dl>
                        <dt>{tr("result.interviews.validate")}</dt>
                        <dd><AdviceLine advice=l.validate/></dd>
                        <dt>{tr("result.interviews.bar")}</dt>
                        <dd><AdviceLine advice=l.bar/></dd>
                        <dt>{tr("result.interviews.formats")}</dt>
                        <dd><ul class="formats">{formats}</ul></dd>
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="recruiting" data-testid="recruiting" aria-labelledby="recruiting-heading">
            <h2 id="recruiting-heading">{tr("result.recruiting.heading")}</h2>
            <AdviceLine advice=scarcity/>
            <AdviceLine advice=specific/>
            <h3>{tr("result.recruiting.sourcing")}</h3>
            <ul class="sourcing">{sourcing}</ul>
            <h3>{tr("result.recruiting.attract")}</h3>
            <ul>{advice_list(attract)}</ul>
        </section>
        <section class="interviews" data-testid="interviews" aria-labelledby="interviews-heading">
            <h2 id="interviews-heading">{tr("result.interviews.heading")}</h2>
            <AdviceLine advice=interview_note/>
            <ul class="loops">{loops}</ul>
        </section>
    }
}

#[component]
pub fn PracticeSection(practices: Vec<Advice>) -> impl IntoView {
    let items = practices
        .into_iter()
        .map(|advice| {
            let pressing = !advice.because.is_empty();
            view! {
                <li class:pressing=pressing>
                    {pressing.then(|| view! { <span class="tag">{tr("result.practice.pressing")}</span> })}
                    <AdviceLine advice/>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="practice" data-testid="practice" aria-labelledby="practice-heading">
            <h2 id="practice-heading">{tr("result.practice.heading")}</h2>
            <ul>{items}</ul>
        </section>
    }
}
