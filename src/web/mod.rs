//! Browser edges: each module wraps one browser capability and treats what it reads as untrusted.

pub mod storage;
