//! The leader's answers read once into a typed description of the organisation: every rule
//! reads these facts instead of looking answers up by question ID, so a misspelt question or
//! option is a compile error, and each rule's inputs are the fields it names.
//!
//! Each answer type names its question and its options' IDs exactly as the question table
//! (`questions.rs`) does; a unit test below holds the two to each other. `Because` lines for
//! "the answers that triggered this" are built from these values.

use super::advice::Because;
use super::answers::Answers;

/// One question's options as a type: the question's ID, every option in table order, and each
/// option's ID.
pub trait Answer: Copy + Eq + 'static {
    const QUESTION: &'static str;
    const ALL: &'static [Self];
    fn id(self) -> &'static str;

    /// The option chosen for this question, if it was answered with an option the table knows.
    fn read(answers: &Answers) -> Option<Self> {
        let chosen = answers.get(Self::QUESTION)?;
        Self::ALL.iter().copied().find(|option| option.id() == chosen)
    }

    /// This answer as a reason for advice.
    fn because(self) -> Because {
        Because { question: Self::QUESTION, choice: self.id() }
    }
}

/// An answer, if given, as the reasons an advice line cites: one, or none.
pub fn cite<T: Answer>(answer: Option<T>) -> Vec<Because> {
    answer.map(Answer::because).into_iter().collect()
}

/// The answer as cited reasons when it is one of `options`, else none.
pub fn cite_if<T: Answer>(answer: Option<T>, options: &[T]) -> Vec<Because> {
    cite(answer.filter(|a| options.contains(a)))
}

/// Declares an answer type: `Name = "question.id" { Variant = "option", ... }`.
macro_rules! answer {
    ($(#[$meta:meta])* $name:ident = $question:literal { $($(#[$vmeta:meta])* $variant:ident = $id:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl Answer for $name {
            const QUESTION: &'static str = $question;
            const ALL: &'static [Self] = &[$($name::$variant),+];
            fn id(self) -> &'static str {
                match self {
                    $($name::$variant => $id),+
                }
            }
        }
    };
}
pub(crate) use answer;

answer! {
    /// Is there a problem ML can actually solve?
    Solvable = "gate.solvable" { Yes = "yes", No = "no", Unsure = "unsure" }
}
answer! {
    /// Can the training data be labelled or acquired?
    TrainingData = "gate.data" { Yes = "yes", No = "no", Unsure = "unsure" }
}
answer! {
    /// Does the problem matter to the business?
    Crucial = "gate.crucial" { Yes = "yes", No = "no", Unsure = "unsure" }
}
answer! {
    /// Why the team is wanted.
    Motive = "gate.motive" { Problem = "problem", Explore = "explore", Investors = "investors", Unsure = "unsure" }
}
answer! {
    /// Company size as the size advice of seed 000 splits it.
    Size = "org.size" {
        /// Early-stage company or non-profit.
        Early = "early",
        /// Growing startup or mid-size business.
        Growing = "growing",
        Large = "large",
    }
}
answer! {
    Industry = "org.industry" {
        MlProduct = "ml_product", Software = "software", Finance = "finance",
        Industrial = "industrial", Traditional = "traditional", Other = "other",
    }
}
answer! {
    /// Who does ML work today.
    MlToday = "ml.today" {
        Nobody = "none", AdHoc = "adhoc", Research = "research",
        ProductTeams = "product_teams", Central = "central", Everywhere = "everywhere",
    }
}
answer! {
    ReportsTo = "ml.reports_to" { Nobody = "nobody", Rnd = "rnd", EngLead = "eng_lead", MlLeader = "ml_leader", Both = "both" }
}
answer! {
    /// How the leadership invests in ML.
    Leadership = "ml.leadership" {
        Core = "core", Division = "division", TeamBudgets = "team_budgets",
        SmallBets = "small_bets", NoInvestment = "none", Unsure = "unsure",
    }
}
answer! {
    /// How the ML people get at data.
    DataAccess = "ml.data" {
        Easy = "easy", Governed = "governed", Lagging = "lagging", Hard = "hard", NoData = "none", Unsure = "unsure",
    }
}
answer! {
    /// How models reach production.
    Production = "ml.production" {
        Nothing = "nothing", Rarely = "rarely", BuildersOwn = "builders_own",
        HandedMaintained = "handed_maintained", HandedOver = "handed_over", Unsure = "unsure",
    }
}
answer! {
    /// Research or engineering first.
    Emphasis = "ml.emphasis" { Research = "research", Engineering = "engineering", Mixed = "mixed", Varies = "varies", Unsure = "unsure" }
}
answer! {
    /// Who deploys what the model builders make.
    Handoff = "ml.handoff" { Builders = "builders", Rebuilt = "rebuilt", NotYet = "not_yet" }
}
answer! {
    Stack = "ml.stack" { OpenSource = "open_source", CustomPlatform = "custom_platform", CustomModels = "custom_models", NotYet = "not_yet" }
}
answer! {
    /// Software engineers who could grow into ML.
    Engineers = "team.engineers" { Keen = "keen", Few = "few", NoEngineers = "none", Unsure = "unsure" }
}
answer! {
    /// The leader's instinct for the first hire.
    FirstHire = "team.first_hire" { Researcher = "researcher", Engineer = "engineer", DataScientist = "data_scientist", Undecided = "undecided" }
}

