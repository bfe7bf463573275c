//! Simplified Chinese texts of the rule revisions (issue 11), key for key with `en_rules.rs`.

/// The rule revisions' part of the Chinese catalog.
pub const RULES: &[(&str, &str)] = &[
    ("why.judgement", "这是本应用自己的判断，并非原文的说法；它依据的是"),
    ("arch.tie_rule", "这是本应用自己的规则，并非出自原文：两种组织类型得分相同时，选择较不成熟的那一种，因为按它起步，日后要长大比要推倒重来代价小得多。"),
    ("type.tie_rule", "这是本应用自己的规则，并非出自原文：当你的回答分不出团队类型时，就取工作最贴近产品的那一种（依次为应用、基础、研究），因为混合型团队通常以最终交付给用户的成果来评价。"),
];
