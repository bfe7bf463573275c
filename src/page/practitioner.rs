//! The practitioner track's page: at a glance first, then the kind of team, the skill gap, the
//! red flags with the questions to ask, what the user wants next, and getting the job.

use super::leader::Field;
use super::{flag_item, flag_name, Chrome, FlagItem, Glance, Item, Line, Scores, Words};
use crate::engine::practitioner::red_flags::Status;

use crate::engine::practitioner::skill_gap::Gap;
use crate::engine::practitioner::Report;
use crate::key;
use crate::text::phrases;

/// The practitioner track's result, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct PractitionerPage {
    pub chrome: Chrome,
    pub title: &'static str,
    pub glance: Glance,
    pub team: TeamSection,
    pub gap: GapSection,
    pub flags: FlagsSection,
    pub preferences: LinesSection,
    pub search: SearchSection,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamSection {
    pub heading: &'static str,
    pub winner: &'static str,
    pub margin: u32,
    pub lead: String,
    /// Why a tie went the way it did: the app's own rule.
    pub tie_rule: Option<Line>,
    pub summary: Line,
    pub suits: Line,
    /// The types describe mature tech companies, not necessarily startups.
    pub caveat: Line,
    pub extra: Vec<Line>,
    pub drivers_heading: &'static str,
    pub drivers: Vec<String>,
    pub scores: Scores,
    pub titles: Line,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapSection {
    pub heading: &'static str,
    /// `too-small`, `workable`, `too-large` or `unknown`.
    pub gap: &'static str,
    pub scale_label: &'static str,
    pub steps: Vec<GapStep>,
    /// The verdict in a word.
    pub name: &'static str,
    pub verdict: Line,
    pub case: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GapStep {
    pub id: &'static str,
    pub name: &'static str,
    pub current: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlagsSection {
    pub heading: &'static str,
    pub none: Option<&'static str>,
    pub flags: Vec<FlagItem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinesSection {
    pub heading: &'static str,
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchSection {
    pub heading: &'static str,
    pub groups: Vec<Field>,
}

fn gap_name(words: Words, gap: Gap) -> &'static str {
    match gap {
        Gap::TooSmall => words.key(key!("gap.name.too-small")),
        Gap::Workable => words.key(key!("gap.name.workable")),
        Gap::TooLarge => words.key(key!("gap.name.too-large")),
        Gap::Unknown => words.key(key!("gap.name.unknown")),
    }
}

/// Words the practitioner report.
pub fn page(report: &Report, words: Words) -> PractitionerPage {
    let team = &report.team_type;
    let type_name = |id: &str| phrases::team_type_name(words.0, id);
    let raised: Vec<&str> =
        report.flags.iter().filter(|f| f.status == Status::Raised).map(|f| flag_name(words, f.flag.id())).collect();
    let items = vec![
        Item {
            id: "team-type",
            label: words.key(key!("glance.team_type")),
            value: type_name(team.winner.id()).to_owned(),
        },
        Item {
            id: "skill-gap",
            label: words.key(key!("glance.skill_gap")),
            value: gap_name(words, report.skill_gap.gap).to_owned(),
        },
        Item {
            id: "flags",
            label: words.key(key!("glance.flags")),
            value: if raised.is_empty() {
                words.key(key!("glance.flags.none")).to_owned()
            } else {
                raised.join(words.key(key!("list.separator")))
            },
        },
    ];
    let glance = Glance::new(
        words,
        items,
        report.glance.next.iter().map(|s| words.line(&s.advice)).collect(),
        report.glance.later.iter().map(|s| words.line(&s.advice)).collect(),
    );
    let gap = &report.skill_gap;
    let ask_label = words.key(key!("result.flags.ask"));
    PractitionerPage {
        chrome: words.chrome(),
        title: words.key(key!("result.practitioner.heading")),
        glance,
        team: TeamSection {
            heading: words.key(key!("result.type.heading")),
            winner: team.winner.id(),
            margin: team.margin,
            lead: phrases::team_type_lead(words.0, team),
            tie_rule: team.tie_rule.as_ref().map(|line| words.line(line)),
            summary: words.line(&team.summary),
            suits: words.line(&team.suits),
            caveat: words.line(&team.caveat),
            extra: words.lines(team.background.iter().chain(&team.unknowns)),
            drivers_heading: words.key(key!("result.archetype.drivers")),
            drivers: team
                .drivers
                .iter()
                .map(|d| phrases::driver(words.0, d.answer.question, d.answer.choice, d.points))
                .collect(),
            scores: words.scores(
                words.key(key!("type.scores")),
                team.ranking
                    .iter()
                    .map(|s| (s.team_type.id(), type_name(s.team_type.id()), s.points, s.team_type == team.winner)),
            ),
            titles: words.line(&report.titles),
        },
        gap: GapSection {
            heading: words.key(key!("result.gap.heading")),
            gap: gap.gap.id(),
            scale_label: words.key(key!("gap.scale")),
            steps: [Gap::TooSmall, Gap::Workable, Gap::TooLarge]
                .into_iter()
                .map(|step| GapStep { id: step.id(), name: gap_name(words, step), current: step == gap.gap })
                .collect(),
            name: gap_name(words, gap.gap),
            verdict: words.line(&gap.verdict),
            case: words.lines(&gap.case),
        },
        flags: FlagsSection {
            heading: words.key(key!("result.flags.heading")),
            none: raised.is_empty().then(|| words.key(key!("result.flags.none"))),
            flags: report.flags.iter().map(|check| flag_item(check, words, ask_label)).collect(),
        },
        preferences: LinesSection {
            heading: words.key(key!("result.pref.heading")),
            lines: words.lines(&report.preferences),
        },
        search: SearchSection {
            heading: words.key(key!("result.search.heading")),
            groups: vec![
                Field { label: words.key(key!("result.search.channels")), lines: words.lines(&report.search.channels) },
                Field {
                    label: words.key(key!("result.search.stand_out")),
                    lines: words.lines(&report.search.stand_out),
                },
                Field { label: words.key(key!("result.search.prepare")), lines: words.lines(&report.search.prepare) },
            ],
        },
    }
}

impl PractitionerPage {
    /// Every line, in page order.
    pub fn lines(&self) -> Vec<&Line> {
        let mut all: Vec<&Line> = Vec::new();
        all.extend(self.glance.next.iter().chain(&self.glance.later));
        let t = &self.team;
        all.extend(&t.tie_rule);
        all.extend([&t.summary, &t.suits, &t.caveat]);
        all.extend(&t.extra);
        all.push(&t.titles);
        all.push(&self.gap.verdict);
        all.extend(&self.gap.case);
        all.extend(self.flags.flags.iter().flat_map(|f| f.findings.iter().chain(&f.asks.lines)));
        all.extend(&self.preferences.lines);
        all.extend(self.search.groups.iter().flat_map(|g| &g.lines));
        all
    }

    /// Every text the page shows, for the checks on wording.
    pub fn texts(&self) -> Vec<&str> {
        let mut all: Vec<&str> = vec![self.title];
        all.extend(self.glance.texts());
        let t = &self.team;
        all.extend([t.heading, t.lead.as_str(), t.drivers_heading, t.scores.heading]);
        all.extend(t.drivers.iter().map(String::as_str));
        all.extend(t.scores.rows.iter().map(|r| r.text.as_str()));
        let g = &self.gap;
        all.extend([g.heading, g.scale_label, g.name]);
        all.extend(g.steps.iter().map(|s| s.name));
        all.push(self.flags.heading);
        all.extend(self.flags.none);
        for flag in &self.flags.flags {
            all.extend([flag.title.as_str(), flag.asks.label]);
        }
        all.extend([self.preferences.heading, self.search.heading]);
        all.extend(self.search.groups.iter().map(|g| g.label));
        all.extend(self.lines().into_iter().flat_map(Line::texts));
        all
    }
}
