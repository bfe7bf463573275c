//! "My assessments": the named assessments kept in this browser, opening, deleting and
//! comparing them, and importing an answer file with a preview before anything changes.

use leptos::html::{Button, Input, H1};
use leptos::prelude::*;
use leptos::task::spawn_local;

use super::field::TextField;
use super::session::{Origin, Pair};
use super::{locale, tr, Session};
use crate::engine::{advise, revised_since, Answers, Assessment};
use crate::page::pair::comparable;
use crate::page::series::details;
use crate::saved::{joins_series, Named};
use crate::share::backup::{self, Backup, BackupError, Plan};
use crate::share::file::{self, Imported};
use crate::teams::KeptTeam;
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
    // Where the focus goes when the list is drawn anew after a change made from inside it.
    let refocus = StoredValue::new(None::<Refocus>);
    let heading = NodeRef::<H1>::new();
    Refocus::Heading.onto(heading, refocus, session);
    let current_name = tr("library.current").to_owned();

    let answers_of = {
        let current_name = current_name.clone();
        move |name: &str| -> Option<Answers> {
            if name == current_name {
                return Some(session.progress.with_untracked(|p| p.answers.clone()));
            }
            session.library.with_untracked(|l| l.get(name).map(|n| n.answers.clone()))
        }
    };
    // Comparing is for two assessments of one track: two team plans, or two teams to join.
    let compare_error = RwSignal::new(None::<&'static str>);
    let compare = move |_| {
        let names = selected.get_untracked();
        if let [a, b] = names.as_slice() {
            if let (Some(x), Some(y)) = (answers_of(a), answers_of(b)) {
                if comparable(&x, &y) {
                    compare_error.set(None);
                    session.compare(Pair { before: (a.clone(), x), after: (b.clone(), y) });
                } else {
                    compare_error.set(Some(tr("library.compare_leader_only")));
                }
            }
        }
    };

    // The user's own answers, while there are any (deleting everything takes them away).
    let current_row = move || {
        let (current, rules) = session.progress.with(|p| (p.answers.clone(), p.rules));
        (!current.is_empty()).then(|| {
            view! { <Row session name=current_name.clone() answers=current rules selected own=true refocus/> }
        })
    };
    let rows = move || {
        session.library.with(|library| {
            library
                .items
                .iter()
                .map(|item| {
                    view! {
                        <Row
                            session
                            name=item.name.clone()
                            answers=item.answers.clone()
                            rules=item.rules
                            selected
                            own=false
                            entry=item.clone()
                            refocus
                        />
                    }
                })
                .collect_view()
        })
    };
    let empty = move || session.library.with(|l| l.items.is_empty()) && session.progress.with(|p| p.answers.is_empty());

    view! {
        <section class="library" data-testid="library">
            <h1 tabindex="-1" node_ref=heading>{tr("library.heading")}</h1>
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
            <SeriesList session/>
            <Import session/>
            <super::data::YourData session/>
            <super::teams::KeptTeams session/>
        </section>
    }
}

/// Where the focus goes once the list of kept assessments is drawn anew, so that a keyboard
/// user is not dropped on the page: back into the series field of the entry just put in a
/// series; after a delete, to the Open button of the next entry (or, at the end, of the one
/// before), or to the heading when none is left.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Refocus {
    SeriesField(String),
    Open(String),
    Heading,
}

impl Refocus {
    /// Gives `node` the focus, once, when it is drawn (or the library changes while it is on
    /// screen) and `refocus` asks for this.
    fn onto<E>(self, node: NodeRef<E>, refocus: StoredValue<Option<Refocus>>, session: Session)
    where
        E: leptos::html::ElementType,
        E::Output: wasm_bindgen::JsCast + Clone + AsRef<web_sys::HtmlElement> + 'static,
    {
        Effect::new(move |_| {
            session.library.track();
            if let Some(element) = node.get() {
                if refocus.with_value(|r| r.as_ref() == Some(&self)) {
                    refocus.set_value(None);
                    let element: &web_sys::HtmlElement = element.as_ref();
                    let _ = element.focus();
                }
            }
        });
    }
}

