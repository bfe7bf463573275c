//! Deciding together: the paste box that takes colleagues' share links, and the team view
//! drawn from its page model (who answered what, the team result through the leader report's
//! own view, the disagreements), with the combined link, the agenda and keeping it.

use leptos::prelude::*;
use leptos::task::spawn_local;

use super::compare::grid;
use super::field::TextField;
use super::leader::LeaderView;
use super::lines::{LineView, Sections};
use super::{locale, tr, Session};
use crate::engine::team::{Function, Respondent};
use crate::page::compare::Table;
use crate::page::team::{page, TeamPage};
use crate::share::{agenda, team_link};
use crate::text::fill;
use crate::web::{clipboard, download, location};

/// The paste box, or the team view once links were merged, and why a combined link did not
/// open, if it did not.
#[component]
pub fn TeamScreen(session: Session) -> impl IntoView {
    let error = move || {
        session.team_error.get().map(|error| {
            let text = fill(tr("team.error.link"), &[("error", tr(&format!("team.error.{}", error.id())))]);
            view! { <p class="error" role="alert" data-testid="team-link-error">{text}</p> }
        })
    };
    view! {
        <section class="team" data-testid="team">
            <h1>{tr("team.title")}</h1>
            <p>{tr("team.intro")}</p>
            <p class="privacy" data-testid="team-privacy">{tr("team.privacy")}</p>
            {error}
            {move || match session.team.get() {
                Some(respondents) => view! { <TeamView session respondents/> }.into_any(),
                None => view! { <PasteBox session/> }.into_any(),
            }}
        </section>
    }
}

/// A text area for 2 to 12 share links, one per line; a refused link is named by its line.
#[component]
fn PasteBox(session: Session) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    // As in the quiz, the button's click acts (Enter in a text area adds a line).
    let merge = move |_| match team_link::read_pasted(&text.get_untracked()) {
        Ok(respondents) => session.open_team(respondents),
        Err(refused) => {
            let why = tr(&format!("team.error.{}", refused.error.id()));
            let message = match refused.line {
                Some(line) => fill(tr("team.error.line"), &[("line", &line.to_string()), ("error", why)]),
                None => fill(tr("team.error.paste"), &[("error", why)]),
            };
            error.set(Some(message));
        }
    };
    view! {
        <div class="paste">
            <label for="team-links">{tr("team.paste.label")}</label>
            <textarea
                id="team-links"
                rows="6"
                spellcheck="false"
                data-testid="team-links"
                aria-describedby="team-links-error"
                prop:value=move || text.get()
                on:input=move |ev| text.set(event_target_value(&ev))
            ></textarea>
            <div class="actions">
                <button class="primary" type="button" data-testid="team-merge" on:click=merge>
                    {tr("team.paste.merge")}
                </button>
            </div>
            <p class="error" id="team-links-error" role="alert" data-testid="team-error">{move || error.get()}</p>
        </div>
    }
}

/// A table under a caption.
fn table(table: Table, testid: &'static str) -> impl IntoView {
    view! {
        <table class="grid" data-testid=testid>
            <caption>{table.heading}</caption>
            {grid(table.columns, table.rows)}
        </table>
    }
}

/// The respondents with a role select each, and the team view drawn from the page model; a
/// change of role redraws what names people, and keeps the focus on the select.
#[component]
fn TeamView(session: Session, respondents: Vec<Respondent>) -> impl IntoView {
    let count = respondents.len();
    let tags = RwSignal::new(respondents.iter().map(|r| r.function).collect::<Vec<_>>());
    let base = StoredValue::new(respondents);
    let tagged = move || {
        let tags = tags.get();
        base.with_value(|all| {
            all.iter().zip(tags).map(|(r, function)| Respondent { function, ..r.clone() }).collect::<Vec<_>>()
        })
    };
    let model = Memo::new(move |_| page(&tagged(), locale()).ok());
    if let Some(chrome) = model.with_untracked(|m| m.as_ref().map(|m| m.result.chrome.clone())) {
        provide_context(chrome);
    }
    provide_context(Sections::new());

    let selects = (0..count)
        .map(|i| {
            let n = (i + 1).to_string();
            let id = format!("team-role-{n}");
            let options = Function::ALL
                .into_iter()
                .map(|f| {
                    let selected = base.with_value(|all| all[i].function == Some(f));
                    view! { <option value=f.id() selected=selected>{tr(&format!("team.function.{}", f.id()))}</option> }
                })
                .collect_view();
            let change = move |ev| {
                let function = Function::from_id(&event_target_value(&ev));
                tags.update(|t| t[i] = function);
                // Kept in the session too, without redrawing the view, so that a change of
                // language (which draws the page anew) keeps the roles given.
                session.team.update_untracked(|team| {
                    if let Some(r) = team.as_mut().and_then(|team| team.get_mut(i)) {
                        r.function = function;
                    }
                });
            };
            let notes = move || {
                model.with(|m| {
                    m.as_ref().and_then(|m| m.respondents.get(i)).map(|row| {
                        view! {
                            <strong>{row.label.clone()}</strong>
                            {row.notes.iter().map(|note| view! { <p class="help">{note.clone()}</p> }).collect_view()}
                        }
                    })
                })
            };
            view! {
                <li class="kept" data-testid="respondent">
                    {notes}
                    <label for=id.clone()>{fill(tr("team.function.label"), &[("n", &n)])}</label>
                    " "
                    <select id=id data-testid="team-role" on:change=change>
                        <option value="">{tr("team.function.none")}</option>
                        {options}
                    </select>
                </li>
            }
        })
        .collect_view();

    let body = move || model.get().map(|m| view! { <TeamBody model=m/> });
    let other = move |_| {
        location::clear_fragment();
        session.team.set(None);
    };
    view! {
        <div data-testid="team-view">
            <p class="lead">{move || model.with(|m| m.as_ref().map(|m| m.lead.clone()))}</p>
            <h2>{tr("team.respondents")}</h2>
            <ul class="kept-list">{selects}</ul>
            {body}
            <TeamShare session respondents=Signal::derive(tagged) model/>
            <div class="actions no-print">
                <button type="button" data-testid="team-other" on:click=other>{tr("team.other")}</button>
            </div>
        </div>
    }
}

