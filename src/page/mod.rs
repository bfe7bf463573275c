//! The page model: a report of either track worded for one locale, section by section, each
//! line with the facts it rests on and the answers that raised it.
//!
//! This is where the report is worded, once. The screen (`ui`), the Markdown export
//! (`share::markdown`) and print draw this model and decide nothing themselves: every text,
//! every heading and every state they show is a field here.

pub mod candidate;
pub mod compare;
pub mod leader;
pub mod pair;
pub mod plan;
pub mod practitioner;
pub mod series;
pub mod team;
pub mod teams;

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::OnceLock;

use crate::engine::knowledge::{source_of, Source, SOURCES};
use crate::engine::practitioner::red_flags::{FlagCheck, Status};
use crate::engine::{advise, Advice, Answers, Archetype, Assessment, Track};
use crate::key;
use crate::text::{fill, phrases, t, text, Locale, MISSING};

use leader::Field;
pub use leader::LeaderPage;
pub use practitioner::PractitionerPage;

/// The result page of either track.
#[derive(Debug, Clone, PartialEq)]
pub enum Page {
    Leader(Box<LeaderPage>),
    Practitioner(Box<PractitionerPage>),
}

/// Words the report for these answers in this locale, with the target plan towards the
/// suggested target.
pub fn page(answers: &Answers, locale: Locale) -> Page {
    page_for(answers, locale, None)
}

/// Words the report for these answers in this locale, with the target plan towards `target`
/// (the suggested one when `None` or not a target these answers may choose).
pub fn page_for(answers: &Answers, locale: Locale, target: Option<Archetype>) -> Page {
    let words = Words(locale);
    match advise(answers) {
        Assessment::Leader(report) => {
            let plan = plan::section(&crate::engine::plan::plan(answers, &report, target), words);
            Page::Leader(Box::new(leader::page(&report, plan, words)))
        }
        Assessment::Practitioner(report) => Page::Practitioner(Box::new(practitioner::page(&report, words))),
    }
}

impl Page {
    /// The title of the page and of its Markdown document.
    pub fn title(&self) -> &str {
        match self {
            Page::Leader(page) => page.title,
            Page::Practitioner(page) => page.title,
        }
    }

    /// The words every page shares.
    pub fn chrome(&self) -> &Chrome {
        match self {
            Page::Leader(page) => &page.chrome,
            Page::Practitioner(page) => &page.chrome,
        }
    }

    /// Every line of the page, in order, for checks that must hold of all of them.
    pub fn lines(&self) -> Vec<&Line> {
        match self {
            Page::Leader(page) => page.lines(),
            Page::Practitioner(page) => page.lines(),
        }
    }

    /// Every text the page shows, in order: headings, labels, lines and their "Why?".
    pub fn texts(&self) -> Vec<&str> {
        match self {
            Page::Leader(page) => page.texts(),
            Page::Practitioner(page) => page.texts(),
        }
    }

    /// The sources the page cites, each with the IDs taken from it, in seed order.
    pub fn sources(&self) -> Vec<SourceNote> {
        sources(self.lines(), self.chrome().locale)
    }
}

/// The locale's words, looked up by checked keys or by the IDs content data carries.
#[derive(Debug, Clone, Copy)]
pub struct Words(pub Locale);

