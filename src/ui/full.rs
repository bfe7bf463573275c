//! What only the full app does with what this browser keeps ([`FULL_APP`]): loading the
//! library and the kept team views and saving them from then on, opening a combined link, and
//! taking up another tab's changes to either. The first part (the start screen and the quiz)
//! shows neither, so it goes without all of it.

use leptos::prelude::*;

use super::session::FullApp;
use super::{Screen, Session};
use crate::share::team_link::{self, TeamError};
use crate::web::storage::{self, Key};

/// The full app's part of a session.
pub const FULL_APP: FullApp = FullApp { load, open_team, follow };

/// Loads the library and the team views, and saves each from then on; a notice about either
/// is shown unless another is up already.
fn load(session: Session) {
    let library = storage::load_library();
    let teams = storage::load_teams();
    for notice in [library.notice, teams.notice] {
        if session.notice.get_untracked().is_none() {
            session.notice.set(notice);
        }
    }
    session.library.set(library.value);
    session.library_store.set(library.store);
    session.teams.set(teams.value);
    session.teams_store.set(teams.store);
    Effect::new(move |_| {
        let saved = session.library.with(|l| storage::save_library(session.library_store.get_untracked(), l));
        session.refused(saved, session.library_store);
    });
    Effect::new(move |_| {
        let saved = session.teams.with(|t| storage::save_teams(session.teams_store.get_untracked(), t));
        session.refused(saved, session.teams_store);
    });
}

/// Opens a combined link's team view, or the team screen saying why it cannot be read.
fn open_team(session: Session, fragment: &str) -> bool {
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

/// Takes up the library or the team views another tab saved. A value this tab does not save
/// (read-only, or storage blocked) is left alone; a newer release's value turns this tab's copy
/// read-only; an unreadable one is kept aside and this tab's copy stays.
fn follow(session: Session, key: Key) {
    match key {
        Key::Teams => session.take_up(session.teams, session.teams_store, storage::load_teams),
        _ => session.take_up(session.library, session.library_store, storage::load_library),
    };
}
