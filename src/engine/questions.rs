//! The question table of the leader track: stable question and option IDs, what each option
//! says about the organisation, and the knowledge IDs each question rests on. The types live in
//! `question.rs`, shared with the practitioner track's table (`practitioner/questions.rs`).
//!
//! To maintain: IDs are stored in saved answers and share links, so never rename or reuse one;
//! add a new option or question instead, and bump `RULES_VERSION` in `answers.rs` when the
//! meaning of an existing answer changes. Every question needs `q.<id>` and `q.<id>.help` in the
//! text catalog and every option `q.<id>.<option>`. `leans` gives the points an option adds to
//! each archetype, in the order of `Archetype::ALL` (nascent, R&D, product-embedded, independent
//! division, ML-first); the gate questions lean nowhere.

pub use super::question::{Choice, Leans, Question, Section, TeamLeans};

const NONE: Leans = [0; 5];

const fn c(id: &'static str, leans: Leans) -> Choice {
    Choice { id, leans, team_leans: [0; 3] }
}

const YES_NO_UNSURE: &[Choice] = &[c("yes", NONE), c("no", NONE), c("unsure", NONE)];

/// The leader track, in the order it is asked.
pub const QUESTIONS: &[Question] = &[
    Question { id: "gate.solvable", section: Section::Gate, choices: YES_NO_UNSURE, knowledge: &["G-SOLVABLE"] },
    Question { id: "gate.data", section: Section::Gate, choices: YES_NO_UNSURE, knowledge: &["G-DATA"] },
    Question { id: "gate.crucial", section: Section::Gate, choices: YES_NO_UNSURE, knowledge: &["G-CRUCIAL"] },
    Question {
        id: "gate.motive",
        section: Section::Gate,
        choices: &[c("problem", NONE), c("explore", NONE), c("investors", NONE), c("unsure", NONE)],
        knowledge: &["G-CHECKBOX", "G-ALL-YES"],
    },
    Question {
        id: "org.size",
        section: Section::Organisation,
        choices: &[c("early", [1, 0, 0, 0, 0]), c("growing", [1, 0, 0, 0, 0]), c("large", [0, 1, 0, 1, 1])],
        knowledge: &["S-SMALL-E2E", "S-MED-ORG", "S-LARGE-TRAIN", "A-NASCENT", "A-DIVISION"],
    },
    Question {
        id: "org.industry",
        section: Section::Organisation,
        choices: &[
            c("ml_product", [0, 0, 0, 0, 3]),
            c("software", [0, 0, 2, 0, 1]),
            c("finance", [0, 0, 2, 1, 0]),
            c("industrial", [0, 3, 0, 0, 0]),
            c("traditional", [3, 0, 0, 0, 0]),
            c("other", NONE),
        ],
        knowledge: &["A-NASCENT", "A-RND", "A-EMBEDDED", "A-DIVISION", "A-FIRST"],
    },
    Question {
        id: "ml.today",
        section: Section::Organisation,
        choices: &[
            c("none", [4, 0, 0, 0, 0]),
            c("adhoc", [3, 0, 0, 0, 0]),
            c("research", [0, 4, 0, 0, 0]),
            c("product_teams", [0, 0, 4, 0, 1]),
            c("central", [0, 1, 0, 4, 0]),
            c("everywhere", [0, 0, 1, 1, 4]),
        ],
        knowledge: &["A-NASCENT", "A-RND", "A-EMBEDDED", "A-DIVISION", "A-FIRST"],
    },
    Question {
        id: "ml.reports_to",
        section: Section::Organisation,
        choices: &[
            c("nobody", [3, 0, 0, 0, 0]),
            c("rnd", [0, 3, 0, 0, 0]),
            c("eng_lead", [0, 0, 3, 0, 0]),
            c("ml_leader", [0, 0, 0, 3, 1]),
            c("both", [0, 0, 1, 1, 3]),
        ],
        knowledge: &["A-RND", "A-EMBEDDED", "A-DIVISION", "A-FIRST"],
    },
    Question {
        id: "ml.leadership",
        section: Section::Organisation,
        choices: &[
            c("core", [0, 0, 0, 1, 3]),
            c("division", [0, 0, 0, 3, 0]),
            c("team_budgets", [0, 0, 3, 0, 0]),
            c("small_bets", [1, 2, 0, 0, 0]),
            c("none", [3, 0, 0, 0, 0]),
            c("unsure", NONE),
        ],
        knowledge: &["A-FIRST", "A-DIVISION", "A-RND", "M-WHY-HARD"],
    },
    Question {
        id: "ml.data",
        section: Section::Organisation,
        choices: &[
            c("easy", [0, 0, 0, 0, 3]),
            c("governed", [0, 0, 0, 3, 0]),
            c("lagging", [0, 0, 3, 0, 0]),
            c("hard", [1, 3, 0, 0, 0]),
            c("none", [3, 0, 0, 0, 0]),
            c("unsure", NONE),
        ],
        knowledge: &["D-AXES", "D-RND", "D-EMBEDDED", "D-DIVISION", "D-FIRST"],
    },
    Question {
        id: "ml.production",
        section: Section::Organisation,
        choices: &[
            c("nothing", [3, 0, 0, 0, 0]),
            c("rarely", [1, 3, 0, 0, 0]),
            c("builders_own", [0, 0, 3, 0, 0]),
            c("handed_maintained", [0, 0, 0, 3, 0]),
            c("handed_over", [0, 0, 0, 0, 3]),
            c("unsure", NONE),
        ],
        knowledge: &["D-AXES", "D-RND", "D-EMBEDDED", "D-DIVISION", "D-FIRST"],
    },
    Question {
        id: "ml.emphasis",
        section: Section::Organisation,
        choices: &[
            c("research", [0, 3, 0, 0, 0]),
            c("engineering", [0, 0, 3, 0, 0]),
            c("mixed", [0, 0, 0, 3, 0]),
            c("varies", [0, 0, 0, 0, 3]),
            c("unsure", NONE),
        ],
        knowledge: &["D-AXES", "D-RND", "D-EMBEDDED", "D-DIVISION", "D-FIRST"],
    },
    Question {
        id: "ml.handoff",
        section: Section::Team,
        choices: &[c("builders", NONE), c("rebuilt", NONE), c("not_yet", NONE)],
        knowledge: &["T-PIN-FACTORY", "M-TOGETHER"],
    },
    Question {
        id: "ml.stack",
        section: Section::Team,
        choices: &[c("open_source", NONE), c("custom_platform", NONE), c("custom_models", NONE), c("not_yet", NONE)],
        knowledge: &["S-LARGE-STANDARD", "S-LARGE-NO-INFRA"],
    },
    Question {
        id: "team.engineers",
        section: Section::Team,
        choices: &[c("keen", NONE), c("few", NONE), c("none", NONE), c("unsure", NONE)],
        knowledge: &["R-HIRE-OR-TRAIN", "S-LARGE-TRAIN", "H-MLE-SOURCE"],
    },
    Question {
        id: "team.first_hire",
        section: Section::Team,
        choices: &[c("researcher", NONE), c("engineer", NONE), c("data_scientist", NONE), c("undecided", NONE)],
        knowledge: &["S-SMALL-AVOID", "R-OVERLAP", "H-SPECIFIC"],
    },
];
