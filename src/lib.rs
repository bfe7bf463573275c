//! ML Team Advisor: the engine and text catalog (plain Rust, tested natively) and, in the
//! browser build, the view and its browser edges.

pub mod engine;
mod json;
pub mod options;
pub mod page;
pub mod saved;
pub mod share;
pub mod teams;
pub mod text;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
