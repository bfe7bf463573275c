//! The practitioner's answers read once into typed facts about the team they are considering
//! and about themselves; every rule of the track reads these instead of question IDs.

use crate::engine::answers::Answers;
use crate::engine::facts::{answer, Answer};

answer! {
    /// The job title, which counts for nothing (T-TITLES) but is cited once.
    Title = "job.title" {
        MlEngineer = "ml_engineer", DataScientist = "data_scientist", ResearchScientist = "research_scientist",
        DataAnalyst = "data_analyst", Other = "other",
    }
}
answer! {
    /// What the team owns.
    Owns = "job.owns" { Services = "services", Models = "models", ResearchArea = "research_area", Advises = "advises", Unsure = "unsure" }
}
answer! {
    /// Who the team's customers are.
    Customers = "job.customers" { MlTeams = "ml_teams", AppUsers = "app_users", Researchers = "researchers", Few = "few", Unsure = "unsure" }
}
answer! {
    /// What the team works on day to day.
    Work = "job.work" { Systems = "systems", Experiments = "experiments", NewMethods = "new_methods", Unsure = "unsure" }
}
answer! {
    /// How the team's models reach production.
    Ships = "job.production" {
        BuildersDeploy = "builders_deploy", Handoff = "handoff", ServesOthers = "serves_others", Rarely = "rarely", Unsure = "unsure",
    }
}
answer! {
    /// How the team's methods and stack compare with the user's experience.
    Familiarity = "me.stack" { Same = "same", SomeNew = "some_new", MuchNew = "much_new", AllNew = "all_new", Unsure = "unsure" }
}
answer! {
    Background = "me.background" {
        Software = "software", Academic = "academic", Data = "data", MlIndustry = "ml_industry", Student = "student",
    }
}
answer! {
    /// What the user wants to learn next.
    Learn = "me.learn" { Systems = "systems", Impact = "impact", Research = "research", Depth = "depth", Unsure = "unsure" }
}

/// What the user told us about the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Team {
    pub title: Option<Title>,
    pub owns: Option<Owns>,
    pub customers: Option<Customers>,
    pub work: Option<Work>,
    pub ships: Option<Ships>,
}

/// What the user told us about themselves.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Person {
    pub familiarity: Option<Familiarity>,
    pub background: Option<Background>,
    pub learn: Option<Learn>,
}

/// The practitioner track's facts: the team and the person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Prospect {
    pub team: Team,
    pub me: Person,
}

impl Prospect {
    /// Reads the practitioner answers once.
    pub fn read(answers: &Answers) -> Self {
        Prospect {
            team: Team {
                title: Answer::read(answers),
                owns: Answer::read(answers),
                customers: Answer::read(answers),
                work: Answer::read(answers),
                ships: Answer::read(answers),
            },
            me: Person {
                familiarity: Answer::read(answers),
                background: Answer::read(answers),
                learn: Answer::read(answers),
            },
        }
    }
}

impl Team {
    /// The answers that tell the team's type apart, in question order (the title never does).
    pub fn shape(&self) -> Vec<crate::engine::Because> {
        [
            self.owns.map(Answer::because),
            self.customers.map(Answer::because),
            self.work.map(Answer::because),
            self.ships.map(Answer::because),
        ]
        .into_iter()
        .flatten()
        .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::practitioner::questions::PRACTITIONER_QUESTIONS;

    fn agrees<T: Answer>() {
        let question =
            PRACTITIONER_QUESTIONS.iter().find(|q| q.id == T::QUESTION).expect("the table asks the typed question");
        let table: Vec<&str> = question.choices.iter().map(|c| c.id).collect();
        let typed: Vec<&str> = T::ALL.iter().map(|a| a.id()).collect();
        assert_eq!(typed, table, "{} has the table's options in the table's order", T::QUESTION);
    }

    #[test]
    fn every_typed_practitioner_answer_names_a_question_of_the_table_with_exactly_its_options() {
        agrees::<Title>();
        agrees::<Owns>();
        agrees::<Customers>();
        agrees::<Work>();
        agrees::<Ships>();
        agrees::<Familiarity>();
        agrees::<Background>();
        agrees::<Learn>();
        assert_eq!(PRACTITIONER_QUESTIONS.len(), 8, "every practitioner question has its type");
    }
}
