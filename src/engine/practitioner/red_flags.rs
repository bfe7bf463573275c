//! The two red flags to check before joining a team (seed 004): a team that owns nothing or has
//! no customers (`T-OWNERSHIP`), and a "pin factory" where model builders hand their models to
//! others to deploy (`T-PIN-FACTORY`); each with the answers that raised it and the questions
//! to ask in interviews.

use crate::engine::advice::{Advice, Because};
use crate::engine::answers::Answers;

/// A red flag the advice checks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Flag {
    Ownership,
    PinFactory,
}

impl Flag {
    pub const ALL: [Flag; 2] = [Flag::Ownership, Flag::PinFactory];

    /// The knowledge ID that states the flag; also its stable ID.
    pub fn id(self) -> &'static str {
        match self {
            Flag::Ownership => "T-OWNERSHIP",
            Flag::PinFactory => "T-PIN-FACTORY",
        }
    }

    fn fact(self) -> &'static [&'static str] {
        match self {
            Flag::Ownership => &["T-OWNERSHIP"],
            Flag::PinFactory => &["T-PIN-FACTORY"],
        }
    }

    /// The interview questions that check the flag, by catalog key.
    fn asks(self) -> &'static [&'static str] {
        match self {
            Flag::Ownership => &["ask.ownership.owns", "ask.ownership.customers", "ask.ownership.gone"],
            Flag::PinFactory => &["ask.pin.last_model", "ask.pin.on_call", "ask.pin.change"],
        }
    }
}

/// How a flag stands after the user's answers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// An answer shows the warning sign.
    Raised,
    /// The user does not know yet (or did not answer).
    Unclear,
    /// The answers show no sign of it.
    Clear,
}

impl Status {
    /// The stable ID, as the view's `data-status`.
    pub fn id(self) -> &'static str {
        match self {
            Status::Raised => "raised",
            Status::Unclear => "unclear",
            Status::Clear => "clear",
        }
    }
}

/// One flag: how it stands, what the answers showed, and what to ask the team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagCheck {
    pub flag: Flag,
    pub status: Status,
    /// One line per answer that raised the flag, or one line on why it is unclear or clear.
    pub findings: Vec<Advice>,
    /// The questions to ask in interviews; they cite the raising answers when there are any.
    pub asks: Vec<Advice>,
}

/// The answers that raise a flag: (question, choice, finding key).
const SIGNS: &[(Flag, &str, &str, &str)] = &[
    (Flag::Ownership, "job.owns", "advises", "flag.ownership.owns_nothing"),
    (Flag::Ownership, "job.customers", "few", "flag.ownership.few_customers"),
    (Flag::PinFactory, "job.production", "handoff", "flag.pin.handoff"),
];

/// The questions whose answers settle each flag.
fn settling(flag: Flag) -> &'static [&'static str] {
    match flag {
        Flag::Ownership => &["job.owns", "job.customers"],
        Flag::PinFactory => &["job.production"],
    }
}

/// Checks both flags.
pub fn check(answers: &Answers) -> Vec<FlagCheck> {
    Flag::ALL.iter().map(|&flag| check_one(answers, flag)).collect()
}

fn check_one(answers: &Answers, flag: Flag) -> FlagCheck {
    let raised: Vec<Advice> = SIGNS
        .iter()
        .filter(|(f, question, choice, _)| *f == flag && answers.get(question) == Some(choice))
        .map(|&(_, question, _, key)| Advice::new(key, flag.fact(), answers.cited(question)))
        .collect();
    let settled: Vec<Because> = settling(flag).iter().filter_map(|q| answers.because(q)).collect();
    let (status, findings) = if !raised.is_empty() {
        (Status::Raised, raised)
    } else if settled.len() < settling(flag).len() || settled.iter().any(|b| b.choice == "unsure") {
        let unsure = settled.into_iter().filter(|b| b.choice == "unsure").collect();
        (Status::Unclear, vec![Advice::new(unclear_key(flag), flag.fact(), unsure)])
    } else {
        (Status::Clear, vec![Advice::new(clear_key(flag), flag.fact(), settled)])
    };
    let raising: Vec<Because> = if status == Status::Raised {
        findings.iter().flat_map(|f| f.because.iter().copied()).collect()
    } else {
        Vec::new()
    };
    let asks = flag.asks().iter().map(|&key| Advice::new(key, flag.fact(), raising.clone())).collect();
    FlagCheck { flag, status, findings, asks }
}

fn unclear_key(flag: Flag) -> &'static str {
    match flag {
        Flag::Ownership => "flag.ownership.unclear",
        Flag::PinFactory => "flag.pin.unclear",
    }
}

fn clear_key(flag: Flag) -> &'static str {
    match flag {
        Flag::Ownership => "flag.ownership.clear",
        Flag::PinFactory => "flag.pin.clear",
    }
}
