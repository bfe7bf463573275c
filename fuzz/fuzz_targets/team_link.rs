//! Any text: the combined-link decoder, the paste box and the kept team views never panic;
//! whatever they accept is 2 to 12 leader respondents of rules this release knows, and it
//! survives an encode and a decode unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::engine::team::{MAX_RESPONDENTS, MIN_RESPONDENTS};
use ml_team_advisor::engine::{rules_known, Track};
use ml_team_advisor::share::team_link;
use ml_team_advisor::teams;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    for read in [team_link::decode(&text).ok(), team_link::read_pasted(&text).ok()].into_iter().flatten() {
        assert!((MIN_RESPONDENTS..=MAX_RESPONDENTS).contains(&read.len()));
        assert!(read.iter().all(|r| rules_known(r.rules) && r.answers.track() == Track::Leader));
        assert_eq!(team_link::decode(&team_link::encode(&read)).as_ref(), Ok(&read));
    }
    if let Ok(kept) = teams::decode(&text) {
        assert_eq!(teams::decode(&teams::encode(&kept)), Ok(kept));
    }
});
