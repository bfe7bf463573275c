//! The whole library in one file, to keep outside the browser and bring back: export, a hostile
//! decoder, and the import plan shown before anything changes (what would be added, what is
//! already there, what conflicts).
//!
//! The file is `{"kind":"ml-team-advisor/backup","version":1,"library":L}` where `L` is the
//! library's own envelope exactly as it is stored (`format`, `rules`, `progress`), so each
//! section carries its own version. Further sections sit beside `library`, each in its own
//! envelope: team views go under `"teams"` (`teams.rs`'s envelope). A reader ignores sections
//! it does not know.

use serde::Serialize;

use crate::saved::{self, Kept, Library, Named, SavedError, LIBRARY_LIMIT};
use crate::teams::{self, KeptTeam, Teams};

/// The `kind` every library file carries.
pub const KIND: &str = "ml-team-advisor/backup";
/// The layout version of the file (the sections are versioned on their own).
pub const VERSION: u32 = 1;

/// Everything a library file holds: the kept assessments (with their series) and the kept team
/// views.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Backup {
    pub library: Library,
    pub teams: Teams,
}

#[derive(Serialize)]
struct BackupFile {
    kind: String,
    version: u32,
    library: serde_json::Value,
    teams: serde_json::Value,
}

/// Why a library file was refused. Each has a catalog message under `backup.error.<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BackupError {
    /// A layout of the file this release does not know.
    UnknownVersion(u32),
    /// A section in it was saved by a newer release.
    Newer,
    /// A section in it cannot be read.
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

impl From<SavedError> for BackupError {
    fn from(error: SavedError) -> Self {
        match error {
            SavedError::Newer { .. } => BackupError::Newer,
            SavedError::Unreadable(_) => BackupError::Unreadable,
        }
    }
}

/// The file holding this library and these team views, each section in its stored envelope.
pub fn export(backup: &Backup) -> String {
    let section = |stored: String| serde_json::from_str::<serde_json::Value>(&stored).unwrap_or_default();
    let file = BackupFile {
        kind: KIND.to_owned(),
        version: VERSION,
        library: section(saved::encode_library(&backup.library)),
        teams: section(teams::encode(&backup.teams)),
    };
    serde_json::to_string_pretty(&file).unwrap_or_default()
}

/// Reads a library file: `None` when the text is not one (it may be an answer file), else its
/// library and team views, read with the same distrust as the stored ones, or why it was
/// refused. A file without team views (made before they could be exported) has none.
pub fn read(text: &str) -> Option<Result<Backup, BackupError>> {
    let value: serde_json::Value = serde_json::from_str(text).ok()?;
    if value.get("kind").and_then(|k| k.as_str()) != Some(KIND) {
        return None;
    }
    let version = value.get("version").and_then(|v| v.as_u64()).unwrap_or(0);
    if version != u64::from(VERSION) {
        return Some(Err(BackupError::UnknownVersion(u32::try_from(version).unwrap_or(u32::MAX))));
    }
    let library = value.get("library").map(|l| l.to_string()).unwrap_or_default();
    let read = || -> Result<Backup, BackupError> {
        let library = saved::decode_library(&library)?;
        let teams = match value.get("teams") {
            Some(teams) => teams::decode(&teams.to_string())?,
            None => Teams::default(),
        };
        Ok(Backup { library, teams })
    };
    Some(read())
}

/// What importing one kind of entry would do, by entry name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changes<T> {
    /// Entries not in this browser, that fit within the limit.
    pub added: Vec<T>,
    /// Entries already here exactly as in the file.
    pub same: Vec<String>,
    /// Entries whose name is taken here by something different: replaced only with consent.
    pub conflicts: Vec<T>,
    /// New entries that do not fit within the limit.
    pub left_out: usize,
}

impl<T> Default for Changes<T> {
    fn default() -> Self {
        Changes { added: Vec::new(), same: Vec::new(), conflicts: Vec::new(), left_out: 0 }
    }
}

/// What importing a library file would do: to the assessments, and to the team views.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    pub library: Changes<Named>,
    pub teams: Changes<KeptTeam>,
}

impl Plan {
    /// How many entries would be added, and how many would be replaced if the user agrees.
    pub fn counts(&self) -> (usize, usize) {
        (self.library.added.len() + self.teams.added.len(), self.library.conflicts.len() + self.teams.conflicts.len())
    }
}

fn changes<T: Kept + Clone + PartialEq>(current: &[T], incoming: &[T]) -> Changes<T> {
    let mut changes = Changes::default();
    let mut room = LIBRARY_LIMIT.saturating_sub(current.len());
    for entry in incoming {
        match current.iter().find(|here| here.name() == entry.name()) {
            Some(here) if here == entry => changes.same.push(entry.name().to_owned()),
            Some(_) => changes.conflicts.push(entry.clone()),
            None if room > 0 => {
                room -= 1;
                changes.added.push(entry.clone());
            }
            None => changes.left_out += 1,
        }
    }
    changes
}

/// Sets a file's contents against what this browser keeps.
pub fn plan(current: &Backup, incoming: &Backup) -> Plan {
    Plan {
        library: changes(&current.library.items, &incoming.library.items),
        teams: changes(&current.teams.items, &incoming.teams.items),
    }
}

/// Carries out a plan on the assessments: adds the new entries and, only when `replace` is
/// given, puts the file's version of each conflicting entry in place of this browser's.
pub fn apply(library: &mut Library, plan: &Changes<Named>, replace: bool) {
    let replaced = if replace { &plan.conflicts[..] } else { &[] };
    for entry in plan.added.iter().chain(replaced) {
        library.insert(entry.clone());
    }
}

/// Carries out a plan on the team views, as [`apply`] does on the assessments.
pub fn apply_teams(teams: &mut Teams, plan: &Changes<KeptTeam>, replace: bool) {
    let replaced = if replace { &plan.conflicts[..] } else { &[] };
    for entry in plan.added.iter().chain(replaced) {
        teams.keep(&entry.name, &entry.respondents);
    }
}
