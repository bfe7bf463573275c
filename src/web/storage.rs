//! Saving progress, the named assessments, the kept team views and the chosen language in the browser's local
//! storage, and surviving a storage that is blocked, full, or holding something this release
//! cannot read.
//!
//! Another tab, perhaps of a newer release, may write the same keys at any time. So every
//! write first reads what is stored now and never writes over a value a newer release made
//! (the value then turns read-only in this tab, which says so), and each tab reloads a value
//! when the browser reports that another tab changed it (`storage` events, see [`changed`]).

use gloo_storage::{LocalStorage, Storage};

use crate::saved::{self, Library, Progress, SavedError};
use crate::teams::{self, Teams};
use crate::text::Locale;

/// Every key this app writes; nothing else is ever touched.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Key {
    /// The current progress, in its versioned envelope.
    Progress,
    /// An unreadable progress value, moved aside rather than overwritten.
    UnreadableProgress,
    /// The named assessments.
    Library,
    /// An unreadable library, moved aside rather than overwritten.
    UnreadableLibrary,
    /// Written and removed once at start-up to learn whether saving works at all.
    Probe,
    /// The language the user switched to.
    Locale,
    /// The kept team views, in their own envelope (`teams.rs`).
    Teams,
    /// An unreadable value of the team views, moved aside rather than overwritten.
    UnreadableTeams,
    /// The kind of organisation the user last chose as the target of the plan.
    PlanTarget,
}

impl Key {
    /// Every key, for deleting all this app stored.
    pub const ALL: [Key; 9] = [
        Key::Progress,
        Key::UnreadableProgress,
        Key::Library,
        Key::UnreadableLibrary,
        Key::Probe,
        Key::Locale,
        Key::Teams,
        Key::UnreadableTeams,
        Key::PlanTarget,
    ];

    fn name(self) -> &'static str {
        match self {
            Key::Progress => "ml-team-advisor.progress",
            Key::UnreadableProgress => "ml-team-advisor.progress.unreadable",
            Key::Library => "ml-team-advisor.library",
            Key::UnreadableLibrary => "ml-team-advisor.library.unreadable",
            Key::Probe => "ml-team-advisor.probe",
            Key::Locale => "ml-team-advisor.locale",
            Key::Teams => "ml-team-advisor.teams",
            Key::UnreadableTeams => "ml-team-advisor.teams.unreadable",
            Key::PlanTarget => "ml-team-advisor.plan-target",
        }
    }

    /// Where an unreadable value of this key is kept.
    fn aside(self) -> Key {
        match self {
            Key::Library | Key::UnreadableLibrary => Key::UnreadableLibrary,
            Key::Teams | Key::UnreadableTeams => Key::UnreadableTeams,
            _ => Key::UnreadableProgress,
        }
    }
}

/// Whether a value is being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// The value is written on every change.
    Saving(Key),
    /// Nothing is written: storage is blocked, or holds an unreadable value that could not be
    /// kept aside.
    InMemory,
    /// Nothing is written: a newer release saved this value, and it stays as that release left it.
    ReadOnly,
}

/// What became of a save.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Saved {
    /// Written, or already stored exactly so.
    Done,
    /// Not written: saving is off, or the browser refused (a full storage).
    Skipped,
    /// Not written, because a newer release has saved this value since it was loaded: the
    /// value is read-only from now on, and the catalog key says so.
    Refused(&'static str),
}

/// What start-up found in storage for one value.
pub struct Loaded<T> {
    pub value: T,
    pub store: Store,
    /// The catalog key of a message to show once, if something was not as expected.
    pub notice: Option<&'static str>,
}

thread_local! {
    /// Local storage, if it works: that does not change while the page is open, so it is probed
    /// once, and the handle is kept (reading `window.localStorage` again costs more than a
    /// read of a short value, and each save reads before it writes).
    static STORAGE: std::cell::OnceCell<Option<web_sys::Storage>> = const { std::cell::OnceCell::new() };
}

/// Runs `with` on local storage, if it works.
fn with_storage<T>(with: impl FnOnce(&web_sys::Storage) -> T) -> Option<T> {
    STORAGE.with(|storage| storage.get_or_init(probe).as_ref().map(with))
}

/// Whether local storage exists and accepts a write.
fn usable() -> bool {
    with_storage(|_| ()).is_some()
}

/// Local storage, when it exists and accepts a write. Reading `window.localStorage` throws in
/// sandboxed frames and some privacy modes, which gloo-storage would turn into a panic, so this
/// asks web-sys first, and takes gloo-storage's handle only once it is known to work.
fn probe() -> Option<web_sys::Storage> {
    let storage = web_sys::window()?.local_storage().ok().flatten()?;
    let probe = Key::Probe.name();
    (storage.set_item(probe, "1").is_ok() && storage.remove_item(probe).is_ok()).then(LocalStorage::raw)
}

fn read(key: Key) -> Option<String> {
    with_storage(|storage| storage.get_item(key.name()).ok().flatten()).flatten()
}

fn write(key: Key, value: &str) -> bool {
    with_storage(|storage| storage.set_item(key.name(), value).is_ok()).unwrap_or(false)
}

