//! Deciding together: several colleagues' leader answers merged into one team view. The spread
//! (who chose what, and what each respondent's own report says), a consensus answer set and the
//! ordinary report on it, and the questions where people differ, ranked by what the difference
//! changes.
//!
//! The consensus is the most common answer to each question. On a tie the more cautious option
//! wins ([`caution`]): on the gate, the answer that fails it ("no" before "not sure"); on the
//! organisation, the answer that says nothing about maturity ("not sure", "other"), then the
//! one that leans to the less mature archetype; on the team's people and habits, the option
//! further down the list, which the table orders from most to least ready. As with the
//! archetype's tie rule, the safer plan is the cheaper one to grow out of.

use super::archetype::Archetype;
use super::gate::Verdict;
use super::hiring::{Role, Tier};
use super::question::{Question, Section};
use super::questions::QUESTIONS;
use super::{assess, Answers, Report, Track};

/// The fewest and the most respondents a team view merges.
pub const MIN_RESPONDENTS: usize = 2;
pub const MAX_RESPONDENTS: usize = 12;

/// The part of the company a respondent speaks for, as the person merging tags them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Function {
    Engineering,
    Product,
    Data,
    Ml,
    Leadership,
    Other,
}

impl Function {
    pub const ALL: [Function; 6] =
        [Function::Engineering, Function::Product, Function::Data, Function::Ml, Function::Leadership, Function::Other];

    /// The stable ID, as the view's `value` and the catalog's `team.function.<id>`.
    pub fn id(self) -> &'static str {
        match self {
            Function::Engineering => "engineering",
            Function::Product => "product",
            Function::Data => "data",
            Function::Ml => "ml",
            Function::Leadership => "leadership",
            Function::Other => "other",
        }
    }

    pub fn from_id(id: &str) -> Option<Function> {
        Function::ALL.into_iter().find(|f| f.id() == id)
    }
}

/// One colleague's answers, the rules their link was made under, and their optional tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Respondent {
    pub answers: Answers,
    pub rules: u32,
    pub function: Option<Function>,
}

/// Why a set of respondents cannot be merged.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MergeError {
    TooFew,
    TooMany,
    /// The respondent at this index answered the practitioner track.
    OtherTrack(usize),
}

/// How many respondents chose one option of a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OptionCount {
    pub choice: &'static str,
    /// The indices of the respondents who chose it.
    pub respondents: Vec<usize>,
}

/// One question: every option with who chose it, and the consensus.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSpread {
    pub question: &'static Question,
    /// Every option of the question, in table order.
    pub options: Vec<OptionCount>,
    pub unanswered: usize,
    /// The consensus answer; `None` when nobody answered.
    pub consensus: Option<&'static str>,
    /// The most common answer was shared by several options and the cautious rule chose.
    pub tie_broken: bool,
}

/// What the respondents' own reports say, counted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Outcomes {
    /// Go, then not yet.
    pub verdicts: Vec<(Verdict, usize)>,
    /// Every archetype, least mature first.
    pub archetypes: Vec<(Archetype, usize)>,
    /// Every role, with how many reports put it among the first hires.
    pub first_hires: Vec<(Role, usize)>,
}

/// What settling a question on another answer would change, most consequential first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Consequence {
    Gate,
    Archetype,
    FirstHires,
    Nothing,
}

impl Consequence {
    pub fn id(self) -> &'static str {
        match self {
            Consequence::Gate => "gate",
            Consequence::Archetype => "archetype",
            Consequence::FirstHires => "first_hires",
            Consequence::Nothing => "nothing",
        }
    }
}

/// One answer a respondent gave instead of the consensus, and the team result it would give.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alternative {
    pub choice: &'static str,
    pub respondents: Vec<usize>,
    pub verdict: Verdict,
    pub archetype: Archetype,
    pub first_hires: Vec<Role>,
    pub consequence: Consequence,
}

/// A question the respondents answered differently.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disagreement {
    pub question: &'static Question,
    pub consensus: &'static str,
    /// The gravest consequence among the alternatives.
    pub consequence: Consequence,
    pub alternatives: Vec<Alternative>,
}

impl Disagreement {
    /// How many respondents did not give the consensus answer.
    pub fn dissent(&self) -> usize {
        self.alternatives.iter().map(|a| a.respondents.len()).sum()
    }
}

/// The team view: the respondents, the spread, the consensus and its report, and the
/// disagreements, ranked.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub respondents: Vec<Respondent>,
    /// For each respondent, the first earlier one with the very same answers, if any.
    pub same_as: Vec<Option<usize>>,
    /// Each respondent's own report.
    pub reports: Vec<Report>,
    pub spread: Vec<QuestionSpread>,
    pub outcomes: Outcomes,
    pub consensus: Answers,
    pub report: Report,
    /// Every question answered differently: those that flip the gate first, then the archetype,
    /// then the first hires, then the rest; within each, the most divided first.
    pub disagreements: Vec<Disagreement>,
}

/// How many disagreements are put as the questions to settle first.
const SETTLE_FIRST: usize = 3;

impl Merged {
    /// The disagreements that change the result, at most three: the meeting's agenda.
    pub fn to_settle(&self) -> &[Disagreement] {
        let changing = self.disagreements.iter().take_while(|d| d.consequence != Consequence::Nothing).count();
        &self.disagreements[..changing.min(SETTLE_FIRST)]
    }
}

