//! Any file: the answer-file importer never panics, and what it accepts exports and imports
//! back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::share::file;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(imported) = file::import(&text) {
        let again = file::import(&file::export(&imported.name, &imported.answers)).expect("our own export imports");
        assert_eq!(again.answers, imported.answers);
    }
});