/// The catalog key of the message about a stored value that was not used.
fn notice(key: Key, error: &SavedError) -> &'static str {
    match (key, error) {
        (Key::Library, SavedError::Unreadable(_)) => "notice.library_unreadable",
        (Key::Library, SavedError::Newer { .. }) => "notice.library_newer",
        (Key::Teams, SavedError::Unreadable(_)) => "notice.teams_unreadable",
        (Key::Teams, SavedError::Newer { .. }) => "notice.teams_newer",
        (_, SavedError::Unreadable(_)) => "notice.save_unreadable",
        (_, SavedError::Newer { .. }) => "notice.save_unknown_format",
    }
}

/// Reads one value, deciding whether it is safe to keep saving it.
fn load<T: Default>(key: Key, decode: fn(&str) -> Result<T, SavedError>) -> Loaded<T> {
    if !usable() {
        return Loaded { value: T::default(), store: Store::InMemory, notice: Some("notice.storage_unavailable") };
    }
    let Some(text) = read(key) else {
        return Loaded { value: T::default(), store: Store::Saving(key), notice: None };
    };
    match decode(&text) {
        Ok(value) => Loaded { value, store: Store::Saving(key), notice: None },
        Err(error @ SavedError::Unreadable(_)) => {
            let store = if set_aside(key, &text) { Store::Saving(key) } else { Store::InMemory };
            Loaded { value: T::default(), store, notice: Some(notice(key, &error)) }
        }
        Err(error @ SavedError::Newer { .. }) => {
            Loaded { value: T::default(), store: Store::ReadOnly, notice: Some(notice(key, &error)) }
        }
    }
}

/// Keeps an unreadable value aside, never over an earlier one; returns whether it is safe to
/// write over the original now.
fn set_aside(key: Key, text: &str) -> bool {
    let aside = key.aside();
    read(aside).is_none() && write(aside, text)
}

pub fn load_progress() -> Loaded<Progress> {
    load(Key::Progress, saved::decode)
}

pub fn load_library() -> Loaded<Library> {
    load(Key::Library, saved::decode_library)
}

pub fn load_teams() -> Loaded<Teams> {
    load(Key::Teams, teams::decode)
}

/// Writes a value when saving is on, after reading what is stored now: a value a newer
/// release wrote in the meantime is never written over, and one that turned unreadable is
/// first kept aside. Where nothing is stored, an `empty` value is not written: after "delete
/// everything" the browser holds nothing of this app until there is something to keep.
fn save<T>(store: Store, text: &str, empty: &str, decode: fn(&str) -> Result<T, SavedError>) -> Saved {
    let Store::Saving(key) = store else {
        return Saved::Skipped;
    };
    match read(key) {
        Some(stored) if stored == text => return Saved::Done,
        None if text == empty => return Saved::Done,
        Some(stored) => match decode(&stored) {
            Ok(_) => {}
            Err(error @ SavedError::Newer { .. }) => return Saved::Refused(notice(key, &error)),
            Err(SavedError::Unreadable(_)) => {
                if !set_aside(key, &stored) {
                    return Saved::Skipped;
                }
            }
        },
        None => {}
    }
    if write(key, text) {
        Saved::Done
    } else {
        Saved::Skipped
    }
}

/// Saves progress when saving is on. A failed write (a full storage) is not worth
/// interrupting the user for: the quiz goes on in memory.
pub fn save_progress(store: Store, progress: &Progress) -> Saved {
    save(store, &saved::encode(progress), &saved::encode(&Progress::default()), saved::decode)
}

/// Saves the library when saving is on.
pub fn save_library(store: Store, library: &Library) -> Saved {
    save(store, &saved::encode_library(library), &saved::encode_library(&Library::default()), saved::decode_library)
}

/// Deletes every value this app stored in this browser's local storage (and nothing else);
/// returns whether all of them are gone.
pub fn delete_everything() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    Key::ALL.iter().all(|key| storage.remove_item(key.name()).is_ok())
}

/// Saves the kept team views when saving is on.
pub fn save_teams(store: Store, kept: &Teams) -> Saved {
    save(store, &teams::encode(kept), &teams::encode(&Teams::default()), teams::decode)
}

/// Which values another tab changed, from the key a `storage` event names: none for a key
/// this app does not keep in step (the chosen language, the set-aside copies), both for a
/// cleared storage (an event with no key).
pub fn changed(key: Option<&str>) -> &'static [Key] {
    match key {
        None => &[Key::Progress, Key::Library, Key::Teams],
        Some(name) if name == Key::Progress.name() => &[Key::Progress],
        Some(name) if name == Key::Library.name() => &[Key::Library],
        Some(name) if name == Key::Teams.name() => &[Key::Teams],
        Some(_) => &[],
    }
}

/// Remembers the language the user switched to, when saving works; otherwise the choice lasts
/// for this visit only.
pub fn save_locale(locale: Locale) {
    if usable() {
        write(Key::Locale, locale.tag());
    }
}

/// The ID of the target the user last chose for the plan, unchecked: the caller reads it
/// against the IDs it knows and ignores anything else.
pub fn load_plan_target() -> Option<String> {
    if !usable() {
        return None;
    }
    read(Key::PlanTarget)
}

/// Remembers the target the user chose for the plan, when saving works.
pub fn save_plan_target(id: &str) {
    if usable() {
        write(Key::PlanTarget, id);
    }
}
