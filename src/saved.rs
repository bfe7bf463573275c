//! The quiz progress and the library of named assessments as they are saved in the browser,
//! each in a versioned envelope, and the decoders that treat whatever they read as hostile: they
//! never panic, and anything they cannot vouch for is refused with a reason rather than
//! half-read.
//!
//! Every envelope carries its layout (`format`) and the rules its answers were given under.
//! What earlier rules made opens with its rules kept, so the page can say the advice has been
//! revised since. A layout or rules version newer than this release knows is refused as
//! [`SavedError::Newer`], and the browser edge never writes over it: an older build must not
//! destroy what a newer one saved.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::engine::questions::Question;
use crate::engine::{revised_since, rules_known, AnswerError, Answers, Track, RULES_VERSION};
use crate::json::{self, Reader, Refusal};

/// Version of the progress envelope's layout. Unchanged since the first release: rules 2 only
/// gave its `rules` field a meaning, which earlier builds read and write as before.
pub const PROGRESS_FORMAT: u32 = 1;

/// Version of the library envelope's layout. Format 2 stores the rules of each entry; format 3
/// the day each was kept, its note and its series. A build drops fields it does not know when it
/// saves, so it must not save over a newer format: builds of format 1 and 2 refuse any format
/// newer than theirs and leave it alone. Bump this whenever an entry gains a field.
pub const LIBRARY_FORMAT: u32 = 3;

/// Where the user is in the assessment. The track is the answers' own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Progress {
    pub answers: Answers,
    /// Index of the question on screen, within the track's questions.
    pub step: usize,
    /// The user reached the result page.
    pub finished: bool,
    /// The rules the answers were given under. Giving an answer, or acknowledging that the
    /// advice was revised, brings it to today's.
    pub rules: u32,
}

impl Default for Progress {
    fn default() -> Self {
        Progress::new(Track::default())
    }
}

/// The envelope of both stored values, of every format. Its three fields stay as they are in
/// every format to come: the builds of rules 1 read all three before they look at the format, so
/// to them an envelope without `progress` (even around a library) is unreadable, which they set
/// aside and replace, where a newer format with all three is left alone.
#[derive(Serialize, Deserialize)]
pub(crate) struct Envelope<T> {
    pub(crate) format: u32,
    pub(crate) rules: u32,
    pub(crate) progress: T,
}

/// Why saved progress was not used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SavedError {
    /// Not an envelope at all: corrupt, truncated, or written by something else.
    Unreadable(String),
    /// Written by a newer release: a layout or rules version this one does not know. It must
    /// be left exactly as it is.
    Newer { format: u32, rules: u32 },
}

impl std::fmt::Display for SavedError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            SavedError::Unreadable(why) => write!(f, "the saved value is unreadable: {why}"),
            SavedError::Newer { format, rules } => {
                write!(f, "the saved value is of format {format} and rules {rules}, newer than this release")
            }
        }
    }
}

/// The envelope's version fields, read before anything else, so that a newer layout is
/// recognised as such even when the rest of it is unlike anything this release knows.
pub(crate) struct Stamp {
    pub(crate) format: u32,
    pub(crate) rules: u32,
}

/// Reads the stamp and refuses what is newer than this release: a layout past `current`, or
/// rules past today's. A format or rules version that never existed (0, or an older format
/// than any this release reads) is unreadable rather than newer.
pub(crate) fn stamp(text: &str, current: u32, oldest: u32) -> Result<Stamp, SavedError> {
    let stamp = read_stamp(text)?;
    if stamp.format > current || stamp.rules > RULES_VERSION {
        return Err(SavedError::Newer { format: stamp.format, rules: stamp.rules });
    }
    if stamp.format < oldest || !rules_known(stamp.rules) {
        return Err(SavedError::Unreadable(format!("format {} with rules {}", stamp.format, stamp.rules)));
    }
    Ok(stamp)
}

/// Reads a whole text with `read`; a refusal says where reading stopped.
fn read_all<T>(text: &str, read: fn(&mut Reader) -> Result<T, Refusal>) -> Result<T, SavedError> {
    let mut reader = Reader::new(text);
    read(&mut reader)
        .and_then(|value| reader.end().map(|()| value))
        .map_err(|what| SavedError::Unreadable(reader.reason(what)))
}

