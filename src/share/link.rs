//! Share links: the answers (never the report) packed into a URL fragment with the rules
//! version and a check value, so the same link gives the same result on any machine and a
//! link that was cut or altered is refused rather than misread.
//!
//! Layout: `a=<rules>.<track><answers>.<check>`, where `<answers>` has one character per
//! question of the track, in table order: the option's index in base 36, or `_` when
//! unanswered; `<check>` is two base-36 digits over everything before it. The leader track's
//! letter is `L`, the practitioner track's `P`.
//!
//! A link made under earlier rules still opens: its indices are read against the question
//! table of its own rules (frozen in `rules1.rs`), and the answers come back with the rules
//! they were made under, so the page can say the advice has been revised since. Only a link
//! from a newer release is refused.

use super::rules1;
use crate::engine::questions::Question;
use crate::engine::{rules_known, Answers, Track, RULES_VERSION};

/// The fragment parameter that carries an assessment.
pub const PREFIX: &str = "a=";
const UNANSWERED: char = '_';

pub(crate) fn letter(track: Track) -> char {
    match track {
        Track::Leader => 'L',
        Track::Practitioner => 'P',
    }
}

/// Why a link was refused. Each has a catalog message under `share.error.<id>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkError {
    /// The fragment does not hold an assessment at all.
    NotALink,
    /// The parts of the link are missing or of the wrong shape (cut short, say).
    Malformed,
    /// The check value does not match: a character was changed.
    Altered,
    /// Made with rules this version does not have: a newer release.
    UnknownRules(u32),
    UnknownTrack,
}

impl LinkError {
    pub fn id(self) -> &'static str {
        match self {
            LinkError::NotALink => "not_a_link",
            LinkError::Malformed => "malformed",
            LinkError::Altered => "altered",
            LinkError::UnknownRules(_) => "unknown_rules",
            LinkError::UnknownTrack => "unknown_track",
        }
    }
}

/// A two-digit base-36 check over the text. Each byte is weighted by a power of 31 (a unit
/// modulo 1296) and a small factor below 8, so a change of one byte by less than 128 can never
/// leave the sum unchanged: every single-character alteration of an ASCII link is caught.
pub(crate) fn check(text: &str) -> String {
    let sum = text.bytes().enumerate().fold(0u32, |acc, (i, b)| (acc * 31 + u32::from(b) * (i as u32 % 7 + 1)) % 1296);
    let digit = |n: u32| char::from_digit(n, 36).unwrap_or('0');
    [digit(sum / 36), digit(sum % 36)].iter().collect()
}

/// The answers a link holds and the rules it was made under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Opened {
    pub answers: Answers,
    pub rules: u32,
}

/// The question table a link of some rules was written against: today's for today's rules,
/// a frozen copy for earlier ones.
enum Layout {
    Live(&'static [Question]),
    Frozen(rules1::Layout),
}

impl Layout {
    fn of(rules: u32, track: Track) -> Layout {
        match (rules, track) {
            (RULES_VERSION, _) => Layout::Live(track.questions()),
            (_, Track::Leader) => Layout::Frozen(rules1::LEADER),
            (_, Track::Practitioner) => Layout::Frozen(rules1::PRACTITIONER),
        }
    }

    fn len(&self) -> usize {
        match self {
            Layout::Live(questions) => questions.len(),
            Layout::Frozen(layout) => layout.len(),
        }
    }

    /// The question at a position and its option at an index, as IDs.
    fn pick(&self, position: usize, index: usize) -> Option<(&'static str, &'static str)> {
        match self {
            Layout::Live(questions) => questions.get(position).and_then(|q| Some((q.id, q.choices.get(index)?.id))),
            Layout::Frozen(layout) => layout.get(position).and_then(|(q, options)| Some((*q, *options.get(index)?))),
        }
    }

    /// The index of the option the answers chose for the question at a position.
    fn index(&self, position: usize, answers: &Answers) -> Option<usize> {
        match self {
            Layout::Live(questions) => {
                let q = questions.get(position)?;
                q.choices.iter().position(|c| Some(c.id) == answers.get(q.id))
            }
            Layout::Frozen(layout) => {
                let (q, options) = layout.get(position)?;
                options.iter().position(|c| Some(*c) == answers.get(q))
            }
        }
    }
}

/// One character per question of the track, in the layout of `rules`: what a link of those
/// rules holds after its track letter.
pub(crate) fn picks(answers: &Answers, rules: u32) -> String {
    let layout = Layout::of(rules, answers.track());
    (0..layout.len())
        .map(|position| {
            layout.index(position, answers).and_then(|i| char::from_digit(i as u32, 36)).unwrap_or(UNANSWERED)
        })
        .collect()
}

/// Reads the answers of a track from one character per question, in the layout of `rules`
/// (a version this release knows). An earlier layout keeps every answer today's tables still
/// offer.
pub(crate) fn read_picks(rules: u32, track: Track, picks: &str) -> Result<Answers, LinkError> {
    let layout = Layout::of(rules, track);
    if picks.chars().count() != layout.len() {
        return Err(LinkError::Malformed);
    }
    let mut answers = Answers::new(track);
    for (position, pick) in picks.chars().enumerate() {
        if pick == UNANSWERED {
            continue;
        }
        let index = pick.to_digit(36).ok_or(LinkError::Malformed)?;
        let (question, choice) = layout.pick(position, index as usize).ok_or(LinkError::Malformed)?;
        let kept = answers.set(question, choice);
        // Today's tables never drop an ID (see `questions.rs`); should one go, an earlier
        // link loses that answer rather than refusing to open.
        if kept.is_err() && rules == RULES_VERSION {
            return Err(LinkError::Malformed);
        }
    }
    Ok(answers)
}

/// The track of a letter in a link.
pub(crate) fn track_of(letter_given: char) -> Option<Track> {
    Track::ALL.into_iter().find(|&t| letter(t) == letter_given)
}

/// The fragment (without `#`) that reproduces these answers.
pub fn encode(answers: &Answers) -> String {
    let track = answers.track();
    let body = format!("{RULES_VERSION}.{}{}", letter(track), picks(answers, RULES_VERSION));
    let check = check(&body);
    format!("{PREFIX}{body}.{check}")
}

/// Reads the answers back from a fragment (with or without its `#`), with the rules the link
/// was made under. A link of earlier rules keeps every answer today's tables still offer.
pub fn decode(fragment: &str) -> Result<Opened, LinkError> {
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let value = fragment.split('&').find_map(|part| part.strip_prefix(PREFIX)).ok_or(LinkError::NotALink)?;
    let (body, given_check) = value.rsplit_once('.').ok_or(LinkError::Malformed)?;
    let (rules, rest) = body.split_once('.').ok_or(LinkError::Malformed)?;
    if rules.is_empty() || rules.len() > 9 || !rules.bytes().all(|b| b.is_ascii_digit()) {
        return Err(LinkError::Malformed);
    }
    if given_check.len() != 2 || !body.is_ascii() {
        return Err(LinkError::Malformed);
    }
    if check(body) != given_check {
        return Err(LinkError::Altered);
    }
    let rules: u32 = rules.parse().map_err(|_| LinkError::Malformed)?;
    if rules == 0 {
        return Err(LinkError::Malformed);
    }
    if !rules_known(rules) {
        return Err(LinkError::UnknownRules(rules));
    }
    let mut chars = rest.chars();
    let track = chars.next().and_then(track_of).ok_or(LinkError::UnknownTrack)?;
    let answers = read_picks(rules, track, chars.as_str())?;
    Ok(Opened { answers, rules })
}
