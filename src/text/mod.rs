//! The string catalog: every sentence the app shows, keyed by a stable ID, per locale.
//!
//! Text is looked up, never built in components. Templates carry `{name}` placeholders that
//! [`fill`] replaces. A key missing from the catalog shows as [`MISSING`], and tests make sure
//! that never happens.

pub mod data;
mod en;
mod en_embed;
mod en_facts;
mod en_library;
mod en_page;
mod en_plan;
mod en_practitioner;
mod en_rules;
mod en_team;
pub mod locale;
pub mod phrases;
mod zh;
mod zh_embed;
mod zh_facts;
mod zh_library;
mod zh_page;
mod zh_plan;
mod zh_practitioner;
mod zh_rules;
mod zh_team;

use std::sync::OnceLock;

pub use locale::Locale;

/// Shown in place of a missing text, so a gap is visible rather than silent.
pub const MISSING: &str = "[?]";

/// A catalog key that is known to exist: made only by [`key!`](crate::key), which checks the
/// English catalog while compiling, so a misspelt key fails the build instead of showing
/// [`MISSING`]. The Chinese catalog holds the same keys (`tests/locales.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key(&'static str);

impl Key {
    /// The key as the catalog spells it.
    pub const fn id(self) -> &'static str {
        self.0
    }

    /// Checks at compile time (when called in a `const`) that the English catalog has the key.
    #[doc(hidden)]
    pub const fn checked(key: &'static str) -> Key {
        let parts = Locale::En.catalog();
        let mut p = 0;
        while p < parts.len() {
            let part = parts[p];
            let mut i = 0;
            while i < part.len() {
                if same(part[i].0, key) {
                    return Key(key);
                }
                i += 1;
            }
            p += 1;
        }
        panic!("{}", key)
    }
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// A [`Key`] checked against the catalog while compiling: `key!("result.heading")`.
#[macro_export]
macro_rules! key {
    ($key:literal) => {{
        const KEY: $crate::text::Key = $crate::text::Key::checked($key);
        KEY
    }};
}

/// The text of a checked key.
pub fn text(locale: Locale, key: Key) -> &'static str {
    t(locale, key.0)
}

/// The text for a key named by content data (an advice line's key, a question's ID), or
/// [`MISSING`]. The native page walk renders every page and fails on [`MISSING`].
pub fn t(locale: Locale, key: &str) -> &'static str {
    let sorted = sorted(locale);
    sorted.binary_search_by(|(k, _)| (*k).cmp(key)).map_or(MISSING, |i| sorted[i].1)
}

/// Whether the locale has a text for the key.
pub fn has(locale: Locale, key: &str) -> bool {
    sorted(locale).binary_search_by(|(k, _)| (*k).cmp(key)).is_ok()
}

/// The locale's entries sorted by key, made once, for lookups in logarithmic time. The
/// browser build reads them from the file the loader fetched ([`install`]) instead, so that
/// its code carries no catalog.
#[cfg(not(target_arch = "wasm32"))]
fn sorted(locale: Locale) -> &'static [(&'static str, &'static str)] {
    static EN: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    static ZH: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    let cell = match locale {
        Locale::En => &EN,
        Locale::ZhCn => &ZH,
    };
    cell.get_or_init(|| {
        let mut entries: Vec<(&str, &str)> = locale.entries().copied().collect();
        entries.sort_unstable_by_key(|(k, _)| *k);
        entries
    })
}

/// The tables of the browser build, one per locale, each set once from its catalog file.
#[cfg(target_arch = "wasm32")]
fn tables(locale: Locale) -> &'static OnceLock<Vec<(&'static str, &'static str)>> {
    static EN: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    static ZH: OnceLock<Vec<(&str, &str)>> = OnceLock::new();
    match locale {
        Locale::En => &EN,
        Locale::ZhCn => &ZH,
    }
}

#[cfg(target_arch = "wasm32")]
fn sorted(locale: Locale) -> &'static [(&'static str, &'static str)] {
    tables(locale).get().map_or(&[], Vec::as_slice)
}

/// Takes a locale's catalog file (see [`data`]), kept for the rest of the visit; a locale
/// already installed keeps its first file.
#[cfg(target_arch = "wasm32")]
pub fn install(locale: Locale, file: String) {
    let cell = tables(locale);
    if cell.get().is_none() {
        let file: &'static str = Box::leak(file.into_boxed_str());
        let _ = cell.set(data::decode(file));
    }
}

/// Whether the browser build has the locale's texts (the native build always has them).
pub fn installed(locale: Locale) -> bool {
    !sorted(locale).is_empty()
}

/// Replaces each `{name}` in a template with its value, in one pass: a value is never read as a
/// template itself. (No slicing by index, so the first part carries no panicking string slice.)
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    let mut out = String::with_capacity(template.len());
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let named = values.iter().find_map(|(name, value)| {
            after.strip_prefix(name).and_then(|tail| tail.strip_prefix('}')).map(|tail| (value, tail))
        });
        match named {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}