/// How cautious an option is, lower first: the key that breaks a tie for the consensus (see
/// the module's documentation).
pub fn caution(question: &Question, choice: &str) -> (usize, usize) {
    let index = question.choices.iter().position(|c| c.id == choice).unwrap_or(usize::MAX);
    let Some(option) = question.choices.get(index) else {
        return (usize::MAX, usize::MAX);
    };
    match question.section {
        Section::Gate => match option.id {
            "no" | "investors" => (0, index),
            "unsure" => (1, index),
            _ => (2, index),
        },
        _ if question.choices.iter().any(|c| c.leans != [0; 5]) => {
            let top = option.leans.iter().copied().max().unwrap_or(0);
            if top == 0 {
                (0, index)
            } else {
                (1 + option.leans.iter().position(|&p| p == top).unwrap_or(0), index)
            }
        }
        _ => (0, question.choices.len() - index),
    }
}

fn first_hires(report: &Report) -> Vec<Role> {
    report.hiring.hires.iter().filter(|h| h.tier == Tier::First).map(|h| h.role).collect()
}

fn spread(question: &'static Question, respondents: &[Respondent]) -> QuestionSpread {
    let options: Vec<OptionCount> = question
        .choices
        .iter()
        .map(|choice| OptionCount {
            choice: choice.id,
            respondents: (0..respondents.len())
                .filter(|&i| respondents[i].answers.get(question.id) == Some(choice.id))
                .collect(),
        })
        .collect();
    let answered: usize = options.iter().map(|o| o.respondents.len()).sum();
    let most = options.iter().map(|o| o.respondents.len()).max().unwrap_or(0);
    let tied: Vec<&'static str> =
        options.iter().filter(|o| most > 0 && o.respondents.len() == most).map(|o| o.choice).collect();
    let consensus = tied.iter().copied().min_by_key(|choice| caution(question, choice));
    QuestionSpread {
        question,
        unanswered: respondents.len() - answered,
        consensus,
        tie_broken: tied.len() > 1,
        options,
    }
}

fn outcomes(reports: &[Report]) -> Outcomes {
    let count = |pred: &dyn Fn(&Report) -> bool| reports.iter().filter(|r| pred(r)).count();
    Outcomes {
        verdicts: [Verdict::Go, Verdict::NotYet].into_iter().map(|v| (v, count(&|r| r.gate.verdict == v))).collect(),
        archetypes: Archetype::ALL.into_iter().map(|a| (a, count(&|r| r.archetype.winner == a))).collect(),
        first_hires: Role::ALL.into_iter().map(|role| (role, count(&|r| first_hires(r).contains(&role)))).collect(),
    }
}

fn disagreement(spread: &QuestionSpread, consensus: &Answers, report: &Report) -> Option<Disagreement> {
    let agreed = spread.consensus?;
    let hires = first_hires(report);
    let alternatives: Vec<Alternative> = spread
        .options
        .iter()
        .filter(|o| o.choice != agreed && !o.respondents.is_empty())
        .map(|o| {
            let mut answers = consensus.clone();
            // The option comes from the question table itself, so it is always accepted.
            let _ = answers.set(spread.question.id, o.choice);
            let other = assess(&answers);
            let other_hires = first_hires(&other);
            let consequence = if other.gate.verdict != report.gate.verdict {
                Consequence::Gate
            } else if other.archetype.winner != report.archetype.winner {
                Consequence::Archetype
            } else if other_hires != hires {
                Consequence::FirstHires
            } else {
                Consequence::Nothing
            };
            Alternative {
                choice: o.choice,
                respondents: o.respondents.clone(),
                verdict: other.gate.verdict,
                archetype: other.archetype.winner,
                first_hires: other_hires,
                consequence,
            }
        })
        .collect();
    let consequence = alternatives.iter().map(|a| a.consequence).min()?;
    Some(Disagreement { question: spread.question, consensus: agreed, consequence, alternatives })
}

/// Merges 2 to 12 respondents' leader answers into the team view.
pub fn merge(respondents: &[Respondent]) -> Result<Merged, MergeError> {
    if respondents.len() < MIN_RESPONDENTS {
        return Err(MergeError::TooFew);
    }
    if respondents.len() > MAX_RESPONDENTS {
        return Err(MergeError::TooMany);
    }
    if let Some(i) = respondents.iter().position(|r| r.answers.track() != Track::Leader) {
        return Err(MergeError::OtherTrack(i));
    }
    let same_as = respondents
        .iter()
        .enumerate()
        .map(|(i, r)| respondents[..i].iter().position(|earlier| earlier.answers == r.answers))
        .collect();
    let reports: Vec<Report> = respondents.iter().map(|r| assess(&r.answers)).collect();
    let spread: Vec<QuestionSpread> = QUESTIONS.iter().map(|q| spread(q, respondents)).collect();
    let consensus = Answers::kept(Track::Leader, spread.iter().filter_map(|s| Some((s.question.id, s.consensus?))));
    let report = assess(&consensus);
    let mut disagreements: Vec<Disagreement> =
        spread.iter().filter_map(|s| disagreement(s, &consensus, &report)).collect();
    // A stable sort keeps the question table's order within equal rank.
    disagreements.sort_by_key(|d| (d.consequence, std::cmp::Reverse(d.dissent())));
    Ok(Merged {
        respondents: respondents.to_vec(),
        same_as,
        outcomes: outcomes(&reports),
        reports,
        spread,
        consensus,
        report,
        disagreements,
    })
}
