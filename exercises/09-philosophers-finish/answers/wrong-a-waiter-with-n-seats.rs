//! A waiter (a channel of seat tokens) that seats all `n` philosophers, not `n - 1`: everyone
//! sits down, everyone takes the left fork, the same circle as before.
//! caught: forced

// ANSWER: philosopher
let (left, right) = (i, (i + 1) % self.forks.len());
for _ in 0..meals {
    self.seats.1.recv().expect("a seat comes back");
    meal(i, &self.forks[left], &self.forks[right], holding_one, eat);
    self.seats.0.send(()).expect("the seat goes back");
}
// ANSWER_END: philosopher

// ANSWER: table
/// The table: `n` forks, and a waiter's `n` seats (tokens in a channel).
pub struct Table {
    forks: Vec<Mutex<()>>,
    seats: (
        crossbeam_channel::Sender<()>,
        crossbeam_channel::Receiver<()>,
    ),
}

impl Table {
    /// A table for `n` philosophers.
    pub fn new(n: usize) -> Table {
        let seats = crossbeam_channel::bounded(n);
        (0..n).for_each(|_| seats.0.send(()).expect("room for n seats"));
        let forks = (0..n).map(|_| Mutex::new(())).collect();
        Table { forks, seats }
    }
}
// ANSWER_END: table
