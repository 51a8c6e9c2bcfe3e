//! What `course.toml` holds.

use std::time::Duration;

use serde::Deserialize;

/// The whole manifest.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Course {
    /// Limits of the book.
    pub book: Book,
    /// The lessons, in reading order.
    #[serde(rename = "lesson")]
    pub lessons: Vec<Lesson>,
    /// The exercises, in the order the runner offers them.
    #[serde(rename = "exercise", default)]
    pub exercises: Vec<Exercise>,
}

/// Limits of the book.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Book {
    /// The main-path pages of lessons `first..=last` render at most `lines` lines in all.
    pub budget: Budget,
}

/// A reading budget over a range of lessons.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Budget {
    /// The first lesson counted.
    pub first: u32,
    /// The last lesson counted.
    pub last: u32,
    /// The most rendered lines their main-path pages may have together.
    pub lines: usize,
}

/// One lesson: a crate under `lessons/NN-package/` and a chapter `docs/src/NN-package.md`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Lesson {
    /// Its place in the reading order, from 1.
    pub number: u32,
    /// The package: `cargo run -p <package>`.
    pub package: String,
    /// The chapter's subtitle, after `NN · package: `.
    pub title: String,
    /// What it teaches, for the README's table.
    pub concept: String,
    /// The Python idiom it mirrors, for the README's table.
    pub python: String,
    /// Whether loom model-checks its claims (`--cfg loom`, its `tests/loom.rs`).
    #[serde(default)]
    pub loom: bool,
    /// Its optional pages, `docs/src/deeper/NN-<name>.md`, in reading order.
    #[serde(default)]
    pub deeper: Vec<String>,
    /// Whether it has a quiz, `quiz/questions/NN-package.toml` (at least three questions);
    /// `false` only while its questions are being written.
    #[serde(default = "yes")]
    pub quiz: bool,
}

fn yes() -> bool {
    true
}

impl Lesson {
    /// `01`, `14`.
    pub fn number_text(&self) -> String {
        format!("{:02}", self.number)
    }

    /// The folder's name under `lessons/`, and the chapter's file stem: `01-main-thread`.
    pub fn slug(&self) -> String {
        format!("{:02}-{}", self.number, self.package)
    }

    /// The chapter, relative to `docs/src/`.
    pub fn chapter(&self) -> String {
        format!("{}.md", self.slug())
    }

    /// Its deeper pages, relative to `docs/src/`.
    pub fn deeper_pages(&self) -> Vec<String> {
        self.deeper
            .iter()
            .map(|name| format!("deeper/{:02}-{name}.md", self.number))
            .collect()
    }
}

/// One exercise: a crate under `exercises/<id>/`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// `NN-slug`: NN is its lesson's number.
    pub id: String,
    /// One line, shown in lists and as its README's heading.
    pub title: String,
    /// 1 to 3 hints, revealed one at a time.
    pub hints: Vec<String>,
    /// How long its tests may run, in seconds (default [`Exercise::DEFAULT_SECONDS`]).
    #[serde(default)]
    pub seconds: Option<u64>,
    /// How much memory a test may use, in MiB (default [`Exercise::DEFAULT_MIB`]).
    #[serde(default)]
    pub memory_mib: Option<u64>,
    /// What usually causes a hang in this exercise, in Python terms: shown when a test does not
    /// finish.
    #[serde(default)]
    pub hangs: Vec<String>,
}

impl Exercise {
    /// The wall-clock limit of a check when the manifest gives none.
    pub const DEFAULT_SECONDS: u64 = 15;
    /// The memory limit of a test when the manifest gives none.
    pub const DEFAULT_MIB: u64 = 1024;

    /// Its lesson's number: the id's first two digits.
    pub fn lesson(&self) -> u32 {
        self.id
            .get(..2)
            .and_then(|n| n.parse().ok())
            .unwrap_or_default()
    }

    /// Its package: `ex` and the id, `ex01-car-truck`.
    pub fn package(&self) -> String {
        format!("ex{}", self.id)
    }

    /// How long its tests may run, all of them together.
    pub fn time_limit(&self) -> Duration {
        Duration::from_secs(self.seconds.unwrap_or(Self::DEFAULT_SECONDS))
    }

    /// How much memory a test may use, in bytes.
    pub fn memory_limit(&self) -> u64 {
        self.memory_mib.unwrap_or(Self::DEFAULT_MIB) * 1024 * 1024
    }
}

impl Course {
    /// Parses `course.toml` and checks that it is consistent with itself.
    pub fn parse(text: &str) -> Result<Course, String> {
        let course: Course = toml::from_str(text).map_err(|e| e.to_string())?;
        let problems = course.problems();
        if problems.is_empty() {
            Ok(course)
        } else {
            Err(problems.join("\n"))
        }
    }

