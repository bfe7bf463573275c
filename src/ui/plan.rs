//! The plan towards a target kind of organisation, with its picker (a native select), and the
//! team through a candidate's eyes: two sections of the leader result, drawn from the page model.

use leptos::prelude::*;

use super::lines::{flag_items, line_items, LineView, Section};
use super::locale;
use crate::engine::{Answers, Archetype};
use crate::page::candidate::CandidateSection;
use crate::page::plan::{for_answers, PlanDetail, PlanSection};
use crate::web::storage;

/// The target the user chose for the plan, shared by the plan's picker and the Markdown export.
#[derive(Clone, Copy)]
pub struct PlanTarget(pub RwSignal<Option<Archetype>>);

impl PlanTarget {
    /// The target last chosen in this browser, if it names a kind of organisation.
    pub fn remembered() -> Self {
        PlanTarget(RwSignal::new(storage::load_plan_target().as_deref().and_then(Archetype::from_id)))
    }
}

/// The plan section: the picker, the lead line, and the parts of a plan that moves.
#[component]
pub fn PlanView(section: PlanSection, answers: Answers) -> impl IntoView {
    let PlanSection { heading, picker_label, options, target, route, lead, detail, note } = section;
    let shown = RwSignal::new((target, route, lead, detail));
    let chosen = use_context::<PlanTarget>();
    let pick = move |ev| {
        let Some(archetype) = Archetype::from_id(&event_target_value(&ev)) else {
            return;
        };
        storage::save_plan_target(archetype.id());
        if let Some(PlanTarget(target)) = chosen {
            target.set(Some(archetype));
        }
        let s = for_answers(&answers, Some(archetype), locale());
        shown.set((s.target, s.route, s.lead, s.detail));
    };
    let options =
        options.into_iter().map(|o| view! { <option value=o.id selected=o.selected>{o.label}</option> }).collect_view();
    let body = move || {
        let (target, route, lead, detail) = shown.get();
        view! {
            <div class="plan-body" data-testid="plan-body" data-target=target data-route=route aria-live="polite">
                <LineView line=lead/>
                {detail.map(|detail| view! { <PlanParts detail/> })}
            </div>
        }
    };
    view! {
        <Section id="target-plan" heading class="plan">
            <p class="plan-picker">
                <label for="plan-target">{picker_label}</label>
                " "
                <select id="plan-target" data-testid="plan-target" on:change=pick>{options}</select>
            </p>
            {body}
            <p class="note" data-line="">{note}</p>
        </Section>
    }
}

#[component]
fn PlanParts(detail: PlanDetail) -> impl IntoView {
    detail
        .parts
        .into_iter()
        .map(|part| {
            view! {
                <div class="plan-part" data-part=part.id>
                    <h3 data-line="">{part.heading}</h3>
                    {part.none.map(|none| view! { <p data-line="">{none}</p> })}
                    <ul class="lines">{line_items(part.lines)}</ul>
                </div>
            }
        })
        .collect_view()
}

/// What a candidate would conclude about the team being built.
#[component]
pub fn CandidateView(section: CandidateSection) -> impl IntoView {
    let c = section;
    view! {
        <Section id="candidate" heading=c.heading class="candidate" state=c.team_type>
            <p data-line="">{c.intro}</p>
            <div data-testid="candidate-type" data-type=c.team_type><LineView line=c.summary/></div>
            {c.caveat.map(|line| view! { <div class="callout"><LineView line/></div> })}
            <h3 data-line="">{c.flags_heading}</h3>
            <ul class="flag-list">{flag_items(c.flags)}</ul>
            <h3 data-line="">{c.mapping_heading}</h3>
            <ul class="lines" data-testid="candidate-mapping">{line_items(c.mapping)}</ul>
        </Section>
    }
}
