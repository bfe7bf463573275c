//! The page model as Markdown, readable pasted into a wiki or an issue tracker: every section
//! open, every line with the knowledge IDs it rests on, the sources listed at the end. This
//! is syntax only: the words, and what is shown, come from `page`.

use std::fmt::Write;

use crate::engine::{Answers, Archetype};
use crate::page::candidate::CandidateSection;
use crate::page::leader::{Field, LeaderPage};
use crate::page::plan::PlanSection;
use crate::page::practitioner::PractitionerPage;
use crate::page::{page_for, Chrome, FlagItem, Glance, Line, Page, Scores, SourceNote};
use crate::text::Locale;

/// Builds the document; the team agenda (`agenda.rs`) builds with it too.
pub(crate) struct Doc<'a> {
    pub(crate) chrome: &'a Chrome,
    pub(crate) out: String,
}

impl Doc<'_> {
    /// A heading, with exactly one blank line before it.
    pub(crate) fn heading(&mut self, level: usize, title: &str) {
        while self.out.ends_with("\n\n") {
            self.out.pop();
        }
        let _ = write!(self.out, "\n{} {title}\n\n", "#".repeat(level));
    }

    pub(crate) fn paragraph(&mut self, text: &str) {
        let _ = write!(self.out, "{text}\n\n");
    }

    /// A line's text followed by its knowledge IDs, marked when the line is the app's judgement.
    pub(crate) fn cite(&self, line: &Line) -> String {
        let ids = line.why.ids().join(", ");
        if line.why.judgement {
            format!("{} _({} {ids})_", line.text, self.chrome.why_judgement)
        } else {
            format!("{} _({ids})_", line.text)
        }
    }

    pub(crate) fn line(&mut self, line: &Line) {
        let text = self.cite(line);
        self.paragraph(&text);
    }

    fn bullets(&mut self, lines: &[Line]) {
        for line in lines {
            let text = self.cite(line);
            let _ = writeln!(self.out, "- {text}");
        }
        self.out.push('\n');
    }

    pub(crate) fn numbered(&mut self, lines: &[Line]) {
        for (n, line) in lines.iter().enumerate() {
            let text = self.cite(line);
            let _ = writeln!(self.out, "{}. {text}", n + 1);
        }
        self.out.push('\n');
    }

    pub(crate) fn plain_bullets<'s>(&mut self, items: impl IntoIterator<Item = &'s str>) {
        for item in items {
            let _ = writeln!(self.out, "- {item}");
        }
        self.out.push('\n');
    }

    /// A labelled group: the label as a bullet, its lines under it.
    fn field(&mut self, field: &Field) {
        let _ = writeln!(self.out, "- **{}**", field.label);
        for line in &field.lines {
            let text = self.cite(line);
            let _ = writeln!(self.out, "  - {text}");
        }
    }

    /// Red flags, each under a heading of this level, with its findings and questions.
    fn flags(&mut self, level: usize, flags: &[FlagItem]) {
        for flag in flags {
            self.heading(level, &flag.title);
            self.bullets(&flag.findings);
            self.field(&flag.asks);
            self.out.push('\n');
        }
    }

    fn glance(&mut self, glance: &Glance) {
        self.heading(2, glance.heading);
        for item in &glance.items {
            let _ = writeln!(self.out, "- {} **{}**", item.label, item.value);
        }
        self.out.push('\n');
        self.heading(3, glance.next_heading);
        self.numbered(&glance.next);
        self.heading(3, glance.later_heading);
        if let Some(none) = glance.later_none {
            self.paragraph(none);
        }
        self.bullets(&glance.later);
        self.paragraph(&format!("_{}_", glance.note));
    }

    /// The headline of a classification, and the tie rule when a tie decided it.
    fn lead(&mut self, lead: &str, tie_rule: Option<&Line>) {
        self.paragraph(&format!("**{lead}**"));
        if let Some(tie) = tie_rule {
            self.line(tie);
        }
    }

    /// The answers that weighed most, then every score.
    fn ranking(&mut self, drivers_heading: &str, drivers: &[String], scores: &Scores) {
        self.heading(3, drivers_heading);
        self.plain_bullets(drivers.iter().map(String::as_str));
        self.heading(3, scores.heading);
        self.plain_bullets(scores.rows.iter().map(|r| r.text.as_str()));
    }
}

