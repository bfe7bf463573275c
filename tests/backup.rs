//! The whole library in one file: what this browser keeps comes back whole from the file, the
//! import says what it would add, what is already here and what conflicts before anything
//! changes, and nothing here is replaced without consent.

use ml_team_advisor::engine::team::{Function, Respondent};
use ml_team_advisor::engine::{Answers, Track, RULES_VERSION};
use ml_team_advisor::saved::{self, Day, Library};
use ml_team_advisor::share::backup::{self, Backup, BackupError};
use ml_team_advisor::share::file;
use ml_team_advisor::teams::Teams;

fn plan_answers(size: &str) -> Answers {
    Answers::from_pairs([("gate.solvable", "yes"), ("org.size", size)]).expect("known")
}

/// A library with an undated entry, a series of two dated entries and a team to join.
fn library() -> Library {
    let mut library = Library::default();
    assert!(library.keep("Before dates", &plan_answers("early"), 1));
    let day = Day::parse("2026-06-30").expect("a day");
    library.add_to_series("Acme", &plan_answers("early"), RULES_VERSION, day, "first pilot").expect("kept");
    let later = Day::parse("2026-09-30").expect("a day");
    library.add_to_series("Acme", &plan_answers("growing"), RULES_VERSION, later, "after the reorg").expect("kept");
    let team = Answers::for_track(Track::Practitioner, [("job.owns", "models")]).expect("known");
    assert!(library.keep("Team A", &team, RULES_VERSION));
    library
}

/// The CTO and the head of product, who disagree on the data.
fn colleagues() -> Vec<Respondent> {
    let person = |data: &str, function| Respondent {
        answers: Answers::from_pairs([("gate.data", data), ("org.size", "growing")]).expect("known"),
        rules: RULES_VERSION,
        function: Some(function),
    };
    vec![person("yes", Function::Engineering), person("unsure", Function::Product)]
}

/// Everything one browser keeps: the library above and one team view.
fn everything() -> Backup {
    let mut teams = Teams::default();
    assert!(teams.keep("Planning meeting", &colleagues()));
    Backup { library: library(), teams }
}

/// A file holding only this library.
fn only(library: Library) -> Backup {
    Backup { library, teams: Teams::default() }
}

#[test]
fn the_exported_file_brings_back_every_entry_with_its_day_note_and_series() {
    let text = backup::export(&everything());
    assert!(text.contains("\"kind\": \"ml-team-advisor/backup\""));
    assert!(text.contains("\"format\": 3"), "the library section carries its own format");
    assert!(text.contains("\"teams\": {"), "the team views have a section of their own");
    assert_eq!(backup::read(&text), Some(Ok(everything())));
    assert_eq!(backup::read(&backup::export(&Backup::default())), Some(Ok(Backup::default())));
}

#[test]
fn other_files_are_not_library_files_and_bad_ones_are_refused_with_a_reason() {
    assert_eq!(backup::read("not json"), None);
    assert_eq!(backup::read("{\"kind\":\"something\"}"), None);
    assert_eq!(backup::read(&file::export("Bank", &plan_answers("large"))), None, "an answer file is read as one");
    let text = backup::export(&only(library()));
    assert_eq!(
        backup::read(&text.replace("\"version\": 1,\n  \"library\"", "\"version\": 2,\n  \"library\"")),
        Some(Err(BackupError::UnknownVersion(2)))
    );
    assert_eq!(backup::read(&text.replace("\"format\": 3", "\"format\": 4")), Some(Err(BackupError::Newer)));
    assert_eq!(backup::read(&text.replace("\"items\"", "\"things\"")), Some(Err(BackupError::Unreadable)));
    assert_eq!(backup::read("{\"kind\":\"ml-team-advisor/backup\",\"version\":1}"), Some(Err(BackupError::Unreadable)));
    // A section this release does not know (from a later build) is no reason to refuse.
    let with_more = text.replacen('{', "{\"later\":{\"format\":1,\"views\":[]},", 1);
    assert_eq!(backup::read(&with_more), Some(Ok(only(library()))));
    // A file made before team views could be exported has none.
    let library_only = format!(
        "{{\"kind\":\"ml-team-advisor/backup\",\"version\":1,\"library\":{}}}",
        saved::encode_library(&library())
    );
    assert_eq!(backup::read(&library_only), Some(Ok(only(library()))));
}

