//! Saving progress, the named assessments and the chosen language in the browser's local
//! storage, and surviving a storage that is blocked, full, or holding something this release
//! cannot read.

use gloo_storage::{LocalStorage, Storage};

use crate::saved::{self, Library, Progress, SavedError};
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
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Progress => "ml-team-advisor.progress",
            Key::UnreadableProgress => "ml-team-advisor.progress.unreadable",
            Key::Library => "ml-team-advisor.library",
            Key::UnreadableLibrary => "ml-team-advisor.library.unreadable",
            Key::Probe => "ml-team-advisor.probe",
            Key::Locale => "ml-team-advisor.locale",
        }
    }

    /// Where an unreadable value of this key is kept.
    fn aside(self) -> Key {
        match self {
            Key::Library | Key::UnreadableLibrary => Key::UnreadableLibrary,
            _ => Key::UnreadableProgress,
        }
    }
}

/// Whether a value is being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// The value is written on every change.
    Saving(Key),
    /// Nothing is written: storage is blocked, or holds something we must not overwrite.
    InMemory,
}

/// What start-up found in storage for one value.
pub struct Loaded<T> {
    pub value: T,
    pub store: Store,
    /// The catalog key of a message to show once, if something was not as expected.
    pub notice: Option<&'static str>,
}

thread_local! {
    /// Whether storage works does not change while the page is open: it is probed once.
    static USABLE: std::cell::OnceCell<bool> = const { std::cell::OnceCell::new() };
}

/// Whether local storage exists and accepts a write. Reading `window.localStorage` throws in
/// sandboxed frames and some privacy modes, which gloo-storage would turn into a panic, so this
/// asks web-sys first.
fn usable() -> bool {
    USABLE.with(|usable| *usable.get_or_init(probe))
}

fn probe() -> bool {
    let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) else {
        return false;
    };
    let probe = Key::Probe.name();
    storage.set_item(probe, "1").is_ok() && storage.remove_item(probe).is_ok()
}

fn read(key: Key) -> Option<String> {
    LocalStorage::raw().get_item(key.name()).ok().flatten()
}

fn write(key: Key, value: &str) -> bool {
    LocalStorage::raw().set_item(key.name(), value).is_ok()
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
            // Keep the unreadable value aside, never over an earlier one, before saving anew.
            let aside = key.aside();
            let kept = read(aside).is_none() && write(aside, &text);
            Loaded {
                value: T::default(),
                store: if kept { Store::Saving(key) } else { Store::InMemory },
                notice: Some(error.notice_key()),
            }
        }
        Err(error @ SavedError::UnknownFormat(_)) => {
            Loaded { value: T::default(), store: Store::InMemory, notice: Some(error.notice_key()) }
        }
    }
}

pub fn load_progress() -> Loaded<Progress> {
    load(Key::Progress, saved::decode)
}

pub fn load_library() -> Loaded<Library> {
    load(Key::Library, saved::decode_library)
}

/// Saves progress when saving is on. A failed write (a full storage) is not worth
/// interrupting the user for: the quiz goes on in memory.
pub fn save_progress(store: Store, progress: &Progress) {
    if let Store::Saving(key) = store {
        write(key, &saved::encode(progress));
    }
}

/// Saves the library when saving is on; returns whether it was written.
pub fn save_library(store: Store, library: &Library) -> bool {
    match store {
        Store::Saving(key) => write(key, &saved::encode_library(library)),
        Store::InMemory => false,
    }
}

/// The language the user last switched to. A stored value that is not exactly a known tag is
/// ignored, as if nothing had been chosen.
pub fn load_locale() -> Option<Locale> {
    if !usable() {
        return None;
    }
    read(Key::Locale).as_deref().and_then(Locale::from_tag)
}

/// Remembers the language the user switched to, when saving works; otherwise the choice lasts
/// for this visit only.
pub fn save_locale(locale: Locale) {
    if usable() {
        write(Key::Locale, locale.tag());
    }
}
