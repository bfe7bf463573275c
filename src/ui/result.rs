//! The result page of either track: the user's own, or one on view (shared or kept), with the
//! actions that fit it. The report itself is drawn by `leader.rs` and `practitioner.rs` from
//! the page model.

use leptos::prelude::*;

use super::keep::KeepBar;
use super::leader::LeaderView;
use super::lines::Sections;
use super::plan::PlanTarget;
use super::practitioner::PractitionerView;
use super::session::{Origin, Viewing};
use super::{locale, tr, Screen, Session};
use crate::page::{page_for, Page};
use crate::text::fill;

/// A result page of either track: the user's own (with the actions to change it or start
/// again), or an assessment on view that is not theirs (shared with them, or kept under a
/// name), shown without touching their progress and with the choice to make it theirs. One
/// component serves all of them, so each track's report view is built in one place.
#[component]
pub fn ResultPage(session: Session) -> impl IntoView {
    let viewing = session.viewing.get_untracked().filter(|_| session.screen.get_untracked() == Screen::Viewing);
    let (answers, origin) = match viewing {
        Some(Viewing { answers, origin }) => (answers, Some(origin)),
        None => (session.progress.with_untracked(|p| p.answers.clone()), None),
    };
    let (origin_id, name) = match &origin {
        None => ("own", String::new()),
        Some(Origin::Shared) => ("shared", String::new()),
        Some(Origin::Kept(name)) => ("kept", name.clone()),
    };
    let header = origin.map(|origin| {
        let banner = match &origin {
            Origin::Shared => tr("viewing.shared").to_owned(),
            Origin::Kept(name) => fill(tr("viewing.kept"), &[("name", name)]),
        };
        let adopt = {
            let answers = answers.clone();
            move |_| session.adopt(answers.clone(), tr("viewing.previous_name"))
        };
        view! {
            <p class="banner" data-testid="viewing-banner">{banner}</p>
            <div class="actions no-print">
                <button class="primary" type="button" data-testid="adopt" on:click=adopt>{tr("viewing.adopt")}</button>
                <button type="button" data-testid="close-view" on:click=move |_| session.close_view()>{tr("viewing.close")}</button>
            </div>
        }
    });
    let own_actions = (origin_id == "own").then(|| view! { <ResultActions session/> });
    let track = answers.track().id();
    let target = PlanTarget::remembered();
    provide_context(target);
    let page = page_for(&answers, locale(), target.0.get_untracked());
    provide_context(page.chrome().clone());
    provide_context(Sections::new());
    let body = match page {
        Page::Leader(page) => view! { <LeaderView page=*page answers=answers.clone()/> }.into_any(),
        Page::Practitioner(page) => view! { <PractitionerView page=*page/> }.into_any(),
    };
    view! {
        <article class="result" data-testid="result" data-origin=origin_id data-track=track>
            {header}
            {body}
            {own_actions}
            <KeepBar session answers name/>
        </article>
    }
}

/// The buttons under either result: change the answers, or start again.
#[component]
pub fn ResultActions(session: Session) -> impl IntoView {
    view! {
        <div class="actions no-print">
            <button type="button" data-testid="change-answers" on:click=move |_| session.back()>
                {tr("result.change")}
            </button>
            <button type="button" data-testid="restart" on:click=move |_| session.restart()>
                {tr("result.restart")}
            </button>
        </div>
    }
}
