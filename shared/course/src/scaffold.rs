//! New entries: a lesson's or an exercise's folder, made from a template that already passes
//! every check, and its entry in `course.toml`. After scaffolding, `course sync` writes the
//! derived files, so adding one touches the manifest and the new folder and nothing else by hand.

use std::fs;
use std::path::{Path, PathBuf};

use crate::manifest::Course;

/// Makes `lessons/NN-package/` and its chapter, and appends the lesson to `course.toml`.
/// Returns the files written.
pub fn new_lesson(repo: &Path, package: &str, title: &str) -> Result<Vec<PathBuf>, String> {
    let course = crate::load(repo)?;
    let number = course.lessons.len() as u32 + 1;
    let slug = format!("{number:02}-{package}");
    let entry = format!(
        "\n[[lesson]]\nnumber = {number}\npackage = {package:?}\ntitle = {title:?}\n\
         concept = \"TODO: what it teaches\"\npython = \"TODO: the Python idiom it mirrors\"\n\
         # No quiz yet: write quiz/questions/{number:02}-{package}.toml, then remove this line.\n\
         quiz = false\n"
    );
    check_entry(&course, &entry, None)?;
    let fill = |template: &str| {
        template
            .replace("{number}", &format!("{number:02}"))
            .replace("{package}", package)
            .replace("{crate}", &package.replace('-', "_"))
            .replace("{title}", title)
    };
    let files = [
        (format!("lessons/{slug}/Cargo.toml"), fill(LESSON_CARGO)),
        (format!("lessons/{slug}/src/lib.rs"), fill(LESSON_LIB)),
        (format!("lessons/{slug}/src/main.rs"), fill(LESSON_MAIN)),
        (
            format!("lessons/{slug}/tests/lesson.rs"),
            LESSON_TESTS.to_string(),
        ),
        (
            format!("lessons/{slug}/tests/claims.rs"),
            fill(LESSON_CLAIMS),
        ),
        (
            format!("lessons/{slug}/tests/end_to_end.rs"),
            fill(LESSON_END_TO_END),
        ),
        (
            format!("lessons/{slug}/python/seed.py"),
            fill(LESSON_PYTHON),
        ),
        (
            format!("lessons/{slug}/cheatsheet.md"),
            fill(LESSON_CHEATSHEET),
        ),
        (format!("docs/src/{slug}.md"), fill(LESSON_CHAPTER)),
    ];
    create(repo, &format!("lessons/{slug}"), &files)?;
    append(repo, &entry)?;
    Ok(files.iter().map(|(path, _)| PathBuf::from(path)).collect())
}

/// Makes `exercises/<id>/` and inserts the exercise into `course.toml` in id order. Returns the
/// files written.
pub fn new_exercise(repo: &Path, id: &str, title: &str) -> Result<Vec<PathBuf>, String> {
    let course = crate::load(repo)?;
    let entry = format!(
        "\n[[exercise]]\nid = {id:?}\ntitle = {title:?}\nhints = [\"TODO: a first hint.\"]\n"
    );
    check_entry(&course, &entry, Some(id))?;
    let lesson = &id[..2];
    let fill = |template: &str| {
        template
            .replace("{id}", id)
            .replace("{lesson}", lesson)
            .replace("{crate}", &format!("ex{id}").replace('-', "_"))
            .replace("{title}", title)
    };
    let files = [
        (format!("exercises/{id}/Cargo.toml"), fill(EXERCISE_CARGO)),
        (format!("exercises/{id}/README.md"), fill(EXERCISE_README)),
        (
            format!("exercises/{id}/solution.rs"),
            fill(EXERCISE_SOLUTION),
        ),
        (
            format!("exercises/{id}/answers/stub.rs"),
            fill(EXERCISE_STUB),
        ),
        (
            format!("exercises/{id}/answers/wrong-off-by-one.rs"),
            fill(EXERCISE_WRONG),
        ),
        (
            format!("exercises/{id}/tests/grade.rs"),
            fill(EXERCISE_GRADE),
        ),
    ];
    create(repo, &format!("exercises/{id}"), &files)?;
    insert_exercise(repo, &course, id, &entry)?;
    Ok(files.iter().map(|(path, _)| PathBuf::from(path)).collect())
}