#[test]
fn the_import_plan_adds_what_is_new_knows_what_is_here_and_replaces_conflicts_only_with_consent() {
    let mut here = Library::default();
    assert!(here.keep("Before dates", &plan_answers("early"), 1), "the same entry");
    assert!(here.keep("Team A", &plan_answers("large"), RULES_VERSION), "a different entry under a file's name");
    assert!(here.keep("Only here", &plan_answers("growing"), RULES_VERSION));
    let incoming = library();
    let plan = backup::plan(&only(here.clone()), &only(incoming)).library;
    let names = |entries: &[saved::Named]| entries.iter().map(|e| e.name.clone()).collect::<Vec<_>>();
    assert_eq!(names(&plan.added), ["Acme · 2026-06-30", "Acme · 2026-09-30"]);
    assert_eq!(plan.same, ["Before dates"]);
    assert_eq!(names(&plan.conflicts), ["Team A"]);
    assert_eq!(plan.left_out, 0);

    let mut kept_mine = here.clone();
    backup::apply(&mut kept_mine, &plan, false);
    assert_eq!(kept_mine.items.len(), 5);
    assert_eq!(kept_mine.get("Team A").expect("kept").answers.track(), Track::Leader, "mine stays");
    assert_eq!(kept_mine.series("Acme").len(), 2);
    assert!(kept_mine.get("Only here").is_some());

    let mut replaced = here.clone();
    backup::apply(&mut replaced, &plan, true);
    assert_eq!(replaced.get("Team A").expect("kept").answers.track(), Track::Practitioner, "the file's");
    assert_eq!(replaced.items.len(), 5);
}

#[test]
fn an_import_never_grows_the_library_past_its_limit_and_says_how_many_were_left_out() {
    let mut here = Library::default();
    for n in 0..saved::LIBRARY_LIMIT - 1 {
        assert!(here.keep(&format!("n{n}"), &plan_answers("early"), RULES_VERSION));
    }
    let plan = backup::plan(&only(here.clone()), &only(library())).library;
    assert_eq!(plan.added.len(), 1);
    assert_eq!(plan.left_out, 3);
    backup::apply(&mut here, &plan, true);
    assert_eq!(here.items.len(), saved::LIBRARY_LIMIT);
}

#[test]
fn team_views_come_back_from_the_file_and_are_replaced_only_with_consent() {
    let mut teams = Teams::default();
    let mut others = colleagues();
    others[1].function = None;
    assert!(teams.keep("Planning meeting", &others), "the same name, without the product tag");
    assert!(teams.keep("Only here", &colleagues()));
    let here = Backup { library: Library::default(), teams };
    let plan = backup::plan(&here, &everything());
    assert_eq!(plan.teams.added.len(), 0);
    assert_eq!(plan.teams.same.len(), 0);
    assert_eq!(plan.teams.conflicts.iter().map(|t| t.name.as_str()).collect::<Vec<_>>(), ["Planning meeting"]);
    assert_eq!(plan.counts(), (4, 1), "the library's four entries are new; one team view conflicts");

    let mut kept_mine = here.teams.clone();
    backup::apply_teams(&mut kept_mine, &plan.teams, false);
    assert_eq!(kept_mine, here.teams, "mine stays");

    let mut replaced = here.teams.clone();
    backup::apply_teams(&mut replaced, &plan.teams, true);
    assert_eq!(replaced.items.len(), 2);
    let meeting = replaced.items.iter().find(|t| t.name == "Planning meeting").expect("kept");
    assert_eq!(meeting.respondents[1].function, Some(Function::Product), "the file's");

    let mut empty = Teams::default();
    let plan = backup::plan(&Backup::default(), &everything());
    backup::apply_teams(&mut empty, &plan.teams, false);
    assert_eq!(empty, everything().teams, "into an empty browser, the file's team view as it was");
}

#[test]
fn a_team_view_section_from_a_newer_release_or_damaged_refuses_the_file() {
    let text = backup::export(&everything());
    let newer = text.replacen("\"format\": 1", "\"format\": 2", 1);
    assert_ne!(newer, text, "the team section's format was found");
    assert_eq!(backup::read(&newer), Some(Err(BackupError::Newer)));
    let damaged = text.replacen("\"link\": \"m=", "\"link\": \"x=", 1);
    assert_ne!(damaged, text, "the team view's link was found");
    assert_eq!(backup::read(&damaged), Some(Err(BackupError::Unreadable)));
}