/// Renders the report for a set of answers, of whichever track. `name` titles the document
/// when the assessment has one.
pub fn render(answers: &Answers, locale: Locale, name: &str) -> String {
    render_for(answers, locale, name, None)
}

/// Renders the report with the leader's plan towards `target` (the suggested one when `None`).
pub fn render_for(answers: &Answers, locale: Locale, name: &str, target: Option<Archetype>) -> String {
    let page = page_for(answers, locale, target);
    let mut doc = Doc { chrome: page.chrome(), out: String::new() };
    let title = page.title();
    let _ = writeln!(doc.out, "# {}", if name.is_empty() { title.to_owned() } else { format!("{title} — {name}") });
    match &page {
        Page::Leader(p) => leader(&mut doc, p),
        Page::Practitioner(p) => practitioner(&mut doc, p),
    }
    doc.sources(page.sources());
    doc.out
}

impl Doc<'_> {
    /// The sources cited, then the footer: the end of every document.
    pub(crate) fn sources(&mut self, sources: Vec<SourceNote>) {
        self.heading(2, self.chrome.sources);
        for source in sources {
            match source.url {
                Some(url) => writeln!(self.out, "- {} <{url}>", source.text),
                None => writeln!(self.out, "- {}", source.text),
            }
            .unwrap_or_default();
        }
        let footer = self.chrome.footer;
        let _ = write!(self.out, "\n{footer}\n");
    }
}

pub(crate) fn leader(doc: &mut Doc, page: &LeaderPage) {
    doc.glance(&page.glance);
    if let Some(warning) = page.provisional {
        doc.paragraph(&format!("> {warning}"));
    }

    let gate = &page.gate;
    doc.heading(2, gate.heading);
    doc.line(&gate.summary);
    for check in &gate.checks {
        let _ = writeln!(doc.out, "- **{}** · {}", check.standing, check.condition);
        if let Some(step) = &check.next_step {
            let text = doc.cite(step);
            let _ = writeln!(doc.out, "  - {text}");
        }
    }
    doc.out.push('\n');

    let a = &page.archetype;
    doc.heading(2, a.heading);
    doc.lead(&a.lead, a.tie_rule.as_ref());
    doc.line(&a.summary);
    doc.ranking(a.drivers_heading, &a.drivers, &a.scores);
    if let Some(cf) = &a.counterfactual {
        doc.heading(3, a.counterfactual_heading);
        doc.line(&cf.line);
    }

    plan(doc, &page.plan);

    doc.heading(2, page.anti.heading);
    if let Some(none) = page.anti.none {
        doc.paragraph(none);
    }
    doc.bullets(&page.anti.lines);

    let d = &page.design;
    doc.heading(2, d.heading);
    doc.line(&d.intro);
    for choice in &d.choices {
        doc.heading(3, choice.axis);
        doc.line(&choice.line);
        doc.paragraph(&choice.fit);
    }
    if let Some(heading) = d.first_steps_heading {
        doc.heading(3, heading);
        doc.numbered(&d.first_steps);
    }

    if let Some(size) = &page.size {
        doc.heading(2, size.heading);
        doc.bullets(&size.lines);
        if let Some(hard) = &size.why_hard {
            doc.line(hard);
        }
    }

    let h = &page.hiring;
    doc.heading(2, h.heading);
    doc.bullets(&h.notes);
    for tier in &h.tiers {
        doc.heading(3, tier.heading);
        for hire in &tier.hires {
            doc.heading(4, &hire.title);
            doc.bullets(&hire.reasons);
        }
    }

    let r = &page.roles;
    doc.heading(2, r.heading);
    doc.line(&r.chart_note);
    for (heading, cards) in [(r.suggested_heading, &r.suggested), (r.others_heading, &r.others)] {
        doc.heading(3, heading);
        for card in cards {
            doc.heading(4, card.name);
            for field in &card.fields {
                doc.field(field);
            }
            doc.out.push('\n');
            doc.bullets(&card.extra);
        }
    }

    let rec = &page.recruiting;
    doc.heading(2, rec.heading);
    doc.line(&rec.scarcity);
    doc.line(&rec.specific);
    doc.heading(3, rec.sourcing_heading);
    for sourcing in &rec.sourcing {
        doc.heading(4, sourcing.name);
        doc.bullets(&sourcing.lines);
    }
    doc.heading(3, rec.attract_heading);
    doc.bullets(&rec.attract);

    let i = &page.interviews;
    doc.heading(2, i.heading);
    doc.line(&i.note);
    for l in &i.loops {
        doc.heading(3, l.name);
        doc.field(&l.validate);
        doc.field(&l.bar);
        let _ = writeln!(doc.out, "- **{}**", l.formats_label);
        for format in &l.formats {
            let _ = writeln!(doc.out, "  - {format}");
        }
        doc.out.push('\n');
    }

    candidate(doc, &page.candidate);

    doc.heading(2, page.practice.heading);
    for item in &page.practice.items {
        let text = doc.cite(&item.line);
        match item.pressing {
            Some(tag) => writeln!(doc.out, "- **{tag}** {text}"),
            None => writeln!(doc.out, "- {text}"),
        }
        .unwrap_or_default();
    }
    doc.out.push('\n');
}

