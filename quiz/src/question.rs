//! The questions, as data: `quiz/questions/NN-lesson.toml`, one file per lesson.
//!
//! ```toml
//! [[question]]
//! id = "lost-update"                 # stable: the browser remembers answers by it
//! program = "load_then_store"        # a function in quiz/src/programs/lNN.rs, and its anchor
//! python = "lost_update"             # optional: an anchor in quiz/python/lNN.py
//! ask = "Which values can it print?"
//! explain = "One paragraph."
//!
//! [[question.option]]
//! prints = "2"                       # the whole output, lines separated by \n
//! key = true                         # the learner should tick it: it can happen
//!
//! [[question.option]]
//! ends = "deadlocks"                 # or "panics", "exits"; default "returns" with `prints`
//! key = false
//! why = "Nothing waits for anything."  # required where the option cannot happen
//! ```
//!
//! A question with `bad = { prints = "1" }` asks which change makes that outcome impossible:
//! each option names a variant `program`, and its key is whether that variant can never do it.

use std::fs;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::model::{End, Outcome};

/// One lesson's questions.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// The file's stem, `06-race-conditions` (set after reading).
    #[serde(skip)]
    pub name: String,
    /// The questions, in order.
    #[serde(rename = "question")]
    pub questions: Vec<Question>,
}

/// One question.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique within the lesson, stable.
    pub id: String,
    /// The program shown: a function (and anchor) of the lesson's `programs` module.
    pub program: String,
    /// Its Python twin: an anchor in `quiz/python/lNN.py`.
    pub python: Option<String>,
    /// The question.
    pub ask: String,
    /// One paragraph shown after answering.
    pub explain: String,
    /// For "which change makes X impossible?": X.
    pub bad: Option<Pattern>,
    /// The options.
    #[serde(rename = "option")]
    pub options: Vec<Choice>,
}

/// An outcome an option describes.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pattern {
    /// The whole output, lines separated by `\n` (`""`: prints nothing).
    pub prints: Option<String>,
    /// How it ends: `returns` (default when `prints` is given), `deadlocks`, `panics`, `exits`.
    pub ends: Option<Ends>,
}

/// How an execution ends, as an option names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Ends {
    /// `main` returns.
    Returns,
    /// Every thread waits forever.
    Deadlocks,
    /// `main` panics.
    Panics,
    /// `process::exit`.
    Exits,
}

/// One option.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    /// What the option says; by default the output it names.
    pub text: Option<String>,
    /// The whole output (see [`Pattern`]).
    pub prints: Option<String>,
    /// How it ends (see [`Pattern`]).
    pub ends: Option<Ends>,
    /// For a question with `bad`: the changed program this option proposes.
    pub program: Option<String>,
    /// Whether the learner should tick it.
    pub key: bool,
    /// Why it cannot happen (required then); for a possible option, an optional remark.
    pub why: Option<String>,
}

impl Pattern {
    /// Whether `outcome` is one this pattern describes.
    pub fn matches(&self, outcome: &Outcome) -> bool {
        let output_ok = self
            .prints
            .as_ref()
            .is_none_or(|p| lines(p) == outcome.output);
        let ends = self.ends.unwrap_or(if self.prints.is_some() {
            Ends::Returns
        } else {
            Ends::Deadlocks
        });
        let end_ok = matches!(
            (&outcome.end, ends),
            (End::Returned, Ends::Returns)
                | (End::Deadlock, Ends::Deadlocks)
                | (End::Panicked(_), Ends::Panics)
                | (End::Exited(_), Ends::Exits)
        );
        output_ok && end_ok
    }
}

/// The lines of an expected output (`""` is no line at all).
pub fn lines(text: &str) -> Vec<String> {
    if text.is_empty() {
        Vec::new()
    } else {
        text.split('\n').map(str::to_string).collect()
    }
}

impl Choice {
    /// The outcome the option describes.
    pub fn pattern(&self) -> Pattern {
        Pattern {
            prints: self.prints.clone(),
            ends: self.ends,
        }
    }

    /// The option as shown: its `text`, or the output and ending it names.
    pub fn label(&self) -> String {
        if let Some(text) = &self.text {
            return text.clone();
        }
        let ends = match self.ends {
            Some(Ends::Deadlocks) => Some("deadlocks"),
            Some(Ends::Panics) => Some("panics"),
            Some(Ends::Exits) => Some("exits"),
            _ => None,
        };
        match (&self.prints, ends) {
            (Some(p), None) if p.is_empty() => "prints nothing".to_string(),
            (Some(p), None) => format!("`{}`", lines(p).join("` then `")),
            (Some(p), Some(e)) if p.is_empty() => format!("prints nothing and {e}"),
            (Some(p), Some(e)) => format!("prints `{}` and {e}", lines(p).join("` then `")),
            (None, Some("deadlocks")) => "it can deadlock (every thread waits forever)".to_string(),
            (None, Some(e)) => format!("it {e}"),
            (None, None) => "(no outcome)".to_string(),
        }
    }
}

/// The folder holding the question files.
pub fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("questions")
}

/// Reads every `NN-name.toml` in `folder`, sorted by name.
pub fn load_all(folder: &Path) -> Result<Vec<Lesson>, String> {
    let mut files: Vec<PathBuf> = fs::read_dir(folder)
        .map_err(|e| format!("cannot read {}: {e}", folder.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files.iter().map(|f| load(f)).collect()
}

/// Reads one lesson's file.
pub fn load(file: &Path) -> Result<Lesson, String> {
    let text =
        fs::read_to_string(file).map_err(|e| format!("cannot read {}: {e}", file.display()))?;
    let mut lesson: Lesson =
        toml::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    lesson.name = file
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default()
        .to_string();
    Ok(lesson)
}

impl Lesson {
    /// The lesson's number, from its name (`06-race-conditions` → 6).
    pub fn number(&self) -> u32 {
        self.name.get(..2).and_then(|n| n.parse().ok()).unwrap_or(0)
    }
}
