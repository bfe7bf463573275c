//! The team views kept in this browser: loaded, saved and kept in step with other tabs by the
//! full app only ([`TEAM_VIEWS`]), and listed in My assessments with the way to merge new
//! answers, a section of its own beside the library's list.

use leptos::prelude::*;

use super::session::TeamViews;
use super::{tr, Screen, Session};
use crate::share::team_link::{self, TeamError};
use crate::text::fill;
use crate::web::storage::{self, Store};

/// The full app's handling of team views, which the first part goes without.
pub const TEAM_VIEWS: TeamViews = TeamViews { load, open, follow };

/// Loads the kept team views and saves them from then on; a notice about them is shown unless
/// another is up already.
fn load(session: Session) {
    let loaded = storage::load_teams();
    session.teams.set(loaded.value);
    session.teams_store.set(loaded.store);
    if session.notice.get_untracked().is_none() {
        session.notice.set(loaded.notice);
    }
    Effect::new(move |_| {
        let saved = session.teams.with(|t| storage::save_teams(session.teams_store.get_untracked(), t));
        session.refused(saved, session.teams_store);
    });
}

/// Opens a combined link's team view, or the team screen saying why it cannot be read.
fn open(session: Session, fragment: &str) -> bool {
    match team_link::decode(fragment) {
        Err(TeamError::NotALink) => false,
        Ok(respondents) => {
            session.open_team(respondents);
            true
        }
        Err(error) => {
            session.team.set(None);
            session.team_error.set(Some(error));
            session.screen.set(Screen::Team);
            true
        }
    }
}

/// Takes up the team views another tab saved, as `Session::follow` does the library.
fn follow(session: Session) {
    if !matches!(session.teams_store.get_untracked(), Store::Saving(_)) {
        return;
    }
    let loaded = storage::load_teams();
    if loaded.store == Store::ReadOnly {
        session.teams_store.set(Store::ReadOnly);
        session.notice.set(loaded.notice);
    } else if loaded.notice.is_none() && session.teams.with_untracked(|t| *t != loaded.value) {
        session.teams.set(loaded.value);
    }
}

/// "Merge colleagues' answers" and the kept team views, each to open or delete.
#[component]
pub fn KeptTeams(session: Session) -> impl IntoView {
    let start = move |_| {
        session.team.set(None);
        session.team_error.set(None);
        session.go(Screen::Team);
    };
    let rows = move || {
        session.teams.with(|teams| {
            teams
                .items
                .iter()
                .map(|item| {
                    let (open_name, delete_name) = (item.name.clone(), item.name.clone());
                    let respondents = item.respondents.clone();
                    let summary = fill(tr("team.library.summary"), &[("count", &respondents.len().to_string())]);
                    view! {
                        <li class="kept" data-testid="kept-team" data-name=item.name.clone()>
                            <strong>{item.name.clone()}</strong>
                            <p>{summary}</p>
                            <div class="actions">
                                <button type="button" data-testid="open-team" data-name=open_name on:click=move |_| session.open_team(respondents.clone())>
                                    {tr("team.library.open")}
                                </button>
                                <button type="button" data-testid="delete-team" on:click=move |_| session.teams.update(|t| t.remove(&delete_name))>
                                    {tr("team.library.delete")}
                                </button>
                            </div>
                        </li>
                    }
                })
                .collect_view()
        })
    };
    view! {
        <section class="kept-teams" data-testid="kept-teams" aria-labelledby="kept-teams-heading">
            <h2 id="kept-teams-heading">{tr("team.library.heading")}</h2>
            <p>{tr("team.library.lead")}</p>
            <ul class="kept-list">{rows}</ul>
            <div class="actions">
                <button type="button" data-testid="team-start" on:click=start>{tr("team.start")}</button>
            </div>
        </section>
    }
}
