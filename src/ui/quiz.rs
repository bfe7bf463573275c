//! One question per step: progress, the options as a radio group, back and next. Fully
//! keyboard operable: arrows choose, Enter goes on, and focus lands on each new question.

use leptos::html::H2;
use leptos::prelude::*;

use super::{locale, tr, Session};
use crate::engine::questions::Section;
// By path: `Track` alone would hide leptos's `Track` trait, which `step.track()` needs.
use crate::engine;
use crate::text::{fill, phrases};

#[component]
pub fn Quiz(session: Session) -> impl IntoView {
    let heading = NodeRef::<H2>::new();
    let missing = RwSignal::new(false);
    let step = Memo::new(move |_| session.progress.with(|p| p.step));

    // Each new step moves focus to its heading, so screen readers announce the question.
    Effect::new(move |_| {
        step.track();
        if let Some(h) = heading.get() {
            let _ = h.focus();
        }
    });

    // Next acts on the button's click, which Enter on an option also fires (implicit
    // submission), and not on the form's submit event: a sandboxed iframe without
    // `allow-forms` never fires that.
    let on_next = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        missing.set(!session.next());
    };

    // Only a new step re-renders the form: choosing an option must leave the radio group (and
    // the keyboard focus inside it) alone.
    let body = move || {
        let index = step.get();
        let progress = session.progress.get_untracked();
        let question = progress.question();
        let total = progress.questions().len();
        let section = match question.section {
            Section::Gate => tr("quiz.section.gate"),
            Section::Organisation => tr("quiz.section.organisation"),
            Section::Team => tr("quiz.section.team"),
            Section::Prospect => tr("quiz.section.prospect"),
            Section::Yourself => tr("quiz.section.yourself"),
        };
        let finish = match progress.track() {
            engine::Track::Leader => tr("quiz.finish"),
            engine::Track::Practitioner => tr("quiz.finish.practitioner"),
        };
        let counter = fill(tr("quiz.progress"), &[("n", &(index + 1).to_string()), ("total", &total.to_string())]);
        let chosen = progress.answers.get(question.id).map(str::to_owned);
        let help_id = format!("help-{}", question.id.replace('.', "-"));
        let options = question
            .choices
            .iter()
            .map(|choice| {
                let id = format!("opt-{}-{}", question.id.replace('.', "-"), choice.id);
                let checked = chosen.as_deref() == Some(choice.id);
                let label_for = id.clone();
                view! {
                    <label class="option" for=label_for>
                        <input
                            type="radio"
                            id=id
                            name="answer"
                            value=choice.id
                            prop:checked=checked
                            on:change=move |_| {
                                session.choose(choice.id);
                                missing.set(false);
                            }
                        />
                        <span>{phrases::option(locale(), question.id, choice.id)}</span>
                    </label>
                }
            })
            .collect_view();
        let last = index + 1 == total;
        let described_by = help_id.clone();
        view! {
            <div class="progress" data-testid="progress">
                <p class="section-name">{section}</p>
                <p class="counter" role="status" aria-live="polite">{counter.clone()}</p>
                <progress max=total value=index + 1 aria-label=counter></progress>
            </div>
            <form class="question" data-testid="question" data-question-id=question.id data-track=progress.track().id() on:submit=|ev| ev.prevent_default()>
                <fieldset aria-describedby=described_by>
                    <legend>
                        <h2 tabindex="-1" node_ref=heading>{phrases::question(locale(), question.id)}</h2>
                    </legend>
                    <p class="help" id=help_id>{phrases::question_help(locale(), question.id)}</p>
                    <div class="options">{options}</div>
                </fieldset>
                <p class="error" role="alert" data-testid="error">
                    {move || missing.get().then(|| tr("quiz.choose_first"))}
                </p>
                <div class="actions">
                    <button type="button" data-testid="back" on:click=move |_| session.back()>
                        {tr("quiz.back")}
                    </button>
                    <button class="primary" type="submit" data-testid="next" on:click=on_next>
                        {if last { finish } else { tr("quiz.next") }}
                    </button>
                </div>
            </form>
        }
    };
    view! { <section class="quiz">{body}</section> }
}