/// The manifest with `entry` added must still be consistent.
fn check_entry(course: &Course, entry: &str, id: Option<&str>) -> Result<(), String> {
    if let Some(id) = id.filter(|id| course.exercise(id).is_some()) {
        return Err(format!("exercise {id} exists already"));
    }
    let mut text = String::new();
    text.push_str("[book]\nbudget = { first = 1, last = 1, lines = 1 }\n");
    for lesson in &course.lessons {
        text.push_str(&format!(
            "[[lesson]]\nnumber = {}\npackage = {:?}\ntitle = \"\"\nconcept = \"\"\npython = \"\"\n",
            lesson.number, lesson.package
        ));
    }
    text.push_str(entry);
    Course::parse(&text).map(|_| ())
}

fn create(repo: &Path, folder: &str, files: &[(String, String)]) -> Result<(), String> {
    if repo.join(folder).exists() {
        return Err(format!("{folder} exists already"));
    }
    for (relative, text) in files {
        let path = repo.join(relative);
        if path.exists() {
            return Err(format!("{relative} exists already"));
        }
        fs::create_dir_all(path.parent().expect("a file has a folder"))
            .and_then(|()| fs::write(&path, text))
            .map_err(|e| format!("{relative}: {e}"))?;
    }
    Ok(())
}

fn append(repo: &Path, entry: &str) -> Result<(), String> {
    let path = repo.join("course.toml");
    let mut text = fs::read_to_string(&path).map_err(|e| format!("course.toml: {e}"))?;
    if !text.ends_with('\n') {
        text.push('\n');
    }
    text.push_str(entry);
    fs::write(&path, text).map_err(|e| format!("course.toml: {e}"))
}

/// Inserts an `[[exercise]]` entry before the first listed exercise whose id sorts after `id`.
fn insert_exercise(repo: &Path, course: &Course, id: &str, entry: &str) -> Result<(), String> {
    let Some(next) = course.exercises.iter().find(|e| e.id.as_str() > id) else {
        return append(repo, entry);
    };
    let path = repo.join("course.toml");
    let text = fs::read_to_string(&path).map_err(|e| format!("course.toml: {e}"))?;
    let marker = format!("[[exercise]]\nid = {:?}", next.id);
    let at = text
        .find(&marker)
        .ok_or(format!("course.toml: cannot find the entry of {}", next.id))?;
    let updated = format!("{}{}\n{}", &text[..at], entry.trim_start(), &text[at..]);
    fs::write(&path, updated).map_err(|e| format!("course.toml: {e}"))
}

const LESSON_CARGO: &str = r#"[package]
name = "{package}"
version = "0.1.0"
description = "Lesson {number}: {title}."
edition.workspace = true
rust-version.workspace = true
license.workspace = true
publish.workspace = true
# The test binaries are listed below (tests/lesson.rs names the files it takes in).
autotests = false

[lib]
# Its doc examples run in `cargo test --workspace --doc` (a step of .ci/run), not in every
# `cargo test`: rustdoc compiles them anew on each run.
doctest = false

[dependencies]
clap.workspace = true
timing.workspace = true

[dev-dependencies]
lesson-test.workspace = true

[lints]
workspace = true

# The lesson's test files (tests/lesson.rs declares them): one binary, so libtest runs their
# tests side by side (conventions.md).
[[test]]
name = "lesson"
path = "tests/lesson.rs"
"#;

const LESSON_LIB: &str = r#"//! Lesson {number}: {title}. The teaching core: what the chapter shows.

use std::thread;

// ANCHOR: answer
/// Runs `f` on a thread of its own and returns what it returned.
pub fn on_a_thread(f: impl FnOnce() -> u32 + Send + 'static) -> u32 {
    thread::spawn(f).join().expect("the thread panicked")
}
// ANCHOR_END: answer
"#;