impl Words {
    fn key(self, key: crate::text::Key) -> &'static str {
        text(self.0, key)
    }

    fn id(self, key: &str) -> &'static str {
        t(self.0, key)
    }

    /// An advice line worded, with its "Why?".
    fn line(self, advice: &Advice) -> Line {
        self.line_text(advice, Cow::Borrowed(self.id(advice.key)))
    }

    /// A line whose text was assembled from a template, with the "Why?" of its advice.
    fn line_text(self, advice: &Advice, text: impl Into<Cow<'static, str>>) -> Line {
        Line { id: advice.key, text: text.into(), why: self.why(advice) }
    }

    fn lines<'a>(self, advice: impl IntoIterator<Item = &'a Advice>) -> Vec<Line> {
        advice.into_iter().map(|a| self.line(a)).collect()
    }

    fn why(self, advice: &Advice) -> Why {
        let facts = advice
            .knowledge
            .iter()
            .map(|&id| {
                let source = source_of(id);
                FactNote {
                    id,
                    summary: summary(self.0, id),
                    source: source.map(|s| credit(self.0, s)).unwrap_or_default(),
                    url: source.and_then(|s| s.url),
                }
            })
            .collect();
        let answers = advice.because.iter().map(|b| answer(self.0, b.question, b.choice)).collect();
        Why { facts, judgement: advice.judgement, answers }
    }

    fn chrome(self) -> Chrome {
        Chrome {
            locale: self.0,
            why_show: self.key(key!("why.show")),
            why_facts: self.key(key!("why.facts")),
            why_judgement: self.key(key!("why.judgement")),
            why_answers: self.key(key!("why.answers")),
            why_read: self.key(key!("why.read")),
            sections: self.key(key!("page.sections")),
            open_all: self.key(key!("page.open_all")),
            close_all: self.key(key!("page.close_all")),
            sources: self.key(key!("about.sources")),
            footer: self.key(key!("export.footer")),
            print_note: self.key(key!("print.note")),
        }
    }

    /// A ranking of scores (ID, name, points, winner), the winner marked.
    fn scores(
        self,
        heading: &'static str,
        rows: impl Iterator<Item = (&'static str, &'static str, u32, bool)>,
    ) -> Scores {
        let you = self.key(key!("result.archetype.you"));
        let rows = rows
            .map(|(id, name, points, winner)| {
                let points_text = phrases::points(self.0, points);
                let values = [("name", name), ("points", points_text.as_str()), ("you", you)];
                let text = if winner {
                    fill(self.key(key!("score.line.you")), &values)
                } else {
                    fill(self.key(key!("score.line")), &values)
                };
                Score { id, name, points, winner, text }
            })
            .collect();
        Scores { heading, rows }
    }
}

/// One line of advice, worded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// The advice's catalog key: a stable name for the line (`data-advice`).
    pub id: &'static str,
    pub text: Cow<'static, str>,
    pub why: Why,
}

/// What a line rests on: the facts (each with what its source says), whether the line is the
/// app's own judgement built on them, and the answers that raised it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Why {
    pub facts: Vec<FactNote>,
    pub judgement: bool,
    pub answers: Vec<&'static str>,
}

impl Why {
    /// The knowledge IDs, in order.
    pub fn ids(&self) -> Vec<&'static str> {
        self.facts.iter().map(|f| f.id).collect()
    }
}

/// One fact of the knowledge map: what it says, and where it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FactNote {
    pub id: &'static str,
    pub summary: &'static str,
    /// The article's title and its authors, as the sources support them.
    pub source: &'static str,
    pub url: Option<&'static str>,
}

/// Words every result page shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Chrome {
    pub locale: Locale,
    pub why_show: &'static str,
    pub why_facts: &'static str,
    pub why_judgement: &'static str,
    pub why_answers: &'static str,
    pub why_read: &'static str,
    pub sections: &'static str,
    pub open_all: &'static str,
    pub close_all: &'static str,
    pub sources: &'static str,
    pub footer: &'static str,
    /// Said at the end of the printed page.
    pub print_note: &'static str,
}

/// A labelled value of "at a glance".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Item {
    /// A stable name (`data-item`).
    pub id: &'static str,
    pub label: &'static str,
    pub value: String,
}

/// The decision in a few lines, above everything else.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Glance {
    pub heading: &'static str,
    pub items: Vec<Item>,
    pub next_heading: &'static str,
    pub next: Vec<Line>,
    pub later_heading: &'static str,
    pub later: Vec<Line>,
    /// Said when nothing is left for later.
    pub later_none: Option<&'static str>,
    pub note: &'static str,
}

impl Glance {
    fn new(words: Words, items: Vec<Item>, next: Vec<Line>, later: Vec<Line>) -> Glance {
        Glance {
            heading: words.key(key!("glance.heading")),
            items,
            next_heading: words.key(key!("glance.next")),
            next,
            later_heading: words.key(key!("glance.later")),
            later_none: later.is_empty().then(|| words.key(key!("glance.later.none"))),
            later,
            note: words.key(key!("glance.note")),
        }
    }

    fn texts(&self) -> Vec<&str> {
        let mut all = vec![self.heading];
        for item in &self.items {
            all.extend([item.label, item.value.as_str()]);
        }
        all.push(self.next_heading);
        all.extend(self.next.iter().flat_map(Line::texts));
        all.push(self.later_heading);
        all.extend(self.later_none);
        all.extend(self.later.iter().flat_map(Line::texts));
        all.push(self.note);
        all
    }
}

/// One score of a ranking.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Score {
    /// The stable ID of what was scored (`A-NASCENT`, `T-APPLIED`).
    pub id: &'static str,
    pub name: &'static str,
    pub points: u32,
    pub winner: bool,
    /// Name, points and the mark on the user's result, as one line.
    pub text: String,
}

