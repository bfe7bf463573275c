//! The five leader personas, drawn from the seeds: the organisation answers each gives after a
//! passing gate.

/// A 15-person logistics startup with no ML (seeds 000 and 001, nascent).
pub const LOGISTICS_STARTUP: &[(&str, &str)] = &[
    ("org.size", "early"),
    ("org.industry", "traditional"),
    ("ml.today", "none"),
    ("ml.reports_to", "nobody"),
    ("ml.leadership", "none"),
    ("ml.data", "none"),
    ("ml.production", "nothing"),
    ("ml.emphasis", "unsure"),
];
/// A large telecom whose ML lives in the research lab (seed 001, R&D ML).
pub const TELECOM: &[(&str, &str)] = &[
    ("org.size", "large"),
    ("org.industry", "industrial"),
    ("ml.today", "research"),
    ("ml.reports_to", "rnd"),
    ("ml.leadership", "small_bets"),
    ("ml.data", "hard"),
    ("ml.production", "rarely"),
    ("ml.emphasis", "research"),
];
/// A growing software company with ML people in product teams (seed 001, product-embedded).
pub const SOFTWARE_COMPANY: &[(&str, &str)] = &[
    ("org.size", "growing"),
    ("org.industry", "software"),
    ("ml.today", "product_teams"),
    ("ml.reports_to", "eng_lead"),
    ("ml.leadership", "team_budgets"),
    ("ml.data", "lagging"),
    ("ml.production", "builders_own"),
    ("ml.emphasis", "engineering"),
];
/// A large bank with an ML division under senior leadership (seed 001, independent division).
pub const BANK: &[(&str, &str)] = &[
    ("org.size", "large"),
    ("org.industry", "finance"),
    ("ml.today", "central"),
    ("ml.reports_to", "ml_leader"),
    ("ml.leadership", "division"),
    ("ml.data", "governed"),
    ("ml.production", "handed_maintained"),
    ("ml.emphasis", "mixed"),
];
/// An ML-focused startup whose CEO invests in ML (seed 001, ML-first).
pub const ML_STARTUP: &[(&str, &str)] = &[
    ("org.size", "early"),
    ("org.industry", "ml_product"),
    ("ml.today", "everywhere"),
    ("ml.reports_to", "both"),
    ("ml.leadership", "core"),
    ("ml.data", "easy"),
    ("ml.production", "handed_over"),
    ("ml.emphasis", "varies"),
];
