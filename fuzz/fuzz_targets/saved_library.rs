//! Any stored text: the library decoder never panics, and what it returns survives a save and
//! reload unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::saved;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    if let Ok(library) = saved::decode_library(&text) {
        assert_eq!(saved::decode_library(&saved::encode_library(&library)), Ok(library));
    }
});
