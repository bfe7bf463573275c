//! The whole report of either track as Markdown, readable pasted into a wiki or an issue
//! tracker: every line with the knowledge IDs it rests on, and the source articles listed at
//! the end.

use std::fmt::Write;

use crate::engine::hiring::Tier;
use crate::engine::knowledge::{source_of, SOURCES};
use crate::engine::practitioner::red_flags::Status;
use crate::engine::practitioner::{self, skill_gap::Gap};
use crate::engine::recruiting::Format;
use crate::engine::{advise, Advice, Answers, Assessment, Report};
use crate::text::{phrases, t, Locale};

/// Collects lines and the facts they cite.
struct Doc {
    locale: Locale,
    out: String,
    cited: Vec<&'static str>,
}

impl Doc {
    fn text(&self, key: &str) -> &'static str {
        t(self.locale, key)
    }

    fn heading(&mut self, level: usize, key: &str) {
        let title = self.text(key);
        self.heading_text(level, title);
    }

    /// A heading, with exactly one blank line before it.
    fn heading_text(&mut self, level: usize, title: &str) {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        let _ = write!(self.out, "\n{} {title}\n\n", "#".repeat(level));
    }

    fn paragraph(&mut self, text: &str) {
        let _ = write!(self.out, "{text}\n\n");
    }

    /// The advice text followed by its knowledge IDs.
    fn cite(&mut self, advice: &Advice) -> String {
        self.cited.extend(advice.knowledge.iter().copied());
        let ids = advice.knowledge.join(", ");
        if advice.judgement {
            format!("{} _({} {ids})_", self.text(advice.key), self.text("why.judgement"))
        } else {
            format!("{} _({ids})_", self.text(advice.key))
        }
    }

    fn advice(&mut self, advice: &Advice) {
        let line = self.cite(advice);
        self.paragraph(&line);
    }

    fn bullet(&mut self, advice: &Advice) {
        let line = self.cite(advice);
        let _ = writeln!(self.out, "- {line}");
    }

    fn bullets(&mut self, lines: &[Advice]) {
        for advice in lines {
            self.bullet(advice);
        }
        self.out.push('\n');
    }
}

/// Renders the report for a set of answers, of whichever track. `name` titles the document
/// when the assessment has one.
pub fn render(answers: &Answers, locale: Locale, name: &str) -> String {
    let mut doc = Doc { locale, out: String::new(), cited: Vec::new() };
    let heading = match advise(answers) {
        Assessment::Leader(report) => {
            let heading = doc.text("result.heading");
            leader(&mut doc, &report);
            heading
        }
        Assessment::Practitioner(report) => {
            let heading = doc.text("result.practitioner.heading");
            practitioner(&mut doc, &report);
            heading
        }
    };
    let title = if name.is_empty() { heading.to_owned() } else { format!("{heading} — {name}") };
    let body = std::mem::take(&mut doc.out);
    let _ = write!(doc.out, "# {title}\n{body}");
    sources(&mut doc);
    doc.out
}

