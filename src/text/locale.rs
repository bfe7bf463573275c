//! The languages the app speaks. Which one a visit starts in is chosen once, by the loader
//! (`src/web/boot.js`: the address's `lang`, then the user's remembered choice, then the
//! browser's preferred languages, then English), from this list, which the build writes on its
//! tag.

/// A language the app speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Locale {
    #[default]
    En,
    /// Simplified Chinese, in the terms of the Chinese sources.
    ZhCn,
}

impl Locale {
    pub const ALL: [Locale; 2] = [Locale::En, Locale::ZhCn];

    /// The BCP 47 tag for the `lang` attribute, the `lang` address parameter and storage.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhCn => "zh-CN",
        }
    }

    /// The locale with exactly this tag. Anything else, in any other spelling, is refused:
    /// the tag comes from the address or from storage, which anyone can write.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// The locale the language switch offers: the one not in use.
    pub fn other(self) -> Locale {
        match self {
            Locale::En => Locale::ZhCn,
            Locale::ZhCn => Locale::En,
        }
    }

    /// The catalog of the locale, in parts (one per area of the product), so that each area's
    /// texts live beside each other.
    pub const fn catalog(self) -> &'static [&'static [(&'static str, &'static str)]] {
        match self {
            Locale::En => super::en::PARTS,
            Locale::ZhCn => super::zh::PARTS,
        }
    }

    /// Every (key, text) pair of the locale.
    pub fn entries(self) -> impl Iterator<Item = &'static (&'static str, &'static str)> {
        self.catalog().iter().flat_map(|part| part.iter())
    }
}

/// The query with its `lang` parameter (if it has one) set to the locale, so that an address
/// that named a language keeps naming the one the user switched to.
pub fn with_lang(query: &str, locale: Locale) -> String {
    let query = query.strip_prefix('?').unwrap_or(query);
    if query.is_empty() {
        return String::new();
    }
    let pairs: Vec<String> = query
        .split('&')
        .map(|pair| if pair.starts_with("lang=") { format!("lang={}", locale.tag()) } else { pair.to_owned() })
        .collect();
    format!("?{}", pairs.join("&"))
}
