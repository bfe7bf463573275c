//! The team views kept in this browser, listed in My assessments with the way to merge new
//! answers: a section of its own, beside the library's list.

use leptos::prelude::*;

use super::{tr, Screen, Session};
use crate::text::fill;

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
