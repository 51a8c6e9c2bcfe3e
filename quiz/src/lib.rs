//! Quizzes whose keys a model checker computed.
//!
//! Each question shows a short program and asks what it can do: print, end with, deadlock on.
//! The program is compiled Rust ([`programs`]), written against stand-ins with std's API
//! ([`model`]) so that the explorer can run it in every interleaving. A question's options and
//! key live in `questions/NN-lesson.toml`; `tests/keys.rs` explores every program and fails if a
//! key differs from what the exploration found.

pub mod model;
pub mod programs;

/// `println!` inside a quiz program: a visible step of the model (the line goes to the
/// execution's output, not to stdout).
#[macro_export]
macro_rules! println {
    ($($arg:tt)*) => {
        $crate::model::print_line(::std::format!($($arg)*))
    };
}

pub mod answer;
pub mod book;
pub mod cli;
pub mod question;
pub mod terminal;
