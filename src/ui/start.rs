//! The start screen: the choice between the two tracks, what each gives, and that nothing
//! leaves the browser.

use leptos::prelude::*;

use super::{tr, Screen, Session};
use crate::engine::Track;
use crate::options::Options;
use crate::text::fill;

#[component]
pub fn Start(session: Session) -> impl IntoView {
    let (answered, saved_track) = session.progress.with_untracked(|p| (p.answers.len(), p.track()));
    let resume = (answered > 0).then(|| {
        let note_key = match saved_track {
            Track::Leader => "start.resume_note",
            Track::Practitioner => "start.resume_note.practitioner",
        };
        let total = saved_track.questions().len().to_string();
        let note = fill(tr(note_key), &[("answered", &answered.to_string()), ("total", &total)]);
        view! {
            <div class="resume" data-testid="resume" data-track=saved_track.id()>
                <p>{note}</p>
                <div class="actions">
                    <button class="primary" type="button" data-testid="resume-button" on:click=move |_| session.resume()>
                        {tr("start.resume")}
                    </button>
                </div>
                <p class="help">{tr("start.replace_note")}</p>
            </div>
        }
    });
    let options = use_context::<Options>().unwrap_or_default();
    // An embed's host that asked to hear of finished quizzes is named in the privacy line.
    let told = options.finished_event.then(|| {
        view! { <p class="privacy" data-testid="privacy-finished">{tr("start.privacy.finished")}</p> }
    });
    // A link or a host page that names a track offers only that one.
    let offered = match options.track {
        Some(track) => vec![track],
        None => Track::ALL.to_vec(),
    };
    view! {
        <section class="start" data-testid="start">
            <h1>{tr("start.choose.heading")}</h1>
            <p class="lead">{tr("start.choose.lead")}</p>
            {resume}
            <div class="tracks">{offered.into_iter().map(|track| view! { <TrackCard session track/> }).collect_view()}</div>
            <p class="privacy">{tr("start.privacy")}</p>
            <TeamEntry session/>
            {told}
        </section>
    }
}

/// One track: what it asks, what it gives, and the button that starts it afresh.
#[component]
fn TrackCard(session: Session, track: Track) -> impl IntoView {
    let total = track.questions().len().to_string();
    let (heading, tagline, lead, gets, name): (_, _, _, &[&str], _) = match track {
        Track::Leader => (
            "start.heading",
            "app.tagline",
            "start.lead",
            &["start.get.gate", "start.get.archetype", "start.get.hiring"],
            "track.leader",
        ),
        Track::Practitioner => (
            "start.practitioner.heading",
            "start.practitioner.tagline",
            "start.practitioner.lead",
            &[
                "start.practitioner.get.type",
                "start.practitioner.get.gap",
                "start.practitioner.get.flags",
                "start.practitioner.get.search",
            ],
            "track.practitioner",
        ),
    };
    // The leader's button keeps `start-button`, which earlier tests and embeds use to start
    // the leader track; its name carries `track-leader`, and a click on the name reaches the
    // button. The practitioner's button carries `track-practitioner` itself.
    let (button_id, name_id) = match track {
        Track::Leader => ("start-button", Some("track-leader")),
        Track::Practitioner => ("track-practitioner", None),
    };
    let items = gets.iter().map(|&key| view! { <li>{tr(key)}</li> }).collect_view();
    view! {
        <article class="track-card" data-track=track.id()>
            <h2>{tr(heading)}</h2>
            <p>{tr(tagline)}</p>
            <p>{fill(tr(lead), &[("total", &total)])}</p>
            <ul class="gets">{items}</ul>
            <button class="primary track-button" type="button" data-testid=button_id on:click=move |_| session.begin(track)>
                <span class="track-name" data-testid=name_id>{tr(name)}</span>
                <span class="track-go">{tr("start.begin")}</span>
            </button>
        </article>
    }
}

/// The way in to merging colleagues' answers: what it is for, and the button (the team view
/// itself is drawn by the full app).
#[component]
fn TeamEntry(session: Session) -> impl IntoView {
    let start = move |_| {
        session.team.set(None);
        session.team_error.set(None);
        session.go(Screen::Team);
    };
    view! {
        <div class="team-entry">
            <p>{tr("team.start.help")}</p>
            <button type="button" data-testid="team-entry" on:click=start>{tr("team.start")}</button>
        </div>
    }
}
