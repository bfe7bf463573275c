//! English texts of the rule revisions (issue 11): the app's own judgements marked as such,
//! the plan before hiring, the counterfactual's stable case and lines kept to their company
//! size. Facts come from the seeds; the wording is ours.

/// The rule revisions' part of the English catalog.
pub const RULES: &[(&str, &str)] = &[
    ("why.judgement", "The app's own judgement, not a statement of the sources; it builds on"),
    ("arch.tie_rule", "This is the app's own rule, not a source's: when two kinds of organisation score the same, it picks the less mature one, because that advice is cheaper to grow out of than the other is to undo."),
    ("type.tie_rule", "This is the app's own rule, not the article's: when your answers do not separate the kinds of team, it takes the one whose work lies closest to the product (applied, then infra, then research), since a mixed team is usually judged by what reaches users."),
];
