//! Every exercise has what a learner needs. (That its graders reject its stub and wrong answers
//! and accept its solution and alternatives, run after run, is proved by
//! `cargo run -p practice -- verify`, which `.ci/run` runs.)

use std::collections::BTreeMap;
use std::path::Path;

use practice::exercise::{self, Kind};

fn all() -> Vec<exercise::Exercise> {
    exercise::all(&Path::new(env!("CARGO_MANIFEST_DIR")).join("..")).unwrap()
}

#[test]
fn every_lesson_has_at_least_two_exercises() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let course = course::load(&repo).unwrap();
    let mut per_lesson: BTreeMap<u32, usize> = BTreeMap::new();
    for exercise in &course.exercises {
        *per_lesson.entry(exercise.lesson()).or_default() += 1;
    }
    for lesson in &course.lessons {
        let count = per_lesson.get(&lesson.number).copied().unwrap_or(0);
        assert!(
            count >= 2,
            "lesson {} has {count} exercise(s)",
            lesson.slug()
        );
    }
}

#[test]
fn every_exercise_has_a_statement_a_stub_a_wrong_answer_and_tests() {
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
        assert!(
            exercise.statement.lines().count() <= 14,
            "{id}: the statement, included in the chapter, is at most 14 lines"
        );
        assert!(
            !exercise.statement.contains("]("),
            "{id}: no links in the statement: it is included in the book, where they would break"
        );
        let answers = exercise.answers().unwrap();
        assert!(
            answers.iter().any(|a| a.kind == Kind::Stub),
            "{id}: answers/stub.rs"
        );
        assert!(
            answers.iter().any(|a| a.kind == Kind::Wrong),
            "{id}: a wrong answer"
        );
        let stub = exercise.stub().unwrap();
        assert_ne!(
            stub,
            exercise.version(None).unwrap(),
            "{id}: the stub is not the solution"
        );
        for answer in &answers {
            exercise
                .version(Some(answer))
                .unwrap_or_else(|e| panic!("{id}/answers/{}.rs: {e}", answer.name));
        }
        assert!(
            exercise.dir.join("tests").read_dir().unwrap().count() >= 1,
            "{id}: tests"
        );
    }
}

#[test]
fn on_a_fresh_clone_nothing_is_solved() {
    // A learner's file that does not exist yet, or still holds the stub, is "not started".
    for exercise in all() {
        if !exercise.learner_file().exists() {
            assert!(exercise.untouched(), "{}", exercise.id);
        }
    }
}