/// The stamp of any envelope: the whole text must be JSON, its `progress` may hold anything.
fn read_stamp(text: &str) -> Result<Stamp, SavedError> {
    read_all(text, |reader| {
        // serde_json also read a struct from an array of its fields in order: `[format, rules]`
        // was a stamp to the builds before this one, which left it alone when newer.
        if reader.eat(b'[') {
            let format = number(reader)?;
            reader.expect(b',')?;
            let rules = number(reader)?;
            reader.expect(b']')?;
            return Ok(Stamp { format, rules });
        }
        let (mut format, mut rules) = (None, None);
        reader.object(|reader, key| match key.as_str() {
            "format" => once(&mut format, "duplicate field `format`", number(reader)?),
            "rules" => once(&mut rules, "duplicate field `rules`", number(reader)?),
            _ => reader.skip(),
        })?;
        Ok(Stamp { format: given(format, "missing field `format`")?, rules: given(rules, "missing field `rules`")? })
    })
}

/// Keeps a field's value, refusing a second one.
fn once<T>(slot: &mut Option<T>, twice: Refusal, value: T) -> Result<(), Refusal> {
    match slot.replace(value) {
        None => Ok(()),
        Some(_) => Err(twice),
    }
}

/// A field that must be there.
fn given<T>(slot: Option<T>, missing: Refusal) -> Result<T, Refusal> {
    slot.ok_or(missing)
}

/// A whole number that fits its field.
fn number<T: TryFrom<u64>>(reader: &mut Reader) -> Result<T, Refusal> {
    T::try_from(reader.whole()?).map_err(|_| "a number too large for its field")
}

/// Serialises progress in the current envelope, in the shape and field order every earlier
/// build wrote and reads.
pub fn encode(progress: &Progress) -> String {
    let mut out = format!(
        "{{\"format\":{PROGRESS_FORMAT},\"rules\":{},\"progress\":{{\"track\":\"{}\",\"answers\":{{",
        progress.rules,
        progress.track().id()
    );
    for (n, (question, choice)) in progress.answers.pairs().enumerate() {
        if n > 0 {
            out.push(',');
        }
        json::write_str(&mut out, question);
        out.push(':');
        json::write_str(&mut out, choice);
    }
    out.push_str(&format!("}},\"step\":{},\"finished\":{}}}}}", progress.step, progress.finished));
    out
}

/// Reads progress back. Answers the track's question table does not know (including the other
/// track's) are dropped, and the step is kept within the track's quiz, so what comes back is
/// always safe to render.
pub fn decode(text: &str) -> Result<Progress, SavedError> {
    let Stamp { rules, .. } = stamp(text, PROGRESS_FORMAT, PROGRESS_FORMAT)?;
    let stored = read_all(text, read_envelope)?;
    let answers = Answers::kept(stored.track, stored.answers.iter().map(|(q, c)| (q.as_str(), c.as_str())));
    let step = stored.step.min(last_step(stored.track));
    let finished = stored.finished && answers.first_unanswered().is_none();
    Ok(Progress { answers, step, finished, rules })
}

/// Progress as it is written, unchecked. The track was added after the first release without
/// a new format: a save without one is from then, when the leader track was the only one.
struct Stored {
    track: Track,
    answers: BTreeMap<String, String>,
    step: usize,
    finished: bool,
}

/// The progress in an envelope whose stamp was read: the stamp's fields are known to be sound.
fn read_envelope(reader: &mut Reader) -> Result<Stored, Refusal> {
    let mut progress = None;
    reader.object(|reader, key| match key.as_str() {
        "progress" => once(&mut progress, "duplicate field `progress`", read_stored(reader)?),
        _ => reader.skip(),
    })?;
    given(progress, "missing field `progress`")
}

/// The progress fields, in an object or, as serde_json also read them, an array in order.
fn read_stored(reader: &mut Reader) -> Result<Stored, Refusal> {
    if reader.eat(b'[') {
        let track = read_track(reader)?;
        reader.expect(b',')?;
        let answers = read_answers(reader)?;
        reader.expect(b',')?;
        let step = number(reader)?;
        reader.expect(b',')?;
        let finished = reader.bool()?;
        reader.expect(b']')?;
        return Ok(Stored { track, answers, step, finished });
    }
    let (mut track, mut answers, mut step, mut finished) = (None, None, None, None);
    reader.object(|reader, key| match key.as_str() {
        "track" => once(&mut track, "duplicate field `track`", read_track(reader)?),
        "answers" => once(&mut answers, "duplicate field `answers`", read_answers(reader)?),
        "step" => once(&mut step, "duplicate field `step`", number(reader)?),
        "finished" => once(&mut finished, "duplicate field `finished`", reader.bool()?),
        _ => reader.skip(),
    })?;
    Ok(Stored {
        track: track.unwrap_or_default(),
        answers: given(answers, "missing field `answers`")?,
        step: given(step, "missing field `step`")?,
        finished: given(finished, "missing field `finished`")?,
    })
}

