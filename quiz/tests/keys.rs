//! Every question's key is what the model checker found, and the book's quiz pages are what
//! `cargo run -p quiz -- generate` writes now. One test binary, so each program is explored
//! once (the explorations are cached per process); one test per lesson, so they run in parallel.

use std::collections::BTreeSet;
use std::path::Path;

use quiz::{answer, book, question};

fn check(lesson: &str) {
    let file = question::folder().join(format!("{lesson}.toml"));
    let lesson = question::load(&file).unwrap();
    let problems = answer::check_lesson(&lesson);
    assert!(problems.is_empty(), "\n{}", problems.join("\n"));
}

macro_rules! lessons {
    ($($test:ident: $name:literal),* $(,)?) => {
        $(
            #[test]
            fn $test() {
                check($name);
            }
        )*

        /// Every question file has a test above.
        #[test]
        fn every_question_file_is_checked() {
            let tested = BTreeSet::from([$($name),*]);
            for lesson in question::load_all(&question::folder()).unwrap() {
                assert!(tested.contains(lesson.name.as_str()), "add {} to tests/keys.rs", lesson.name);
            }
        }
    };
}

lessons! {
    keys_01: "01-main-thread",
    keys_02: "02-spawn",
    keys_03: "03-join",
    keys_04: "04-daemon",
    keys_05: "05-pools",
    keys_06: "06-race-conditions",
    keys_07: "07-sync-primitives",
    keys_08: "08-producer-consumer",
    keys_09: "09-deadlock",
    keys_10: "10-gil",
    keys_11: "11-threads-vs-processes",
    keys_12: "12-io-bound",
    keys_13: "13-async-await",
    keys_14: "14-atomics",
}

#[test]
fn the_committed_pages_are_up_to_date() {
    let dir = book::generated_dir();
    let mut stale = Vec::new();
    let pages = book::pages().unwrap();
    for (name, text) in &pages {
        if std::fs::read_to_string(dir.join(name)).ok().as_deref() != Some(text.as_str()) {
            stale.push(name.clone());
        }
    }
    let expected: BTreeSet<String> = pages.iter().map(|(n, _)| n.clone()).collect();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().to_string();
        if !expected.contains(&name) {
            stale.push(format!("{name} (no question file: delete it)"));
        }
    }
    assert!(
        stale.is_empty(),
        "out of date: {}\nrun: cargo run -p quiz -- generate",
        stale.join(", ")
    );
}

#[test]
fn every_chapter_ends_with_its_quiz() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("../docs/src");
    for lesson in question::load_all(&question::folder()).unwrap() {
        let chapter = std::fs::read_to_string(src.join(format!("{}.md", lesson.name))).unwrap();
        let include = format!("{{{{#include generated/quiz/{}.md}}}}", lesson.name);
        let tail: Vec<&str> = chapter.trim_end().lines().rev().take(3).collect();
        assert_eq!(
            tail[0], include,
            "{}.md must end with {include}",
            lesson.name
        );
        assert_eq!(
            tail[2], "## Quiz",
            "{}.md: ## Quiz, its source link, its include",
            lesson.name
        );
    }
}

/// The course's lessons, `NN-name`, from `course.toml` (the one list of them), and those with a
/// quiz (all but a new lesson whose questions are being written).
fn course_lessons() -> (Vec<String>, Vec<String>) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let course = course::load(&root).unwrap();
    let all = course.lessons.iter().map(|l| l.slug()).collect();
    let quizzed = course
        .lessons
        .iter()
        .filter(|l| l.quiz)
        .map(|l| l.slug())
        .collect();
    (all, quizzed)
}

#[test]
fn every_lesson_has_at_least_three_questions_and_no_file_names_another() {
    let (lessons, quizzed) = course_lessons();
    assert!(quizzed.len() >= 14, "{quizzed:?}");
    let files = question::load_all(&question::folder()).unwrap();
    for lesson in &quizzed {
        let file = files.iter().find(|f| &f.name == lesson);
        let count = file.map_or(0, |f| f.questions.len());
        assert!(
            count >= 3,
            "{lesson} has {count} questions: quiz/questions/{lesson}.toml needs 3"
        );
    }
    for file in &files {
        assert!(
            lessons.contains(&file.name),
            "quiz/questions/{}.toml names no lesson of the course",
            file.name
        );
    }
    let total: usize = files.iter().map(|f| f.questions.len()).sum();
    assert!(total >= 45, "{total} questions in all, fewer than 45");
}

/// The explorer's reduction loses nothing: on every small program, DPOR with sleep sets finds
/// exactly the outcomes that trying every interleaving finds, where that takes at most 30
/// executions. (`cargo run -p quiz -- outcomes NN --unreduced` compares a whole lesson by hand;
/// the channel programs are too big for it.)
#[test]
fn the_reduction_finds_every_outcome_of_the_small_programs() {
    use quiz::model::{Outcome, explore_limited};
    let mut compared = 0;
    for lesson in 1..=14 {
        for program in quiz::programs::lesson(lesson) {
            let reduced = program.explore().unwrap();
            if reduced.executions > 12 {
                continue;
            }
            let Ok(full) = explore_limited(program.run, false, 30) else {
                continue;
            };
            let a: BTreeSet<&Outcome> = reduced.outcomes.keys().collect();
            let b: BTreeSet<&Outcome> = full.outcomes.keys().collect();
            assert_eq!(
                a, b,
                "{}: the reduction lost or invented outcomes",
                program.name
            );
            compared += 1;
        }
    }
    assert!(compared >= 25, "only {compared} programs compared");
}
