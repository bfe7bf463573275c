//! Any fragment: the share-link decoder never panics, and whatever it accepts re-encodes to a
//! link that decodes to the same answers.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::share::link;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(answers) = link::decode(text) {
        assert_eq!(link::decode(&link::encode(&answers)), Ok(answers));
    }
});
