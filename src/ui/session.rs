//! The live state of one visit: progress, the library of named assessments, what is on
//! screen and the one-time notice, with the effects that save progress and library on change
//! and follow the changes other tabs make to them.

use leptos::prelude::*;

use crate::engine::team::Respondent;
use crate::engine::{revised_since, Answers, Track, RULES_VERSION};
use crate::saved::{Library, Named, Progress};
use crate::share::link::{self, LinkError};
use crate::share::team_link::{self, TeamError};
use crate::teams::Teams;
use crate::web::storage::{self, Key, Loaded, Saved, Store};

use super::tr;

/// The screens of the app.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    Start,
    Quiz,
    Result,
    About,
    Library,
    /// An assessment that is not the user's own progress: shared, kept or imported.
    Viewing,
    Compare,
    /// A series of dated assessments (see `Session::series`).
    Series,
    /// Colleagues' answers merged: the paste box, and the team view once there is one.
    Team,
}

/// Where an assessment on view came from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Origin {
    Shared,
    Kept(String),
}

/// An assessment on view that is not the user's own progress.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Viewing {
    pub answers: Answers,
    pub origin: Origin,
}

/// Two assessments to compare, each with the name it is shown under.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Pair {
    pub before: (String, Answers),
    pub after: (String, Answers),
}

/// Signals shared by every screen. Each method is a thin wrapper over plain-Rust state.
#[derive(Clone, Copy)]
pub struct Session {
    pub progress: RwSignal<Progress>,
    pub library: RwSignal<Library>,
    /// Whether progress is saved, and whether the library is: each turns read-only when a
    /// newer release saves it in another tab.
    pub progress_store: RwSignal<Store>,
    pub library_store: RwSignal<Store>,
    pub screen: RwSignal<Screen>,
    pub notice: RwSignal<Option<&'static str>>,
    pub viewing: RwSignal<Option<Viewing>>,
    /// The rules the assessment on view was made under.
    pub viewing_rules: RwSignal<u32>,
    pub comparing: RwSignal<Option<Pair>>,
    /// The name of the series on screen.
    pub series: RwSignal<Option<String>>,
    /// The respondents of the team view on screen, and why a combined link could not open.
    pub team: RwSignal<Option<Vec<Respondent>>>,
    pub team_error: RwSignal<Option<TeamError>>,
    /// The kept team views, saved under their own key, and whether they are saved.
    pub teams: RwSignal<Teams>,
    pub teams_store: RwSignal<Store>,
    /// What the full app does with the library and team views; the first part has none (see
    /// [`FullApp`]).
    full: Option<FullApp>,
    /// Whether the current quiz's finish was already announced (or happened before this
    /// visit): an embed's host hears of each quiz once, however often Back and Next follow.
    announced: StoredValue<bool>,
}

/// The part of a session only the full app has (`ui::mount` passes it in), so that none of its
/// code is in the first part's wasm, which never shows the library or a team view: loading the
/// library and the kept team views and saving them from then on, opening a combined link, and
/// taking up another tab's changes to either.
#[derive(Clone, Copy)]
pub struct FullApp {
    pub load: fn(Session),
    /// Opens the combined link in a fragment; false if it holds none.
    pub open_team: fn(Session, &str) -> bool,
    /// Takes up the value of this key another tab saved (the library or the team views).
    pub follow: fn(Session, Key),
}

/// The catalog key that explains a refused share link.
fn link_notice(error: LinkError) -> Option<&'static str> {
    match error {
        LinkError::NotALink => None,
        LinkError::Malformed => Some("share.error.malformed"),
        LinkError::Altered => Some("share.error.altered"),
        LinkError::UnknownRules(_) => Some("share.error.unknown_rules"),
        LinkError::UnknownTrack => Some("share.error.unknown_track"),
    }
}

