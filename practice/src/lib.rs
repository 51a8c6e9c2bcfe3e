//! The exercise runner's parts: finding exercises, checking them, remembering hints and
//! results, and proving each exercise's graders can fail. `src/main.rs` is the command line.

pub mod check;
pub mod exercise;
pub mod state;
pub mod verify;