/// A ranking, highest first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scores {
    pub heading: &'static str,
    pub rows: Vec<Score>,
}

/// A source the page cites, with the facts taken from it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceNote {
    pub text: String,
    pub url: Option<&'static str>,
}

impl Line {
    /// The line's own text and the texts of its "Why?".
    fn texts(&self) -> Vec<&str> {
        let mut all = vec![self.text.as_ref()];
        for fact in &self.why.facts {
            all.extend([fact.summary, fact.source]);
        }
        all.extend(self.why.answers.iter().copied());
        all
    }
}

fn sources(lines: Vec<&Line>, locale: Locale) -> Vec<SourceNote> {
    let mut ids: Vec<&'static str> = lines.iter().flat_map(|line| line.why.ids()).collect();
    ids.sort_unstable();
    ids.dedup();
    SOURCES
        .iter()
        .filter_map(|source| {
            let taken: Vec<&str> =
                ids.iter().copied().filter(|id| source_of(id).map(|s| s.seed) == Some(source.seed)).collect();
            (!taken.is_empty()).then(|| SourceNote {
                text: fill(
                    t(locale, "source.note"),
                    &[("source", credit(locale, source)), ("ids", &taken.join(t(locale, "list.separator")))],
                ),
                url: source.url,
            })
        })
        .collect()
}

/// A source's title and credit in the locale, worded once per locale.
fn credit(locale: Locale, source: &Source) -> &'static str {
    static CREDITS: [OnceLock<Vec<String>>; 2] = [OnceLock::new(), OnceLock::new()];
    let index = SOURCES.iter().position(|s| s.seed == source.seed).unwrap_or_default();
    let all = CREDITS[locale as usize].get_or_init(|| {
        SOURCES
            .iter()
            .map(|s| {
                fill(t(locale, "why.credit"), &[("title", s.title), ("credit", phrases::source_credit(locale, s.seed))])
            })
            .collect()
    });
    all.get(index).map_or("", String::as_str)
}

/// An answer as the user saw it (question and option), worded once per locale: every option
/// of both tracks' questions, the first time a page asks.
fn answer(locale: Locale, question: &'static str, choice: &'static str) -> &'static str {
    type Worded = HashMap<(&'static str, &'static str), String>;
    static ANSWERS: [OnceLock<Worded>; 2] = [OnceLock::new(), OnceLock::new()];
    let all = ANSWERS[locale as usize].get_or_init(|| {
        Track::ALL
            .iter()
            .flat_map(|track| track.questions())
            .flat_map(|q| q.choices.iter().map(move |c| ((q.id, c.id), phrases::answer(locale, q.id, c.id))))
            .collect()
    });
    all.get(&(question, choice)).map_or(MISSING, String::as_str)
}

/// What a fact says, in the locale; every page shows many, so they are looked up once.
fn summary(locale: Locale, id: &'static str) -> &'static str {
    static SUMMARIES: [OnceLock<HashMap<&'static str, &'static str>>; 2] = [OnceLock::new(), OnceLock::new()];
    let all = SUMMARIES[locale as usize].get_or_init(|| {
        crate::engine::knowledge::FACTS.iter().map(|fact| (fact.id, t(locale, &format!("fact.{}", fact.id)))).collect()
    });
    all.get(id).copied().unwrap_or(MISSING)
}

#[derive(Debug, Clone, PartialEq, Eq)]
/// A red flag worded, for the practitioner report and the candidate's view of a leader's team.
pub struct FlagItem {
    pub flag_id: &'static str,
    /// `raised`, `unclear` or `clear`.
    pub status_id: &'static str,
    pub raised: bool,
    /// The flag's name and its status, as one heading.
    pub title: String,
    pub findings: Vec<Line>,
    pub asks: Field,
}

/// A red flag's name.
fn flag_name(words: Words, id: &str) -> &'static str {
    words.id(&format!("flag.name.{id}"))
}

/// One red flag worded: its name and status, what the answers showed, and what to ask.
fn flag_item(check: &FlagCheck, words: Words, ask_label: &'static str) -> FlagItem {
    FlagItem {
        flag_id: check.flag.id(),
        status_id: check.status.id(),
        raised: check.status == Status::Raised,
        title: fill(
            words.key(key!("flag.title")),
            &[
                ("flag", flag_name(words, check.flag.id())),
                ("status", words.id(&format!("flag.status.{}", check.status.id()))),
            ],
        ),
        findings: words.lines(&check.findings),
        asks: Field { label: ask_label, lines: words.lines(&check.asks) },
    }
}
