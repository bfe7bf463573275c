//! The live state of one visit: progress, the screen on show and the saving notice, with the
//! effect that saves progress on every change.

use leptos::prelude::*;

use crate::engine::Track;
use crate::saved::Progress;
use crate::web::storage::{self, Loaded};

/// The screens of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Quiz,
    Result,
    About,
}

/// Signals shared by every screen. Each method is a thin wrapper over `Progress`.
#[derive(Clone, Copy)]
pub struct Session {
    pub progress: RwSignal<Progress>,
    pub screen: RwSignal<Screen>,
    pub notice: RwSignal<Option<&'static str>>,
}

impl Session {
    /// Picks up where the saved progress left off, and keeps saving from then on.
    pub fn start(loaded: Loaded) -> Session {
        let Loaded { progress, store, notice } = loaded;
        let session = Session {
            screen: RwSignal::new(Screen::Start),
            progress: RwSignal::new(progress),
            notice: RwSignal::new(notice),
        };
        session.screen.set(session.resume_screen());
        Effect::new(move |_| session.progress.with(|p| storage::save(store, p)));
        session
    }

    /// Where a returning user belongs: their result, their question, or the start.
    pub fn resume_screen(self) -> Screen {
        self.progress.with_untracked(|p| {
            if p.finished {
                Screen::Result
            } else if p.answers.is_empty() {
                Screen::Start
            } else {
                Screen::Quiz
            }
        })
    }

    /// Starts a track afresh, replacing any saved answers.
    pub fn begin(self, track: Track) {
        self.progress.set(Progress::new(track));
        self.screen.set(Screen::Quiz);
    }

    /// Goes back to the saved progress: its question, or its result.
    pub fn resume(self) {
        self.screen.set(self.resume_screen());
    }

    /// Clears the answers and returns to the start, where the user picks a track again.
    pub fn restart(self) {
        self.progress.set(Progress::default());
        self.screen.set(Screen::Start);
    }

    pub fn choose(self, choice: &str) {
        // An unknown ID cannot come from our own radio buttons; ignoring it keeps state valid.
        self.progress.update(|p| {
            let _ = p.answer(choice);
        });
    }

    /// Moves on; returns false when the question on screen still needs an answer.
    pub fn next(self) -> bool {
        let moved = self.progress.try_update(|p| p.advance()).unwrap_or(false);
        if self.progress.with_untracked(|p| p.finished) {
            self.screen.set(Screen::Result);
        }
        moved
    }

    pub fn back(self) {
        let at_start = self.progress.with_untracked(|p| p.step == 0 && !p.finished);
        if at_start {
            self.screen.set(Screen::Start);
        } else {
            self.progress.update(|p| p.retreat());
            self.screen.set(Screen::Quiz);
        }
    }
}
