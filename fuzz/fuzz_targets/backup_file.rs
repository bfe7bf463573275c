//! Any picked file: the library-file reader never panics, and the library and team views it
//! returns come back unchanged from their own export.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::share::backup;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Some(Ok(file)) = backup::read(&text) {
        assert_eq!(backup::read(&backup::export(&file)), Some(Ok(file)));
    }
});