impl Session {
    /// Picks up where the saved state left off, opens a shared assessment if the address holds
    /// one, and keeps saving from then on.
    pub fn start(progress: Loaded<Progress>, fragment: Option<String>, full: Option<FullApp>) -> Session {
        let opens_team = fragment.as_deref().is_some_and(team_link::is_combined);
        let shared = fragment.as_deref().filter(|_| !opens_team).map(link::decode);
        let link_notice = shared.as_ref().and_then(|r| r.as_ref().err()).and_then(|e| link_notice(*e));
        let already_finished = progress.value.finished;
        let session = Session {
            screen: RwSignal::new(Screen::Start),
            progress: RwSignal::new(progress.value),
            library: RwSignal::new(Library::default()),
            progress_store: RwSignal::new(progress.store),
            library_store: RwSignal::new(Store::InMemory),
            notice: RwSignal::new(link_notice.or(progress.notice)),
            viewing: RwSignal::new(None),
            viewing_rules: RwSignal::new(RULES_VERSION),
            comparing: RwSignal::new(None),
            series: RwSignal::new(None),
            team: RwSignal::new(None),
            team_error: RwSignal::new(None),
            teams: RwSignal::new(Teams::default()),
            teams_store: RwSignal::new(Store::InMemory),
            full,
            announced: StoredValue::new(already_finished),
        };
        if let Some(full) = full {
            (full.load)(session);
        }
        if let Some(Ok(opened)) = shared {
            session.view(opened.answers, Origin::Shared, opened.rules);
        } else if let Some(fragment) = fragment.filter(|_| opens_team) {
            session.open_team_link(&fragment);
        } else {
            session.screen.set(session.resume_screen());
        }
        // A share link pasted into a tab that already shows the app only changes the fragment.
        window_event_listener(leptos::ev::hashchange, move |_| {
            if let Some(fragment) = crate::web::location::fragment() {
                session.open_link(&fragment);
            }
        });
        window_event_listener(leptos::ev::storage, move |event| {
            for key in storage::changed(event.key().as_deref()) {
                session.follow(*key);
            }
        });
        Effect::new(move |_| {
            let saved = session.progress.with(|p| storage::save_progress(session.progress_store.get_untracked(), p));
            session.refused(saved, session.progress_store);
        });
        session
    }

    /// Opens the combined link in a fragment: in the full app, its team view or why it cannot
    /// be read; in the first part, the team view's screen, which brings the full app to open
    /// it. False if the fragment holds no combined link.
    fn open_team_link(self, fragment: &str) -> bool {
        match self.full {
            Some(full) => (full.open_team)(self, fragment),
            None if team_link::is_combined(fragment) => {
                self.screen.set(Screen::Team);
                true
            }
            None => false,
        }
    }

    /// A save was refused because a newer release wrote the value: stop saving it, and say so.
    pub(super) fn refused(self, saved: Saved, store: RwSignal<Store>) {
        if let Saved::Refused(key) = saved {
            store.set(Store::ReadOnly);
            self.notice.set(Some(key));
        }
    }

    /// Takes up what another tab saved. A value this tab does not save (read-only, or storage
    /// blocked) is left alone; a newer release's value turns this tab's copy read-only; an
    /// unreadable one is kept aside and this tab's copy stays, to be saved at its next change.
    fn follow(self, key: Key) {
        match key {
            Key::Progress => {
                let taken = self.take_up(self.progress, self.progress_store, storage::load_progress);
                if taken && matches!(self.screen.get_untracked(), Screen::Quiz | Screen::Result) {
                    self.screen.set(self.resume_screen());
                }
            }
            _ => {
                if let Some(full) = self.full {
                    (full.follow)(self, key);
                }
            }
        }
    }

