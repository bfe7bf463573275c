//! The catalog as data: one plain-text file per locale, one `key<TAB>text` line per entry,
//! written at build time from the catalog arrays (`src/catalog.rs`) so that the browser build
//! fetches only the visitor's language instead of carrying both in its code. The file comes
//! over the network, so reading it never panics: a line without a tab is skipped.

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

/// The entries of a catalog file, sorted by key for lookups in logarithmic time.
pub fn decode(file: &str) -> Vec<(&str, &str)> {
    let mut entries: Vec<_> = file.lines().filter_map(|line| line.split_once('\t')).collect();
    entries.sort_unstable_by_key(|(k, _)| *k);
    entries
}

/// The name of a locale's catalog file before the build adds its hash.
pub fn file_name(tag: &str) -> String {
    format!("text-{tag}.txt")
}
