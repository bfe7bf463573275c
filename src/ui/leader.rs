//! The leader track's result: at a glance, then every section of the team plan, drawn from
//! the page model in the same order as the Markdown export.

use leptos::prelude::*;

use super::charts::SkillsChartView;
use super::lines::{line_items, ranking, FieldView, GlanceView, LineView, Section, SectionsControl};
use super::plan::{CandidateView, PlanView};
use crate::engine::Answers;
use crate::page::leader::{
    ArchetypeSection, DesignSection, GateSection, HiringSection, InterviewsSection, LeaderPage, PracticeSection,
    RecruitingSection, RoleCard, RolesSection,
};

/// The leader track's report. `answers` are what the plan is drawn again from when the user
/// picks another target.
#[component]
pub fn LeaderView(page: LeaderPage, answers: Answers) -> impl IntoView {
    let LeaderPage {
        chrome,
        title,
        glance,
        provisional,
        gate,
        archetype,
        anti,
        design,
        size,
        hiring,
        roles,
        recruiting,
        interviews,
        practice,
        plan,
        candidate,
    } = page;
    let size = size.map(|size| {
        view! {
            <Section id="size" heading=size.heading class="size">
                <ul class="lines">{line_items(size.lines)}</ul>
                {size.why_hard.map(|line| view! { <div class="callout"><LineView line/></div> })}
            </Section>
        }
    });
    view! {
        <h1 data-line="">{title}</h1>
        <GlanceView glance/>
        {provisional.map(|text| view! { <p class="provisional" data-testid="provisional" data-line="">{text}</p> })}
        <SectionsControl chrome=chrome.clone()/>
        <GateView gate/>
        <ArchetypeView archetype/>
        <PlanView section=plan answers/>
        <Section id="anti-patterns" heading=anti.heading class="anti">
            {anti.none.map(|none| view! { <p data-line="">{none}</p> })}
            <ul class="warnings">{line_items(anti.lines)}</ul>
        </Section>
        <DesignView design/>
        {size}
        <HiringView hiring/>
        <RolesView roles/>
        <RecruitingView recruiting/>
        <InterviewsView interviews/>
        <CandidateView section=candidate/>
        <PracticeView practice/>
        <p class="print-only">{chrome.print_note}</p>
    }
}

#[component]
fn GateView(gate: GateSection) -> impl IntoView {
    let checks = gate
        .checks
        .into_iter()
        .map(|check| {
            view! {
                <li class="check" data-condition=check.condition_id data-standing=check.standing_id>
                    <p class="check-head" data-line="">
                        <span class=format!("badge {}", check.standing_id)>{check.standing}</span>
                        " · "
                        <span class="condition">{check.condition}</span>
                    </p>
                    {check.next_step.map(|line| view! { <LineView line/> })}
                </li>
            }
        })
        .collect_view();
    view! {
        <Section id="verdict" heading=gate.heading class=format!("verdict {}", gate.verdict) state=gate.verdict>
            <LineView line=gate.summary/>
            <ul class="checks">{checks}</ul>
        </Section>
    }
}

#[component]
fn ArchetypeView(archetype: ArchetypeSection) -> impl IntoView {
    let a = archetype;
    let counterfactual = a.counterfactual.map(|cf| {
        view! {
            <h3 data-line="">{a.counterfactual_heading}</h3>
            <div class="counterfactual" data-testid="counterfactual" data-archetype=cf.becomes>
                <LineView line=cf.line/>
            </div>
        }
    });
    view! {
        <Section id="archetype" heading=a.heading class="archetype" state=a.winner>
            <p class="lead" data-testid="archetype-winner" data-archetype=a.winner data-margin=a.margin data-line="">
                <strong>{a.lead}</strong>
            </p>
            {a.tie_rule.map(|line| view! { <LineView line/> })}
            <LineView line=a.summary/>
            {ranking(a.drivers_heading, a.drivers, a.scores, "archetype-score")}
            {counterfactual}
        </Section>
    }
}

#[component]
fn DesignView(design: DesignSection) -> impl IntoView {
    let choices = design
        .choices
        .into_iter()
        .map(|choice| {
            view! {
                <li class="design-choice" data-axis=choice.axis_id data-fit=choice.fit_id>
                    <h3 data-line="">{choice.axis}</h3>
                    <LineView line=choice.line/>
                    <p class=format!("fit {}", choice.fit_id) data-line="">{choice.fit}</p>
                </li>
            }
        })
        .collect_view();
    let first_steps = design.first_steps_heading.map(|heading| {
        view! {
            <h3 data-line="">{heading}</h3>
            <ol class="steps">{line_items(design.first_steps)}</ol>
        }
    });
    view! {
        <Section id="design" heading=design.heading class="design" state=design.archetype>
            <LineView line=design.intro/>
            <ul class="design-choices">{choices}</ul>
            {first_steps}
        </Section>
    }
}

