//! A series as a Markdown decision record: each dated entry with its note, its conclusions,
//! its five scores and the answers changed since the entry before. Syntax only: the words come
//! from `page::series`.

use std::fmt::Write;

use crate::page::series::SeriesPage;

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