/// A track by its ID: `"leader"` as every build wrote it, or `{"leader":null}` as serde_json
/// also read it.
fn read_track(reader: &mut Reader) -> Result<Track, Refusal> {
    let in_map = reader.eat(b'{');
    let id = reader.string()?;
    if in_map {
        reader.expect(b':')?;
        reader.null()?;
        reader.expect(b'}')?;
    }
    Track::ALL.into_iter().find(|track| track.id() == id).ok_or("an unknown track")
}

/// The answers as a map of strings; of a key given twice, the last value counts.
fn read_answers(reader: &mut Reader) -> Result<BTreeMap<String, String>, Refusal> {
    let mut answers = BTreeMap::new();
    reader.object(|reader, question| {
        answers.insert(question, reader.string()?);
        Ok(())
    })?;
    Ok(answers)
}

/// The index of a track's last question.
fn last_step(track: Track) -> usize {
    track.questions().len().saturating_sub(1)
}

/// Moving through the quiz. Kept here, in plain Rust, so the view only wires buttons to it.
impl Progress {
    /// A fresh start on a track.
    pub fn new(track: Track) -> Self {
        Progress { answers: Answers::new(track), step: 0, finished: false, rules: RULES_VERSION }
    }

    /// Progress for a set of answers given under some rules: finished when complete, else at
    /// the first gap.
    pub fn resume(answers: Answers, rules: u32) -> Progress {
        let answers = answers.validated();
        let track = answers.track();
        match answers.first_unanswered() {
            None => Progress { answers, step: last_step(track), finished: true, rules },
            Some(missing) => {
                let step = track.questions().iter().position(|q| q.id == missing.id).unwrap_or(0);
                Progress { answers, step, finished: false, rules }
            }
        }
    }

    /// Whether the advice has been revised since these answers were given.
    pub fn revised(&self) -> bool {
        revised_since(self.rules)
    }

    /// The user has seen that the advice was revised: the result is today's from now on.
    pub fn accept_revision(&mut self) {
        self.rules = RULES_VERSION;
    }

    pub fn track(&self) -> Track {
        self.answers.track()
    }

    /// The track's questions: the only ones this quiz walks.
    pub fn questions(&self) -> &'static [Question] {
        self.track().questions()
    }

    /// The question on screen.
    pub fn question(&self) -> &'static Question {
        let questions = self.questions();
        &questions[self.step.min(last_step(self.track()))]
    }

    /// Records the answer to the question on screen, under today's rules; an ID the question
    /// does not offer is refused and changes nothing.
    pub fn answer(&mut self, choice: &str) -> Result<(), AnswerError> {
        self.answers.set(self.question().id, choice)?;
        self.rules = RULES_VERSION;
        Ok(())
    }

    /// Moves on when the question on screen is answered; returns whether it moved. Past the
    /// last question the quiz is finished.
    pub fn advance(&mut self) -> bool {
        if self.answers.get(self.question().id).is_none() {
            return false;
        }
        let questions = self.questions();
        if self.step + 1 < questions.len() {
            self.step += 1;
        } else {
            self.finished = self.answers.first_unanswered().is_none();
            if let Some(missing) = self.answers.first_unanswered() {
                self.step = questions.iter().position(|q| q.id == missing.id).unwrap_or(0);
            }
        }
        true
    }

    /// Goes back one question (or from the result to the last question).
    pub fn retreat(&mut self) {
        if self.finished {
            self.finished = false;
        } else {
            self.step = self.step.saturating_sub(1);
        }
    }
}

/// How many named assessments the browser keeps; saving one more asks to delete one first.
pub const LIBRARY_LIMIT: usize = 50;
/// The longest name kept for an assessment or a series.
pub const NAME_LIMIT: usize = 80;
/// The longest note kept with an assessment.
pub const NOTE_LIMIT: usize = 120;

/// A calendar day, as the browser's clock gave it when an assessment was kept.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct Day {
    year: u16,
    month: u8,
    day: u8,
}

