//! The question table of the practitioner track: the team the user is considering and the user
//! themselves (seed 004 and the job-seeker part of seed 001).
//!
//! To maintain: the rules of the leader table hold here too (IDs are saved, never rename or
//! reuse one; every question needs `q.<id>`, `q.<id>.help` and `q.<id>.<option>` in the text
//! catalog), and IDs must not clash with the leader table's: practitioner IDs start with `job.`
//! (the team) or `me.` (the user). `team_leans` gives the points an option adds to each team
//! type, in the order of `TeamType::ALL` (applied, infra, research). Only questions about the
//! team lean; the job title deliberately leans nowhere, because titles say little (`T-TITLES`).

use crate::engine::question::{Choice, Question, Section, TeamLeans};

const fn t(id: &'static str, team_leans: TeamLeans) -> Choice {
    Choice { id, leans: [0; 5], team_leans }
}

const NONE: TeamLeans = [0; 3];

/// The practitioner track, in the order it is asked.
pub const PRACTITIONER_QUESTIONS: &[Question] = &[
    Question {
        id: "job.title",
        section: Section::Prospect,
        choices: &[
            t("ml_engineer", NONE),
            t("data_scientist", NONE),
            t("research_scientist", NONE),
            t("data_analyst", NONE),
            t("other", NONE),
        ],
        knowledge: &["T-TITLES"],
    },
    Question {
        id: "job.owns",
        section: Section::Prospect,
        choices: &[
            t("services", [0, 4, 0]),
            t("models", [4, 0, 0]),
            t("research_area", [0, 0, 4]),
            // The article's example of a team owning nothing is an applied team that advises.
            t("advises", [2, 0, 0]),
            t("unsure", NONE),
        ],
        knowledge: &["T-OWNERSHIP", "T-INFRA", "T-APPLIED", "T-RESEARCH"],
    },
    Question {
        id: "job.customers",
        section: Section::Prospect,
        choices: &[
            t("ml_teams", [0, 3, 0]),
            t("app_users", [3, 0, 0]),
            t("researchers", [0, 0, 3]),
            // The article's example of owning something without customers is an infra service.
            t("few", [0, 1, 0]),
            t("unsure", NONE),
        ],
        knowledge: &["T-OWNERSHIP", "T-INFRA", "T-APPLIED", "T-RESEARCH"],
    },
    Question {
        id: "job.work",
        section: Section::Prospect,
        choices: &[
            t("systems", [0, 3, 0]),
            t("experiments", [3, 0, 0]),
            t("new_methods", [0, 0, 3]),
            t("unsure", NONE),
        ],
        knowledge: &["T-INFRA", "T-APPLIED", "T-RESEARCH"],
    },
    Question {
        id: "job.production",
        section: Section::Prospect,
        choices: &[
            t("builders_deploy", [2, 0, 0]),
            t("handoff", [1, 0, 0]),
            t("serves_others", [0, 2, 0]),
            t("rarely", [0, 0, 2]),
            t("unsure", NONE),
        ],
        knowledge: &["T-PIN-FACTORY", "T-APPLIED", "T-INFRA", "T-RESEARCH"],
    },
    Question {
        id: "me.stack",
        section: Section::Yourself,
        choices: &[t("same", NONE), t("some_new", NONE), t("much_new", NONE), t("all_new", NONE), t("unsure", NONE)],
        knowledge: &["T-SKILL-GAP"],
    },
    Question {
        id: "me.background",
        section: Section::Yourself,
        choices: &[
            t("software", NONE),
            t("academic", NONE),
            t("data", NONE),
            t("ml_industry", NONE),
            t("student", NONE),
        ],
        knowledge: &["T-INFRA", "T-APPLIED", "T-RESEARCH", "J-STAND-OUT", "J-PREPARE"],
    },
    Question {
        id: "me.learn",
        section: Section::Yourself,
        choices: &[t("systems", NONE), t("impact", NONE), t("research", NONE), t("depth", NONE), t("unsure", NONE)],
        knowledge: &["T-PREFERENCES", "T-SKILL-GAP"],
    },
];