/// Everything the leader track knows about the organisation; `None` where a question was not
/// answered.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Organisation {
    pub solvable: Option<Solvable>,
    pub training_data: Option<TrainingData>,
    pub crucial: Option<Crucial>,
    pub motive: Option<Motive>,
    pub size: Option<Size>,
    pub industry: Option<Industry>,
    pub today: Option<MlToday>,
    pub reports_to: Option<ReportsTo>,
    pub leadership: Option<Leadership>,
    pub data: Option<DataAccess>,
    pub production: Option<Production>,
    pub emphasis: Option<Emphasis>,
    pub handoff: Option<Handoff>,
    pub stack: Option<Stack>,
    pub engineers: Option<Engineers>,
    pub first_hire: Option<FirstHire>,
}

impl Organisation {
    /// Reads the leader answers once.
    pub fn read(answers: &Answers) -> Self {
        Organisation {
            solvable: Answer::read(answers),
            training_data: Answer::read(answers),
            crucial: Answer::read(answers),
            motive: Answer::read(answers),
            size: Answer::read(answers),
            industry: Answer::read(answers),
            today: Answer::read(answers),
            reports_to: Answer::read(answers),
            leadership: Answer::read(answers),
            data: Answer::read(answers),
            production: Answer::read(answers),
            emphasis: Answer::read(answers),
            handoff: Answer::read(answers),
            stack: Answer::read(answers),
            engineers: Answer::read(answers),
            first_hire: Answer::read(answers),
        }
    }

    /// The answers that place the organisation among the archetypes, in question order.
    pub fn shape(&self) -> Vec<Because> {
        [
            self.size.map(Answer::because),
            self.industry.map(Answer::because),
            self.today.map(Answer::because),
            self.reports_to.map(Answer::because),
            self.leadership.map(Answer::because),
            self.data.map(Answer::because),
            self.production.map(Answer::because),
            self.emphasis.map(Answer::because),
        ]
        .into_iter()
        .flatten()
        .collect()
    }

    /// Whether the answers already lean to research: ML in a research group, reporting to
    /// R&D, or research put before engineering.
    pub fn leans_to_research(&self) -> bool {
        self.today == Some(MlToday::Research)
            || self.reports_to == Some(ReportsTo::Rnd)
            || self.emphasis == Some(Emphasis::Research)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::questions::QUESTIONS;

    fn agrees<T: Answer>() {
        let question = QUESTIONS.iter().find(|q| q.id == T::QUESTION).expect("the table asks the typed question");
        let table: Vec<&str> = question.choices.iter().map(|c| c.id).collect();
        let typed: Vec<&str> = T::ALL.iter().map(|a| a.id()).collect();
        assert_eq!(typed, table, "{} has the table's options in the table's order", T::QUESTION);
    }

    #[test]
    fn every_typed_answer_names_a_question_of_the_table_with_exactly_its_options() {
        agrees::<Solvable>();
        agrees::<TrainingData>();
        agrees::<Crucial>();
        agrees::<Motive>();
        agrees::<Size>();
        agrees::<Industry>();
        agrees::<MlToday>();
        agrees::<ReportsTo>();
        agrees::<Leadership>();
        agrees::<DataAccess>();
        agrees::<Production>();
        agrees::<Emphasis>();
        agrees::<Handoff>();
        agrees::<Stack>();
        agrees::<Engineers>();
        agrees::<FirstHire>();
        assert_eq!(QUESTIONS.len(), 16, "every leader question has its type");
    }

    #[test]
    fn reading_the_answers_keeps_every_answer_and_nothing_else() {
        let answers = Answers::from_pairs([("org.size", "large"), ("ml.data", "none")]).unwrap();
        let org = Organisation::read(&answers);
        assert_eq!(org.size, Some(Size::Large));
        assert_eq!(org.data, Some(DataAccess::NoData));
        assert_eq!(org, Organisation { size: Some(Size::Large), data: Some(DataAccess::NoData), ..Default::default() });
    }
}
