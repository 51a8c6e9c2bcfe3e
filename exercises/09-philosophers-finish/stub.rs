//! Exercise 09-philosophers-finish: dining philosophers that always finish.
//! `cargo run -p practice -- check 09-philosophers-finish` checks it.

use std::sync::Mutex;
use std::thread;

/// Seats `n` philosophers (`n >= 2`) round a table with `n` forks, one between each pair, and
/// has each one eat `meals` times, on a thread of its own named `philosopher-{i}`. Returns once
/// everyone has eaten. Philosopher `i`'s left fork is fork `i`, the right one is fork
/// `(i + 1) % n`: its right neighbour's left fork.
///
/// Before each meal a philosopher takes one fork and calls `holding_one(i)` (the tests use it
/// to make the unlucky moment certain), then takes the other fork and calls `eat(i)` holding
/// both.
///
/// Everyone takes the left fork, then the right one. If all take their left fork at once,
/// each waits for a fork its neighbour holds, round the table, for ever. Fix it.
pub fn dinner(
    n: usize,
    meals: usize,
    holding_one: impl Fn(usize) + Sync,
    eat: impl Fn(usize) + Sync,
) {
    let forks: Vec<Mutex<()>> = (0..n).map(|_| Mutex::new(())).collect();
    thread::scope(|s| {
        for i in 0..n {
            let (forks, holding_one, eat) = (&forks, &holding_one, &eat);
            thread::Builder::new()
                .name(format!("philosopher-{i}"))
                .spawn_scoped(s, move || {
                    let (left, right) = (i, (i + 1) % n);
                    for _ in 0..meals {
                        let _left = forks[left].lock().unwrap();
                        holding_one(i);
                        let _right = forks[right].lock().unwrap(); // the neighbour's left fork
                        eat(i);
                    }
                })
                .expect("the OS could not start a thread");
        }
    });
}
