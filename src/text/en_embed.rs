//! English texts that only an embedded app shows: where its answers are kept, the way to the
//! full app, and what the host hears when it asked to.

/// The embedded app's part of the English catalog.
pub const EMBEDDED: &[(&str, &str)] = &[
    (
        "embed.storage",
        "Your answers are saved in this browser for this website only: browsers keep what an embedded app stores apart for every site that shows it, so the app on its own page, and My assessments there, do not see them.",
    ),
    ("embed.open_full", "Continue with these answers in the full app (opens a new tab)"),
    (
        "start.privacy.finished",
        "This website asked to be told when you finish an assessment. It learns that you finished and which of the two assessments it was, never your answers or your result.",
    ),
];