impl Day {
    /// A day that exists in the Gregorian calendar, from the year 2000 to 9999.
    pub fn new(year: u32, month: u32, day: u32) -> Option<Day> {
        let leap = year.is_multiple_of(4) && (!year.is_multiple_of(100) || year.is_multiple_of(400));
        let length = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        let ok = (2000..=9999).contains(&year) && (1..=length).contains(&day);
        ok.then_some(Day { year: year as u16, month: month as u8, day: day as u8 })
    }

    /// Reads a day written as `YYYY-MM-DD`; anything else is `None`.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let mut number = |len: usize| parts.next().filter(|p| p.len() == len && p.bytes().all(|b| b.is_ascii_digit()));
        let (y, m, d) = (number(4)?, number(2)?, number(2)?);
        if parts.next().is_some() {
            return None;
        }
        Day::new(y.parse().ok()?, m.parse().ok()?, d.parse().ok()?)
    }

    /// The day as `YYYY-MM-DD`, as it is stored and shown.
    pub fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// One named assessment, kept to look at again or compare. The track is the answers' own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Named {
    pub name: String,
    pub answers: Answers,
    /// The rules the answers were given under.
    pub rules: u32,
    /// The day it was kept; `None` for what was kept before days were recorded (format 1 and 2).
    pub kept: Option<Day>,
    /// A one-line note ("after the reorg"); may be empty.
    pub note: String,
    /// The series (an organisation) it belongs to; only leader assessments have one.
    pub series: Option<String>,
}

impl Named {
    /// An undated entry outside any series, as every entry was before format 3.
    pub fn undated(name: &str, answers: &Answers, rules: u32) -> Named {
        Named {
            name: clean_name(name),
            answers: answers.validated(),
            rules,
            kept: None,
            note: String::new(),
            series: None,
        }
    }
}

/// The named assessments kept in this browser, oldest first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Library {
    pub items: Vec<Named>,
}

/// A named assessment as it is written; as for progress, no track means the leader track, no
/// rules (format 1) means the rules of the envelope, and no day, note or series (formats 1 and
/// 2) means undated, without a note, outside any series.
#[derive(Serialize, Deserialize)]
struct StoredNamed {
    name: String,
    #[serde(default)]
    track: Track,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rules: Option<u32>,
    answers: Answers,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    kept: Option<String>,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    note: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    series: Option<String>,
}

#[derive(Serialize, Deserialize)]
struct StoredLibrary {
    items: Vec<StoredNamed>,
}

/// Whether an assessment can belong to a series: a series follows one organisation, so only
/// leader assessments (a team to build) can; a team to join is no organisation of the user's.
pub fn joins_series(answers: &Answers) -> bool {
    answers.track() == Track::Leader
}

/// An entry kept under a name, in the library or among the team views.
pub trait Kept {
    fn name(&self) -> &str;
}

impl Kept for Named {
    fn name(&self) -> &str {
        &self.name
    }
}

/// Puts an entry in place of the one of the same name, else at the end while there is room
/// ([`LIBRARY_LIMIT`]); false when the list is full.
pub fn put<T: Kept>(items: &mut Vec<T>, entry: T) -> bool {
    if let Some(existing) = items.iter_mut().find(|item| item.name() == entry.name()) {
        *existing = entry;
    } else if items.len() < LIBRARY_LIMIT {
        items.push(entry);
    } else {
        return false;
    }
    true
}

/// A name as it will be kept: no control characters, trimmed, at most `NAME_LIMIT` characters.
pub fn clean_name(name: &str) -> String {
    clean(name, NAME_LIMIT)
}

/// A note as it will be kept: as a name, at most `NOTE_LIMIT` characters.
pub fn clean_note(note: &str) -> String {
    clean(note, NOTE_LIMIT)
}

fn clean(text: &str, limit: usize) -> String {
    text.chars().filter(|c| !c.is_control()).take(limit).collect::<String>().trim().to_owned()
}

impl Library {
    /// Keeps an undated assessment, given under some rules, under a name, replacing one of the
    /// same name. Refuses an empty name, and a new name when the library is full.
    pub fn keep(&mut self, name: &str, answers: &Answers, rules: u32) -> bool {
        self.insert(Named::undated(name, answers, rules))
    }

    /// Keeps an entry (its name, note and series cleaned), replacing one of the same name;
    /// a series is only kept for a leader assessment. Refuses an empty name, and a new name
    /// when the library is full.
    pub fn insert(&mut self, entry: Named) -> bool {
        let series = entry.series.as_deref().map(clean_name).filter(|s| !s.is_empty());
        let entry = Named {
            name: clean_name(&entry.name),
            note: clean_note(&entry.note),
            series: series.filter(|_| joins_series(&entry.answers)),
            ..entry
        };
        !entry.name.is_empty() && put(&mut self.items, entry)
    }

