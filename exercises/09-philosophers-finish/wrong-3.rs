//! A typical wrong answer to 09-philosophers-finish (the graders must reject it): `try_lock`
//! for the right fork, but while waiting to try again the philosopher keeps the left fork. It
//! never backs off, so everyone holds a left fork and polls for a right one for ever.

use std::sync::Mutex;
use std::thread;
use std::time::Duration;

/// Seats `n` philosophers (`n >= 2`) round a table with `n` forks, one between each pair, and
/// has each one eat `meals` times, on a thread of its own named `philosopher-{i}`. Returns once
/// everyone has eaten. Philosopher `i`'s left fork is fork `i`, the right one is fork
/// `(i + 1) % n`: its right neighbour's left fork.
///
/// Before each meal a philosopher takes one fork and calls `holding_one(i)` (the tests use it
/// to make the unlucky moment certain), then takes the other fork and calls `eat(i)` holding
/// both.
///
/// Take the left fork, then poll for the right one with `try_lock`.
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
                        let _right = loop {
                            if let Ok(right) = forks[right].try_lock() {
                                break right;
                            }
                            thread::sleep(Duration::from_millis(1)); // still holding the left
                        };
                        eat(i);
                    }
                })
                .expect("the OS could not start a thread");
        }
    });
}