/// One assessment in the list, made under `rules`: a checkbox to pick it for comparing (at most
/// two stay picked) and, for kept ones (`own` is false), open and delete, and for a kept `entry`
/// its day, series and note. A delete says where the focus goes next (`refocus`).
#[component]
fn Row(
    session: Session,
    name: String,
    answers: Answers,
    rules: u32,
    selected: RwSignal<Vec<String>>,
    own: bool,
    #[prop(optional)] entry: Option<Named>,
    refocus: StoredValue<Option<Refocus>>,
) -> impl IntoView {
    let details = entry.map(|entry| view! { <KeptDetails session entry refocus/> });
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
        let open_button = NodeRef::<Button>::new();
        Refocus::Open(name.clone()).onto(open_button, refocus, session);
        let delete = move |_| {
            let neighbour = session.library.with_untracked(|l| {
                let at = l.items.iter().position(|i| i.name == delete_name)?;
                l.items.get(at + 1).or_else(|| at.checked_sub(1).and_then(|i| l.items.get(i))).map(|i| i.name.clone())
            });
            refocus.set_value(Some(neighbour.map_or(Refocus::Heading, Refocus::Open)));
            session.library.update(|l| l.remove(&delete_name));
        };
        view! {
            <div class="actions">
                <button type="button" data-testid="open-kept" node_ref=open_button on:click=move |_| session.view(answers.clone(), Origin::Kept(open_name.clone()), rules)>
                    {tr("library.open")}
                </button>
                <button type="button" data-testid="delete-kept" on:click=delete>
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
            {details}
            {revised_since(rules).then(|| view! { <p class="help" data-testid="kept-revised">{tr("library.revised")}</p> })}
            {actions}
        </li>
    }
}

/// A kept entry's day, series and note, and for a leader assessment a field to put it into a
/// series (or take it out, with an empty name). Putting it in redraws the list; the field of
/// this entry then takes the focus back (`refocus`), so a keyboard user stays where they were.
#[component]
fn KeptDetails(session: Session, entry: Named, refocus: StoredValue<Option<Refocus>>) -> impl IntoView {
    let lines = details(&entry, locale()).into_iter().map(|l| view! { <li>{l}</li> }).collect_view();
    let control = joins_series(&entry.answers).then(|| {
        let series = RwSignal::new(entry.series.clone().unwrap_or_default());
        let name = entry.name.clone();
        let field_id = format!(
            "series-of-{}",
            session.library.with_untracked(|l| l.items.iter().position(|i| i.name == name).unwrap_or(0))
        );
        let field = NodeRef::<Input>::new();
        Refocus::SeriesField(name.clone()).onto(field, refocus, session);
        let put = move |ev: leptos::ev::MouseEvent| {
            ev.prevent_default();
            let chosen = series.get_untracked();
            refocus.set_value(Some(Refocus::SeriesField(name.clone())));
            session.library.update(|l| {
                l.set_series(&name, Some(chosen.as_str()).filter(|s| !s.trim().is_empty()));
            });
        };
        view! {
            <form class="keep-name">
                <TextField
                    id=field_id
                    label=fill(tr("library.series_label"), &[("name", &entry.name)])
                    value=series
                    max=80
                    testid="series-of"
                    list="series-names"
                    field
                />
                <button type="submit" data-testid="put-in-series" on:click=put>{tr("library.put_in_series")}</button>
            </form>
        }
    });
    view! {
        <ul class="kept-details" data-testid="kept-details">{lines}</ul>
        {control}
    }
}