fn plan(doc: &mut Doc, plan: &PlanSection) {
    doc.heading(2, plan.heading);
    // The lead line names the target, so the picker itself has no line here.
    doc.line(&plan.lead);
    for part in plan.detail.iter().flat_map(|d| &d.parts) {
        doc.heading(3, part.heading);
        if let Some(none) = part.none {
            doc.paragraph(none);
        }
        doc.bullets(&part.lines);
    }
    doc.paragraph(&format!("_{}_", plan.note));
}

fn candidate(doc: &mut Doc, c: &CandidateSection) {
    doc.heading(2, c.heading);
    doc.paragraph(c.intro);
    doc.line(&c.summary);
    if let Some(caveat) = &c.caveat {
        doc.line(caveat);
    }
    doc.heading(3, c.flags_heading);
    doc.flags(4, &c.flags);
    doc.heading(3, c.mapping_heading);
    doc.bullets(&c.mapping);
}

fn practitioner(doc: &mut Doc, page: &PractitionerPage) {
    doc.glance(&page.glance);

    let t = &page.team;
    doc.heading(2, t.heading);
    doc.lead(&t.lead, t.tie_rule.as_ref());
    doc.line(&t.summary);
    doc.line(&t.suits);
    doc.line(&t.caveat);
    doc.bullets(&t.extra);
    doc.ranking(t.drivers_heading, &t.drivers, &t.scores);
    doc.line(&t.titles);

    let g = &page.gap;
    doc.heading(2, g.heading);
    doc.paragraph(&format!("**{}**", g.name));
    doc.line(&g.verdict);
    doc.bullets(&g.case);

    let f = &page.flags;
    doc.heading(2, f.heading);
    if let Some(none) = f.none {
        doc.paragraph(none);
    }
    doc.flags(3, &f.flags);

    doc.heading(2, page.preferences.heading);
    doc.bullets(&page.preferences.lines);

    doc.heading(2, page.search.heading);
    for group in &page.search.groups {
        doc.heading(3, group.label);
        doc.bullets(&group.lines);
    }
}
