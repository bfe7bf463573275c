//! What the page's address asks of the app: embed mode (inline or in the host's popup, and
//! whether the host hears of a finished quiz), a transparent background, the track, the theme
//! and an accent colour (the language, `lang`, is read by the loader, `src/web/boot.js`, which
//! chooses it before the app starts). Whoever links to or embeds the app writes the
//! query string, so every value is checked, and anything unexpected falls back to the default
//! instead of failing.

use crate::engine::Track;
use crate::text::Locale;

/// The app's options, as read from the page address.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// Shown inside another page's iframe: no header, and the content height goes to the parent.
    pub embed: bool,
    /// The host page's background shows through.
    pub transparent: bool,
    /// The one track to offer, when the link or the host chose one; otherwise both.
    pub track: Option<Track>,
    pub theme: Theme,
    /// The host's brand colour for buttons, links and charts, if it gave a valid one.
    pub accent: Option<Accent>,
    /// Embedded in a popup the host opens with a button (`mode=button`): Esc asks the host to
    /// close it. Never set outside embed mode.
    pub popup: bool,
    /// The host asked to hear when a quiz is finished (`events=finished`), and nothing else.
    /// Off unless asked, and never set outside embed mode.
    pub finished_event: bool,
}

impl Options {
    /// Reads the options through `get`, which returns the decoded value of a query parameter.
    pub fn read(get: impl Fn(&str) -> Option<String>) -> Options {
        let value = |name: &str| get(name).unwrap_or_default();
        let track = value("track");
        let embed = matches!(value("embed").as_str(), "1" | "true");
        Options {
            embed,
            transparent: value("background") == "transparent",
            track: Track::ALL.into_iter().find(|t| t.id() == track),
            theme: Theme::parse(&value("theme")).unwrap_or_default(),
            accent: Accent::parse(&value("accent")),
            popup: embed && value("mode") == "button",
            finished_event: embed && value("events") == "finished",
        }
    }

    /// The classes the root element carries for these options (style/main.css styles them).
    pub fn classes(&self) -> Vec<&'static str> {
        let mut classes = Vec::new();
        if self.embed {
            classes.push("embed");
        }
        if self.transparent {
            classes.push("transparent");
        }
        classes.extend(self.theme.class());
        classes
    }
}

/// The address of the app on a page of its own, for leaving an embed: `href` (the embedded
/// page's address) without its query and fragment, in `locale`, carrying `fragment` (a share
/// link's) if given. None if `href` is not an http(s) address.
pub fn full_app_address(href: &str, locale: Locale, fragment: Option<&str>) -> Option<String> {
    if !(href.starts_with("https://") || href.starts_with("http://")) {
        return None;
    }
    let page = href.split(['?', '#']).next().unwrap_or_default();
    let fragment = fragment.map(|f| format!("#{f}")).unwrap_or_default();
    Some(format!("{page}?lang={}{fragment}", locale.tag()))
}

/// Light or dark colours, or whatever the visitor's system prefers.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    fn parse(text: &str) -> Option<Theme> {
        match text {
            "auto" => Some(Theme::Auto),
            "light" => Some(Theme::Light),
            "dark" => Some(Theme::Dark),
            _ => None,
        }
    }

    /// The root class that pins the theme; automatic needs none.
    pub fn class(self) -> Option<&'static str> {
        match self {
            Theme::Auto => None,
            Theme::Light => Some("theme-light"),
            Theme::Dark => Some("theme-dark"),
        }
    }
}

/// A colour given as `#rgb` or `#rrggbb`, the only two forms accepted: nothing else can reach
/// the style sheet through it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Accent {
    rgb: [u8; 3],
}

impl Accent {
    pub fn parse(text: &str) -> Option<Accent> {
        let digits =
            text.strip_prefix('#')?.chars().map(|c| c.to_digit(16).map(|d| d as u8)).collect::<Option<Vec<u8>>>()?;
        let rgb = match digits[..] {
            [r, g, b] => [r * 17, g * 17, b * 17],
            [r1, r2, g1, g2, b1, b2] => [r1 * 16 + r2, g1 * 16 + g2, b1 * 16 + b2],
            _ => return None,
        };
        Some(Accent { rgb })
    }

    /// The colour as CSS, `#rrggbb` in lower case.
    pub fn css(self) -> String {
        let [r, g, b] = self.rgb;
        format!("#{r:02x}{g:02x}{b:02x}")
    }

    /// Black or white, whichever contrasts more with the accent, for text on accent buttons.
    pub fn text_css(self) -> &'static str {
        // WCAG relative luminance; contrast with white is 1.05 / (L + 0.05), with black
        // (L + 0.05) / 0.05, and the two are equal at L = 0.179.
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        let [r, g, b] = self.rgb;
        let luminance = 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
        if luminance > 0.179 {
            "#000000"
        } else {
            "#ffffff"
        }
    }
}

/// `x` to the power 2.4, for `x` in (0, 1]: x² times the fifth root of x², found by Newton's
/// method, which falls from 1 to the root and stops where it no longer falls. It spares the
/// first part the float library's `powf`, which it would carry for this line alone.
fn pow_2_4(x: f64) -> f64 {
    let square = x * x;
    let mut root: f64 = 1.0;
    loop {
        let next = root - (root.powi(5) - square) / (5.0 * root.powi(4));
        if next >= root {
            return square * root;
        }
        root = next;
    }
}