/// The series kept in this browser, each with its number of entries and a button to show it.
#[component]
fn SeriesList(session: Session) -> impl IntoView {
    let rows = move || {
        session.library.with(|l| {
            l.series_names()
                .into_iter()
                .map(|series| {
                    let count = l.series(series).len().to_string();
                    let line = fill(tr("library.series_line"), &[("series", series), ("count", &count)]);
                    let shown = series.to_owned();
                    view! {
                        <li class="kept" data-testid="series-row" data-series=series.to_owned()>
                            <span>{line}</span>
                            " "
                            <button type="button" data-testid="open-series" on:click=move |_| session.show_series(&shown)>
                                {tr("library.open_series")}
                            </button>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    let names = move || {
        session.library.with(|l| {
            l.series_names().into_iter().map(|n| view! { <option value=n.to_owned()></option> }).collect_view()
        })
    };
    view! {
        <section class="series-list" aria-labelledby="series-heading">
            <h2 id="series-heading">{tr("library.series_heading")}</h2>
            <p>{tr("library.series_lead")}</p>
            <ul class="kept-list">{rows}</ul>
            <datalist id="series-names">{names}</datalist>
        </section>
    }
}

/// The message for a refused library file.
fn backup_error(error: BackupError) -> &'static str {
    match error {
        BackupError::UnknownVersion(_) => tr("backup.error.unknown_version"),
        BackupError::Newer => tr("backup.error.newer"),
        BackupError::Unreadable => tr("backup.error.unreadable"),
    }
}

/// What importing a library file would do, and the choice of how: nothing in this browser is
/// replaced unless the user picks the button that says so.
#[component]
fn LibraryPreview(
    session: Session,
    count: usize,
    plan: Plan,
    library_preview: RwSignal<Option<(usize, Plan)>>,
    imported: RwSignal<String>,
) -> impl IntoView {
    let group = |key: &'static str, names: Vec<String>, id: &'static str| {
        (!names.is_empty()).then(|| {
            let heading = fill(tr(key), &[("count", &names.len().to_string())]);
            let items = names.into_iter().map(|n| view! { <li>{n}</li> }).collect_view();
            view! {
                <h4>{heading}</h4>
                <ul data-testid=id>{items}</ul>
            }
        })
    };
    // Assessments by their names, team views by theirs, marked as team views.
    let team_view = |name: &str| fill(tr("backup.team_view"), &[("name", name)]);
    let names = |entries: &[Named], teams: &[KeptTeam]| {
        entries.iter().map(|e| e.name.clone()).chain(teams.iter().map(|t| team_view(&t.name))).collect::<Vec<_>>()
    };
    let (library, teams) = (&plan.library, &plan.teams);
    let added = group("backup.added", names(&library.added, &teams.added), "backup-added");
    let same = library.same.iter().cloned().chain(teams.same.iter().map(|name| team_view(name))).collect();
    let same = group("backup.same", same, "backup-same");
    let conflicts = group("backup.conflicts", names(&library.conflicts, &teams.conflicts), "backup-conflicts");
    let left_out = library.left_out + teams.left_out;
    let left_out = (left_out > 0).then(|| fill(tr("backup.left_out"), &[("count", &left_out.to_string())]));
    let (added_count, conflict_count) = plan.counts();
    let has_conflicts = conflict_count > 0;
    let import = move |replace: bool| {
        let plan = plan.clone();
        move |_| {
            if let Some(locked) = session.library_locked() {
                return imported.set(tr(locked).to_owned());
            }
            session.library.update(|l| backup::apply(l, &plan.library, replace));
            if !session.teams_locked() {
                session.teams.update(|t| backup::apply_teams(t, &plan.teams, replace));
            }
            let replaced = if replace { conflict_count } else { 0 };
            imported.set(fill(
                tr("backup.imported"),
                &[("added", &added_count.to_string()), ("replaced", &replaced.to_string())],
            ));
            library_preview.set(None);
        }
    };
    let replace_button = has_conflicts.then(|| {
        view! { <button type="button" data-testid="backup-replace" on:click=import(true)>{tr("backup.replace")}</button> }
    });
    view! {
        <div class="preview" data-testid="backup-preview">
            <h3>{fill(tr("backup.preview"), &[("count", &count.to_string())])}</h3>
            {added}
            {same}
            {conflicts}
            {left_out.map(|line| view! { <p class="callout">{line}</p> })}
            <div class="actions">
                <button type="button" data-testid="backup-keep-mine" on:click=import(false)>{tr("backup.keep_mine")}</button>
                {replace_button}
                <button type="button" on:click=move |_| library_preview.set(None)>{tr("import.cancel")}</button>
            </div>
        </div>
    }
}

/// Importing an answer file or a library file: read, validated and previewed; nothing changes
/// until the user picks what to do with it. `error` holds the message on show.
#[component]
fn Import(session: Session) -> impl IntoView {
    let input = NodeRef::<Input>::new();
    let preview = RwSignal::new(None::<Imported>);
    let library_preview = RwSignal::new(None::<(usize, Plan)>);
    let error = RwSignal::new(None::<&'static str>);
    let imported = RwSignal::new(String::new());
    let on_change = move |_| {
        let Some(element) = input.get() else {
            return;
        };
        spawn_local(async move {
            preview.set(None);
            library_preview.set(None);
            imported.set(String::new());
            error.set(None);
            match files::read_text(&element).await {
                Err(files::ReadError::TooLarge) => error.set(Some(tr("file.error.too_large"))),
                Err(files::ReadError::Unreadable) => error.set(Some(tr("file.error.unreadable"))),
                Ok(text) => match backup::read(&text) {
                    Some(Ok(file)) => {
                        let here =
                            Backup { library: session.library.get_untracked(), teams: session.teams.get_untracked() };
                        let count = file.library.items.len() + file.teams.items.len();
                        library_preview.set(Some((count, backup::plan(&here, &file))));
                    }
                    Some(Err(e)) => error.set(Some(backup_error(e))),
                    None => match file::import(&text) {
                        Ok(imported) => preview.set(Some(imported)),
                        Err(e) => error.set(Some(phrases::file_error(locale(), e.id()))),
                    },
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
            {move || library_preview.get().map(|(count, plan)| view! { <LibraryPreview session count plan library_preview imported/> })}
            <p class="status" role="status" aria-live="polite" data-testid="import-status">{move || imported.get()}</p>
        </section>
    }
}
