//! Browser edges: each module wraps one browser capability and treats what it reads as untrusted.

pub mod appearance;
pub mod embed;
pub mod offline;
pub mod storage;
pub mod url;
