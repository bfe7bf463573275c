//! The share-link layout of rules 1, frozen. A link stores one option index per question, so
//! it only means something against the question table it was made with; these are the tables
//! of rules 1 exactly as they were, kept as plain data so that a later change to the live
//! tables (a new option, a new question, a new order) never changes what a rules-1 link says.
//!
//! To maintain: never edit these tables. When the live tables change the order or number of
//! questions or options, bump `RULES_VERSION`, freeze the outgoing layout beside this one, and
//! let `Layout::of` in `link.rs` pick it by version.

/// Questions in the order a link lists them, each with its options in index order.
pub type Layout = &'static [(&'static str, &'static [&'static str])];

/// The leader track's questions and options as rules 1 asked them.
pub const LEADER: Layout = &[
    ("gate.solvable", &["yes", "no", "unsure"]),
    ("gate.data", &["yes", "no", "unsure"]),
    ("gate.crucial", &["yes", "no", "unsure"]),
    ("gate.motive", &["problem", "explore", "investors", "unsure"]),
    ("org.size", &["early", "growing", "large"]),
    ("org.industry", &["ml_product", "software", "finance", "industrial", "traditional", "other"]),
    ("ml.today", &["none", "adhoc", "research", "product_teams", "central", "everywhere"]),
    ("ml.reports_to", &["nobody", "rnd", "eng_lead", "ml_leader", "both"]),
    ("ml.leadership", &["core", "division", "team_budgets", "small_bets", "none", "unsure"]),
    ("ml.data", &["easy", "governed", "lagging", "hard", "none", "unsure"]),
    ("ml.production", &["nothing", "rarely", "builders_own", "handed_maintained", "handed_over", "unsure"]),
    ("ml.emphasis", &["research", "engineering", "mixed", "varies", "unsure"]),
    ("ml.handoff", &["builders", "rebuilt", "not_yet"]),
    ("ml.stack", &["open_source", "custom_platform", "custom_models", "not_yet"]),
    ("team.engineers", &["keen", "few", "none", "unsure"]),
    ("team.first_hire", &["researcher", "engineer", "data_scientist", "undecided"]),
];

/// The practitioner track's questions and options as rules 1 asked them.
pub const PRACTITIONER: Layout = &[
    ("job.title", &["ml_engineer", "data_scientist", "research_scientist", "data_analyst", "other"]),
    ("job.owns", &["services", "models", "research_area", "advises", "unsure"]),
    ("job.customers", &["ml_teams", "app_users", "researchers", "few", "unsure"]),
    ("job.work", &["systems", "experiments", "new_methods", "unsure"]),
    ("job.production", &["builders_deploy", "handoff", "serves_others", "rarely", "unsure"]),
    ("me.stack", &["same", "some_new", "much_new", "all_new", "unsure"]),
    ("me.background", &["software", "academic", "data", "ml_industry", "student"]),
    ("me.learn", &["systems", "impact", "research", "depth", "unsure"]),
];
