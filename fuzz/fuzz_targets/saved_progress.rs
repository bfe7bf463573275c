//! Any stored text: the progress decoder never panics, and what it returns is safe to render
//! and survives a save and reload unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::engine::assess;
use ml_team_advisor::saved;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(progress) = saved::decode(&text) {
        let _ = progress.question();
        let _ = assess(&progress.answers);
        assert_eq!(saved::decode(&saved::encode(&progress)), Ok(progress));
    }
});