    /// What is wrong with the manifest on its own: numbering, names, references, hints.
    pub fn problems(&self) -> Vec<String> {
        let mut problems = Vec::new();
        for (index, lesson) in self.lessons.iter().enumerate() {
            if lesson.number as usize != index + 1 {
                problems.push(format!(
                    "lesson {} is number {} in the list: number them 1, 2, 3, … in order",
                    lesson.package,
                    index + 1
                ));
            }
            let kebab = |s: &str| {
                !s.is_empty()
                    && s.bytes()
                        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            };
            if !kebab(&lesson.package) {
                problems.push(format!(
                    "lesson {}: package {:?} is not kebab-case",
                    lesson.number, lesson.package
                ));
            }
            if let Some(name) = lesson.deeper.iter().find(|name| !kebab(name)) {
                problems.push(format!(
                    "lesson {}: deeper page {name:?} is not kebab-case",
                    lesson.number
                ));
            }
        }
        let mut ids: Vec<&str> = Vec::new();
        for exercise in &self.exercises {
            let id = exercise.id.as_str();
            if ids.contains(&id) {
                problems.push(format!("exercise {id} is listed twice"));
            }
            ids.push(id);
            let slug = id.get(3..).unwrap_or_default();
            if id.len() < 4 || &id[2..3] != "-" || slug.is_empty() {
                problems.push(format!("exercise {id}: an id is NN-slug"));
            } else if self.lesson(exercise.lesson()).is_none() {
                problems.push(format!("exercise {id}: no lesson {}", &id[..2]));
            }
            if !(1..=3).contains(&exercise.hints.len()) {
                problems.push(format!("exercise {id}: give 1 to 3 hints"));
            }
            if exercise.seconds == Some(0) || exercise.memory_mib == Some(0) {
                problems.push(format!(
                    "exercise {id}: a limit of 0 leaves no time or room"
                ));
            }
        }
        if ids.windows(2).any(|w| w[0] > w[1]) {
            problems.push("list the exercises in id order".to_string());
        }
        problems
    }

    /// The lesson numbered `number`.
    pub fn lesson(&self, number: u32) -> Option<&Lesson> {
        self.lessons.iter().find(|l| l.number == number)
    }

    /// The exercise with this id.
    pub fn exercise(&self, id: &str) -> Option<&Exercise> {
        self.exercises.iter().find(|e| e.id == id)
    }

    /// The exercises of one lesson, in order.
    pub fn exercises_of(&self, lesson: u32) -> impl Iterator<Item = &Exercise> {
        self.exercises.iter().filter(move |e| e.lesson() == lesson)
    }

    /// The packages loom checks: `-p race-conditions -p …`, for `cargo test`.
    pub fn loom_packages(&self) -> Vec<&str> {
        self.lessons
            .iter()
            .filter(|l| l.loom)
            .map(|l| l.package.as_str())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SMALL: &str = r#"
[book]
budget = { first = 1, last = 1, lines = 500 }

[[lesson]]
number = 1
package = "main-thread"
title = "the thread your program starts on"
concept = "names"
python = "`threading.current_thread()`"

[[exercise]]
id = "01-car-truck"
title = "Car and Truck"
hints = ["Join them."]
seconds = 5
"#;

    #[test]
    fn reads_lessons_and_exercises() {
        let course = Course::parse(SMALL).unwrap();
        assert_eq!(course.lessons[0].slug(), "01-main-thread");
        let exercise = &course.exercises[0];
        assert_eq!(
            (exercise.lesson(), exercise.package()),
            (1, "ex01-car-truck".into())
        );
        assert_eq!(exercise.time_limit(), Duration::from_secs(5));
        assert_eq!(exercise.memory_limit(), 1 << 30);
    }

    #[test]
    fn an_unknown_field_or_lesson_is_an_error() {
        let typo = SMALL.replace("seconds = 5", "secs = 5");
        assert!(Course::parse(&typo).unwrap_err().contains("secs"));
        let orphan = SMALL.replace("01-car-truck", "02-car-truck");
        assert!(Course::parse(&orphan).unwrap_err().contains("no lesson 02"));
        let gap = SMALL.replace("number = 1", "number = 2");
        assert!(Course::parse(&gap).unwrap_err().contains("number them"));
        let no_hints = SMALL.replace(r#"hints = ["Join them."]"#, "hints = []");
        assert!(Course::parse(&no_hints).unwrap_err().contains("hints"));
    }
}
