//! The whole library in one file, to keep outside the browser and bring back: export, a hostile
//! decoder, and the import plan shown before anything changes (what would be added, what is
//! already there, what conflicts).
//!
//! The file is `{"kind":"ml-team-advisor/backup","version":1,"library":L}` where `L` is the
//! library's own envelope exactly as it is stored (`format`, `rules`, `progress`), so each
//! section carries its own version. Further sections sit beside `library`, each in its own
//! envelope: team views go under `"teams"`. A reader ignores sections it does not know.

use serde::Serialize;

use crate::saved::{self, Library, Named, SavedError, LIBRARY_LIMIT};

/// The `kind` every library file carries.
pub const KIND: &str = "ml-team-advisor/backup";
/// The layout version of the file (the sections are versioned on their own).
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct BackupFile {
    kind: String,
    version: u32,
    library: serde_json::Value,
}

/// Why a library file was refused. Each has a catalog message under `backup.error.<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// A layout of the file this release does not know.
    UnknownVersion(u32),
    /// The library in it was saved by a newer release.
    Newer,
    /// The library in it cannot be read.
    Unreadable,
}

impl BackupError {
    pub fn id(&self) -> &'static str {
        match self {
            BackupError::UnknownVersion(_) => "unknown_version",
            BackupError::Newer => "newer",
            BackupError::Unreadable => "unreadable",
        }
    }
}

/// The file holding this library.
pub fn export(library: &Library) -> String {
    let stored: serde_json::Value = serde_json::from_str(&saved::encode_library(library)).unwrap_or_default();
    let file = BackupFile { kind: KIND.to_owned(), version: VERSION, library: stored };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a library file: `None` when the text is not one (it may be an answer file), else the
/// library, read with the same distrust as the stored one, or why it was refused.
pub fn read(text: &str) -> Option<Result<Library, BackupError>> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
        return None;
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version != u64::from(VERSION) {
        return Some(Err(BackupError::UnknownVersion(u32::try_from(version).unwrap_or(u32::MAX))));
    }
    let library = value.get("library").map(|l| l.to_string()).unwrap_or_default();
    Some(saved::decode_library(&library).map_err(|e| match e {
        SavedError::Newer { .. } => BackupError::Newer,
        SavedError::Unreadable(_) => BackupError::Unreadable,
    }))
}

/// What importing a library file would do, by entry name.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Entries not in this browser, that fit in the library.
    pub added: Vec<Named>,
    /// Entries already here exactly as in the file.
    pub same: Vec<String>,
    /// Entries whose name is taken here by something different: replaced only with consent.
    pub conflicts: Vec<Named>,
    /// New entries that do not fit within the library's limit.
    pub left_out: usize,
}

/// Sets a file's library against the one in this browser.
pub fn plan(current: &Library, incoming: &Library) -> Plan {
    let mut plan = Plan::default();
    let mut room = LIBRARY_LIMIT.saturating_sub(current.items.len());
    for entry in &incoming.items {
        match current.get(&entry.name) {
            Some(here) if here == entry => plan.same.push(entry.name.clone()),
            Some(_) => plan.conflicts.push(entry.clone()),
            None if room > 0 => {
                room -= 1;
                plan.added.push(entry.clone());
            }
            None => plan.left_out += 1,
        }
    }
    plan
}

/// Carries out a plan: adds the new entries and, only when `replace` is given, puts the file's
/// version of each conflicting entry in place of this browser's.
pub fn apply(library: &mut Library, plan: &Plan, replace: bool) {
    for entry in &plan.added {
        library.insert(entry.clone());
    }
    if replace {
        for entry in &plan.conflicts {
            library.insert(entry.clone());
        }
    }
}
