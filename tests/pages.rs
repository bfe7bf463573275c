//! Every result page, worded in both languages, is whole: every text present, no `[?]`, and a
//! Chinese page holds no English sentence and no ASCII punctuation of an English template. The
//! walk covers the answer sets of the exhaustive engine walk: every organisation shape, every
//! gate outcome with every size, every team answer, and the practitioner track's whole space.

mod common;

use std::collections::HashSet;

use ml_team_advisor::engine::knowledge::SOURCES;
use ml_team_advisor::engine::questions::{Section, QUESTIONS};
use ml_team_advisor::engine::{Answers, Archetype};
use ml_team_advisor::page::{page, page_for, Page};
use ml_team_advisor::text::{Locale, MISSING};

/// Words in Latin letters a Chinese page may show: names of people, companies, tools and
/// courses, and abbreviations the Chinese sources themselves use. Knowledge IDs and the
/// articles' titles are allowed as well (see [`latin_words`]). Nothing else.
#[rustfmt::skip]
const LATIN_IN_CHINESE: &[&str] = &[
    // Abbreviations and terms the Chinese sources themselves keep in Latin letters.
    "ML", "AI", "API", "MLOps", "DevOps", "PhD", "CEO", "ETL", "CI", "CD", "TA", "Notebook", "Markdown",
    // Variables of a formula ("given X, predict Y").
    "X", "Y",
    // Tools, products and conferences.
    "Jupyter", "TensorFlow", "PyTorch", "Docker", "Hadoop", "Kafka", "Airflow", "Kaggle", "LinkedIn", "arXiv",
    "NeurIPS", "ICLR", "ICML", "O", "Reilly", "ReWork", "World",
    // Companies, publications, reports and courses.
    "Global", "Talent", "Report",
    "Google", "Facebook", "OpenAI", "Reddit", "Square", "Monte", "Carlo", "Electric", "ai", "Element", "Weights",
    "Biases", "Figure", "Eight", "TOPBOTS", "KDnuggets", "Medium", "Towards", "Data", "Science", "Full", "Stack",
    "Deep", "Learning", "FSDL",
    // People.
    "Lukas", "Biewald", "James", "Le", "Josh", "Tobin", "Samuel", "Flender", "Sonali", "Sambhus", "Lior", "Gavish",
    "Yotam", "Hadass", "Chip", "Huyen",
    // Methods, models and products the text names.
    "BERT", "AlexNet", "Adam", "App", "B", "A", "MOOC",
    // English terms glossed once beside their Chinese rendering.
    "infra", "pin", "factory", "take", "home", "industrial", "fellowship",
];

/// The text without the articles' titles and the books named in 《》, which keep their own
/// language and punctuation.
fn without_titles(text: &str) -> String {
    let mut text = SOURCES.iter().fold(text.to_owned(), |text, source| text.replace(source.title, " "));
    while let Some(open) = text.find('《') {
        let Some(close) = text[open..].find('》') else { break };
        text.replace_range(open..open + close + '》'.len_utf8(), " ");
    }
    text
}

/// The runs of Latin letters in a text, once knowledge IDs and article titles are taken out.
fn latin_words(text: &str) -> Vec<String> {
    without_titles(text)
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '-'))
        .filter(|token| !is_knowledge_id(token))
        .flat_map(|token| token.split('-'))
        .filter(|word| word.chars().any(|c| c.is_ascii_alphabetic()))
        .map(str::to_owned)
        .collect()
}

/// `S-LARGE-NO-INFRA`, `R-MLE`: capitals and digits joined by hyphens, at least two parts.
fn is_knowledge_id(token: &str) -> bool {
    let parts: Vec<&str> = token.split('-').collect();
    parts.len() >= 2
        && parts.iter().all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
}

/// English sentence punctuation: what a template written for English leaves in Chinese.
fn english_punctuation(text: &str) -> Option<&'static str> {
    [", ", "; ", ": ", "? ", "! ", ". ", " (", ")"].into_iter().find(|p| text.contains(p)).or_else(|| {
        let trimmed = text.trim_end();
        (trimmed.ends_with('.') && !trimmed.ends_with("...")).then_some("a full stop")
    })
}

/// Renders pages and checks their texts; a text already checked is not checked again (most
/// texts repeat from page to page), so the walk stays quick.
#[derive(Default)]
struct Check {
    pages: usize,
    seen: [HashSet<String>; 2],
}

impl Check {
    fn page(&mut self, answers: &Answers) {
        for locale in Locale::ALL {
            self.texts(&page(answers, locale), locale, answers);
        }
    }

    fn texts(&mut self, page: &Page, locale: Locale, answers: &Answers) {
        self.pages += 1;
        let seen = &mut self.seen[locale as usize];
        for text in page.texts() {
            if seen.contains(text) {
                continue;
            }
            assert!(!text.trim().is_empty(), "{}: an empty text on the page of {answers:?}", locale.tag());
            assert!(!text.contains(MISSING), "{}: missing text on the page of {answers:?}: {text}", locale.tag());
            assert!(!text.contains('{'), "{}: an unfilled placeholder: {text}", locale.tag());
            if locale == Locale::ZhCn {
                chinese(text);
            }
            seen.insert(text.to_owned());
        }
        assert!(!page.sources().is_empty(), "the page credits its sources");
    }
}

