//! Any fragment: the share-link decoder never panics, whatever it accepts was made under rules
//! this release knows, and it re-encodes to a link of today's rules with the same answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::engine::{rules_known, RULES_VERSION};
use ml_team_advisor::share::link;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(opened) = link::decode(text) {
        assert!(rules_known(opened.rules));
        let again = link::decode(&link::encode(&opened.answers)).expect("our own link opens");
        assert_eq!((again.answers, again.rules), (opened.answers, RULES_VERSION));
    }
});
