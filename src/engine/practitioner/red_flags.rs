//! The two red flags to check before joining a team (seed 004): a team that owns nothing or has
//! no customers (`T-OWNERSHIP`), and a "pin factory" where model builders hand their models to
//! others to deploy (`T-PIN-FACTORY`); each with the answers that raised it and the questions
//! to ask in interviews.

use super::facts::{Customers, Owns, Ships, Team};
use crate::engine::advice::{Advice, Because};
use crate::engine::facts::Answer;

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

/// The answers that raise a flag, each with its finding's key.
fn signs(team: &Team, flag: Flag) -> Vec<(Because, &'static str)> {
    let raised = match flag {
        Flag::Ownership => [
            team.owns.filter(|a| *a == Owns::Advises).map(|a| (a.because(), "flag.ownership.owns_nothing")),
            team.customers.filter(|a| *a == Customers::Few).map(|a| (a.because(), "flag.ownership.few_customers")),
        ]
        .to_vec(),
        Flag::PinFactory => {
            vec![team.ships.filter(|a| *a == Ships::Handoff).map(|a| (a.because(), "flag.pin.handoff"))]
        }
    };
    raised.into_iter().flatten().collect()
}

/// The answers that settle a flag, one per question (`None` if unanswered), each marked when
/// it says "not sure".
fn settling(team: &Team, flag: Flag) -> Vec<Option<(Because, bool)>> {
    match flag {
        Flag::Ownership => vec![
            team.owns.map(|a| (a.because(), a == Owns::Unsure)),
            team.customers.map(|a| (a.because(), a == Customers::Unsure)),
        ],
        Flag::PinFactory => vec![team.ships.map(|a| (a.because(), a == Ships::Unsure))],
    }
}

/// Checks both flags.
pub fn check(team: &Team) -> Vec<FlagCheck> {
    Flag::ALL.iter().map(|&flag| check_one(team, flag)).collect()
}

fn check_one(team: &Team, flag: Flag) -> FlagCheck {
    let raised: Vec<Advice> =
        signs(team, flag).into_iter().map(|(because, key)| Advice::new(key, flag.fact(), vec![because])).collect();
    let settling = settling(team, flag);
    let open = settling.iter().any(|s| s.is_none_or(|(_, unsure)| unsure));
    let (status, findings) = if !raised.is_empty() {
        (Status::Raised, raised)
    } else if open {
        let unsure = settling.iter().flatten().filter(|(_, unsure)| *unsure).map(|(b, _)| *b).collect();
        (Status::Unclear, vec![Advice::new(unclear_key(flag), flag.fact(), unsure)])
    } else {
        let settled = settling.iter().flatten().map(|(b, _)| *b).collect();
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
