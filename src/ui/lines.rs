//! The pieces every result page is drawn from: a line with its "Why?", lists of lines,
//! labelled groups, rankings, "at a glance", and the sections the reader opens and closes.
//! They draw the page model and decide nothing.

use leptos::prelude::*;

use super::charts::ScoreChart;
use crate::page::leader::Field;
use crate::page::FlagItem;
use crate::page::{Chrome, Glance, Line, Scores};

/// The sections of the page on view, so that one button can open or close them all.
#[derive(Clone, Copy)]
pub struct Sections(StoredValue<Vec<RwSignal<bool>>, LocalStorage>);

impl Sections {
    pub fn new() -> Self {
        Sections(StoredValue::new_local(Vec::new()))
    }

    fn add(self, open: RwSignal<bool>) {
        self.0.update_value(|all| all.push(open));
    }

    /// Opens or closes every section.
    pub fn set_all(self, open: bool) {
        self.0.with_value(|all| all.iter().for_each(|section| section.set(open)));
    }
}

/// A section of the full report: its heading is a button that opens and closes it, and the
/// body stays in the page (and in print) while closed.
#[component]
pub fn Section(
    /// The section's stable name: its `data-testid`, and the root of its element IDs.
    id: &'static str,
    heading: &'static str,
    #[prop(optional, into)] class: String,
    /// Extra stable data about the section, for tests and styling (`data-state`).
    #[prop(optional)]
    state: &'static str,
    children: Children,
) -> impl IntoView {
    let open = RwSignal::new(false);
    if let Some(sections) = use_context::<Sections>() {
        sections.add(open);
    }
    let body_id = format!("{id}-body");
    view! {
        <section class=format!("report-section {class}") class:open=move || open.get() data-testid=id data-state=state>
            <h2 data-line="">
                <button
                    type="button"
                    class="disclosure"
                    aria-expanded=move || open.get().to_string()
                    aria-controls=body_id.clone()
                    on:click=move |_| open.update(|o| *o = !*o)
                >
                    {heading}
                </button>
            </h2>
            <div class="section-body" id=body_id hidden=move || !open.get()>
                {children()}
            </div>
        </section>
    }
}

/// The buttons that open and close every section.
#[component]
pub fn SectionsControl(chrome: Chrome) -> impl IntoView {
    let sections = use_context::<Sections>();
    let set = move |open: bool| {
        if let Some(sections) = sections {
            sections.set_all(open);
        }
    };
    view! {
        <div class="sections-control no-print">
            <h2 class="sections-heading">{chrome.sections}</h2>
            <button type="button" class="link" data-testid="open-all" on:click=move |_| set(true)>{chrome.open_all}</button>
            <button type="button" class="link" data-testid="close-all" on:click=move |_| set(false)>{chrome.close_all}</button>
        </div>
    }
}

/// A line of advice with its "Why?", after an optional tag.
#[component]
pub fn LineView(line: Line, #[prop(default = None)] tag: Option<&'static str>) -> impl IntoView {
    let Line { id, text, why } = line;
    let chrome = use_context::<Chrome>();
    view! {
        <div class="advice" data-advice=id>
            <p data-line="">{tag.map(|tag| view! { <span class="tag">{tag}</span> " " })}{text}</p>
            {chrome.map(|chrome| view! { <WhyView why chrome/> })}
        </div>
    }
}

/// The "Why?" under a line: each fact with what its source says, where it comes from, and the
/// answers that raised the line.
#[component]
fn WhyView(why: crate::page::Why, chrome: Chrome) -> impl IntoView {
    let facts = why
        .facts
        .into_iter()
        .map(|fact| {
            let link = fact.url.map(|url| {
                view! { " " <a href=url rel="noopener noreferrer" target="_blank">{chrome.why_read}</a> }
            });
            view! {
                <li>
                    <p><code>{fact.id}</code> " " {fact.summary}</p>
                    <p class="source">{fact.source} {link}</p>
                </li>
            }
        })
        .collect_view();
    let label = if why.judgement { chrome.why_judgement } else { chrome.why_facts };
    let answers = (!why.answers.is_empty()).then(|| {
        let items = why.answers.into_iter().map(|answer| view! { <li>{answer}</li> }).collect_view();
        view! {
            <p class="why-label">{chrome.why_answers}</p>
            <ul>{items}</ul>
        }
    });
    view! {
        <details class="why" data-testid="why" data-judgement=why.judgement.then_some("true")>
            <summary>{chrome.why_show}</summary>
            <div class="why-body">
                <p class="why-label">{label}</p>
                <ul data-testid="why-facts">{facts}</ul>
                {answers}
            </div>
        </details>
    }
}

