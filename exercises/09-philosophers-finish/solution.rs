//! Exercise 09-philosophers-finish: dining philosophers that always finish.
//! `cargo run -p practice -- check 09-philosophers-finish` checks it.

use std::sync::Mutex;

mod given;
pub use given::{dinner, meal};

// ANSWER: table
/// The table: `n` forks in a ring, one between each pair of neighbours.
pub struct Table {
    forks: Vec<Mutex<()>>,
}

impl Table {
    /// A table for `n` philosophers.
    pub fn new(n: usize) -> Table {
        Table {
            forks: (0..n).map(|_| Mutex::new(())).collect(),
        }
    }
}
// ANSWER_END: table

impl Table {
    /// Philosopher `i` eats `meals` times. Its left fork is fork `i`, its right one is fork
    /// `(i + 1) % n`: its right neighbour's left fork. Before each meal it takes one fork and
    /// calls `holding_one(i)`, then takes the other and calls `eat(i)`, holding both.
    pub fn dine(&self, i: usize, meals: usize, holding_one: &dyn Fn(usize), eat: &dyn Fn(usize)) {
        // ANSWER: philosopher
        let (left, right) = (i, (i + 1) % self.forks.len());
        // Everyone takes the lower-numbered fork first. The last philosopher reaches for fork 0
        // before fork n - 1, so it waits holding nothing, and the circle cannot close.
        let (first, second) = (left.min(right), left.max(right));
        for _ in 0..meals {
            meal(i, &self.forks[first], &self.forks[second], holding_one, eat);
        }
        // ANSWER_END: philosopher
    }
}
