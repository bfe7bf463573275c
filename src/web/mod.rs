//! Browser edges: each module wraps one browser capability and treats what it reads as untrusted.

pub mod appearance;
pub mod clipboard;
pub mod clock;
pub mod download;
pub mod embed;
pub mod files;
pub mod locale;
pub mod location;
pub mod offline;
pub mod parts;
pub mod persist;
pub mod prerender;
pub mod recover;
pub mod storage;
pub mod text;
