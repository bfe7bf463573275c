//! The catalog as data: plain-text files, one `key<TAB>text` line per entry, written at build
//! time from the catalog arrays (`src/catalog.rs`) so that the browser build fetches only the
//! visitor's language instead of carrying both in its code. Each locale has two files: what the
//! first part of the app (the start screen and the quiz) shows, and the rest, fetched with the
//! full app. The files come over the network, so reading them never panics: a line without a
//! tab is skipped.

/// The keys the first part shows, by prefix: the chrome, the start screen, the quiz and its
/// questions, and the notices a first screen can raise. `tests/first_part.rs` fails if the
/// first part's code names a key outside them.
const FIRST: [&str; 14] = [
    "app.",
    "nav.",
    "locale.",
    "track.",
    "start.",
    "team.start",
    "quiz.",
    "q.",
    "notice.",
    "update.",
    "embed.",
    "share.error.",
    "keep.library_",
    "viewing.previous_name",
];

/// Which of a locale's two files holds a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum File {
    /// What the first part shows.
    First,
    /// Everything else, fetched with the full app.
    Later,
}

impl File {
    pub const ALL: [File; 2] = [File::First, File::Later];

    /// The file that holds the key.
    pub fn of(key: &str) -> File {
        if FIRST.iter().any(|prefix| key.starts_with(prefix)) {
            File::First
        } else {
            File::Later
        }
    }

    /// The file's name for a locale, before the build adds its hash.
    pub fn name(self, tag: &str) -> String {
        match self {
            File::First => format!("text-{tag}-first.txt"),
            File::Later => format!("text-{tag}-later.txt"),
        }
    }
}

/// The file's text for a locale's entries, sorted by key.
///
/// # Panics
/// If a key or text holds a tab or a line break, which would break the format: the build
/// fails instead of shipping a broken catalog.
pub fn encode<'a>(entries: impl IntoIterator<Item = &'a (&'a str, &'a str)>) -> String {
    let mut entries: Vec<_> = entries.into_iter().collect();
    entries.sort_unstable_by_key(|(k, _)| *k);
    let mut out = String::new();
    for (key, text) in entries {
        assert!(![key, text].iter().any(|s| s.contains(['\t', '\n', '\r'])), "a tab or line break in {key}");
        out.push_str(key);
        out.push('\t');
        out.push_str(text);
        out.push('\n');
    }
    out
}

/// The entries of a catalog file, sorted by key for lookups in logarithmic time. Each entry is
/// put in its place as it is read: a file is written sorted, and the loader joins a locale's two
/// files, so this costs little, and spares the browser build a general sort.
pub fn decode(file: &str) -> Vec<(&str, &str)> {
    let mut entries: Vec<(&str, &str)> = Vec::new();
    for (key, text) in file.lines().filter_map(|line| line.split_once('\t')) {
        let at = entries.partition_point(|(k, _)| *k < key);
        entries.insert(at, (key, text));
    }
    entries
}
