//! Browser edges: each module wraps one browser capability and treats what it reads as untrusted.

pub mod clipboard;
pub mod download;
pub mod files;
pub mod locale;
pub mod location;
pub mod storage;
