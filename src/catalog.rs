//! Build step: writes the two catalog files of every locale (`text::data`) into the folder
//! named by its argument, from the catalog arrays, the one source of the app's text. Trunk's
//! pre_build hook runs it natively; `scripts/parts.mjs` then names the files with a hash.

use std::path::PathBuf;

use ml_team_advisor::text::data::{encode, File};
use ml_team_advisor::text::Locale;

fn main() -> std::io::Result<()> {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| "target/text".to_owned()));
    std::fs::create_dir_all(&dir)?;
    for locale in Locale::ALL {
        for file in File::ALL {
            let entries = locale.entries().filter(|(key, _)| File::of(key) == file);
            std::fs::write(dir.join(file.name(locale.tag())), encode(entries))?;
        }
    }
    Ok(())
}
