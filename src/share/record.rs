//! Records to keep outside the browser, as Markdown: a series as a decision record (each dated
//! entry with its note, its conclusions, its five scores and the answers changed since the
//! entry before), two team plans compared, and two teams to join compared. Syntax only: the
//! words come from `page::series`, `page::compare` and `page::teams`.

use std::fmt::Write;

use crate::page::compare::{ComparePage, Table};
use crate::page::series::SeriesPage;
use crate::page::teams::TeamsPage;

/// Renders the decision record of a series.
pub fn render(page: &SeriesPage) -> String {
    let mut out = format!("# {}\n\n{}\n", page.record, page.lead);
    for entry in &page.entries {
        let _ = write!(out, "\n## {} · {}\n\n", entry.when, entry.name);
        for line in entry.undated.map(str::to_owned).into_iter().chain(entry.note.clone()) {
            let _ = write!(out, "_{line}_\n\n");
        }
        for item in &entry.items {
            let _ = writeln!(out, "- {} **{}**", item.label, item.value);
        }
        let _ = write!(out, "\n### {}\n\n", entry.scores.heading);
        for row in &entry.scores.rows {
            let _ = writeln!(out, "- {}", row.text);
        }
        let _ = write!(out, "\n### {}\n\n", entry.changes_heading);
        if let Some(none) = entry.no_changes {
            let _ = writeln!(out, "{none}");
        }
        for change in &entry.changes {
            let _ = writeln!(out, "- {change}");
        }
    }
    let _ = write!(out, "\n{}\n", page.footer);
    out
}

/// A table as a Markdown table under its heading. Cell text never holds a line break; a `|`
/// in a name is escaped.
fn table(out: &mut String, table: &Table) {
    let cell = |text: &str| text.replace('|', "\\|");
    let _ = write!(out, "\n## {}\n\n", table.heading);
    let header: Vec<String> = table.columns.iter().map(|c| cell(c)).collect();
    let _ = writeln!(out, "| {} |", header.join(" | "));
    let _ = writeln!(out, "|{}", " --- |".repeat(header.len()));
    for row in &table.rows {
        let cells: Vec<String> = row.cells.iter().map(|c| cell(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
}

/// Renders two team plans, compared: what changes between them, then the three tables.
pub fn plans(page: &ComparePage) -> String {
    let mut out = format!("# {}\n\n{}\n\n## {}\n\n", page.heading, page.winners, page.differences_heading);
    if let Some(none) = page.none {
        let _ = writeln!(out, "{none}");
    }
    for difference in &page.differences {
        let _ = writeln!(out, "- {difference}");
    }
    for part in [&page.scores, &page.design, &page.roles] {
        table(&mut out, part);
    }
    let _ = write!(out, "\n{}\n", page.footer);
    out
}

/// Renders two teams to join, compared.
pub fn teams(page: &TeamsPage) -> String {
    let mut out = format!("# {}\n\n{}\n\n**{}**\n", page.heading, page.lead, page.fits);
    if !page.about_you.is_empty() {
        let _ = write!(out, "\n## {}\n\n", page.about_you_heading);
        for change in &page.about_you {
            let _ = writeln!(out, "- {change}");
        }
        let _ = write!(out, "\n{}\n", page.about_you_note);
    }
    table(&mut out, &page.overview);
    table(&mut out, &page.scores);
    let _ = write!(out, "\n{}\n", page.footer);
    out
}
