//! Runs the lesson's binary the way a learner does, with the demo sleeps scaled down.

use lesson_test::{EndToEnd, run_lesson};

const LESSON: &str = env!("CARGO_BIN_EXE_producer-consumer");

#[test]
fn the_lesson_runs_and_prints_every_section() {
    let run = EndToEnd::new(LESSON)
        .prints(&[
            "as written (the producer never pauses): produced",
            "produced 3, consumed [1, 2, 3], left in the queue 0, consumer stuck in get(): true",
            "child: seed 004's consumer, get() without a timeout",
            "killed and reaped; it is gone",
            "the consumer took 3 and stopped; the producer filled the queue (10 left) and, after event.set(), was still in put(): true",
            "with a channel: the consumer took 3 and dropped its Receiver",
            "same story: produced 3, consumed [1, 2, 3], left in the queue 0, consumer stuck in get(): false",
            "try_put(\"c\") = Err(\"c\")",
            "get_timeout(20 ms) = Err(TimedOut)",
            "task_done() with nothing put = Err(TaskDoneTooOften)",
            "closed: put(1) = Err(1), get() = None",
            "join() returned with 6 jobs done",
            "crossbeam bounded(10), 2 consumers",
            "deadline 20.0 ms:",
            "maxsize 3: the producer waited",
            "put 10",
            "handle 10",
        ])
        .usage_error(&["--maxsize", "0"], "--maxsize")
        .check();
    assert_eq!(
        run.stdout
            .matches("every message exactly once: true; each producer's in order: true")
            .count(),
        3,
        "{}",
        run.stdout
    );
    assert_eq!(
        run.stdout.matches("same story").count(),
        2,
        "{}",
        run.stdout
    );
}

#[test]
fn the_scenario_flag_is_hidden_from_help() {
    let run = run_lesson(LESSON, &["--help"], "1");
    assert!(run.success());
    assert!(run.stdout.contains("--maxsize"), "{}", run.stdout);
    assert!(!run.stdout.contains("--scenario"), "{}", run.stdout);
}
