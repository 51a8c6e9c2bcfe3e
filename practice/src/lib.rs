//! The exercise runner's parts. `src/main.rs` is the command line.
//!
//! # Layout
//! - [`exercise`]: the exercises the manifest lists, and the versions of a learner's file made
//!   from one solution (stub, wrong answers, alternatives).
//! - [`limits`]: running a process under a wall clock, a memory limit and bounded output.
//! - [`check`]: building an exercise's tests and running each one under limits: a [`check::Verdict`].
//! - [`report`]: a verdict in words a Python developer reads at once.
//! - [`lint`]: the exercises' code formatted and linted like the rest of the course.
//! - [`state`]: what the runner remembers between runs (hints shown, results).
//! - [`verify`]: proving every exercise's graders against all its versions, several times.

pub mod check;
pub mod exercise;
pub mod limits;
pub mod lint;
pub mod report;
pub mod state;
pub mod verify;
