//! Taking an assessment out of the browser and back in: share links, answer files and the
//! Markdown report. Plain Rust: every decoder here treats its input as hostile and never panics.

pub mod agenda;
pub mod backup;
pub mod file;
pub mod link;
pub mod markdown;
pub mod record;
pub mod rules1;
pub mod team_link;
