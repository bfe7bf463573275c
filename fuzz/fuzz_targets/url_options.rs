//! Any query string: reading the page options never panics, and an accent colour it accepts is
//! always a plain `#rrggbb` that is safe to hand to the CSSOM.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::options::{Accent, Options};

fuzz_target!(|data: &[u8]| {
    let query = String::from_utf8_lossy(data);
    let pairs: Vec<(&str, &str)> = query.split('&').map(|p| p.split_once('=').unwrap_or((p, ""))).collect();
    let options = Options::read(|name| pairs.iter().find(|(k, _)| *k == name).map(|(_, v)| (*v).to_owned()));
    let _ = options.classes();
    for (_, value) in &pairs {
        if let Some(accent) = Accent::parse(value) {
            let css = accent.css();
            assert!(css.len() == 7 && css.starts_with('#') && css[1..].bytes().all(|b| b.is_ascii_hexdigit()), "{css}");
        }
    }
    if let Some(accent) = options.accent {
        let _ = accent.text_css();
    }
});
