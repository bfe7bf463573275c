//! Any stored text: the progress decoder never panics, reads it exactly as the serde build
//! before it did (`tests/serde_build/progress.rs`), and what it returns is safe to render and
//! survives a save and reload unchanged, written byte for byte as the serde build wrote it.
#![no_main]

#[path = "../../tests/serde_build/progress.rs"]
mod serde_build;

use libfuzzer_sys::fuzz_target;
use ml_team_advisor::engine::assess;
use ml_team_advisor::saved;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let read = saved::decode(&text);
    let before = serde_build::decode(&text);
    assert!(serde_build::same(&read, &before), "{text:?}: {read:?} where the serde build read {before:?}");
    if let Ok(progress) = read {
        let _ = progress.question();
        let _ = assess(&progress.answers);
        let written = saved::encode(&progress);
        assert_eq!(written, serde_build::encode(&progress));
        assert_eq!(saved::decode(&written), Ok(progress));
    }
});
