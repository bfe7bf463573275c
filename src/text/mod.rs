//! The string catalog: every sentence the app shows, keyed by a stable ID, per locale.
//!
//! Text is looked up, never built in components. Templates carry `{name}` placeholders that
//! [`fill`] replaces. A key missing from the catalog shows as [`MISSING`], and tests make sure
//! that never happens.

mod en;
mod en_embed;
mod en_practitioner;
pub mod locale;
pub mod phrases;
mod zh;
mod zh_embed;
mod zh_practitioner;

pub use locale::Locale;

/// Shown in place of a missing text, so a gap is visible rather than silent.
pub const MISSING: &str = "[?]";

/// The text for a key, or [`MISSING`].
pub fn t(locale: Locale, key: &str) -> &'static str {
    locale.entries().find(|(k, _)| *k == key).map_or(MISSING, |(_, text)| text)
}

/// Whether the locale has a text for the key.
pub fn has(locale: Locale, key: &str) -> bool {
    locale.entries().any(|(k, _)| *k == key)
}

/// Replaces each `{name}` in a template with its value.
pub fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values.iter().fold(template.to_owned(), |text, (name, value)| text.replace(&format!("{{{name}}}"), value))
}
