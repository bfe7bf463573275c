//! Results that travel: a share link, an answer file and the Markdown report reproduce the
//! assessment exactly, and anything altered, cut or foreign is refused with a reason.

use ml_team_advisor::engine::{advise, assess, practitioner, Answers, Assessment, Track, RULES_VERSION};
use ml_team_advisor::share::file::{self, FileError};
use ml_team_advisor::share::link::{self, LinkError};
use ml_team_advisor::share::markdown;
use ml_team_advisor::text::{Locale, MISSING};
use proptest::prelude::*;

fn bank() -> Answers {
    Answers::from_pairs([
        ("gate.solvable", "yes"),
        ("gate.data", "unsure"),
        ("gate.crucial", "yes"),
        ("gate.motive", "problem"),
        ("org.size", "large"),
        ("org.industry", "finance"),
        ("ml.today", "central"),
        ("ml.reports_to", "ml_leader"),
        ("ml.leadership", "division"),
        ("ml.data", "governed"),
        ("ml.production", "handed_maintained"),
        ("ml.emphasis", "mixed"),
        ("ml.handoff", "rebuilt"),
        ("team.first_hire", "data_scientist"),
    ])
    .unwrap()
}

/// Any answer set of either track: each question unanswered or given one of its options.
fn any_answers() -> impl Strategy<Value = Answers> {
    prop_oneof![Just(Track::Leader), Just(Track::Practitioner)].prop_flat_map(|track| {
        let questions = track.questions();
        let picks: Vec<_> = questions.iter().map(|q| proptest::option::of(0..q.choices.len())).collect();
        picks.prop_map(move |picks| {
            let mut answers = Answers::new(track);
            for (q, pick) in track.questions().iter().zip(picks) {
                if let Some(i) = pick {
                    answers.set(q.id, q.choices[i].id).unwrap();
                }
            }
            answers
        })
    })
}

proptest! {
    #[test]
    fn a_share_link_reproduces_any_answer_set(answers in any_answers()) {
        let fragment = link::encode(&answers);
        let opened = link::Opened { answers, rules: RULES_VERSION };
        prop_assert_eq!(link::decode(&fragment), Ok(opened.clone()));
        prop_assert_eq!(link::decode(&format!("#{fragment}")), Ok(opened));
    }

    #[test]
    fn an_answer_file_reproduces_any_answer_set(answers in any_answers(), name in "[a-zA-Z0-9 ]{0,20}") {
        let imported = file::import(&file::export(&name, &answers)).unwrap();
        prop_assert_eq!(imported.answers, answers);
        prop_assert_eq!(imported.name, name);
        prop_assert_eq!(imported.dropped, 0);
    }

    #[test]
    fn no_fragment_whatever_makes_the_link_decoder_panic(text in "\\PC{0,80}") {
        let _ = link::decode(&text);
        let _ = link::decode(&format!("a={text}"));
    }

    #[test]
    fn no_text_whatever_makes_the_file_decoder_panic(text in "\\PC{0,200}") {
        let _ = file::import(&text);
    }
}

#[test]
fn a_link_opened_elsewhere_gives_the_same_result() {
    let answers = bank();
    let opened = link::decode(&link::encode(&answers)).unwrap().answers;
    assert_eq!(assess(&opened), assess(&answers));
}

#[test]
fn the_link_is_short_enough_to_paste_anywhere() {
    let fragment = link::encode(&bank());
    assert!(fragment.len() <= 8 + Track::Leader.questions().len(), "{fragment}");
    assert!(fragment.chars().all(|c| c.is_ascii_alphanumeric() || "=._".contains(c)));
}

#[test]
fn changing_any_one_character_of_a_link_is_always_caught() {
    let fragment = link::encode(&bank());
    let alphabet: Vec<char> = ('0'..='9').chain('a'..='z').chain('A'..='Z').chain(['_', '.', '=', '-']).collect();
    let mut tried = 0;
    for (i, original) in fragment.char_indices() {
        for &c in alphabet.iter().filter(|&&c| c != original) {
            let mut tampered = fragment.clone();
            tampered.replace_range(i..i + 1, &c.to_string());
            assert!(link::decode(&tampered).is_err(), "{tampered} was accepted");
            tried += 1;
        }
    }
    assert!(tried > 1000);
}

#[test]
fn a_link_cut_short_is_refused_and_says_why() {
    let fragment = link::encode(&bank());
    for cut in 0..fragment.len() {
        assert!(link::decode(&fragment[..cut]).is_err(), "cut at {cut}");
    }
    assert_eq!(link::decode(""), Err(LinkError::NotALink));
    assert_eq!(link::decode("#section-2"), Err(LinkError::NotALink));
}

#[test]
fn a_link_from_rules_this_version_does_not_have_is_refused_not_misread() {
    let fragment = link::encode(&bank());
    let newer = fragment.replacen(&format!("a={RULES_VERSION}."), &format!("a={}.", RULES_VERSION + 1), 1);
    // Re-sign it, as a newer release would have: the check passes, the rules do not.
    let (body, _) = newer.trim_start_matches("a=").rsplit_once('.').unwrap();
    let resigned = (0..1296)
        .map(|n| format!("a={body}.{}{}", char::from_digit(n / 36, 36).unwrap(), char::from_digit(n % 36, 36).unwrap()))
        .find(|candidate| link::decode(candidate) != Err(LinkError::Altered))
        .unwrap();
    assert_eq!(link::decode(&resigned), Err(LinkError::UnknownRules(RULES_VERSION + 1)));
}

