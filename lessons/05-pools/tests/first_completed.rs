//! `wait(return_when=FIRST_COMPLETED)` → `first_completed`: the first of `as_completed`.

use pools::support::Hold;
use pools::{ThreadPool, first_completed};

#[test]
fn the_first_task_to_finish_comes_first_and_the_others_follow() {
    let pool = ThreadPool::new(3).unwrap();
    let (slow, slower) = (Hold::new(), Hold::new());
    let handles = vec![
        pool.submit(slow.task("slow")),
        pool.submit(|| "quick"),
        pool.submit(slower.task("slower")),
    ];
    // The two held tasks cannot finish until released: "quick" is first, every time.
    let (first, others) = first_completed(handles).unwrap();
    assert_eq!((first.0, first.1.unwrap()), (1, "quick"));
    slow.release();
    slower.release();
    let mut rest: Vec<(usize, &str)> = others.map(|(i, r)| (i, r.unwrap())).collect();
    rest.sort();
    assert_eq!(rest, [(0, "slow"), (2, "slower")]);
}

#[test]
fn no_tasks_means_no_first() {
    assert!(first_completed::<()>(Vec::new()).is_none());
}
