//! A waiter seats at most `n - 1` philosophers at once (a count behind a `Mutex`, and a
//! `Condvar` to wait for a seat): one of the `n` is always standing, so the circle cannot close.

// ANSWER: philosopher
let (left, right) = (i, (i + 1) % self.forks.len());
for _ in 0..meals {
    let free = self.free_seats.lock().unwrap();
    let mut free = self.seat_freed.wait_while(free, |f| *f == 0).unwrap();
    *free -= 1;
    drop(free);
    meal(i, &self.forks[left], &self.forks[right], holding_one, eat);
    *self.free_seats.lock().unwrap() += 1;
    self.seat_freed.notify_one();
}
// ANSWER_END: philosopher

// ANSWER: table
/// The table: `n` forks, and a waiter who keeps count of the free seats.
pub struct Table {
    forks: Vec<Mutex<()>>,
    free_seats: Mutex<usize>,
    seat_freed: std::sync::Condvar,
}

impl Table {
    /// A table for `n` philosophers, with `n - 1` seats.
    pub fn new(n: usize) -> Table {
        Table {
            forks: (0..n).map(|_| Mutex::new(())).collect(),
            free_seats: Mutex::new(n - 1),
            seat_freed: std::sync::Condvar::new(),
        }
    }
}
// ANSWER_END: table
