//! Shared by the native test files: the check every advice line must pass, and the walks over
//! the leader track's organisation shapes and the practitioner track's answer space.
// Each test file uses some of these helpers, not all of them.
#![allow(dead_code)]

pub mod leaders;

use std::collections::HashSet;
use std::sync::OnceLock;

use ml_team_advisor::engine::knowledge::FACTS;
use ml_team_advisor::engine::questions::{Section, QUESTIONS};
use ml_team_advisor::engine::{Advice, Answers, Track};
use ml_team_advisor::text::{has, Locale};

/// The keys worded in every locale, gathered once: the walks look up millions of lines.
fn catalog() -> &'static HashSet<&'static str> {
    static KEYS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    KEYS.get_or_init(|| {
        Locale::En.entries().map(|(key, _)| *key).filter(|key| Locale::ALL.iter().all(|&l| has(l, key))).collect()
    })
}

/// The knowledge IDs, gathered once for the same reason.
fn facts() -> &'static HashSet<&'static str> {
    static IDS: OnceLock<HashSet<&'static str>> = OnceLock::new();
    IDS.get_or_init(|| FACTS.iter().map(|f| f.id).collect())
}

/// Checks advice lines: worded in the catalog of every locale, sourced by valid knowledge IDs, and triggered
/// only by answers that were given. Adds the knowledge they cite to `reached`.
pub fn check_lines(lines: &[&Advice], answers: &Answers, reached: &mut HashSet<&'static str>) {
    for advice in lines {
        reached.extend(advice.knowledge.iter().copied());
        if let Some(problem) = problem(advice, answers) {
            panic!("{problem}");
        }
    }
}

/// What is wrong with one advice line, if anything: no text, no basis (a source's statement
/// rests on facts; the app's own judgement names the facts it builds on), an unknown fact, or
/// an answer cited that was not given.
pub fn problem(advice: &Advice, answers: &Answers) -> Option<String> {
    if !catalog().contains(advice.key) {
        return Some(format!("no text for {}", advice.key));
    }
    if advice.knowledge.is_empty() {
        let what = if advice.judgement { "a judgement that builds on nothing" } else { "rests on nothing" };
        return Some(format!("{} is {what}", advice.key));
    }
    if let Some(k) = advice.knowledge.iter().find(|k| !facts().contains(*k)) {
        return Some(format!("{} cites unknown {k}", advice.key));
    }
    if advice.because.iter().any(|b| answers.get(b.question) != Some(b.choice)) {
        return Some(format!("{} cites an answer not given", advice.key));
    }
    None
}

/// Steps an odometer of option indices, `sizes[i]` options at position `i`; returns false once
/// every combination has been seen (the odometer is back at all zeros).
pub fn next_combo(combo: &mut [usize], sizes: &[usize]) -> bool {
    for (digit, &size) in combo.iter_mut().zip(sizes) {
        *digit += 1;
        if *digit < size {
            return true;
        }
        *digit = 0;
    }
    false
}

/// Calls `each` with every combination of the organisation questions' options, the gate
/// passing, and the combination's number in the walk (for splitting it between threads).
pub fn walk_organisations(mut each: impl FnMut(usize, &Answers)) {
    let org: Vec<_> = QUESTIONS.iter().filter(|q| q.section == Section::Organisation).collect();
    let sizes: Vec<usize> = org.iter().map(|q| q.choices.len()).collect();
    let mut combo = vec![0usize; org.len()];
    for number in 0.. {
        let mut answers = Answers::from_pairs([
            ("gate.solvable", "yes"),
            ("gate.data", "yes"),
            ("gate.crucial", "yes"),
            ("gate.motive", "problem"),
        ])
        .expect("options come from the table");
        for (q, &i) in org.iter().zip(&combo) {
            answers.set(q.id, q.choices[i].id).expect("options come from the table");
        }
        each(number, &answers);
        if !next_combo(&mut combo, &sizes) {
            return;
        }
    }
}

/// Calls `each` with every combination of the practitioner track's options (the job title
/// fixed, since it only feeds one line), then with every title, then with each question left
/// unanswered in an otherwise complete set, then with no answers at all.
pub fn walk_practitioner(mut each: impl FnMut(&Answers)) {
    let questions = Track::Practitioner.questions();
    let mut combo = vec![0usize; questions.len()];
    let build = |combo: &[usize], skip: Option<usize>| {
        let pairs = questions
            .iter()
            .zip(combo)
            .enumerate()
            .filter(|(i, _)| Some(*i) != skip)
            .map(|(_, (q, &c))| (q.id, q.choices[c].id));
        Answers::for_track(Track::Practitioner, pairs).expect("options come from the table")
    };
    let title = questions.iter().position(|q| q.id == "job.title").expect("the title is asked");
    // The title holds still at its first option: a size of one never turns.
    let sizes: Vec<usize> =
        questions.iter().enumerate().map(|(i, q)| if i == title { 1 } else { q.choices.len() }).collect();
    loop {
        each(&build(&combo, None));
        if !next_combo(&mut combo, &sizes) {
            break;
        }
    }
    for c in 0..questions[title].choices.len() {
        combo[title] = c;
        each(&build(&combo, None));
    }
    for skip in 0..questions.len() {
        each(&build(&combo, Some(skip)));
    }
    each(&Answers::new(Track::Practitioner));
}