fn chinese(text: &str) {
    for word in latin_words(text) {
        assert!(LATIN_IN_CHINESE.contains(&word.as_str()), "English word {word:?} in a Chinese page: {text}");
    }
    if let Some(mark) = english_punctuation(&without_titles(text)) {
        panic!("English punctuation {mark:?} in a Chinese page: {text}");
    }
}

/// Every organisation shape with a passing gate, in two halves (alternate shapes) that the
/// test runner takes on two threads.
fn organisation_shapes(half: usize) -> usize {
    let mut check = Check::default();
    common::walk_organisations(|number, answers| {
        if number % 2 == half {
            check.page(answers);
        }
    });
    check.pages
}

#[test]
fn every_organisation_page_is_whole_in_both_languages_first_half() {
    assert!(organisation_shapes(0) > 100_000);
}

#[test]
fn every_organisation_page_is_whole_in_both_languages_second_half() {
    assert!(organisation_shapes(1) > 100_000);
}

#[test]
fn every_gate_outcome_and_team_answer_gives_a_whole_page_in_both_languages() {
    let gate: Vec<_> = QUESTIONS.iter().filter(|q| q.section == Section::Gate).collect();
    let team: Vec<_> = QUESTIONS.iter().filter(|q| q.section == Section::Team).collect();
    let mut check = Check::default();
    let sizes: Vec<usize> = gate.iter().map(|q| q.choices.len()).collect();
    let mut combo = vec![0usize; gate.len()];
    loop {
        for size in ["early", "growing", "large"] {
            for shape in [("ml.today", "none"), ("ml.today", "research"), ("ml.today", "everywhere")] {
                let mut answers = Answers::from_pairs([("org.size", size), shape]).unwrap();
                for (q, &i) in gate.iter().zip(&combo) {
                    answers.set(q.id, q.choices[i].id).unwrap();
                }
                check.page(&answers);
            }
        }
        if !common::next_combo(&mut combo, &sizes) {
            break;
        }
    }
    for size in ["early", "growing", "large"] {
        for q in &team {
            for c in q.choices {
                check.page(&Answers::from_pairs([("org.size", size), (q.id, c.id)]).unwrap());
            }
        }
    }
    check.page(&Answers::default());
    assert!(check.pages > 1_000, "{}", check.pages);
}

/// The plan towards every target, for a spread of organisation shapes (the default plan of the
/// walk above is mostly today's, which is empty).
#[test]
fn every_target_plan_is_whole_in_both_languages() {
    let mut check = Check::default();
    common::walk_organisations(|number, answers| {
        if number % 211 == 0 {
            for target in Archetype::ALL {
                for locale in Locale::ALL {
                    check.texts(&page_for(answers, locale, Some(target)), locale, answers);
                }
            }
        }
    });
    assert!(check.pages > 1_000, "{}", check.pages);
}

#[test]
fn every_practitioner_page_is_whole_in_both_languages() {
    let mut check = Check::default();
    common::walk_practitioner(|answers| check.page(answers));
    assert!(check.pages > 100_000, "{}", check.pages);
}

#[test]
fn the_checks_catch_english_left_in_a_chinese_page() {
    assert_eq!(latin_words("见 S-LARGE-NO-INFRA 与 R-MLE"), Vec::<String>::new());
    assert_eq!(latin_words("使用 TensorFlow 和 Docker"), ["TensorFlow", "Docker"]);
    assert!(latin_words("这是 the best way").iter().any(|w| !LATIN_IN_CHINESE.contains(&w.as_str())));
    assert_eq!(english_punctuation("机器学习工程师 — 3 分 (最适合)"), Some(" ("));
    assert_eq!(english_punctuation("数据, 模型"), Some(", "));
    assert_eq!(english_punctuation("机器学习工程师 — 3 分（最适合）"), None);
    assert_eq!(latin_words("它提到《Cracking the Coding Interview》"), Vec::<String>::new());
}

#[test]
fn a_page_is_the_track_of_its_answers() {
    let leader = Answers::from_pairs([("org.size", "early")]).unwrap();
    assert!(matches!(page(&leader, Locale::En), Page::Leader(_)));
}

#[test]
fn a_team_view_with_every_role_tag_is_whole_in_chinese() {
    use ml_team_advisor::engine::team::{Function, Respondent};
    // Six colleagues, one of each role, who disagree on the gate, the organisation and the team.
    let sets: [&[(&str, &str)]; 6] = [
        &[("gate.data", "yes"), ("ml.today", "product_teams"), ("team.engineers", "keen")],
        &[("gate.data", "no"), ("ml.today", "none"), ("team.engineers", "few")],
        &[("gate.data", "unsure"), ("ml.today", "research"), ("org.size", "large")],
        &[("gate.motive", "investors"), ("ml.today", "everywhere"), ("team.first_hire", "researcher")],
        &[("gate.data", "yes"), ("ml.data", "none")],
        &[("gate.solvable", "no")],
    ];
    let respondents: Vec<Respondent> = sets
        .iter()
        .zip(Function::ALL)
        .map(|(pairs, function)| Respondent {
            answers: Answers::from_pairs(pairs.iter().copied()).unwrap(),
            rules: 1,
            function: Some(function),
        })
        .collect();
    let team = ml_team_advisor::page::team::page(&respondents, Locale::ZhCn).unwrap();
    for text in team.texts().into_iter().filter(|t| !t.is_empty()) {
        assert!(!text.contains(MISSING), "{text}");
        chinese(text);
    }
}
