//! The first part of the app (the start screen and the quiz, `src/first.rs`) arrives with only
//! its own texts (`text::data`): every text it can show must be in that first file, and the
//! two files of a locale together must be its whole catalog.

use std::collections::BTreeSet;

use ml_team_advisor::engine::Track;
use ml_team_advisor::text::data::{decode, encode, File};
use ml_team_advisor::text::{has, Locale};

/// The source files of what the first part draws and raises: the chrome, the start screen,
/// the quiz, the notices, the session, the browser edges, the saved state and share links.
const FIRST_PART: [&str; 11] = [
    "src/ui/mod.rs",
    "src/ui/start.rs",
    "src/ui/quiz.rs",
    "src/ui/notice.rs",
    "src/ui/update.rs",
    "src/ui/embedded.rs",
    "src/ui/session.rs",
    "src/web/storage.rs",
    "src/web/locale.rs",
    "src/saved.rs",
    "src/share/link.rs",
];

/// The string literals of a source file that are catalog keys.
fn keys_named_in(path: &str) -> BTreeSet<String> {
    let source = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    source.split('"').skip(1).step_by(2).filter(|s| has(Locale::En, s)).map(str::to_owned).collect()
}

#[test]
fn every_text_the_first_part_names_is_in_its_first_file() {
    let named: BTreeSet<String> = FIRST_PART.iter().flat_map(|path| keys_named_in(path)).collect();
    for key in ["start.choose.heading", "quiz.next", "notice.save_unreadable", "share.error.altered"] {
        assert!(named.contains(key), "the scan found {key}");
    }
    let later: Vec<_> = named.iter().filter(|key| File::of(key) == File::Later).collect();
    assert!(later.is_empty(), "named by the first part but left for later: {later:?}");
}

#[test]
fn every_question_of_both_tracks_is_worded_in_the_first_file() {
    for track in Track::ALL {
        for question in track.questions() {
            let prefix = format!("q.{}", question.id);
            let keys: Vec<_> = Locale::En.entries().map(|(k, _)| *k).filter(|k| k.starts_with(&prefix)).collect();
            assert!(keys.len() > question.choices.len(), "{prefix} and its choices are in the catalog");
            assert!(keys.iter().all(|k| File::of(k) == File::First), "{prefix} is in the first file");
        }
    }
}

#[test]
fn the_two_files_of_a_locale_hold_its_whole_catalog_once() {
    for locale in Locale::ALL {
        let whole: BTreeSet<_> = locale.entries().copied().collect();
        let files: Vec<String> =
            File::ALL.iter().map(|file| encode(locale.entries().filter(|(k, _)| File::of(k) == *file))).collect();
        let read: Vec<(&str, &str)> = files.iter().flat_map(|file| decode(file)).collect();
        assert_eq!(read.len(), whole.len(), "{locale:?}: each entry once");
        assert_eq!(read.into_iter().collect::<BTreeSet<_>>(), whole, "{locale:?}: the same entries");
        let first = decode(&files[0]).len();
        assert!(first * 3 < whole.len(), "{locale:?}: the first file is the small one ({first} of {})", whole.len());
    }
}

#[test]
fn the_two_files_of_a_locale_joined_as_the_loader_joins_them_read_as_one_sorted_table() {
    for locale in Locale::ALL {
        let joined: String =
            File::ALL.iter().map(|file| encode(locale.entries().filter(|(k, _)| File::of(k) == *file))).collect();
        let whole: BTreeSet<_> = locale.entries().copied().collect();
        assert_eq!(decode(&joined), whole.into_iter().collect::<Vec<_>>(), "{locale:?}");
    }
    assert_eq!(decode("c\t3\nb\t2\na\t1\n"), vec![("a", "1"), ("b", "2"), ("c", "3")], "any order");
}

#[test]
fn a_damaged_file_is_read_as_far_as_it_goes() {
    let read = decode("quiz.next\tNext\nno tab on this line\n\n\u{0}\tnul key\nquiz.back\tBack");
    assert_eq!(read, vec![("\u{0}", "nul key"), ("quiz.back", "Back"), ("quiz.next", "Next")]);
}
