//! The options a page address can carry: what is accepted, and that anything else falls back
//! to the default instead of reaching the page.

use ml_team_advisor::engine::Track;
use ml_team_advisor::options::{full_app_address, Accent, Options, Theme};
use ml_team_advisor::text::Locale;

/// Options read from a query given as (name, value) pairs, the first of a name winning as in
/// `URLSearchParams.get`.
fn read(query: &[(&str, &str)]) -> Options {
    Options::read(|name| query.iter().find(|(n, _)| *n == name).map(|(_, v)| (*v).to_owned()))
}

#[test]
fn a_plain_link_opens_the_full_page_with_both_tracks_in_the_systems_colours() {
    let options = read(&[]);
    assert_eq!(options, Options::default());
    assert!(!options.embed);
    assert_eq!(options.track, None, "the visitor chooses the track");
    assert_eq!(options.theme, Theme::Auto);
    assert_eq!(options.accent, None);
    assert!(options.classes().is_empty(), "no class pins anything");
}

#[test]
fn an_embed_link_with_every_option_is_read_whole() {
    let options = read(&[
        ("embed", "1"),
        ("background", "transparent"),
        ("track", "practitioner"),
        ("lang", "en"),
        ("theme", "dark"),
        ("accent", "#0A7"),
    ]);
    assert!(options.embed && options.transparent);
    assert_eq!(options.track, Some(Track::Practitioner));
    assert_eq!(read(&[("track", "leader")]).track, Some(Track::Leader));
    assert_eq!(options.theme, Theme::Dark);
    assert_eq!(options.accent.map(Accent::css).as_deref(), Some("#00aa77"));
    assert_eq!(options.classes(), ["embed", "transparent", "theme-dark"]);
    assert_eq!(read(&[("theme", "light")]).classes(), ["theme-light"]);
}

#[test]
fn values_the_app_does_not_know_fall_back_to_the_defaults() {
    let options = read(&[
        ("embed", "yes please"),
        ("background", "url(https://example.org/x.png)"),
        ("track", "Practitioner"),
        ("lang", "fr"),
        ("theme", "dark; color: red"),
    ]);
    assert_eq!(options, Options::default());
}

#[test]
fn only_hash_rgb_and_hash_rrggbb_are_accepted_as_an_accent() {
    assert_eq!(Accent::parse("#1f5fbf").map(Accent::css).as_deref(), Some("#1f5fbf"));
    assert_eq!(Accent::parse("#1F5FBF").map(Accent::css).as_deref(), Some("#1f5fbf"));
    assert_eq!(Accent::parse("#fff").map(Accent::css).as_deref(), Some("#ffffff"));
    for refused in [
        "",
        "#",
        "1f5fbf",
        "red",
        "#12",
        "#1234",
        "#12345",
        "#1234567",
        "#12345g",
        "#1f5fbf;x:y",
        "#1f5fbf ",
        " #1f5fbf",
        "var(--x)",
        "#１２３",
        "#+1+2+3",
    ] {
        assert_eq!(Accent::parse(refused), None, "{refused:?} must be refused");
    }
}

#[test]
fn text_on_an_accent_is_whichever_of_black_and_white_reads_better() {
    let text = |hex: &str| Accent::parse(hex).unwrap().text_css();
    assert_eq!(text("#1f5fbf"), "#ffffff", "the default blue takes white text");
    assert_eq!(text("#000"), "#ffffff");
    assert_eq!(text("#ffdd00"), "#000000", "a yellow takes black text");
    assert_eq!(text("#fff"), "#000000");
    assert_eq!(text("#757575"), "#ffffff", "mid grey is just on the white side");
    assert_eq!(text("#767676"), "#000000", "and one step lighter tips to black");
}