#[component]
fn HiringView(hiring: HiringSection) -> impl IntoView {
    let tiers = hiring
        .tiers
        .into_iter()
        .map(|tier| {
            let tier_id = tier.tier_id;
            let hires = tier
                .hires
                .into_iter()
                .map(|hire| {
                    view! {
                        <li class="hire" data-testid="hire" data-role=hire.role_id data-tier=tier_id>
                            <h4 data-line="">{hire.title}</h4>
                            <ul class="reasons">{line_items(hire.reasons)}</ul>
                        </li>
                    }
                })
                .collect_view();
            view! {
                <h3 class=format!("tier {tier_id}") data-line="">{tier.heading}</h3>
                <ol class="hires">{hires}</ol>
            }
        })
        .collect_view();
    view! {
        <Section id="hiring" heading=hiring.heading class="hiring">
            <ul class="notes">{line_items(hiring.notes)}</ul>
            {tiers}
        </Section>
    }
}

fn cards(cards: Vec<RoleCard>) -> impl IntoView {
    cards
        .into_iter()
        .map(|card| {
            let fields = card.fields.into_iter().map(|field| view! { <FieldView field/> }).collect_view();
            view! {
                <li class="role-card" data-testid="role-card" data-role=card.role_id data-tier=card.tier_id>
                    <h4 data-line="">{card.name}</h4>
                    <dl>{fields}</dl>
                    <ul class="lines">{line_items(card.extra)}</ul>
                </li>
            }
        })
        .collect_view()
}

#[component]
fn RolesView(roles: RolesSection) -> impl IntoView {
    view! {
        <Section id="roles" heading=roles.heading class="roles">
            <LineView line=roles.chart_note/>
            <SkillsChartView chart=roles.chart/>
            <h3 class="cards-heading" data-line="">{roles.suggested_heading}</h3>
            <ul class="cards">{cards(roles.suggested)}</ul>
            <h3 class="cards-heading" data-line="">{roles.others_heading}</h3>
            <ul class="cards others">{cards(roles.others)}</ul>
        </Section>
    }
}

#[component]
fn RecruitingView(recruiting: RecruitingSection) -> impl IntoView {
    let r = recruiting;
    let sourcing = r
        .sourcing
        .into_iter()
        .map(|s| {
            view! {
                <li data-role=s.role_id>
                    <h4 data-line="">{s.name}</h4>
                    <ul class="lines">{line_items(s.lines)}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <Section id="recruiting" heading=r.heading class="recruiting">
            <LineView line=r.scarcity/>
            <LineView line=r.specific/>
            <h3 data-line="">{r.sourcing_heading}</h3>
            <ul class="sourcing">{sourcing}</ul>
            <h3 data-line="">{r.attract_heading}</h3>
            <ul class="lines">{line_items(r.attract)}</ul>
        </Section>
    }
}

#[component]
fn InterviewsView(interviews: InterviewsSection) -> impl IntoView {
    let loops = interviews
        .loops
        .into_iter()
        .map(|l| {
            let formats = l.formats.into_iter().map(|f| view! { <li data-line="">{f}</li> }).collect_view();
            view! {
                <li class="loop" data-testid="interview-loop" data-role=l.role_id>
                    <h3 data-line="">{l.name}</h3>
                    <dl>
                        <FieldView field=l.validate/>
                        <FieldView field=l.bar/>
                        <dt data-line="">{l.formats_label}</dt>
                        <dd><ul class="formats">{formats}</ul></dd>
                    </dl>
                </li>
            }
        })
        .collect_view();
    view! {
        <Section id="interviews" heading=interviews.heading class="interviews">
            <LineView line=interviews.note/>
            <ul class="loops">{loops}</ul>
        </Section>
    }
}

#[component]
fn PracticeView(practice: PracticeSection) -> impl IntoView {
    let items = practice
        .items
        .into_iter()
        .map(|item| {
            let pressing = item.pressing.is_some();
            view! { <li class:pressing=pressing><LineView line=item.line tag=item.pressing/></li> }
        })
        .collect_view();
    view! {
        <Section id="practice" heading=practice.heading class="practice">
            <ul>{items}</ul>
        </Section>
    }
}
