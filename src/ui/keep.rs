//! The bar under a result that lets it travel: share link, Markdown, answer file, print, and
//! keeping it under a name. Each action says what happened in a polite live region.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::field::TextField;
use super::plan::PlanTarget;
use super::{locale, tr, Session};
use crate::engine::Answers;
use crate::share::{file, link, markdown};
use crate::text::fill;
use crate::web::{clipboard, download, location};

/// The actions for one assessment. `name` is what it is called, if anything.
#[component]
pub fn KeepBar(session: Session, answers: Answers, name: String) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let manual_link = RwSignal::new(None::<String>);
    let new_name = RwSignal::new(name);
    let series_name = RwSignal::new(String::new());
    let note = RwSignal::new(String::new());
    let in_series = crate::saved::joins_series(&answers);
    // Exports are titled with the name in the field, so a name typed there travels too.
    // The Markdown has the plan towards the target chosen on the page, if any.
    let chosen = use_context::<PlanTarget>();
    let markdown_text = {
        let answers = answers.clone();
        move || {
            let target = chosen.and_then(|PlanTarget(t)| t.get_untracked());
            markdown::render_for(&answers, locale(), &new_name.get_untracked(), target)
        }
    };
    let say = move |key: &str| status.set(tr(key).to_owned());

    let share = {
        let answers = answers.clone();
        move |_| {
            let Some(url) = location::with_fragment(&link::encode(&answers)) else {
                return say("keep.failed");
            };
            spawn_local(async move {
                if clipboard::copy(&url).await {
                    say("keep.link_copied");
                    manual_link.set(None);
                } else {
                    say("keep.copy_by_hand");
                    manual_link.set(Some(url));
                }
            });
        }
    };
    let copy_markdown = {
        let markdown_text = markdown_text.clone();
        move |_| {
            let text = markdown_text();
            spawn_local(async move {
                say(if clipboard::copy(&text).await { "keep.markdown_copied" } else { "keep.failed" });
            });
        }
    };
    let download_markdown = move |_| {
        let done = download::offer("ml-team-plan.md", "text/markdown", &markdown_text());
        say(if done { "keep.downloaded" } else { "keep.failed" });
    };
    let download_answers = {
        let answers = answers.clone();
        move |_| {
            let export = file::export(&new_name.get_untracked(), &answers);
            let done = download::offer("ml-team-answers.json", "application/json", &export);
            say(if done { "keep.downloaded" } else { "keep.failed" });
        }
    };
    let print = move |_| {
        if let Some(window) = web_sys::window() {
            let _ = window.print();
        }
    };
    let add_to_series = {
        let answers = answers.clone();
        move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            if let Some(locked) = session.library_locked() {
                return say(locked);
            }
            let series = series_name.get_untracked();
            match session.add_to_series(&series, &answers, session.rules_on_screen(), &note.get_untracked()) {
                Some(name) => {
                    let series = crate::saved::clean_name(&series);
                    status.set(fill(tr("keep.added"), &[("series", &series), ("name", &name)]));
                    note.set(String::new());
                }
                None => say("keep.not_added"),
            }
        }
    };
    let series_form = in_series.then(|| {
        let names = move || {
            session.library.with(|l| {
                l.series_names().into_iter().map(|n| view! { <option value=n.to_owned()></option> }).collect_view()
            })
        };
        view! {
            <form class="keep-name keep-series">
                <TextField id="keep-series" label=tr("keep.series_label") value=series_name max=80 testid="keep-series" list="series-names"/>
                <datalist id="series-names">{names}</datalist>
                <TextField id="keep-note" label=tr("keep.note_label") value=note max=120 testid="keep-note"/>
                <button type="submit" data-testid="add-to-series" on:click=add_to_series>{tr("keep.add_to_series")}</button>
            </form>
        }
    });
    // As in the quiz, Keep acts on the button's click (which Enter in the name field also
    // fires) rather than the form's submit event, which a sandboxed iframe never fires.
    let keep = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        let name = new_name.get_untracked();
        if let Some(locked) = session.library_locked() {
            return say(locked);
        }
        if session.keep(&name, &answers, session.rules_on_screen()) {
            status.set(fill(tr("keep.kept"), &[("name", crate::saved::clean_name(&name).as_str())]));
        } else {
            say("keep.not_kept");
        }
    };

    view! {
        <section class="keep no-print" data-testid="keep" aria-labelledby="keep-heading">
            <h2 id="keep-heading">{tr("keep.heading")}</h2>
            <div class="actions">
                <button type="button" data-testid="share-link" on:click=share>{tr("keep.share")}</button>
                <button type="button" data-testid="copy-markdown" on:click=copy_markdown>{tr("keep.copy_markdown")}</button>
                <button type="button" data-testid="download-markdown" on:click=download_markdown>{tr("keep.download_markdown")}</button>
                <button type="button" data-testid="download-answers" on:click=download_answers>{tr("keep.download_answers")}</button>
                <button type="button" data-testid="print" on:click=print>{tr("keep.print")}</button>
            </div>
            <form class="keep-name">
                <TextField id="keep-name" label=tr("keep.name_label") value=new_name max=80 testid="keep-name"/>
                <button type="submit" data-testid="keep-button" on:click=keep>{tr("keep.keep")}</button>
            </form>
            {series_form}
            {move || manual_link.get().map(|url| view! {
                <label class="manual-link">
                    {tr("keep.link_label")}
                    <input type="text" readonly data-testid="manual-link" prop:value=url/>
                </label>
            })}
            <p class="status" role="status" aria-live="polite" data-testid="keep-status">{move || status.get()}</p>
        </section>
    }
}