/// What to settle, who answered what, what each result says, the rule, the team result and
/// every disagreement.
#[component]
fn TeamBody(model: TeamPage) -> impl IntoView {
    let TeamPage {
        settle_heading,
        settle,
        settle_none,
        spread_heading,
        spread_lead,
        questions,
        outcomes_heading,
        outcomes,
        rule_heading,
        rule,
        result_heading,
        result,
        consensus,
        disagreements_heading,
        disagreements,
        disagreements_none,
        ..
    } = model;
    let settle = settle.into_iter().map(|line| view! { <li><LineView line/></li> }).collect_view();
    let questions = questions
        .into_iter()
        .map(|q| {
            let notes = q.notes.into_iter().map(|n| view! { <p class="help">{n}</p> }).collect_view();
            view! { <div data-question=q.id>{table(q.table, "spread")}{notes}</div> }
        })
        .collect_view();
    let outcomes = outcomes.into_iter().map(|t| table(t, "outcome")).collect_view();
    let disagreements = disagreements
        .into_iter()
        .map(|d| {
            let alternatives = d.alternatives.into_iter().map(|a| view! { <li>{a}</li> }).collect_view();
            view! {
                <li data-question=d.id data-consequence=d.consequence>
                    <LineView line=d.line/>
                    <ul>{alternatives}</ul>
                </li>
            }
        })
        .collect_view();
    view! {
        <h2>{settle_heading}</h2>
        {settle_none.map(|none| view! { <p>{none}</p> })}
        <ol class="settle" data-testid="settle">{settle}</ol>
        <h2>{spread_heading}</h2>
        <p>{spread_lead}</p>
        {questions}
        <h2>{outcomes_heading}</h2>
        {outcomes}
        <h2>{rule_heading}</h2>
        <div data-testid="team-rule"><LineView line=rule/></div>
        <h2>{result_heading}</h2>
        <article class="result" data-testid="team-result" data-track="leader">
            <LeaderView page=result answers=consensus/>
        </article>
        <h2>{disagreements_heading}</h2>
        {disagreements_none.map(|none| view! { <p>{none}</p> })}
        <ol class="disagreements" data-testid="disagreements">{disagreements}</ol>
    }
}

/// The combined link, the agenda and keeping the view, with what they reveal.
#[component]
fn TeamShare(session: Session, respondents: Signal<Vec<Respondent>>, model: Memo<Option<TeamPage>>) -> impl IntoView {
    let status = RwSignal::new(String::new());
    let manual_link = RwSignal::new(None::<String>);
    let name = RwSignal::new(String::new());
    let say = move |key: &str| status.set(tr(key).to_owned());
    let copy = move |_| {
        let Some(url) = location::with_fragment(&team_link::encode(&respondents.get_untracked())) else {
            return say("keep.failed");
        };
        spawn_local(async move {
            if clipboard::copy(&url).await {
                say("team.link_copied");
                manual_link.set(None);
            } else {
                say("keep.copy_by_hand");
                manual_link.set(Some(url));
            }
        });
    };
    let download_agenda = move |_| {
        let text = model.with_untracked(|m| m.as_ref().map(|m| agenda::render(m, tr("team.share.note"))));
        let done = text.is_some_and(|text| download::offer("ml-team-agenda.md", "text/markdown", &text));
        say(if done { "keep.downloaded" } else { "keep.failed" });
    };
    let keep = move |ev: leptos::ev::MouseEvent| {
        ev.prevent_default();
        if session.teams_locked() {
            return say("team.locked");
        }
        let given = name.get_untracked();
        if session.keep_team(&given, &respondents.get_untracked()) {
            status.set(fill(tr("team.kept"), &[("name", crate::saved::clean_name(&given).as_str())]));
        } else {
            say("team.not_kept");
        }
    };
    view! {
        <section class="keep no-print" data-testid="team-share" aria-labelledby="team-share-heading">
            <h2 id="team-share-heading">{tr("team.share.heading")}</h2>
            <p class="callout" data-testid="team-share-note">{tr("team.share.note")}</p>
            <div class="actions">
                <button type="button" data-testid="team-copy-link" on:click=copy>{tr("team.copy_link")}</button>
                <button type="button" data-testid="team-download-agenda" on:click=download_agenda>
                    {tr("team.download_agenda")}
                </button>
            </div>
            <form class="keep-name">
                <TextField id="team-keep-name" label=tr("team.keep.label") value=name max=80 testid="team-keep-name"/>
                <button type="submit" data-testid="team-keep" on:click=keep>{tr("team.keep")}</button>
            </form>
            {move || manual_link.get().map(|url| view! {
                <label class="manual-link">
                    {tr("team.link_label")}
                    <input type="text" readonly data-testid="team-manual-link" prop:value=url/>
                </label>
            })}
            <p class="status" role="status" aria-live="polite" data-testid="team-status">{move || status.get()}</p>
        </section>
    }
}
