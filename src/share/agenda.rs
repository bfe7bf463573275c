//! The team view as a meeting agenda in Markdown: the questions to settle first, who answered
//! what, what each person's own result says, the rule and the team result, and every
//! disagreement in order of consequence. Syntax only: the words come from `page::team`.

use std::fmt::Write;

use super::markdown::{leader, Doc};
use crate::page::compare::Table;
use crate::page::team::TeamPage;

/// A table cell that cannot break the table.
fn cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

fn table(doc: &mut Doc, table: &Table) {
    let header: Vec<String> = table.columns.iter().map(|c| cell(c)).collect();
    let _ = writeln!(doc.out, "| {} |", header.join(" | "));
    let _ = writeln!(doc.out, "|{}", " --- |".repeat(header.len()));
    for row in &table.rows {
        let cells: Vec<String> = row.cells.iter().map(|c| cell(c)).collect();
        let _ = writeln!(doc.out, "| {} |", cells.join(" | "));
    }
    doc.out.push('\n');
}

/// Renders the agenda. `note` is said under the title: what the document holds.
pub fn render(page: &TeamPage, note: &str) -> String {
    let mut doc = Doc { chrome: &page.result.chrome, out: String::new() };
    let _ = writeln!(doc.out, "# {}", page.title);
    doc.out.push('\n');
    doc.paragraph(&page.lead);
    doc.paragraph(&format!("> {note}"));

    doc.heading(2, page.settle_heading);
    if let Some(none) = page.settle_none {
        doc.paragraph(none);
    }
    doc.numbered(&page.settle);

    doc.heading(2, page.respondents_heading);
    for row in &page.respondents {
        let _ = writeln!(doc.out, "- **{}** {}", row.label, row.notes.join(" "));
    }
    doc.out.push('\n');

    doc.heading(2, page.spread_heading);
    doc.paragraph(page.spread_lead);
    for q in &page.questions {
        doc.heading(3, q.question);
        table(&mut doc, &q.table);
        for note in &q.notes {
            doc.paragraph(&format!("_{note}_"));
        }
    }

    doc.heading(2, page.outcomes_heading);
    for t in &page.outcomes {
        doc.heading(3, t.heading);
        table(&mut doc, t);
    }

    doc.heading(2, page.rule_heading);
    doc.line(&page.rule);

    doc.heading(2, page.result_heading);
    doc.paragraph(&format!("**{}**", page.result.title));
    leader(&mut doc, &page.result);

    doc.heading(2, page.disagreements_heading);
    if let Some(none) = page.disagreements_none {
        doc.paragraph(none);
    }
    for (n, d) in page.disagreements.iter().enumerate() {
        let text = doc.cite(&d.line);
        let _ = writeln!(doc.out, "{}. {text}", n + 1);
        for alternative in &d.alternatives {
            let _ = writeln!(doc.out, "   - {alternative}");
        }
    }
    doc.out.push('\n');
    doc.sources(page.sources());
    doc.out
}
