//! "Why?" can say what the source says and who wrote it: every fact of the knowledge contract
//! has a one-sentence summary in both locales, no summary names a fact that does not exist,
//! and every source is credited in both locales, honestly, with a clean address.

use ml_team_advisor::engine::knowledge::{fact, FACTS, SOURCES};
use ml_team_advisor::text::{has, t, Locale};

/// The names and titles a Chinese credit may carry in Latin letters; anything else in Latin
/// letters is English prose that a Chinese page should not show.
const NAMES: &[&str] = &[
    "Lukas Biewald",
    "Weights & Biases",
    "Figure Eight",
    "KDnuggets",
    "James Le",
    "Josh Tobin",
    "Full Stack Deep Learning",
    "TOPBOTS",
    "Medium",
    "Reddit",
    "Sonali Sambhus",
    "Square",
    "Lior Gavish",
    "Monte Carlo",
    "Yotam Hadass",
    "Electric.ai",
    "Samuel Flender",
    "Towards Data Science",
];

#[test]
fn every_fact_behind_a_line_can_be_explained_in_english_and_in_chinese() {
    assert_eq!(FACTS.len(), 72, "the knowledge contract was read");
    for locale in Locale::ALL {
        let missing: Vec<&str> = FACTS.iter().map(|f| f.id).filter(|id| !has(locale, &format!("fact.{id}"))).collect();
        assert!(missing.is_empty(), "{}: no summary for {missing:?}", locale.tag());
    }
}

#[test]
fn no_summary_names_a_fact_the_knowledge_map_does_not_have() {
    for locale in Locale::ALL {
        for (key, _) in locale.entries() {
            if let Some(id) = key.strip_prefix("fact.") {
                assert!(fact(id).is_some(), "{}: {key} names no fact of the knowledge map", locale.tag());
            }
        }
    }
}

/// The review's leader (a large company told to hire MLOps, citing `S-LARGE-NO-INFRA`) opens
/// "Why?" and must read that the source argues against building ML infrastructure.
#[test]
fn a_large_company_opening_why_under_its_infrastructure_advice_reads_that_biewald_warns_against_building_it() {
    assert!(t(Locale::En, "fact.S-LARGE-NO-INFRA").contains("against building their own ML infrastructure"));
    assert!(t(Locale::ZhCn, "fact.S-LARGE-NO-INFRA").contains("不要自建"));
}

#[test]
fn every_source_is_credited_in_both_locales_and_the_chinese_credit_has_no_english_prose() {
    for source in SOURCES {
        let key = format!("source.credit.{}", source.seed);
        assert!(has(Locale::En, &key) && has(Locale::ZhCn, &key), "{key} is missing");
        let chinese = NAMES.iter().fold(t(Locale::ZhCn, &key).to_owned(), |text, name| text.replace(name, ""));
        assert!(!chinese.chars().any(|c| c.is_ascii_alphabetic()), "{key} has English prose left: {chinese}");
    }
}

/// Seed 003 was written by one engineering leader at Reddit who interviewed three ML leaders;
/// they are not its co-authors, and "ML recruiting strategy" is its first lesson, not its title.
#[test]
fn the_reddit_article_credits_its_interviewees_as_interviewees_and_its_lesson_as_a_lesson() {
    let credit = t(Locale::En, "source.credit.003");
    assert!(credit.contains("interviewed") && credit.contains("Lesson 1"), "{credit}");
    assert!(!credit.contains("with Sonali"), "{credit}");
    assert!(t(Locale::ZhCn, "source.credit.003").contains("访谈"));
    assert!(t(Locale::En, "source.credit.001").starts_with("James Le's write-up of Josh Tobin's"));
}

#[test]
fn every_address_is_a_plain_https_link_without_tracking_or_redirects() {
    let with_address: Vec<&str> = SOURCES.iter().filter(|s| s.url.is_some()).map(|s| s.seed).collect();
    assert_eq!(with_address, ["000", "001", "004"], "the seeds that give (or lead to) an address");
    for url in SOURCES.iter().filter_map(|s| s.url) {
        assert!(url.starts_with("https://"), "{url}");
        assert!(!url.contains('?') && !url.contains("utm_") && !url.contains("feedproxy"), "{url}");
    }
}