const LESSON_MAIN: &str = r#"//! Narrator for lesson {number}: run it with `cargo run -p {package}`.

use clap::Parser;
use timing::narrate;

const LIB: &str = include_str!("lib.rs");
const PY: &str = include_str!("../python/seed.py");

/// Lesson {number}: {title}.
#[derive(Parser)]
#[command(version, about)]
struct Args {}

fn main() {
    let _args = Args::parse();
    narrate::title("{number}", "{package}", "{title}");
    narrate::section("A value from a thread");
    narrate::python(PY, "answer");
    narrate::rust(LIB, "answer");
    println!("the thread returned {}", {crate}::on_a_thread(|| 42));
}
"#;

const LESSON_TESTS: &str = r#"//! The lesson's test files, as one test binary: libtest runs their tests side by side (see the
//! book's conventions).

mod claims;
mod end_to_end;
"#;

const LESSON_CLAIMS: &str = r#"//! Every claim the chapter makes, asserted.

#[test]
fn a_thread_hands_back_its_value() {
    assert_eq!({crate}::on_a_thread(|| 42), 42);
}
"#;

const LESSON_END_TO_END: &str = r#"//! Runs the lesson's binary the way a learner does.

#[test]
fn the_lesson_runs_as_a_learner_sees_it() {
    lesson_test::EndToEnd::new(env!("CARGO_BIN_EXE_{package}"))
        .prints(&["the thread returned 42"])
        .check();
}
"#;

const LESSON_PYTHON: &str = r#"# The Python idiom lesson {number} mirrors.
import threading

# ANCHOR: answer
results = []
t = threading.Thread(target=lambda: results.append(42))
t.start()
t.join()
print(results[0])  # -> 42
# ANCHOR_END: answer
"#;

const LESSON_CHEATSHEET: &str = r#"| `threading.Thread(target=f).start(); t.join()` | `thread::spawn(f).join()` | [{number}]({number}-{package}.md) |
"#;

const LESSON_CHAPTER: &str = r#"# {number} · {package}: {title}

What the lesson teaches, starting from the seeds' Python:

[lessons/{number}-{package}/python/seed.py](../../lessons/{number}-{package}/python/seed.py)
```python
{{#include ../../lessons/{number}-{package}/python/seed.py:answer}}
```

The Rust:

[lessons/{number}-{package}/src/lib.rs](../../lessons/{number}-{package}/src/lib.rs)
```rust,ignore
{{#include ../../lessons/{number}-{package}/src/lib.rs:answer}}
```
"#;

const EXERCISE_CARGO: &str = r#"[package]
name = "ex{id}"
version = "0.1.0"
edition.workspace = true
rust-version.workspace = true
license.workspace = true
publish.workspace = true

[dev-dependencies]
grader.workspace = true

[lints]
workspace = true
"#;

const EXERCISE_README: &str = r#"# {title}

<!-- ANCHOR: statement -->
**Exercise {id}** (lesson {lesson}): edit `exercises/{id}/src/lib.rs`.
TODO: what the learner does, starting from the Python:

```python
answer = 42
```
<!-- ANCHOR_END: statement -->

`cargo run -p practice -- check {id}` checks it; `hint {id}` helps.
"#;

const EXERCISE_SOLUTION: &str = r#"//! Exercise {id}: {title}. `cargo run -p practice -- check {id}` checks it.

/// The answer.
pub fn answer() -> u32 {
    // ANSWER: answer
    42
    // ANSWER_END: answer
}
"#;

const EXERCISE_STUB: &str = r#"//! What the learner starts from.

// ANSWER: answer
todo!("return the answer")
// ANSWER_END: answer
"#;

const EXERCISE_WRONG: &str = r#"//! Off by one.
//! caught: assertion

// ANSWER: answer
41
// ANSWER_END: answer
"#;

const EXERCISE_GRADE: &str = r#"//! The graders of {id}.

#[test]
fn the_answer_is_42() {
    assert_eq!({crate}::answer(), 42, "answer() returns 42");
}
"#;
