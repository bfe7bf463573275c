//! The combined link of a team view, and the paste box's reading of single share links.
//!
//! Layout: `m=<version>.<respondent>~<respondent>….<check>`, where each respondent is
//! `<function><rules>L<answers>`: one letter for the tag the person merging gave (`-` for
//! none), the rules its share link was made under, the leader track's letter and one character
//! per question in the layout of those rules, exactly as in `link.rs`; `<check>` is the share
//! link's two-digit check over everything before it. Like a share link it holds answers only,
//! never names, and never a report.

use super::link::{self, LinkError};
use crate::engine::team::{Function, Respondent, MAX_RESPONDENTS, MIN_RESPONDENTS};
use crate::engine::{rules_known, Track};

/// The fragment parameter that carries a team view.
pub const PREFIX: &str = "m=";
/// The layout of the combined link; a later layout gets a new number.
pub const VERSION: u32 = 1;
const SEPARATOR: char = '~';
const NO_FUNCTION: char = '-';

/// Why links were refused. Each has a catalog message under `team.error.<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TeamError {
    /// The text holds no link at all.
    NotALink,
    /// Cut short or of the wrong shape.
    Malformed,
    /// A character was changed.
    Altered,
    /// A combined link of a layout this release does not know: a newer release.
    UnknownVersion,
    /// Answers made under rules this release does not have: a newer release.
    UnknownRules,
    /// A link of the practitioner track ("choosing a team to join").
    OtherTrack,
    TooFew,
    TooMany,
}

impl TeamError {
    pub fn id(self) -> &'static str {
        match self {
            TeamError::NotALink => "not_a_link",
            TeamError::Malformed => "malformed",
            TeamError::Altered => "altered",
            TeamError::UnknownVersion => "unknown_version",
            TeamError::UnknownRules => "unknown_rules",
            TeamError::OtherTrack => "other_track",
            TeamError::TooFew => "too_few",
            TeamError::TooMany => "too_many",
        }
    }
}

/// Links refused, and the line of the paste box at fault (counting from 1), if one is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Refused {
    pub line: Option<usize>,
    pub error: TeamError,
}

fn letter(function: Option<Function>) -> char {
    match function {
        None => NO_FUNCTION,
        Some(Function::Engineering) => 'e',
        Some(Function::Product) => 'p',
        Some(Function::Data) => 'd',
        Some(Function::Ml) => 'm',
        Some(Function::Leadership) => 'l',
        Some(Function::Other) => 'o',
    }
}

fn function_of(given: char) -> Option<Option<Function>> {
    if given == NO_FUNCTION {
        return Some(None);
    }
    Function::ALL.into_iter().find(|&f| letter(Some(f)) == given).map(Some)
}

fn count(n: usize) -> Result<(), TeamError> {
    if n < MIN_RESPONDENTS {
        Err(TeamError::TooFew)
    } else if n > MAX_RESPONDENTS {
        Err(TeamError::TooMany)
    } else {
        Ok(())
    }
}

/// The fragment (without `#`) that reopens this team view.
pub fn encode(respondents: &[Respondent]) -> String {
    let parts: Vec<String> = respondents
        .iter()
        .map(|r| {
            let track = link::letter(r.answers.track());
            format!("{}{}{track}{}", letter(r.function), r.rules, link::picks(&r.answers, r.rules))
        })
        .collect();
    let body = format!("{VERSION}.{}", parts.join(&SEPARATOR.to_string()));
    let check = link::check(&body);
    format!("{PREFIX}{body}.{check}")
}

fn respondent(part: &str) -> Result<Respondent, TeamError> {
    let mut chars = part.chars();
    let function = chars.next().and_then(function_of).ok_or(TeamError::Malformed)?;
    let rest = chars.as_str();
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let (rules, rest) = rest.split_at(digits);
    if rules.is_empty() || rules.len() > 9 {
        return Err(TeamError::Malformed);
    }
    let rules: u32 = rules.parse().map_err(|_| TeamError::Malformed)?;
    if rules == 0 {
        return Err(TeamError::Malformed);
    }
    if !rules_known(rules) {
        return Err(TeamError::UnknownRules);
    }
    let mut chars = rest.chars();
    let track = chars.next().and_then(link::track_of).ok_or(TeamError::Malformed)?;
    if track != Track::Leader {
        return Err(TeamError::OtherTrack);
    }
    let answers = link::read_picks(rules, track, chars.as_str()).map_err(|_| TeamError::Malformed)?;
    Ok(Respondent { answers, rules, function })
}

/// The combined link's value in a fragment (with or without its `#`), if it holds one.
fn value_in(fragment: &str) -> Option<&str> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    fragment.split('&').find_map(|part| part.strip_prefix(PREFIX))
}

/// Whether a fragment holds a combined link, read or not: what the first part needs to know to
/// leave it to the full app.
pub fn is_combined(fragment: &str) -> bool {
    value_in(fragment).is_some()
}

/// Reads a team view back from a fragment (with or without its `#`).
pub fn decode(fragment: &str) -> Result<Vec<Respondent>, TeamError> {
    let value = value_in(fragment).ok_or(TeamError::NotALink)?;
    let (body, given_check) = value.rsplit_once('.').ok_or(TeamError::Malformed)?;
    let (version, rest) = body.split_once('.').ok_or(TeamError::Malformed)?;
    if version.is_empty() || version.len() > 9 || !version.bytes().all(|b| b.is_ascii_digit()) {
        return Err(TeamError::Malformed);
    }
    if given_check.len() != 2 || !body.is_ascii() {
        return Err(TeamError::Malformed);
    }
    if link::check(body) != given_check {
        return Err(TeamError::Altered);
    }
    if version.parse::<u32>().ok() != Some(VERSION) {
        return Err(TeamError::UnknownVersion);
    }
    let parts: Vec<&str> = rest.split(SEPARATOR).collect();
    count(parts.len())?;
    parts.into_iter().map(respondent).collect()
}

/// One link of the paste box: the share fragment of a whole address, or the fragment alone.
fn pasted(line: &str) -> Result<Respondent, TeamError> {
    let fragment = line.rsplit_once('#').map_or(line, |(_, fragment)| fragment);
    let opened = link::decode(fragment).map_err(|error| match error {
        LinkError::NotALink => TeamError::NotALink,
        LinkError::Altered => TeamError::Altered,
        LinkError::UnknownRules(_) => TeamError::UnknownRules,
        LinkError::Malformed | LinkError::UnknownTrack => TeamError::Malformed,
    })?;
    if opened.answers.track() != Track::Leader {
        return Err(TeamError::OtherTrack);
    }
    Ok(Respondent { answers: opened.answers, rules: opened.rules, function: None })
}

/// Reads the paste box: one share link per line (blank lines skipped), 2 to 12 of them, each of
/// the leader track. The first line refused is named.
pub fn read_pasted(text: &str) -> Result<Vec<Respondent>, Refused> {
    let mut respondents = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if respondents.len() == MAX_RESPONDENTS {
            return Err(Refused { line: None, error: TeamError::TooMany });
        }
        respondents.push(pasted(line).map_err(|error| Refused { line: Some(n + 1), error })?);
    }
    count(respondents.len()).map_err(|error| Refused { line: None, error })?;
    Ok(respondents)
}
