//! The quiz progress is read and written without serde_json (`src/json.rs`), and nothing may
//! notice: every save an earlier build wrote opens exactly as before, whatever was accepted
//! before still is (any key order, whitespace, escapes, unknown fields), what this build writes
//! is byte for byte what the serde build wrote, and hostile text never panics.

#[path = "serde_build/progress.rs"]
mod serde_build;

use std::fs;

use ml_team_advisor::engine::{Answers, Track, RULES_VERSION};
use ml_team_advisor::saved::{decode, encode, Progress, SavedError};
use proptest::prelude::*;

fn fixture(dir: &str, name: &str) -> String {
    fs::read_to_string(format!("tests/fixtures/{dir}/{name}")).expect("fixture exists")
}

/// Every progress value kept as written by an earlier build.
fn saves_of_earlier_builds() -> Vec<String> {
    let mut saves = Vec::new();
    for dir in ["rules-1", "format-2"] {
        for entry in fs::read_dir(format!("tests/fixtures/{dir}")).expect("fixtures") {
            let name = entry.expect("entry").file_name().into_string().expect("a plain name");
            if name.starts_with("progress") {
                saves.push(fixture(dir, &name));
            }
        }
    }
    saves
}

/// Decodes with both codecs and insists they agree.
fn read_as_before(text: &str) -> Result<Progress, SavedError> {
    let ours = decode(text);
    let theirs = serde_build::decode(text);
    assert!(serde_build::same(&ours, &theirs), "{text:?}\nthis build: {ours:?}\nserde build: {theirs:?}");
    ours
}

fn reads_as_before(text: &str) {
    let _ = read_as_before(text);
}

fn leader_half_done() -> Progress {
    Progress {
        answers: Answers::from_pairs([("gate.solvable", "yes"), ("gate.data", "unsure"), ("org.size", "large")])
            .expect("known IDs"),
        step: 3,
        finished: false,
        rules: 1,
    }
}

#[test]
fn every_save_an_earlier_build_wrote_opens_as_it_did_there() {
    let saves = saves_of_earlier_builds();
    assert!(saves.len() >= 3, "the fixtures are found: {}", saves.len());
    for save in saves {
        assert!(read_as_before(&save).is_ok(), "{save}");
    }
    let practitioner = decode(&fixture("rules-1", "progress-practitioner.json")).expect("opens");
    assert_eq!(practitioner.track(), Track::Practitioner);
    assert_eq!(practitioner.answers.get("job.title"), Some("ml_engineer"));
    assert_eq!(practitioner.answers.len(), 8);
    assert_eq!((practitioner.step, practitioner.finished, practitioner.rules), (7, true, 1));
}

#[test]
fn a_save_with_its_fields_in_another_order_and_spaced_out_opens_the_same() {
    let written = r#"{"format":1,"rules":1,"progress":{"track":"leader","answers":{"gate.data":"unsure","gate.solvable":"yes","org.size":"large"},"step":3,"finished":false}}"#;
    let reordered = "\r\n { \"progress\" :\t{ \"finished\" : false , \"step\" : 3 ,\n \"answers\" : { \"org.size\" : \"large\" , \"gate.solvable\":\"yes\",\"gate.data\":\"unsure\" } } ,\n \"rules\" : 1 , \"format\" : 1 }\n ";
    assert_eq!(read_as_before(written), Ok(leader_half_done()));
    assert_eq!(read_as_before(reordered), Ok(leader_half_done()));
}

#[test]
fn a_save_with_escaped_ids_and_fields_this_build_does_not_know_is_read() {
    let text = r#"{"format":1,"rules":1,"later":{"deep":[[{"x":[1.5e300,-0.0,null,true]}]],"text":"\ud83d\ude00 \ud800 alone \u0000"},
        "progress":{"tr\u0061ck":"leader","answers":{"gate.solv\u0061ble":"y\u0065s","gate\u002edata":"unsure","org.size":"large"},
        "step":3,"finished":false,"note":"caf\u00e9 \ud83d\ude00"}}"#;
    assert_eq!(read_as_before(text), Ok(leader_half_done()));
}

