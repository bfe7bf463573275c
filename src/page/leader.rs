//! The leader track's page: at a glance first, then the gate, the archetype, warning signs,
//! design, size, hiring, roles, recruiting, interviews and practice, each a section the reader
//! can open and close.

use super::candidate::{self, CandidateSection};
use super::plan::PlanSection;
use super::{Chrome, Glance, Item, Line, Scores, Words};
use crate::engine::design::Fit;
use crate::engine::gate::{Standing, Verdict};
use crate::engine::glance::{Action, Step};
use crate::engine::hiring::{Role, Tier};
use crate::engine::roles::{profile, Card};
use crate::engine::Report;
use crate::key;
use crate::text::{fill, phrases};

/// The leader track's result, worded.
#[derive(Debug, Clone, PartialEq)]
pub struct LeaderPage {
    pub chrome: Chrome,
    pub title: &'static str,
    pub glance: Glance,
    /// Said under the glance while the gate has not said go.
    pub provisional: Option<&'static str>,
    pub gate: GateSection,
    pub archetype: ArchetypeSection,
    pub anti: AntiSection,
    pub design: DesignSection,
    pub size: Option<SizeSection>,
    pub hiring: HiringSection,
    pub roles: RolesSection,
    pub recruiting: RecruitingSection,
    pub interviews: InterviewsSection,
    pub practice: PracticeSection,
    /// From today's archetype to a chosen target.
    pub plan: PlanSection,
    /// The team being built as a candidate would judge it.
    pub candidate: CandidateSection,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GateSection {
    pub heading: &'static str,
    /// `go` or `not-yet`.
    pub verdict: &'static str,
    pub summary: Line,
    pub checks: Vec<CheckRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CheckRow {
    /// The condition's knowledge ID.
    pub condition_id: &'static str,
    /// `met`, `not-met` or `unsure`.
    pub standing_id: &'static str,
    pub standing: &'static str,
    pub condition: &'static str,
    pub next_step: Option<Line>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct ArchetypeSection {
    pub heading: &'static str,
    pub winner: &'static str,
    pub margin: u32,
    pub lead: String,
    /// Why a tie went the way it did: the app's own rule.
    pub tie_rule: Option<Line>,
    pub summary: Line,
    pub drivers_heading: &'static str,
    pub drivers: Vec<String>,
    pub scores: Scores,
    pub counterfactual_heading: &'static str,
    pub counterfactual: Option<Counterfactual>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Counterfactual {
    /// The archetype the changes lead to.
    pub becomes: &'static str,
    pub line: Line,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AntiSection {
    pub heading: &'static str,
    pub none: Option<&'static str>,
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesignSection {
    pub heading: &'static str,
    pub archetype: &'static str,
    pub intro: Line,
    pub choices: Vec<DesignChoice>,
    pub first_steps_heading: Option<&'static str>,
    pub first_steps: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DesignChoice {
    pub axis_id: &'static str,
    /// `matches`, `differs` or `unknown`.
    pub fit_id: &'static str,
    pub axis: &'static str,
    pub line: Line,
    pub fit: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SizeSection {
    pub heading: &'static str,
    pub lines: Vec<Line>,
    pub why_hard: Option<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HiringSection {
    pub heading: &'static str,
    pub notes: Vec<Line>,
    pub tiers: Vec<TierGroup>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TierGroup {
    pub tier_id: &'static str,
    pub heading: &'static str,
    pub hires: Vec<HireRow>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HireRow {
    pub role_id: &'static str,
    /// The role's name and how many people, as one heading.
    pub title: String,
    pub reasons: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct RolesSection {
    pub heading: &'static str,
    pub chart: SkillsChart,
    pub chart_note: Line,
    pub suggested_heading: &'static str,
    pub suggested: Vec<RoleCard>,
    pub others_heading: &'static str,
    pub others: Vec<RoleCard>,
}

/// The six roles by ML expertise and communication, as the chart draws them.
#[derive(Debug, Clone, PartialEq)]
pub struct SkillsChart {
    pub title: &'static str,
    pub x_label: &'static str,
    pub y_label: &'static str,
    /// The chart in words, for assistive technology.
    pub desc: String,
    pub points: Vec<RolePoint>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolePoint {
    pub role_id: &'static str,
    pub label: String,
    /// 1 to 5.
    pub ml_expertise: u8,
    /// 1 to 5.
    pub communication: u8,
    pub in_plan: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleCard {
    pub role_id: &'static str,
    pub tier_id: &'static str,
    pub name: &'static str,
    pub fields: Vec<Field>,
    pub extra: Vec<Line>,
}

/// A labelled group of lines.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    pub label: &'static str,
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecruitingSection {
    pub heading: &'static str,
    pub scarcity: Line,
    pub specific: Line,
    pub sourcing_heading: &'static str,
    pub sourcing: Vec<RoleLines>,
    pub attract_heading: &'static str,
    pub attract: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleLines {
    pub role_id: &'static str,
    pub name: &'static str,
    pub lines: Vec<Line>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewsSection {
    pub heading: &'static str,
    pub note: Line,
    pub loops: Vec<InterviewLoop>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InterviewLoop {
    pub role_id: &'static str,
    pub name: &'static str,
    pub validate: Field,
    pub bar: Field,
    pub formats_label: &'static str,
    pub formats: Vec<&'static str>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeSection {
    pub heading: &'static str,
    pub items: Vec<PracticeItem>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PracticeItem {
    /// The tag of a practice the answers make pressing.
    pub pressing: Option<&'static str>,
    pub line: Line,
}

fn role_name(words: Words, role: Role) -> &'static str {
    phrases::role_name(words.0, role.id())
}

fn tier_name(words: Words, tier: Tier) -> &'static str {
    match tier {
        Tier::First => words.key(key!("tier.first")),
        Tier::Next => words.key(key!("tier.next")),
        Tier::Later => words.key(key!("tier.later")),
    }
}

fn glance(report: &Report, words: Words) -> Glance {
    let verdict = phrases::verdict(words.0, report.gate.verdict);
    let first: Vec<&str> = report
        .hiring
        .hires
        .iter()
        .filter(|hire| hire.tier == Tier::First)
        .map(|hire| role_name(words, hire.role))
        .collect();
    let first = match report.gate.verdict {
        Verdict::Go => first.join(words.key(key!("list.separator"))),
        Verdict::NotYet => words.key(key!("glance.first_hires.none")).to_owned(),
    };
    let items = vec![
        Item { id: "verdict", label: words.key(key!("glance.verdict")), value: verdict.to_owned() },
        Item {
            id: "archetype",
            label: words.key(key!("glance.archetype")),
            value: phrases::archetype_name(words.0, report.archetype.winner.id()).to_owned(),
        },
        Item { id: "first-hires", label: words.key(key!("glance.first_hires")), value: first },
    ];
    let next = report
        .glance
        .next
        .iter()
        .map(|step| match step.action {
            Action::Describe(role) => {
                words.line_text(&step.advice, fill(words.id(step.advice.key), &[("role", role_name(words, role))]))
            }
            _ => words.line(&step.advice),
        })
        .collect();
    // The hires the plan puts off share one line, with the facts of each.
    let (hires, others): (Vec<&Step>, Vec<&Step>) =
        report.glance.later.iter().partition(|step| matches!(step.action, Action::Hire(_)));
    let mut later: Vec<Line> = Vec::new();
    if let Some(first) = hires.first() {
        let roles: Vec<&str> = hires
            .iter()
            .filter_map(|step| match step.action {
                Action::Hire(role) => Some(role_name(words, role)),
                _ => None,
            })
            .collect();
        let mut line = words.line_text(
            &first.advice,
            fill(words.id(first.advice.key), &[("roles", &roles.join(words.key(key!("list.separator"))))]),
        );
        for step in &hires[1..] {
            line.why.facts.extend(words.why(&step.advice).facts);
        }
        later.push(line);
    }
    later.extend(others.into_iter().map(|step| words.line(&step.advice)));
    Glance::new(words, items, next, later)
}

fn gate(report: &Report, words: Words) -> GateSection {
    let checks = report
        .gate
        .checks
        .iter()
        .map(|check| {
            let (standing_id, standing) = match check.standing {
                Standing::Met => ("met", words.key(key!("standing.met"))),
                Standing::NotMet => ("not-met", words.key(key!("standing.not_met"))),
                Standing::Unsure => ("unsure", words.key(key!("standing.unsure"))),
            };
            let condition_id = check.condition.knowledge();
            CheckRow {
                condition_id,
                standing_id,
                standing,
                condition: words.id(&format!("gate.cond.{condition_id}")),
                next_step: check.next_step.as_ref().map(|advice| words.line(advice)),
            }
        })
        .collect();
    GateSection {
        heading: words.key(key!("result.gate.heading")),
        verdict: match report.gate.verdict {
            Verdict::Go => "go",
            Verdict::NotYet => "not-yet",
        },
        summary: words.line(&report.gate.summary),
        checks,
    }
}

fn archetype(report: &Report, words: Words) -> ArchetypeSection {
    let a = &report.archetype;
    let drivers =
        a.drivers.iter().map(|d| phrases::driver(words.0, d.answer.question, d.answer.choice, d.points)).collect();
    let scores = words.scores(
        words.key(key!("result.archetype.scores")),
        a.ranking.iter().map(|s| {
            (s.archetype.id(), phrases::archetype_name(words.0, s.archetype.id()), s.points, s.archetype == a.winner)
        }),
    );
    ArchetypeSection {
        heading: words.key(key!("result.archetype.heading")),
        winner: a.winner.id(),
        margin: a.margin,
        lead: phrases::archetype_lead(words.0, a),
        tie_rule: a.tie_rule.as_ref().map(|line| words.line(line)),
        summary: words.line(&a.summary),
        drivers_heading: words.key(key!("result.archetype.drivers")),
        drivers,
        scores,
        counterfactual_heading: words.key(key!("result.counterfactual.heading")),
        counterfactual: report.counterfactual.as_ref().map(|cf| Counterfactual {
            becomes: cf.becomes.id(),
            line: words.line_text(&cf.advice, phrases::counterfactual(words.0, cf)),
        }),
    }
}

fn design(report: &Report, words: Words) -> DesignSection {
    let d = &report.design;
    let choices = d
        .choices
        .iter()
        .map(|choice| DesignChoice {
            axis_id: choice.axis.id(),
            fit_id: match choice.fit {
                Fit::Matches => "matches",
                Fit::TypicalWeakness => "typical-weakness",
                Fit::SmallCompanyBuildsEndToEnd => "small-company",
                Fit::Differs => "differs",
                Fit::Unknown => "unknown",
            },
            axis: words.id(&format!("design.axis.{}", choice.axis.id())),
            line: words.line(&choice.advice),
            fit: phrases::design_fit(words.0, choice),
        })
        .collect();
    DesignSection {
        heading: words.key(key!("result.design.heading")),
        archetype: report.archetype.winner.id(),
        intro: words.line(&d.intro),
        choices,
        first_steps_heading: (!d.first_steps.is_empty()).then(|| words.key(key!("result.design.first_steps"))),
        first_steps: words.lines(&d.first_steps),
    }
}

fn hiring(report: &Report, words: Words) -> HiringSection {
    let tiers = [Tier::First, Tier::Next, Tier::Later]
        .into_iter()
        .filter(|tier| report.hiring.hires.iter().any(|hire| hire.tier == *tier))
        .map(|tier| TierGroup {
            tier_id: tier.id(),
            heading: tier_name(words, tier),
            hires: report
                .hiring
                .hires
                .iter()
                .filter(|hire| hire.tier == tier)
                .map(|hire| HireRow {
                    role_id: hire.role.id(),
                    title: fill(
                        words.key(key!("hire.title")),
                        &[
                            ("role", role_name(words, hire.role)),
                            ("headcount", phrases::headcount(words.0, hire.headcount)),
                        ],
                    ),
                    reasons: words.lines(&hire.reasons),
                })
                .collect(),
        })
        .collect();
    HiringSection {
        heading: words.key(key!("result.hiring.heading")),
        notes: words.lines(report.hiring.first_steps.iter().chain(&report.hiring.notes)),
        tiers,
    }
}

fn card(card: &Card, words: Words) -> RoleCard {
    let field = |label, lines| Field { label, lines };
    RoleCard {
        role_id: card.role.id(),
        tier_id: card.tier.id(),
        name: role_name(words, card.role),
        fields: vec![
            field(words.key(key!("role.label.duties")), vec![words.line(&card.duties)]),
            field(words.key(key!("role.label.tools")), vec![words.line(&card.tools)]),
            field(words.key(key!("role.label.background")), vec![words.line(&card.background)]),
            field(words.key(key!("role.label.axes")), words.lines(&card.axes)),
        ],
        extra: words.lines(card.hire_or_train.iter().chain(&card.pitfalls)),
    }
}

fn skills_chart(suggested: &[Role], words: Words) -> SkillsChart {
    let in_plan_mark = words.key(key!("roles.chart.in_plan"));
    let points: Vec<RolePoint> = Role::ALL
        .iter()
        .map(|&role| {
            let skills = profile(role).skills;
            let in_plan = suggested.contains(&role);
            let name = role_name(words, role);
            RolePoint {
                role_id: role.id(),
                label: if in_plan { format!("★ {name}") } else { name.to_owned() },
                ml_expertise: skills.ml_expertise,
                communication: skills.communication,
                in_plan,
            }
        })
        .collect();
    let desc = Role::ALL
        .iter()
        .zip(&points)
        .map(|(&role, point)| {
            fill(
                words.key(key!("roles.chart.desc")),
                &[
                    ("role", role_name(words, role)),
                    ("ml", &point.ml_expertise.to_string()),
                    ("comm", &point.communication.to_string()),
                    ("suggested", if point.in_plan { in_plan_mark } else { "" }),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    SkillsChart {
        title: words.key(key!("roles.chart.title")),
        x_label: words.key(key!("roles.chart.x")),
        y_label: words.key(key!("roles.chart.y")),
        desc,
        points,
    }
}

fn roles(report: &Report, words: Words) -> RolesSection {
    let (suggested, others): (Vec<&Card>, Vec<&Card>) =
        report.roles.cards.iter().partition(|c| report.roles.suggested.contains(&c.role));
    RolesSection {
        heading: words.key(key!("result.roles.heading")),
        chart: skills_chart(&report.roles.suggested, words),
        chart_note: words.line(&report.roles.chart),
        suggested_heading: words.key(key!("result.roles.suggested")),
        suggested: suggested.into_iter().map(|c| card(c, words)).collect(),
        others_heading: words.key(key!("result.roles.others")),
        others: others.into_iter().map(|c| card(c, words)).collect(),
    }
}

fn recruiting(report: &Report, words: Words) -> (RecruitingSection, InterviewsSection) {
    let r = &report.recruiting;
    let recruiting = RecruitingSection {
        heading: words.key(key!("result.recruiting.heading")),
        scarcity: words.line(&r.scarcity),
        specific: words.line(&r.specific),
        sourcing_heading: words.key(key!("result.recruiting.sourcing")),
        sourcing: r
            .sourcing
            .iter()
            .map(|s| RoleLines { role_id: s.role.id(), name: role_name(words, s.role), lines: words.lines(&s.lines) })
            .collect(),
        attract_heading: words.key(key!("result.recruiting.attract")),
        attract: words.lines(&r.attract),
    };
    let interviews = InterviewsSection {
        heading: words.key(key!("result.interviews.heading")),
        note: words.line(&r.interview_note),
        loops: r
            .loops
            .iter()
            .map(|l| InterviewLoop {
                role_id: l.role.id(),
                name: role_name(words, l.role),
                validate: Field {
                    label: words.key(key!("result.interviews.validate")),
                    lines: vec![words.line(&l.validate)],
                },
                bar: Field { label: words.key(key!("result.interviews.bar")), lines: vec![words.line(&l.bar)] },
                formats_label: words.key(key!("result.interviews.formats")),
                formats: l.formats.iter().map(|f| words.id(&format!("format.{}", f.id()))).collect(),
            })
            .collect(),
    };
    (recruiting, interviews)
}

/// Words the leader report.
pub fn page(report: &Report, plan: PlanSection, words: Words) -> LeaderPage {
    let (recruiting, interviews) = recruiting(report, words);
    let pressing = words.key(key!("result.practice.pressing"));
    LeaderPage {
        chrome: words.chrome(),
        title: words.key(key!("result.heading")),
        glance: glance(report, words),
        provisional: report.hiring.provisional().then(|| words.key(key!("result.provisional"))),
        gate: gate(report, words),
        archetype: archetype(report, words),
        anti: AntiSection {
            heading: words.key(key!("result.anti.heading")),
            none: report.anti_patterns.is_empty().then(|| words.key(key!("result.anti.none"))),
            lines: words.lines(&report.anti_patterns),
        },
        design: design(report, words),
        size: (!report.size.is_empty() || report.why_hard.is_some()).then(|| SizeSection {
            heading: words.key(key!("result.size.heading")),
            lines: words.lines(&report.size),
            why_hard: report.why_hard.as_ref().map(|a| words.line(a)),
        }),
        hiring: hiring(report, words),
        roles: roles(report, words),
        recruiting,
        interviews,
        practice: PracticeSection {
            heading: words.key(key!("result.practice.heading")),
            items: report
                .practices
                .iter()
                .map(|advice| PracticeItem {
                    pressing: (!advice.because.is_empty()).then_some(pressing),
                    line: words.line(advice),
                })
                .collect(),
        },
        plan,
        candidate: candidate::section(&report.candidate, words),
    }
}

impl LeaderPage {
    /// Every line, in page order.
    pub fn lines(&self) -> Vec<&Line> {
        let mut all: Vec<&Line> = Vec::new();
        all.extend(self.glance.next.iter().chain(&self.glance.later));
        all.push(&self.gate.summary);
        all.extend(self.gate.checks.iter().filter_map(|c| c.next_step.as_ref()));
        all.extend(&self.archetype.tie_rule);
        all.push(&self.archetype.summary);
        all.extend(self.archetype.counterfactual.iter().map(|c| &c.line));
        all.extend(&self.anti.lines);
        all.push(&self.design.intro);
        all.extend(self.design.choices.iter().map(|c| &c.line));
        all.extend(&self.design.first_steps);
        if let Some(size) = &self.size {
            all.extend(size.lines.iter().chain(&size.why_hard));
        }
        all.extend(&self.hiring.notes);
        all.extend(self.hiring.tiers.iter().flat_map(|t| t.hires.iter().flat_map(|h| &h.reasons)));
        all.push(&self.roles.chart_note);
        for card in self.roles.suggested.iter().chain(&self.roles.others) {
            all.extend(card.fields.iter().flat_map(|f| &f.lines).chain(&card.extra));
        }
        let r = &self.recruiting;
        all.extend([&r.scarcity, &r.specific]);
        all.extend(r.sourcing.iter().flat_map(|s| &s.lines).chain(&r.attract));
        all.push(&self.interviews.note);
        all.extend(self.interviews.loops.iter().flat_map(|l| l.validate.lines.iter().chain(&l.bar.lines)));
        all.extend(self.practice.items.iter().map(|i| &i.line));
        all.extend(self.plan.lines());
        all.extend(self.candidate.lines());
        all
    }

    /// Every text the page shows, for the checks on wording.
    pub fn texts(&self) -> Vec<&str> {
        let mut all: Vec<&str> = vec![self.title];
        all.extend(self.glance.texts());
        all.extend(self.provisional);
        let g = &self.gate;
        all.push(g.heading);
        for check in &g.checks {
            all.extend([check.standing, check.condition]);
        }
        let a = &self.archetype;
        all.extend([a.heading, a.lead.as_str(), a.drivers_heading, a.scores.heading, a.counterfactual_heading]);
        all.extend(a.drivers.iter().map(String::as_str));
        all.extend(a.scores.rows.iter().map(|r| r.text.as_str()));
        all.extend([self.anti.heading, self.design.heading]);
        all.extend(self.anti.none);
        for choice in &self.design.choices {
            all.extend([choice.axis, choice.fit.as_str()]);
        }
        all.extend(self.design.first_steps_heading);
        all.extend(self.size.iter().map(|s| s.heading));
        all.push(self.hiring.heading);
        for tier in &self.hiring.tiers {
            all.push(tier.heading);
            all.extend(tier.hires.iter().map(|h| h.title.as_str()));
        }
        let r = &self.roles;
        all.extend([r.heading, r.chart.title, r.chart.x_label, r.chart.y_label, r.chart.desc.as_str()]);
        all.extend([r.suggested_heading, r.others_heading]);
        for card in r.suggested.iter().chain(&r.others) {
            all.push(card.name);
            all.extend(card.fields.iter().map(|f| f.label));
        }
        all.extend(r.chart.points.iter().map(|p| p.label.as_str()));
        let rec = &self.recruiting;
        all.extend([rec.heading, rec.sourcing_heading, rec.attract_heading]);
        all.extend(rec.sourcing.iter().map(|s| s.name));
        all.push(self.interviews.heading);
        for l in &self.interviews.loops {
            all.extend([l.name, l.validate.label, l.bar.label, l.formats_label]);
            all.extend(l.formats.iter().copied());
        }
        all.push(self.practice.heading);
        all.extend(self.practice.items.iter().filter_map(|i| i.pressing));
        all.extend(self.plan.texts());
        all.extend(self.candidate.texts());
        all.extend(self.lines().into_iter().flat_map(Line::texts));
        all
    }
}