    /// Takes up one value another tab saved, read by `load` only while this tab saves it (a
    /// read can set an unreadable value aside); true if this tab's copy changed.
    pub(super) fn take_up<T: PartialEq + Send + Sync + 'static>(
        self,
        value: RwSignal<T>,
        store: RwSignal<Store>,
        load: fn() -> Loaded<T>,
    ) -> bool {
        if !matches!(store.get_untracked(), Store::Saving(_)) {
            return false;
        }
        let loaded = load();
        if loaded.store == Store::ReadOnly {
            store.set(Store::ReadOnly);
            self.notice.set(loaded.notice);
        } else if loaded.notice.is_none() && value.with_untracked(|v| *v != loaded.value) {
            value.set(loaded.value);
            return true;
        }
        false
    }

    /// Why the library is not being saved, as a catalog key: storage is blocked, or a newer
    /// release saved it. `None` while it is saved.
    pub fn library_locked(self) -> Option<&'static str> {
        match self.library_store.get() {
            Store::Saving(_) => None,
            Store::InMemory => Some("keep.library_unavailable"),
            Store::ReadOnly => Some("keep.library_read_only"),
        }
    }

    /// Opens a share link's assessment or a combined link's team view, or says why it cannot.
    pub fn open_link(self, fragment: &str) {
        if self.open_team_link(fragment) {
            return;
        }
        match link::decode(fragment) {
            Ok(opened) => self.view(opened.answers, Origin::Shared, opened.rules),
            Err(error) => {
                if let Some(key) = link_notice(error) {
                    self.notice.set(Some(key));
                }
            }
        }
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

    pub fn go(self, screen: Screen) {
        self.screen.set(screen);
    }

    /// Starts a track afresh. Answers the user had are kept in the library first.
    pub fn begin(self, track: Track) {
        self.set_aside(tr("viewing.previous_name"));
        self.progress.set(Progress::new(track));
        self.announced.set_value(false);
        self.screen.set(Screen::Quiz);
    }

    /// Goes back to the saved progress: its question, or its result.
    pub fn resume(self) {
        self.screen.set(self.resume_screen());
    }

    /// Returns to the start, where the user picks a track again. The answers stay saved
    /// until a new assessment begins (and are kept in the library then).
    pub fn restart(self) {
        self.screen.set(Screen::Start);
    }

    pub fn choose(self, choice: &str) {
        // An unknown ID cannot come from our own radio buttons; ignoring it keeps state valid.
        self.progress.update(|p| {
            let _ = p.answer(choice);
        });
    }

    /// Moves on; returns false when the question on screen still needs an answer.
    ///
    /// The answer that finishes a quiz shows its result and, if the host of an embed asked,
    /// tells it which track was finished, once per quiz: only here, so a reload, a share link
    /// or a kept assessment never counts as a finished quiz.
    pub fn next(self) -> bool {
        let moved = self.progress.try_update(|p| p.advance()).unwrap_or(false);
        let (finished, track) = self.progress.with_untracked(|p| (p.finished, p.track()));
        if finished {
            self.screen.set(Screen::Result);
            if !self.announced.get_value() {
                self.announced.set_value(true);
                crate::web::embed::announce_finished(track);
            }
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

    /// Shows an assessment that is not the user's own, made under some rules, leaving their
    /// progress alone.
    pub fn view(self, answers: Answers, origin: Origin, rules: u32) {
        self.viewing.set(Some(Viewing { answers, origin }));
        self.viewing_rules.set(rules);
        self.screen.set(Screen::Viewing);
    }

    /// The rules the assessment on screen was made under: the one on view, else the user's own.
    pub fn rules_on_screen(self) -> u32 {
        if self.screen.get_untracked() == Screen::Viewing {
            self.viewing_rules.get_untracked()
        } else {
            self.progress.with_untracked(|p| p.rules)
        }
    }

    /// The rules of the result on screen when the advice has been revised since they were
    /// made, for the note that says so; `None` on other screens and for today's results.
    pub fn revised_on_screen(self) -> Option<u32> {
        match self.screen.get() {
            Screen::Viewing => Some(self.viewing_rules.get()).filter(|&rules| revised_since(rules)),
            Screen::Result => self.progress.with(|p| p.revised().then_some(p.rules)),
            _ => None,
        }
    }

    /// The user has read the note: their own result, or the one on view, is today's from now on.
    pub fn accept_revision(self) {
        if self.screen.get_untracked() == Screen::Viewing {
            self.viewing_rules.set(RULES_VERSION);
        } else {
            self.progress.update(|p| p.accept_revision());
        }
    }

    /// Closes the assessment on view and forgets a share link in the address bar.
    pub fn close_view(self) {
        let shared = self.viewing.with_untracked(|v| matches!(v, Some(Viewing { origin: Origin::Shared, .. })));
        if shared {
            crate::web::location::clear_fragment();
        }
        self.viewing.set(None);
        self.screen.set(self.resume_screen());
    }

    /// Keeps answers, given under some rules, in the library under a name, dated today; false
    /// if the name is empty or the library is full.
    pub fn keep(self, name: &str, answers: &Answers, rules: u32) -> bool {
        let entry = Named { kept: crate::web::clock::today(), ..Named::undated(name, answers, rules) };
        self.library.try_update(|l| l.insert(entry)).unwrap_or(false)
    }

    /// Adds answers to a series as an entry dated today, with a note; the name it was kept
    /// under, or `None` if the series has no name, the library is full or the clock is wrong.
    pub fn add_to_series(self, series: &str, answers: &Answers, rules: u32, note: &str) -> Option<String> {
        let today = crate::web::clock::today()?;
        self.library.try_update(|l| l.add_to_series(series, answers, rules, today, note)).flatten()
    }

    /// Shows a series of dated assessments.
    pub fn show_series(self, series: &str) {
        self.series.set(Some(series.to_owned()));
        self.screen.set(Screen::Series);
    }

    /// Keeps the user's current answers in the library under a name that says what they
    /// were (numbered if taken), unless they are empty or already kept as they are.
    fn set_aside(self, previous_name: &str) {
        let (previous, rules) = self.progress.with_untracked(|p| (p.answers.clone(), p.rules));
        let already = self.library.with_untracked(|l| l.items.iter().any(|item| item.answers == previous));
        if previous.is_empty() || already {
            return;
        }
        let taken = |name: &str| self.library.with_untracked(|l| l.get(name).is_some());
        let name = (1..=crate::saved::LIBRARY_LIMIT + 1)
            .map(|n| if n == 1 { previous_name.to_owned() } else { format!("{previous_name} ({n})") })
            .find(|name| !taken(name))
            .unwrap_or_default();
        self.keep(&name, &previous, rules);
    }

    /// Makes answers the user's own assessment, keeping the rules they were made under when
    /// they are on view. The answers they had are kept in the library first, under a name that
    /// says so, so that nothing is lost.
    pub fn adopt(self, answers: Answers, previous_name: &str) {
        let rules = if self.screen.get_untracked() == Screen::Viewing { self.rules_on_screen() } else { RULES_VERSION };
        if self.progress.with_untracked(|p| p.answers != answers) {
            self.set_aside(previous_name);
        }
        self.progress.set(Progress::resume(answers, rules));
        self.announced.set_value(self.progress.with_untracked(|p| p.finished));
        crate::web::location::clear_fragment();
        self.viewing.set(None);
        self.screen.set(self.resume_screen());
    }

    /// Deletes everything this app stored in this browser and starts this tab afresh; false if
    /// the browser would not. A tab that had turned read-only saves again from now on.
    pub fn delete_everything(self) -> bool {
        if !storage::delete_everything() {
            return false;
        }
        self.library_store.set(Store::Saving(Key::Library));
        self.progress_store.set(Store::Saving(Key::Progress));
        self.library.set(Library::default());
        self.progress.set(Progress::default());
        self.viewing.set(None);
        self.comparing.set(None);
        self.series.set(None);
        self.teams_store.set(Store::Saving(Key::Teams));
        self.teams.set(Teams::default());
        self.team.set(None);
        true
    }

    /// Shows the team view of these respondents.
    pub fn open_team(self, respondents: Vec<Respondent>) {
        self.team_error.set(None);
        self.team.set(Some(respondents));
        self.screen.set(Screen::Team);
    }

    /// Keeps a team view under a name; false if the name is empty or the list is full.
    pub fn keep_team(self, name: &str, respondents: &[Respondent]) -> bool {
        self.teams.try_update(|t| t.keep(name, respondents)).unwrap_or(false)
    }

    /// Whether team views can be kept now: not while storage is blocked or a newer release
    /// saved them.
    pub fn teams_locked(self) -> bool {
        !matches!(self.teams_store.get(), Store::Saving(_))
    }

    pub fn compare(self, pair: Pair) {
        self.comparing.set(Some(pair));
        self.screen.set(Screen::Compare);
    }
}
