//! Saving progress in the browser's local storage, and surviving a storage that is blocked,
//! full, or holding something this release cannot read.

use gloo_storage::{LocalStorage, Storage};

use crate::saved::{self, Progress, SavedError};

/// Every key this app writes; nothing else is ever touched.
#[derive(Clone, Copy)]
enum Key {
    /// The current progress, in its versioned envelope.
    Progress,
    /// An unreadable progress value, moved aside rather than overwritten.
    Unreadable,
    /// Written and removed once at start-up to learn whether saving works at all.
    Probe,
}

impl Key {
    fn name(self) -> &'static str {
        match self {
            Key::Progress => "ml-team-advisor.progress",
            Key::Unreadable => "ml-team-advisor.progress.unreadable",
            Key::Probe => "ml-team-advisor.probe",
        }
    }
}

/// Whether progress is being saved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Store {
    /// Progress is written on every change.
    Saving,
    /// Nothing is written: storage is blocked, or holds something we must not overwrite.
    InMemory,
}

/// What start-up found in storage.
pub struct Loaded {
    pub progress: Progress,
    pub store: Store,
    /// The catalog key of a message to show once, if something was not as expected.
    pub notice: Option<&'static str>,
}

/// Whether local storage exists and accepts a write. Reading `window.localStorage` throws in
/// sandboxed frames and some privacy modes, which gloo-storage would turn into a panic, so this
/// asks web-sys first.
fn usable() -> bool {
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

/// Reads saved progress, deciding whether it is safe to keep saving.
pub fn load() -> Loaded {
    if !usable() {
        return Loaded {
            progress: Progress::default(),
            store: Store::InMemory,
            notice: Some("notice.storage_unavailable"),
        };
    }
    let Some(text) = read(Key::Progress) else {
        return Loaded { progress: Progress::default(), store: Store::Saving, notice: None };
    };
    match saved::decode(&text) {
        Ok(progress) => Loaded { progress, store: Store::Saving, notice: None },
        Err(error @ SavedError::Unreadable(_)) => {
            // Keep the unreadable value aside, never over an earlier one, before saving anew.
            let kept = read(Key::Unreadable).is_none() && write(Key::Unreadable, &text);
            Loaded {
                progress: Progress::default(),
                store: if kept { Store::Saving } else { Store::InMemory },
                notice: Some(error.notice_key()),
            }
        }
        Err(error @ SavedError::UnknownFormat(_)) => Loaded {
            progress: Progress::default(),
            store: Store::InMemory,
            notice: Some(error.notice_key()),
        },
    }
}

/// Saves progress when saving is on. A failed write (a full storage) is not worth
/// interrupting the user for: the quiz goes on in memory.
pub fn save(store: Store, progress: &Progress) {
    if store == Store::Saving {
        write(Key::Progress, &saved::encode(progress));
    }
}