#[test]
fn a_foreign_or_damaged_file_is_refused_with_its_reason() {
    assert_eq!(file::import("not json"), Err(FileError::NotJson));
    assert_eq!(file::import("{\"answers\":{}}"), Err(FileError::NotAnAnswerFile));
    assert_eq!(file::import("[1,2,3]"), Err(FileError::NotAnAnswerFile));
    let good = file::export("today", &bank());
    let newer = good.replace("\"version\": 1", "\"version\": 2");
    assert_eq!(file::import(&newer), Err(FileError::UnknownVersion(2)));
    let other_rules = good.replace(&format!("\"rules\": {RULES_VERSION}"), "\"rules\": 99");
    assert_eq!(file::import(&other_rules), Err(FileError::UnknownRules(99)));
    let huge = format!("{{\"kind\":\"{}\",\"pad\":\"{}\"}}", file::KIND, "x".repeat(file::MAX_BYTES));
    assert_eq!(file::import(&huge), Err(FileError::TooLarge));
}

#[test]
fn a_file_with_answers_this_version_does_not_know_keeps_the_rest_and_counts_what_it_dropped() {
    let text = format!(
        "{{\"kind\":\"{}\",\"version\":1,\"rules\":{RULES_VERSION},\"name\":\"in a year\\u0007\",\"answers\":{{\"gate.solvable\":\"yes\",\"gate.data\":\"perhaps\",\"evil\":\"x\",\"org.size\":7}}}}",
        file::KIND
    );
    let imported = file::import(&text).unwrap();
    assert_eq!(imported.answers, Answers::from_pairs([("gate.solvable", "yes")]).unwrap());
    assert_eq!(imported.dropped, 3);
    assert_eq!(imported.name, "in a year", "control characters are stripped from names");
}

#[test]
fn the_markdown_report_holds_every_section_every_cited_fact_and_no_missing_text() {
    let report = assess(&bank());
    let md = markdown::render(&bank(), Locale::En, "today");
    assert!(md.starts_with("# Your ML team plan — today\n"));
    for heading in [
        "## Is an ML team worth it now?",
        "## What kind of ML organisation you are",
        "## Warning signs in your answers",
        "## How to organise the team",
        "## Whom to hire, in what order",
        "## The roles",
        "## Finding and attracting candidates",
        "## Interviewing",
        "## Running the work",
        "## Sources and credits",
    ] {
        assert!(md.contains(heading), "missing {heading}");
    }
    for advice in report.advice() {
        for id in advice.knowledge {
            assert!(md.contains(id), "{id} is not cited");
        }
    }
    assert!(md.contains("Lukas Biewald") && md.contains("James Le"));
    assert!(!md.contains(MISSING));
    assert!(md.contains("- Independent ML division — "), "the scores are listed, the winner first");
    assert!(md.contains("## At a glance\n"), "the decision comes first");
    assert!(md.find("## At a glance") < md.find("## Is an ML team worth it now?"));
    assert!(md.contains("<https://www.topbots.com/building-machine-learning-team-productively/>"), "{md}");
}

fn candidate() -> Answers {
    Answers::for_track(
        Track::Practitioner,
        [("job.owns", "models"), ("job.production", "handoff"), ("me.stack", "same"), ("me.background", "software")],
    )
    .unwrap()
}

#[test]
fn a_practitioner_assessment_travels_by_link_and_file_as_itself() {
    let answers = candidate();
    let fragment = link::encode(&answers);
    assert!(fragment.contains(".P"), "{fragment}");
    let opened = link::decode(&fragment).unwrap().answers;
    assert_eq!(opened.track(), Track::Practitioner);
    assert_eq!(practitioner::assess(&opened), practitioner::assess(&answers));
    let imported = file::import(&file::export("team A", &answers)).unwrap();
    assert_eq!(imported.answers, answers);
}

#[test]
fn the_markdown_of_a_practitioner_assessment_names_the_team_type_and_its_red_flags() {
    let md = markdown::render(&candidate(), Locale::En, "team A");
    assert!(md.starts_with("# "), "{md}");
    assert!(md.contains("team A"));
    for id in ["T-APPLIED", "T-PIN-FACTORY", "T-SKILL-GAP", "J-PREPARE"] {
        assert!(md.contains(id), "{id} missing");
    }
    assert!(!md.contains(MISSING));
}

#[test]
fn the_markdown_report_in_chinese_has_chinese_headings_every_cited_fact_and_no_missing_text() {
    let chinese = [(bank(), "# 你的机器学习团队计划 — today\n"), (candidate(), "# 团队评估结果 — today\n")];
    for (answers, heading) in chinese {
        let md = markdown::render(&answers, Locale::ZhCn, "today");
        assert!(md.starts_with(heading), "{md}");
        assert!(!md.contains(MISSING));
        let knowledge: Vec<&str> = match advise(&answers) {
            Assessment::Leader(report) => report.advice().iter().flat_map(|a| a.knowledge.iter().copied()).collect(),
            Assessment::Practitioner(report) => {
                report.advice().iter().flat_map(|a| a.knowledge.iter().copied()).collect()
            }
        };
        for id in knowledge {
            assert!(md.contains(id), "{id} is not cited");
        }
        assert!(md.contains("## 来源与致谢"), "the sources are credited");
    }
}
