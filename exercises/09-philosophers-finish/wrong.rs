//! A typical wrong answer to 09-philosophers-finish (the graders must reject it): the last
//! philosopher was meant to take the right fork first, but `i == n` is never true for `i` in
//! `0..n`, so everyone still takes the left fork first and the circle closes.

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
/// The last philosopher takes the right fork first (or so it was meant).
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
                    let (first, second) = if i == n { (right, left) } else { (left, right) };
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
}
