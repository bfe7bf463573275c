//! The two locales say the same things: every key in both, every text worded, every
//! placeholder kept, nothing left in English by mistake; and the locale is chosen from the
//! address, then the remembered choice, then the browser, strictly.

use std::collections::{BTreeSet, HashSet};

use ml_team_advisor::text::locale::with_lang;
use ml_team_advisor::text::{t, Locale};

fn keys(locale: Locale) -> BTreeSet<&'static str> {
    locale.entries().map(|(key, _)| *key).collect()
}

/// The `{name}` placeholders of a template.
fn placeholders(text: &str) -> BTreeSet<&str> {
    text.split('{').skip(1).filter_map(|rest| rest.split_once('}')).map(|(name, _)| name).collect()
}

#[test]
fn every_key_of_one_locale_exists_in_the_other() {
    let en = keys(Locale::En);
    let zh = keys(Locale::ZhCn);
    assert!(en.len() > 600, "the English catalog was read ({})", en.len());
    let only_en: Vec<_> = en.difference(&zh).collect();
    let only_zh: Vec<_> = zh.difference(&en).collect();
    assert!(only_en.is_empty(), "keys only in English: {only_en:?}");
    assert!(only_zh.is_empty(), "keys only in Chinese: {only_zh:?}");
}

#[test]
fn every_locale_has_each_key_once_and_no_empty_text() {
    for locale in Locale::ALL {
        let mut seen = HashSet::new();
        for (key, text) in locale.entries() {
            assert!(seen.insert(*key), "{}: duplicate key {key}", locale.tag());
            assert!(!text.trim().is_empty(), "{}: {key} is empty", locale.tag());
        }
    }
}

#[test]
fn every_key_has_the_same_placeholders_in_both_locales() {
    for (key, english) in Locale::En.entries() {
        let chinese = t(Locale::ZhCn, key);
        assert_eq!(placeholders(english), placeholders(chinese), "{key}: placeholders differ");
    }
}

/// A Chinese text may equal the English one only when, placeholders aside, it holds no word:
/// "{question} → {answer}" is the same in both languages, a sentence is not.
#[test]
fn no_english_sentence_was_left_untranslated_in_the_chinese_catalog() {
    for (key, english) in Locale::En.entries() {
        let chinese = t(Locale::ZhCn, key);
        let words = placeholders(chinese)
            .iter()
            .fold(chinese.to_owned(), |text, name| text.replace(&format!("{{{name}}}"), ""));
        let has_cjk = words.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c));
        let has_letters = words.chars().any(|c| c.is_ascii_alphabetic());
        assert!(has_cjk || !has_letters || key.starts_with("locale.switch"), "{key} is not in Chinese: {chinese}");
        if chinese == *english {
            assert!(!has_letters, "{key} is still the English text");
        }
    }
}

#[test]
fn the_chinese_catalog_uses_the_seeds_terms_for_roles_archetypes_and_team_types() {
    for (key, term) in [
        ("role.name.R-PM", "机器学习产品经理"),
        ("role.name.R-DE", "数据工程师"),
        ("role.name.R-MLE", "机器学习工程师"),
        ("role.name.R-RES", "机器学习研究员"),
        ("role.name.R-DS", "数据科学家"),
        ("arch.name.A-RND", "研发型机器学习"),
        ("arch.name.A-EMBEDDED", "产品中嵌入机器学习"),
        ("arch.name.A-DIVISION", "独立机器学习部门"),
        ("arch.name.A-FIRST", "机器学习优先"),
        ("design.axis.data", "数据所有权"),
        ("design.axis.models", "模型所有权"),
        ("type.name.T-APPLIED", "应用 ML 团队"),
        ("result.gap.heading", "技能差距"),
        ("flag.name.T-PIN-FACTORY", "大头针工厂"),
        ("result.flags.heading", "危险信号"),
    ] {
        assert!(t(Locale::ZhCn, key).contains(term), "{key} says {term}");
    }
}

#[test]
fn a_locale_is_known_only_by_its_exact_tag() {
    for locale in Locale::ALL {
        assert_eq!(Locale::from_tag(locale.tag()), Some(locale));
        assert_eq!(locale.other().other(), locale);
        assert_ne!(locale.other(), locale);
    }
    for hostile in ["", "zh", "zh-cn", "ZH-CN", "en-US", " en", "zh-CN ", "fr", "zh-CN\u{0}", "<script>"] {
        assert_eq!(Locale::from_tag(hostile), None, "{hostile:?} is refused");
    }
}

// Which language a visit starts in (the address, then the remembered choice, then the
// browser) is chosen by the loader alone: tests/e2e/locale.test.mjs checks it in the browser.

#[test]
fn switching_rewrites_only_the_lang_parameter_of_an_address_that_has_one() {
    assert_eq!(with_lang("?lang=zh-CN", Locale::En), "?lang=en");
    assert_eq!(with_lang("?embed=1&lang=en&x=y", Locale::ZhCn), "?embed=1&lang=zh-CN&x=y");
    assert_eq!(with_lang("?embed=1", Locale::ZhCn), "?embed=1", "no parameter is added");
    assert_eq!(with_lang("", Locale::ZhCn), "");
    assert_eq!(with_lang("?lang=bogus", Locale::ZhCn), "?lang=zh-CN", "an unknown tag is replaced too");
}

#[test]
fn a_template_is_filled_once_and_what_the_user_typed_stays_as_typed() {
    use ml_team_advisor::text::fill;
    assert_eq!(fill("Question {n} of {total}", &[("n", "3"), ("total", "17")]), "Question 3 of 17");
    assert_eq!(fill("第 {n} 题，共 {total} 题 {n}", &[("total", "17"), ("n", "3")]), "第 3 题，共 17 题 3");
    assert_eq!(fill("{{name}} {other} {", &[("name", "Bank")]), "{Bank} {other} {");
    assert_eq!(
        fill("Kept “{name}” with {count} others", &[("name", "{count} é"), ("count", "2")]),
        "Kept “{count} é” with 2 others",
        "a name that looks like a placeholder is not filled in again"
    );
}