/// Lines as list items.
pub fn line_items(lines: Vec<Line>) -> impl IntoView {
    lines.into_iter().map(|line| view! { <li><LineView line/></li> }).collect_view()
}

/// Plain texts as list items.
pub fn text_items(texts: Vec<String>) -> impl IntoView {
    texts.into_iter().map(|text| view! { <li data-line="">{text}</li> }).collect_view()
}

/// A labelled group of lines.
#[component]
pub fn FieldView(field: Field) -> impl IntoView {
    view! {
        <dt data-line="">{field.label}</dt>
        <dd><ul class="lines">{line_items(field.lines)}</ul></dd>
    }
}

/// The answers that weighed most, then every score as a chart and as a list; `testid` names
/// each score's list item.
pub fn ranking(
    drivers_heading: &'static str,
    drivers: Vec<String>,
    scores: Scores,
    testid: &'static str,
) -> impl IntoView {
    view! {
        <h3 data-line="">{drivers_heading}</h3>
        <ul class="drivers" data-testid="drivers">{text_items(drivers)}</ul>
        <h3 data-line="">{scores.heading}</h3>
        <ScoreChart scores=scores.clone()/>
        {score_items(&scores, testid)}
    }
}

/// A ranking as an ordered list, the winner marked.
fn score_items(scores: &Scores, testid: &'static str) -> impl IntoView {
    let items = scores
        .rows
        .iter()
        .map(|row| {
            view! {
                <li class="score" class:winner=row.winner data-testid=testid data-id=row.id data-points=row.points data-line="">
                    {row.text.clone()}
                </li>
            }
        })
        .collect_view();
    view! { <ol class="scores">{items}</ol> }
}

/// "At a glance": the decision in a few lines, above the full report.
#[component]
pub fn GlanceView(glance: Glance) -> impl IntoView {
    let Glance { heading, items, next_heading, next, later_heading, later, later_none, note } = glance;
    let items = items
        .into_iter()
        .map(|item| {
            view! {
                <li class="glance-item" data-item=item.id data-line="">
                    <span class="glance-label">{item.label}</span>
                    " "
                    <strong class="glance-value">{item.value}</strong>
                </li>
            }
        })
        .collect_view();
    view! {
        <section class="glance" data-testid="glance" aria-labelledby="glance-heading">
            <h2 id="glance-heading" data-line="">{heading}</h2>
            <ul class="glance-items">{items}</ul>
            <div class="glance-lists">
                <div>
                    <h3 data-line="">{next_heading}</h3>
                    <ol class="glance-next" data-testid="glance-next">{line_items(next)}</ol>
                </div>
                <div>
                    <h3 data-line="">{later_heading}</h3>
                    {later_none.map(|none| view! { <p data-line="">{none}</p> })}
                    <ul class="glance-later" data-testid="glance-later">{line_items(later)}</ul>
                </div>
            </div>
            <p class="glance-note" data-line="">{note}</p>
        </section>
    }
}

/// Red flags as list items, each with its findings and the questions to ask.
pub fn flag_items(flags: Vec<FlagItem>) -> impl IntoView {
    flags
        .into_iter()
        .map(|flag| {
            let testid = if flag.raised { "red-flag" } else { "flag-check" };
            view! {
                <li class=format!("flag {}", flag.status_id) data-testid=testid data-flag=flag.flag_id data-status=flag.status_id>
                    <h3 data-line="">{flag.title}</h3>
                    <ul class="lines">{line_items(flag.findings)}</ul>
                    <dl class="asks"><FieldView field=flag.asks/></dl>
                </li>
            }
        })
        .collect_view()
}