fn leader(doc: &mut Doc, report: &Report) {
    let locale = doc.locale;

    doc.heading(2, "result.gate.heading");
    doc.advice(&report.gate.summary);
    for check in &report.gate.checks {
        let standing = match check.standing {
            crate::engine::gate::Standing::Met => doc.text("standing.met"),
            crate::engine::gate::Standing::NotMet => doc.text("standing.not_met"),
            crate::engine::gate::Standing::Unsure => doc.text("standing.unsure"),
        };
        let condition = doc.text(&format!("gate.cond.{}", check.condition.knowledge()));
        let _ = writeln!(doc.out, "- **{standing}**: {condition}");
        if let Some(step) = &check.next_step {
            let line = doc.cite(step);
            let _ = writeln!(doc.out, "  - {line}");
        }
    }
    doc.out.push('\n');
    if report.hiring.provisional() {
        let warning = doc.text("result.provisional");
        doc.paragraph(&format!("> {warning}"));
    }

    doc.heading(2, "result.archetype.heading");
    doc.paragraph(&format!("**{}**", phrases::archetype_lead(locale, &report.archetype)));
    doc.advice(&report.archetype.summary);
    doc.heading(3, "result.archetype.scores");
    let _ = writeln!(doc.out, "| | |\n| --- | ---: |");
    for score in &report.archetype.ranking {
        let name = phrases::archetype_name(locale, score.archetype.id());
        let mark = if score.archetype == report.archetype.winner { " ◀" } else { "" };
        let _ = writeln!(doc.out, "| {name}{mark} | {} |", phrases::points(locale, score.points));
    }
    doc.heading(3, "result.archetype.drivers");
    for d in &report.archetype.drivers {
        let _ = writeln!(doc.out, "- {}", phrases::driver(locale, d.answer.question, d.answer.choice, d.points));
    }
    doc.out.push('\n');
    if let Some(cf) = &report.counterfactual {
        doc.heading(3, "result.counterfactual.heading");
        doc.cited.extend(cf.advice.knowledge.iter().copied());
        doc.paragraph(&phrases::counterfactual(locale, cf));
    }

    doc.heading(2, "result.anti.heading");
    if report.anti_patterns.is_empty() {
        let none = doc.text("result.anti.none");
        doc.paragraph(none);
    }
    doc.bullets(&report.anti_patterns);

    doc.heading(2, "result.design.heading");
    doc.advice(&report.design.intro);
    for choice in &report.design.choices {
        let axis = doc.text(&format!("design.axis.{}", choice.axis.id()));
        let line = doc.cite(&choice.advice);
        let _ = writeln!(doc.out, "- **{axis}**: {line} {}", phrases::design_fit(locale, choice));
    }
    doc.out.push('\n');
    if !report.design.first_steps.is_empty() {
        doc.heading(3, "result.design.first_steps");
        doc.bullets(&report.design.first_steps);
    }

    if !report.size.is_empty() || report.why_hard.is_some() {
        doc.heading(2, "result.size.heading");
        doc.bullets(&report.size);
        if let Some(hard) = &report.why_hard {
            doc.advice(hard);
        }
    }

    doc.heading(2, "result.hiring.heading");
    doc.bullets(&[&report.hiring.first_steps[..], &report.hiring.notes[..]].concat());
    // Before hiring (a gate condition is "no") the plan has no tiers to show.
    for tier in
        [Tier::First, Tier::Next, Tier::Later].into_iter().filter(|t| report.hiring.hires.iter().any(|h| h.tier == *t))
    {
        doc.heading(3, &format!("tier.{}", tier.id()));
        for hire in report.hiring.hires.iter().filter(|h| h.tier == tier) {
            let name = phrases::role_name(locale, hire.role.id());
            let _ = writeln!(doc.out, "- **{name}** ({})", phrases::headcount(locale, hire.headcount));
            for reason in &hire.reasons {
                let line = doc.cite(reason);
                let _ = writeln!(doc.out, "  - {line}");
            }
        }
        doc.out.push('\n');
    }

    doc.heading(2, "result.roles.heading");
    doc.advice(&report.roles.chart);
    for card in report.roles.cards.iter().filter(|c| c.tier != Tier::Later) {
        let name = phrases::role_name(locale, card.role.id());
        doc.heading_text(3, name);
        for line in card.lines() {
            doc.bullet(line);
        }
        doc.out.push('\n');
    }

    let recruiting = &report.recruiting;
    doc.heading(2, "result.recruiting.heading");
    doc.advice(&recruiting.scarcity);
    doc.advice(&recruiting.specific);
    doc.heading(3, "result.recruiting.sourcing");
    for sourcing in &recruiting.sourcing {
        let name = phrases::role_name(locale, sourcing.role.id());
        let _ = writeln!(doc.out, "- **{name}**");
        for line in &sourcing.lines {
            let line = doc.cite(line);
            let _ = writeln!(doc.out, "  - {line}");
        }
    }
    doc.out.push('\n');
    doc.heading(3, "result.recruiting.attract");
    doc.bullets(&recruiting.attract);

    doc.heading(2, "result.interviews.heading");
    doc.advice(&recruiting.interview_note);
    for interview in &recruiting.loops {
        let name = phrases::role_name(locale, interview.role.id());
        doc.heading_text(3, name);
        let validate = doc.cite(&interview.validate);
        let bar = doc.cite(&interview.bar);
        let formats: Vec<&str> =
            interview.formats.iter().map(|f: &Format| doc.text(&format!("format.{}", f.id()))).collect();
        let _ = writeln!(doc.out, "- **{}**: {validate}", doc.text("result.interviews.validate"));
        let _ = writeln!(doc.out, "- **{}**: {bar}", doc.text("result.interviews.bar"));
        let _ = write!(doc.out, "- **{}**: {}\n\n", doc.text("result.interviews.formats"), formats.join("; "));
    }

    doc.heading(2, "result.practice.heading");
    doc.bullets(&report.practices);
}

