//! A typical wrong answer to 09-philosophers-finish (the graders must reject it): a waiter
//! with `n` seats, not `n - 1`. Everyone sits down, everyone takes the left fork: the same
//! circle as before.

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
/// A waiter (a channel of seat tokens, a semaphore) seats the philosophers.
pub fn dinner(
    n: usize,
    meals: usize,
    holding_one: impl Fn(usize) + Sync,
    eat: impl Fn(usize) + Sync,
) {
    let forks: Vec<Mutex<()>> = (0..n).map(|_| Mutex::new(())).collect();
    let (give_back, seats) = crossbeam_channel::bounded(n);
    for _ in 0..n {
        give_back.send(()).expect("room for n seats");
    }
    thread::scope(|s| {
        for i in 0..n {
            let (forks, holding_one, eat) = (&forks, &holding_one, &eat);
            let (seats, give_back) = (seats.clone(), give_back.clone());
            thread::Builder::new()
                .name(format!("philosopher-{i}"))
                .spawn_scoped(s, move || {
                    let (left, right) = (i, (i + 1) % n);
                    for _ in 0..meals {
                        seats.recv().expect("seats come back");
                        let left_fork = forks[left].lock().unwrap();
                        holding_one(i);
                        let right_fork = forks[right].lock().unwrap();
                        eat(i);
                        drop((right_fork, left_fork));
                        give_back.send(()).expect("the seat goes back");
                    }
                })
                .expect("the OS could not start a thread");
        }
    });
}
