//! Given: leave this file as it is. The dinner's threads, and one meal the naive way.

use std::sync::Mutex;
use std::thread;

use crate::Table;

/// Seats `n` philosophers (`n >= 2`) at a [`Table::new`]`(n)` and has each one eat `meals` times
/// ([`Table::dine`]), on a thread of its own named `philosopher-{i}`. Returns once everyone has
/// eaten. The tests give `holding_one` and `eat`.
pub fn dinner(
    n: usize,
    meals: usize,
    holding_one: impl Fn(usize) + Sync,
    eat: impl Fn(usize) + Sync,
) {
    let table = Table::new(n);
    thread::scope(|s| {
        for i in 0..n {
            let (table, holding_one, eat) = (&table, &holding_one, &eat);
            thread::Builder::new()
                .name(format!("philosopher-{i}"))
                .spawn_scoped(s, move || table.dine(i, meals, holding_one, eat))
                .expect("the OS could not start a thread");
        }
    });
}

/// One meal of philosopher `i`: takes the `first` fork, calls `holding_one(i)`, takes the
/// `second` fork, calls `eat(i)`, then puts both down.
pub fn meal(
    i: usize,
    first: &Mutex<()>,
    second: &Mutex<()>,
    holding_one: &dyn Fn(usize),
    eat: &dyn Fn(usize),
) {
    let _first = first.lock().unwrap();
    holding_one(i);
    let _second = second.lock().unwrap(); // its holder may be waiting for ours
    eat(i);
}
