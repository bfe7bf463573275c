//! "My assessments": the named assessments kept in this browser, opening, deleting and
//! comparing them, and importing an answer file with a preview before anything changes.

use leptos::html::Input;
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::session::{Origin, Pair};
use super::{locale, tr, Session};
use crate::engine::{advise, revised_since, Answers, Assessment, Track};
use crate::share::file::{self, Imported};
use crate::text::{fill, phrases};
use crate::web::files;

/// One line summing up an assessment: for a team plan its verdict and archetype, for a team
/// to join its kind of team.
fn summary(answers: &Answers) -> String {
    let locale = locale();
    let answered = answers.len().to_string();
    match advise(answers) {
        Assessment::Leader(report) => {
            let verdict = phrases::verdict(locale, report.gate.verdict);
            fill(
                tr("library.summary"),
                &[
                    ("verdict", verdict),
                    ("archetype", phrases::archetype_name(locale, report.archetype.winner.id())),
                    ("answered", &answered),
                ],
            )
        }
        Assessment::Practitioner(report) => fill(
            tr("library.summary.practitioner"),
            &[("type", phrases::team_type_name(locale, report.team_type.winner.id())), ("answered", &answered)],
        ),
    }
}

#[component]
pub fn LibraryPage(session: Session) -> impl IntoView {
    let selected = RwSignal::new(Vec::<String>::new());
    let (current, current_rules) = session.progress.with_untracked(|p| (p.answers.clone(), p.rules));
    let current_name = tr("library.current").to_owned();

    let answers_of = {
        let current = current.clone();
        let current_name = current_name.clone();
        move |name: &str| -> Option<Answers> {
            if name == current_name {
                return Some(current.clone());
            }
            session.library.with_untracked(|l| l.get(name).map(|n| n.answers.clone()))
        }
    };
    // Comparing is for two team plans: the practitioner track has no archetype, design or
    // hiring order to set side by side.
    let compare_error = RwSignal::new(None::<&'static str>);
    let compare = move |_| {
        let names = selected.get_untracked();
        if let [a, b] = names.as_slice() {
            if let (Some(x), Some(y)) = (answers_of(a), answers_of(b)) {
                if x.track() == Track::Leader && y.track() == Track::Leader {
                    compare_error.set(None);
                    session.compare(Pair { before: (a.clone(), x), after: (b.clone(), y) });
                } else {
                    compare_error.set(Some(tr("library.compare_leader_only")));
                }
            }
        }
    };

    let current_row = (!current.is_empty()).then(|| {
        view! { <Row session name=current_name.clone() answers=current.clone() rules=current_rules selected own=true/> }
    });
    let rows = move || {
        session.library.with(|library| {
            library
                .items
                .iter()
                .map(|item| {
                    view! { <Row session name=item.name.clone() answers=item.answers.clone() rules=item.rules selected own=false/> }
                })
                .collect_view()
        })
    };
    let empty = move || session.library.with(|l| l.items.is_empty()) && current.is_empty();

    view! {
        <section class="library" data-testid="library">
            <h1>{tr("library.heading")}</h1>
            <p>{tr("library.lead")}</p>
            {move || session.library_locked().map(|key| view! { <p class="callout" data-testid="library-locked">{tr(key)}</p> })}
            <Show when=empty fallback=|| ()>
                <p>{tr("library.empty")}</p>
            </Show>
            <ul class="kept-list">{current_row}{rows}</ul>
            <div class="actions">
                <button
                    class="primary"
                    type="button"
                    data-testid="compare-button"
                    prop:disabled=move || selected.with(|s| s.len() != 2)
                    on:click=compare
                >
                    {tr("library.compare")}
                </button>
            </div>
            <p class="help">{tr("library.compare_help")}</p>
            <p class="error" role="alert" data-testid="compare-error">{move || compare_error.get()}</p>
            <Import session/>
            <super::teams::KeptTeams session/>
        </section>
    }
}

/// One assessment in the list, made under `rules`: a checkbox to pick it for comparing (at most
/// two stay picked) and, for kept ones (`own` is false), open and delete.
#[component]
fn Row(
    session: Session,
    name: String,
    answers: Answers,
    rules: u32,
    selected: RwSignal<Vec<String>>,
    own: bool,
) -> impl IntoView {
    let line = summary(&answers);
    let picked = {
        let name = name.clone();
        move || selected.with(|s| s.contains(&name))
    };
    let toggle = {
        let name = name.clone();
        move |_| {
            selected.update(|s| {
                if let Some(i) = s.iter().position(|n| *n == name) {
                    s.remove(i);
                } else {
                    s.push(name.clone());
                    if s.len() > 2 {
                        s.remove(0);
                    }
                }
            })
        }
    };
    let actions = (!own).then(|| {
        let (open_name, delete_name) = (name.clone(), name.clone());
        view! {
            <div class="actions">
                <button type="button" data-testid="open-kept" on:click=move |_| session.view(answers.clone(), Origin::Kept(open_name.clone()), rules)>
                    {tr("library.open")}
                </button>
                <button type="button" data-testid="delete-kept" on:click=move |_| session.library.update(|l| l.remove(&delete_name))>
                    {tr("library.delete")}
                </button>
            </div>
        }
    });
    let data_name = name.clone();
    view! {
        <li class="kept" data-testid="kept" data-name=data_name>
            <label>
                <input type="checkbox" data-testid="pick" prop:checked=picked on:change=toggle/>
                " "
                <strong>{name}</strong>
            </label>
            <p>{line}</p>
            {revised_since(rules).then(|| view! { <p class="help" data-testid="kept-revised">{tr("library.revised")}</p> })}
            {actions}
        </li>
    }
}

/// Importing an answer file: read, validated and previewed; nothing changes until the user
/// picks what to do with it. `error` holds the message on show.
#[component]
fn Import(session: Session) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let preview = RwSignal::new(None::<Imported>);
    let error = RwSignal::new(None::<&'static str>);
    let on_change = move |_| {
        let Some(element) = input.get() else {
            return;
        };
        spawn_local(async move {
            preview.set(None);
            error.set(None);
            match files::read_text(&element).await {
                Err(files::ReadError::TooLarge) => error.set(Some(tr("file.error.too_large"))),
                Err(files::ReadError::Unreadable) => error.set(Some(tr("file.error.unreadable"))),
                Ok(text) => match file::import(&text) {
                    Ok(imported) => preview.set(Some(imported)),
                    Err(e) => error.set(Some(phrases::file_error(locale(), e.id()))),
                },
            }
        });
    };
    let preview_view = move || {
        preview.get().map(|imported| {
            let Imported { name, answers, dropped, rules } = imported;
            let shown_name = if name.is_empty() { tr("import.unnamed").to_owned() } else { name.clone() };
            let dropped_line = (dropped > 0).then(|| fill(tr("import.dropped"), &[("count", &dropped.to_string())]));
            let (a1, a2, a3) = (answers.clone(), answers.clone(), answers.clone());
            let (name1, name2) = (shown_name.clone(), shown_name.clone());
            view! {
                <div class="preview" data-testid="import-preview">
                    <h3>{fill(tr("import.preview"), &[("name", &shown_name)])}</h3>
                    <p>{summary(&answers)}</p>
                    {dropped_line.map(|line| view! { <p class="callout">{line}</p> })}
                    <div class="actions">
                        <button type="button" data-testid="import-open" on:click=move |_| session.view(a1.clone(), Origin::Kept(name1.clone()), rules)>
                            {tr("import.open")}
                        </button>
                        <button type="button" data-testid="import-keep" on:click=move |_| {
                            if session.keep(&name2, &a2, rules) {
                                preview.set(None);
                            } else {
                                error.set(Some(tr("keep.not_kept")));
                            }
                        }>
                            {tr("import.keep")}
                        </button>
                        <button type="button" data-testid="import-adopt" on:click=move |_| session.adopt(a3.clone(), tr("viewing.previous_name"))>
                            {tr("import.adopt")}
                        </button>
                        <button type="button" on:click=move |_| preview.set(None)>{tr("import.cancel")}</button>
                    </div>
                </div>
            }
        })
    };
    view! {
        <section class="import" aria-labelledby="import-heading">
            <h2 id="import-heading">{tr("import.heading")}</h2>
            <label for="import-file">{tr("import.label")}</label>
            <input id="import-file" type="file" accept=".json,application/json" data-testid="import-file" node_ref=input on:change=on_change/>
            <p class="error" role="alert" data-testid="import-error">{move || error.get()}</p>
            {preview_view}
        </section>
    }
}