#[test]
fn a_save_without_a_track_is_the_leader_track_it_was_then() {
    let text = r#"{"format":1,"rules":1,"progress":{"answers":{"gate.solvable":"yes","gate.data":"unsure","org.size":"large"},"step":3,"finished":false}}"#;
    assert_eq!(read_as_before(text), Ok(leader_half_done()));
}

#[test]
fn what_this_build_writes_is_what_the_serde_build_wrote_and_reads() {
    let mut practitioner = Progress::new(Track::Practitioner);
    for question in Track::Practitioner.questions() {
        practitioner.answer(question.choices[1].id).expect("an offered choice");
        practitioner.advance();
    }
    for progress in [Progress::default(), leader_half_done(), practitioner] {
        let written = encode(&progress);
        assert_eq!(written, serde_build::encode(&progress));
        assert_eq!(serde_build::decode(&written), Ok(progress.clone()));
        assert_eq!(decode(&written), Ok(progress));
    }
    assert_eq!(
        encode(&leader_half_done()),
        r#"{"format":1,"rules":1,"progress":{"track":"leader","answers":{"gate.data":"unsure","gate.solvable":"yes","org.size":"large"},"step":3,"finished":false}}"#
    );
}

#[test]
fn numbers_are_read_only_as_the_whole_numbers_they_always_were() {
    let with = |step: &str| {
        format!(
            r#"{{"format":1,"rules":1,"progress":{{"answers":{{"gate.solvable":"yes"}},"step":{step},"finished":false}}}}"#
        )
    };
    assert_eq!(read_as_before(&with("0")).map(|p| p.step), Ok(0));
    assert_eq!(read_as_before(&with("2")).map(|p| p.step), Ok(2));
    for refused in ["1.0", "1e0", "1E+0", "-0", "-1", "01", "+1", "1x", "18446744073709551616", "\"1\"", "null"] {
        assert!(matches!(read_as_before(&with(refused)), Err(SavedError::Unreadable(_))), "step {refused}");
    }
    for rules in ["1.0", "4294967296", "-1"] {
        let text = format!(r#"{{"format":1,"rules":{rules},"progress":{{}}}}"#);
        assert!(matches!(read_as_before(&text), Err(SavedError::Unreadable(_))), "rules {rules}");
    }
}

#[test]
fn the_other_shapes_serde_json_read_are_still_read() {
    let track_as_map = r#"{"format":1,"rules":1,"progress":{"track": { "leader" : null },"answers":{"gate.solvable":"yes","gate.data":"unsure","org.size":"large"},"step":3,"finished":false}}"#;
    assert_eq!(read_as_before(track_as_map), Ok(leader_half_done()));
    let fields_in_order = r#"{"format":1,"rules":1,"progress":["leader",{"gate.solvable":"yes","gate.data":"unsure","org.size":"large"},3,false]}"#;
    assert_eq!(read_as_before(fields_in_order), Ok(leader_half_done()));
    assert_eq!(read_as_before("[2,1]"), Err(SavedError::Newer { format: 2, rules: 1 }), "a stamp in an array");
}

#[test]
fn a_newer_save_stays_newer_whatever_its_progress_holds() {
    let text = r#"{"progress":[{"a new layout":[1e999,"\ud800"]}],"format":2,"rules":1,"extra":{}}"#;
    assert_eq!(read_as_before(text), Err(SavedError::Newer { format: 2, rules: 1 }));
    let rules = format!(r#"{{"format":1,"rules":{},"progress":"anything"}}"#, RULES_VERSION + 1);
    assert_eq!(read_as_before(&rules), Err(SavedError::Newer { format: 1, rules: RULES_VERSION + 1 }));
}

#[test]
fn broken_text_is_unreadable_with_a_reason_and_never_a_panic() {
    let broken = [
        r#"{"format":1,"format":1,"rules":1,"progress":{"answers":{},"step":0,"finished":false}}"#,
        r#"{"format":1,"rules":1,"progress":{"answers":{},"step":0,"finished":false},"progress":{"answers":{},"step":0,"finished":false}}"#,
        r#"{"format":1,"rules":1,"progress":{"answers":{"gate.solvable":"\ud800"},"step":0,"finished":false}}"#,
        r#"{"format":1,"rules":1,"progress":{"answers":{"gate.solvable":"\udc00\ud800"},"step":0,"finished":false}}"#,
        "{\"format\":1,\"rules\":1,\"progress\":{\"answers\":{\"gate.solvable\":\"y\u{0}es\"},\"step\":0,\"finished\":false}}",
        r#"{"format":1,"rules":1,"progress":{"answers":{},"step":0,"finished":false,}}"#,
        r#"{"format":1,"rules":1,"progress":{"answers":{},"step":0,"finished":fals}}"#,
        r#"{"format":1,"rules":1,"progress":{"answers":{},"step":0,"finished":false}} x"#,
        r#"{"format":1,"rules":1,"extra":[1,],"progress":{"answers":{},"step":0,"finished":false}}"#,
        r#"{"format":1,"rules":1,"extra":"\x","progress":{"answers":{},"step":0,"finished":false}}"#,
        r#"{"format":1,"rules":1,"progress":{"track":{"manager":null},"answers":{},"step":0,"finished":false}}"#,
        r#"{"format":1,"rules":1,"progress":{"track":{"leader":0},"answers":{},"step":0,"finished":false}}"#,
        r#"[1,1,{"answers":{},"step":0,"finished":false}]"#,
        "\u{feff}{\"format\":1,\"rules\":1,\"progress\":{\"answers\":{},\"step\":0,\"finished\":false}}",
    ];
    for text in broken {
        match decode(text) {
            Err(SavedError::Unreadable(why)) => assert!(!why.is_empty(), "{text}"),
            other => panic!("{text} gave {other:?}"),
        }
    }
    let Err(SavedError::Unreadable(why)) = decode(broken[0]) else { panic!("a repeated field is refused") };
    assert_eq!(why, "duplicate field `format` at byte 22", "the reason says what and where");
}

#[test]
fn hostile_sizes_are_read_or_refused_without_exhausting_the_stack() {
    let valid_progress = r#""progress":{"answers":{"gate.solvable":"yes","gate.data":"unsure","org.size":"large"},"step":3,"finished":false}"#;
    let deep = format!("{}{}", "[".repeat(200_000), "]".repeat(200_000));
    let with_deep_field = format!(r#"{{"format":1,"rules":1,"later":{deep},{valid_progress}}}"#);
    assert_eq!(
        read_as_before(&with_deep_field),
        Ok(Progress { rules: 1, ..leader_half_done() }),
        "skipped, at any depth"
    );
    let unclosed = format!(r#"{{"format":1,"rules":1,"later":{}"#, "{\"a\":[".repeat(100_000));
    assert!(matches!(decode(&unclosed), Err(SavedError::Unreadable(_))));
    let megabyte = "\\u00e9x".repeat(1 << 17);
    let with_long_text = format!(r#"{{"format":1,"rules":1,"later":"{megabyte}",{valid_progress}}}"#);
    assert_eq!(read_as_before(&with_long_text), Ok(Progress { rules: 1, ..leader_half_done() }));
    let long_answer = format!(
        r#"{{"format":1,"rules":1,"progress":{{"answers":{{"gate.solvable":"{megabyte}"}},"step":0,"finished":false}}}}"#
    );
    assert_eq!(read_as_before(&long_answer).map(|p| p.answers.len()), Ok(0), "an unknown choice is dropped");
    let huge = format!(r#"{{"format":1,"rules":1,"n":{}e99999999,{valid_progress}}}"#, "9".repeat(100_000));
    assert!(read_as_before(&huge).is_ok(), "a number nobody reads may be of any size");
}

/// JSON-ish text near the progress envelope: its field names, values of every kind, numbers in
/// every notation, escapes, and now and then a broken token.
fn json_like() -> impl Strategy<Value = String> {
    let key = prop_oneof![
        Just("format"),
        Just("rules"),
        Just("progress"),
        Just("track"),
        Just("answers"),
        Just("step"),
        Just("finished"),
        Just("gate.solvable"),
        Just("job.owns"),
        Just("tr\\u0061ck"),
        Just("leader"),
        Just("x"),
    ]
    .prop_map(|k| format!("\"{k}\""));
    let leaf = prop_oneof![
        Just("1"),
        Just("2"),
        Just("0"),
        Just("3"),
        Just("1.0"),
        Just("1e0"),
        Just("-0"),
        Just("-1"),
        Just("01"),
        Just("4294967296"),
        Just("1e999"),
        Just("true"),
        Just("false"),
        Just("null"),
        Just("\"leader\""),
        Just("\"practitioner\""),
        Just("\"yes\""),
        Just("\"models\""),
        Just("\"\\ud83d\\ude00\""),
        Just("\"\\ud800\""),
        Just("\"\\udc00\""),
        Just("\"\\n\\t\\/\""),
        Just("\"\\q\""),
        Just("\"é\""),
        Just("tru"),
        Just(","),
        Just("]"),
        Just("[]"),
        Just("{}"),
    ]
    .prop_map(str::to_owned);
    let space = prop_oneof![Just(""), Just(""), Just(" "), Just("\n\t"), Just("\u{a0}")];
    leaf.prop_recursive(4, 48, 6, move |inner| {
        prop_oneof![
            prop::collection::vec((key.clone(), space.clone(), inner.clone()), 0..6).prop_map(|members| {
                let members: Vec<String> = members.into_iter().map(|(k, s, v)| format!("{k}{s}:{s}{v}")).collect();
                format!("{{{}}}", members.join(","))
            }),
            prop::collection::vec(inner, 0..4).prop_map(|items| format!("[{}]", items.join(","))),
        ]
    })
}

/// A well-formed save with its fields in any order, some left out, some given twice.
fn envelope_like() -> impl Strategy<Value = String> {
    let field = prop_oneof![
        Just(r#""track":"practitioner""#.to_owned()),
        Just(r#""track":"leader""#.to_owned()),
        Just(r#""answers":{"gate.solvable":"yes","job.owns":"models","gate.solvable":"no"}"#.to_owned()),
        Just(r#""answers":{"job.owns":"models","job.owns":"bogus"}"#.to_owned()),
        (0u64..40).prop_map(|n| format!(r#""step":{n}"#)),
        any::<bool>().prop_map(|b| format!(r#""finished":{b}"#)),
        json_like().prop_map(|v| format!(r#""x":{v}"#)),
    ];
    (prop::collection::vec(field, 0..7), 0u32..4, 0u32..4, json_like()).prop_map(|(fields, format, rules, extra)| {
        format!(r#"{{"format":{format},"extra":{extra},"rules":{rules},"progress":{{{}}}}}"#, fields.join(","))
    })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(3000))]

    #[test]
    fn any_text_reads_here_as_the_serde_build_read_it(text in prop_oneof![json_like(), envelope_like()]) {
        reads_as_before(&text);
    }

    #[test]
    fn any_cut_or_changed_save_reads_here_as_the_serde_build_read_it(
        text in envelope_like(),
        at in any::<prop::sample::Index>(),
        with in prop::sample::select(vec!["", "\"", "\\", "{", "}", "[", ",", ":", "0", "-", ".", "e", " ", "\u{0}", "é"]),
    ) {
        let mut cut = text.clone();
        let at = at.index(text.len() + 1);
        if cut.is_char_boundary(at) {
            cut.insert_str(at, with);
            reads_as_before(&cut);
            cut.truncate(at);
            reads_as_before(&cut);
        }
    }
}
