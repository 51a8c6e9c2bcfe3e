//! Exercise 09-philosophers-finish: dining philosophers that always finish.
//! `cargo run -p practice -- check 09-philosophers-finish` checks it.

use std::sync::Mutex;
use std::thread;
// ANSWER: top
// ANSWER_END: top

/// Seats `n` philosophers (`n >= 2`) round a table with `n` forks, one between each pair, and
/// has each one eat `meals` times, on a thread of its own named `philosopher-{i}`. Returns once
/// everyone has eaten. Philosopher `i`'s left fork is fork `i`, the right one is fork
/// `(i + 1) % n`: its right neighbour's left fork.
///
/// Before each meal a philosopher takes one fork and calls `holding_one(i)` (the tests use it
/// to make the unlucky moment certain), then takes the other fork and calls `eat(i)` holding
/// both.
///
// ANSWER: docs-dinner
/// Everyone takes the lower-numbered of their two forks first. The last philosopher reaches
/// for fork 0 before fork `n - 1`, so at least one philosopher waits holding nothing.
// ANSWER_END: docs-dinner
pub fn dinner(
    n: usize,
    meals: usize,
    holding_one: impl Fn(usize) + Sync,
    eat: impl Fn(usize) + Sync,
) {
    // ANSWER: dinner
    let forks: Vec<Mutex<()>> = (0..n).map(|_| Mutex::new(())).collect();
    thread::scope(|s| {
        for i in 0..n {
            let (forks, holding_one, eat) = (&forks, &holding_one, &eat);
            thread::Builder::new()
                .name(format!("philosopher-{i}"))
                .spawn_scoped(s, move || {
                    let (left, right) = (i, (i + 1) % n);
                    let (first, second) = (left.min(right), left.max(right));
                    for _ in 0..meals {
                        let _first = forks[first].lock().unwrap();
                        holding_one(i);
                        let _second = forks[second].lock().unwrap();
                        eat(i);
                    }
                })
                .expect("the OS could not start a thread");
        }
    });
    // ANSWER_END: dinner
}
