//! What the runner remembers between runs, in `exercises/.practice-state` (not in git): how many
//! hints each exercise has shown, and the last check's result for each file content.

use std::collections::BTreeMap;
use std::fs;
use std::hash::{DefaultHasher, Hash, Hasher};
use std::io;
use std::path::{Path, PathBuf};

use crate::exercise::Exercise;

/// The remembered state.
#[derive(Debug, Default)]
pub struct State {
    path: PathBuf,
    hints: BTreeMap<String, usize>,
    results: BTreeMap<String, (u64, bool)>,
}

impl State {
    /// Reads the state file in `exercises`, or starts empty.
    pub fn load(exercises: &Path) -> State {
        let path = exercises.join(".practice-state");
        let mut state = State {
            path,
            ..State::default()
        };
        let text = fs::read_to_string(&state.path).unwrap_or_default();
        for line in text.lines() {
            let words: Vec<&str> = line.split_whitespace().collect();
            match words.as_slice() {
                ["hints", id, n] => {
                    state.hints.insert(id.to_string(), n.parse().unwrap_or(0));
                }
                ["result", id, hash, solved] => {
                    if let Ok(hash) = hash.parse() {
                        state
                            .results
                            .insert(id.to_string(), (hash, *solved == "solved"));
                    }
                }
                _ => {}
            }
        }
        state
    }

    /// Writes the state back.
    pub fn save(&self) -> io::Result<()> {
        let mut text = String::new();
        for (id, n) in &self.hints {
            text.push_str(&format!("hints {id} {n}\n"));
        }
        for (id, (hash, solved)) in &self.results {
            let word = if *solved { "solved" } else { "failing" };
            text.push_str(&format!("result {id} {hash} {word}\n"));
        }
        fs::write(&self.path, text)
    }

    /// How many hints of `id` have been shown.
    pub fn hints_shown(&self, id: &str) -> usize {
        self.hints.get(id).copied().unwrap_or(0)
    }

    /// Records that one more hint of `id` was shown.
    pub fn show_hint(&mut self, id: &str) {
        *self.hints.entry(id.to_string()).or_default() += 1;
    }

    /// The remembered result for the exercise's current files, if they have not changed since.
    pub fn cached(&self, exercise: &Exercise) -> Option<bool> {
        let (hash, solved) = self.results.get(&exercise.id)?;
        (*hash == content_hash(exercise)).then_some(*solved)
    }

    /// Remembers a result for the exercise's current files.
    pub fn remember(&mut self, exercise: &Exercise, solved: bool) {
        self.results
            .insert(exercise.id.clone(), (content_hash(exercise), solved));
    }
}

/// A hash of what a check depends on: the learner's file and the tests.
fn content_hash(exercise: &Exercise) -> u64 {
    let mut hasher = DefaultHasher::new();
    let mut files = vec![exercise.learner_file()];
    if let Ok(tests) = fs::read_dir(exercise.dir.join("tests")) {
        let mut found: Vec<PathBuf> = tests.filter_map(Result::ok).map(|e| e.path()).collect();
        found.sort();
        files.extend(found);
    }
    for file in files {
        fs::read(&file).unwrap_or_default().hash(&mut hasher);
    }
    hasher.finish()
}