#[test]
fn text_on_an_accent_is_what_the_wcag_formula_gives_wherever_black_and_white_trade_places() {
    // The formula as WCAG 2 writes it, with the float library's power function.
    let linear = |c: u32| {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    let channel: Vec<f64> = (0..256).map(linear).collect();
    let expected = |r: usize, g: usize, b: usize| {
        let luminance = 0.2126 * channel[r] + 0.7152 * channel[g] + 0.0722 * channel[b];
        if luminance > 0.179 {
            "#000000"
        } else {
            "#ffffff"
        }
    };
    // Black text grows more right with blue for every red and green: check the darkest and
    // lightest blue and every blue around the point where the formula tips over.
    for (r, g) in (0..256).flat_map(|r| (0..256).map(move |g| (r, g))) {
        let tips = (0..256).find(|&b| expected(r, g, b) == "#000000").unwrap_or(255);
        for b in [0, 255].into_iter().chain(tips.saturating_sub(2)..(tips + 3).min(256)) {
            let hex = format!("#{r:02x}{g:02x}{b:02x}");
            assert_eq!(Accent::parse(&hex).unwrap().text_css(), expected(r, g, b), "{hex}");
        }
    }
}

/// The language tags a text lists: in `embed.js`, the quoted items of its `LOCALES` array; in
/// the README, the backquoted values of the `data-lang` row of the embedding table.
fn listed_tags(text: &str, line_start: &str, quote: char) -> Vec<String> {
    let line = text.lines().find(|line| line.trim_start().starts_with(line_start)).unwrap_or_default();
    let values = line.trim_start().strip_prefix(line_start).unwrap_or_default();
    let values = if quote == '`' { values.split('|').next().unwrap_or_default() } else { values };
    values.split(quote).skip(1).step_by(2).map(str::to_owned).collect()
}

#[test]
fn a_host_can_embed_every_language_the_app_speaks_and_the_readme_says_which() {
    let tags: Vec<String> = Locale::ALL.iter().map(|l| l.tag().to_owned()).collect();
    assert_eq!(tags, ["en", "zh-CN"], "the app speaks English and Simplified Chinese");
    let root = env!("CARGO_MANIFEST_DIR");
    let embed_js = std::fs::read_to_string(format!("{root}/src/web/embed.js")).unwrap_or_default();
    assert_eq!(listed_tags(&embed_js, "var LOCALES = [", '\''), tags, "embed.js passes exactly these on");
    for tag in &tags {
        assert!(embed_js.contains(&format!("'{tag}': {{ name: ")), "embed.js words its popup button in {tag}");
    }
    let readme = std::fs::read_to_string(format!("{root}/README.md")).unwrap_or_default();
    assert_eq!(listed_tags(&readme, "| `data-lang` |", '`'), tags, "the README's option table lists them");
}

#[test]
fn a_host_opts_in_to_its_popup_and_to_the_finished_event_and_nothing_else_turns_them_on() {
    let popup = read(&[("embed", "1"), ("mode", "button"), ("events", "finished")]);
    assert!(popup.popup, "the button mode's iframe sends close requests");
    assert!(popup.finished_event, "the host asked to hear of a finished quiz");

    let inline = read(&[("embed", "1")]);
    assert!(!inline.popup && !inline.finished_event, "off unless the host asks");
    let strays = read(&[("embed", "1"), ("mode", "Button"), ("events", "finished,answers")]);
    assert!(!strays.popup && !strays.finished_event, "only the exact values count");
    let standalone = read(&[("mode", "button"), ("events", "finished")]);
    assert!(!standalone.popup && !standalone.finished_event, "a page of its own has no host to tell");
}

#[test]
fn leaving_an_embed_for_the_full_app_drops_the_embed_options_and_keeps_the_language_and_answers() {
    let embedded = "https://intranet.example/tools/ml-team/index.html?embed=1&lang=zh-CN&theme=dark#x";
    assert_eq!(
        full_app_address(embedded, Locale::ZhCn, Some("a=1L0123.ab")).as_deref(),
        Some("https://intranet.example/tools/ml-team/index.html?lang=zh-CN#a=1L0123.ab")
    );
    assert_eq!(
        full_app_address("http://127.0.0.1:8080/?embed=1", Locale::En, None).as_deref(),
        Some("http://127.0.0.1:8080/?lang=en")
    );
    for refused in ["about:srcdoc", "javascript:alert(1)", "", "data:text/html,x"] {
        assert_eq!(full_app_address(refused, Locale::En, None), None, "{refused:?} is no page to leave for");
    }
}