fn practitioner(doc: &mut Doc, report: &practitioner::Report) {
    let locale = doc.locale;
    let team = &report.team_type;
    doc.heading(2, "result.type.heading");
    doc.paragraph(&format!("**{}**", phrases::team_type_lead(locale, team)));
    doc.advice(&team.summary);
    doc.advice(&team.suits);
    let extra: Vec<Advice> = team.background.iter().chain(&team.unknowns).cloned().collect();
    doc.bullets(&extra);
    doc.heading(3, "type.scores");
    let _ = writeln!(doc.out, "| | |\n| --- | ---: |");
    for score in &team.ranking {
        let name = phrases::team_type_name(locale, score.team_type.id());
        let mark = if score.team_type == team.winner { " ◀" } else { "" };
        let _ = writeln!(doc.out, "| {name}{mark} | {} |", phrases::points(locale, score.points));
    }
    doc.heading(3, "result.archetype.drivers");
    for d in &team.drivers {
        let _ = writeln!(doc.out, "- {}", phrases::driver(locale, d.answer.question, d.answer.choice, d.points));
    }
    doc.out.push('\n');
    doc.advice(&report.titles);

    let gap = &report.skill_gap;
    doc.heading(2, "result.gap.heading");
    let name = doc.text(&format!("gap.name.{}", gap.gap.id()));
    if gap.gap != Gap::Unknown {
        doc.paragraph(&format!("**{name}**"));
    }
    doc.advice(&gap.verdict);
    if let Some(case) = &gap.case {
        doc.advice(case);
    }

    doc.heading(2, "result.flags.heading");
    if report.flags.iter().all(|f| f.status != Status::Raised) {
        let none = doc.text("result.flags.none");
        doc.paragraph(none);
    }
    for check in &report.flags {
        let flag = doc.text(&format!("flag.name.{}", check.flag.id()));
        let status = doc.text(&format!("flag.status.{}", check.status.id()));
        doc.heading_text(3, &format!("{flag} ({status})"));
        doc.bullets(&check.findings);
        let ask = doc.text("result.flags.ask");
        doc.paragraph(&format!("**{ask}**"));
        doc.bullets(&check.asks);
    }

    doc.heading(2, "result.pref.heading");
    doc.bullets(&report.preferences);

    doc.heading(2, "result.search.heading");
    doc.heading(3, "result.search.channels");
    doc.bullets(&report.search.channels);
    doc.heading(3, "result.search.stand_out");
    doc.bullets(&report.search.stand_out);
    doc.heading(3, "result.search.prepare");
    doc.bullets(&report.search.prepare);
}

/// The source articles of every fact the document cited, with the IDs taken from each.
fn sources(doc: &mut Doc) {
    doc.heading(2, "about.sources");
    let mut seeds: Vec<&str> = doc.cited.iter().filter_map(|id| source_of(id)).map(|s| s.seed).collect();
    seeds.sort_unstable();
    seeds.dedup();
    for source in SOURCES.iter().filter(|s| seeds.contains(&s.seed)) {
        let mut ids: Vec<&str> =
            doc.cited.iter().copied().filter(|id| source_of(id).map(|s| s.seed) == Some(source.seed)).collect();
        ids.sort_unstable();
        ids.dedup();
        let _ = writeln!(doc.out, "- _{}_, {} ({})", source.title, source.authors, ids.join(", "));
    }
    let footer = doc.text("export.footer");
    let _ = write!(doc.out, "\n{footer}\n");
}
