//! Every exercise has what a learner needs. (That its tests fail on the stub and on the typical
//! wrong answers and pass on the solution is proved by `cargo run -p practice -- verify`, which
//! compiles each one three times: `.ci/run` runs it.)

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use practice::exercise;

fn all() -> Vec<exercise::Exercise> {
    exercise::all(&Path::new(env!("CARGO_MANIFEST_DIR")).join("../exercises")).unwrap()
}

#[test]
fn every_lesson_has_at_least_two_exercises() {
    let mut per_lesson: BTreeMap<String, usize> = BTreeMap::new();
    for exercise in all() {
        *per_lesson.entry(exercise.id[..2].to_string()).or_default() += 1;
    }
    let lessons = Path::new(env!("CARGO_MANIFEST_DIR")).join("../lessons");
    for lesson in fs::read_dir(lessons).unwrap() {
        let name = lesson.unwrap().file_name().to_string_lossy().to_string();
        let count = per_lesson.get(&name[..2]).copied().unwrap_or(0);
        assert!(count >= 2, "lesson {name} has {count} exercise(s)");
    }
}

#[test]
fn every_exercise_has_a_statement_hints_a_stub_a_solution_and_tests() {
    for exercise in all() {
        let id = &exercise.id;
        assert!(
            exercise
                .statement
                .contains(&format!("(lesson {})", &id[..2])),
            "{id}: the statement names its lesson"
        );
        assert!(
            exercise.statement.contains("```python"),
            "{id}: the statement shows the Python"
        );
        assert!((1..=3).contains(&exercise.hints.len()), "{id}: 1-3 hints");
        assert!(
            exercise.statement.lines().count() <= 14,
            "{id}: the statement, included in the chapter, is at most 14 lines"
        );
        assert!(
            !exercise.statement.contains("]("),
            "{id}: no links in the statement: it is included in the book, where they would break"
        );
        let stub = fs::read_to_string(exercise.stub_file()).unwrap();
        let solution = fs::read_to_string(exercise.solution_file()).unwrap();
        assert_ne!(stub, solution, "{id}");
        assert!(
            exercise.dir.join("tests").read_dir().unwrap().count() >= 1,
            "{id}: tests"
        );
        assert!(
            exercise.package.starts_with(&format!("ex{}-", &id[..2])),
            "{id}: package {}",
            exercise.package
        );
    }
}

#[test]
fn on_a_fresh_clone_nothing_is_solved() {
    // A learner's file that does not exist yet, or still holds the stub, is "not started".
    for exercise in all() {
        let mine = fs::read_to_string(exercise.learner_file()).ok();
        if mine.is_none() {
            assert!(exercise.untouched(), "{}", exercise.id);
        }
    }
}
