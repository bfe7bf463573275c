//! The string catalog: every sentence the app shows, keyed by a stable ID, per locale.
//!
//! Text is looked up, never built in components. Templates carry `{name}` placeholders that
//! [`fill`] replaces. A key missing from the catalog shows as [`MISSING`], and tests make sure
//! that never happens.

mod en;
mod en_practitioner;
pub mod phrases;

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    En,
}

impl Locale {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
        }
    }

    /// The locale for a BCP 47 tag, if the app speaks it.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        match tag {
            "en" => Some(Locale::En),
            _ => None,
        }
    }

    /// The catalog of the locale, in parts (one per area of the product), so that each area's
    /// texts live beside each other.
    pub fn catalog(self) -> &'static [&'static [(&'static str, &'static str)]] {
        match self {
            Locale::En => en::PARTS,
        }
    }

    /// Every (key, text) pair of the locale.
    pub fn entries(self) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
        self.catalog().iter().flat_map(|part| part.iter())
    }
}

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
    values.iter().fold(template.to_owned(), |text, (name, value)| {
        text.replace(&format!("{{{name}}}"), value)
    })
}