    /// Adds a dated leader assessment to a series, never replacing an entry: it is named after
    /// the series and the day, numbered if that name is taken. Returns the name it was kept
    /// under, or `None` for an empty series name, a practitioner assessment or a full library.
    pub fn add_to_series(
        &mut self,
        series: &str,
        answers: &Answers,
        rules: u32,
        kept: Day,
        note: &str,
    ) -> Option<String> {
        let series = clean_name(series);
        if series.is_empty() || !joins_series(answers) {
            return None;
        }
        let base = format!("{series} · {}", kept.iso());
        let name = (1..=LIBRARY_LIMIT + 1)
            .map(|n| if n == 1 { base.clone() } else { format!("{base} ({n})") })
            .map(|name| clean_name(&name))
            .find(|name| self.get(name).is_none())?;
        let entry = Named {
            name: name.clone(),
            answers: answers.validated(),
            rules,
            kept: Some(kept),
            note: note.to_owned(),
            series: Some(series),
        };
        self.insert(entry).then_some(name)
    }

    /// Puts a kept leader assessment into a series, or takes it out with `None`; returns
    /// whether it changed.
    pub fn set_series(&mut self, name: &str, series: Option<&str>) -> bool {
        let series = series.map(clean_name).filter(|s| !s.is_empty());
        match self.items.iter_mut().find(|item| item.name == name) {
            Some(item) if joins_series(&item.answers) && item.series != series => {
                item.series = series;
                true
            }
            _ => false,
        }
    }

    /// The names of the series, in the order their first entry was kept.
    pub fn series_names(&self) -> Vec<&str> {
        let mut names: Vec<&str> = Vec::new();
        for series in self.items.iter().filter_map(|item| item.series.as_deref()) {
            if !names.contains(&series) {
                names.push(series);
            }
        }
        names
    }

    /// The entries of a series, oldest first: undated ones (kept before days were recorded)
    /// first, then by day, entries of one day in the order they were kept.
    pub fn series(&self, series: &str) -> Vec<&Named> {
        let mut entries: Vec<&Named> =
            self.items.iter().filter(|item| item.series.as_deref() == Some(series)).collect();
        entries.sort_by_key(|item| item.kept);
        entries
    }

    pub fn remove(&mut self, name: &str) {
        self.items.retain(|item| item.name != name);
    }

    pub fn get(&self, name: &str) -> Option<&Named> {
        self.items.iter().find(|item| item.name == name)
    }
}

/// Serialises the library in the current envelope.
pub fn encode_library(library: &Library) -> String {
    let items = library
        .items
        .iter()
        .map(|item| StoredNamed {
            name: item.name.clone(),
            track: item.answers.track(),
            rules: Some(item.rules),
            answers: item.answers.clone(),
            kept: item.kept.map(Day::iso),
            note: item.note.clone(),
            series: item.series.clone(),
        })
        .collect();
    let envelope = Envelope { format: LIBRARY_FORMAT, rules: RULES_VERSION, progress: StoredLibrary { items } };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Reads the library back, of format 1, 2 or 3, with the same distrust as progress: names,
/// notes and series are cleaned, answers checked against their track, a day that does not
/// exist read as undated, duplicates and entries past the limit dropped. An entry of rules newer than this release makes the whole library newer: saving
/// without it would lose it.
pub fn decode_library(text: &str) -> Result<Library, SavedError> {
    let stamp = stamp(text, LIBRARY_FORMAT, 1)?;
    let read: StoredLibrary = serde_json::from_str::<Envelope<StoredLibrary>>(text)
        .map_err(|e| SavedError::Unreadable(e.to_string()))?
        .progress;
    let mut library = Library::default();
    for item in read.items {
        let rules = item.rules.unwrap_or(stamp.rules);
        if rules > RULES_VERSION {
            return Err(SavedError::Newer { format: stamp.format, rules });
        }
        if !rules_known(rules) {
            return Err(SavedError::Unreadable(format!("an entry with rules {rules}")));
        }
        if library.get(&clean_name(&item.name)).is_none() {
            library.insert(Named {
                name: item.name,
                answers: Answers::kept(item.track, item.answers.pairs()),
                rules,
                kept: item.kept.as_deref().and_then(Day::parse),
                note: item.note,
                series: item.series,
            });
        }
    }
    Ok(library)
}
