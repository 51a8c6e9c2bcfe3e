//! It puts the left fork down before taking the right one. Nobody waits holding a fork, so the
//! dinner finishes, but everyone eats with one fork, and neighbours eat at the same time.
//! caught: forced

// ANSWER: philosopher
let (left, right) = (&self.forks[i], &self.forks[(i + 1) % self.forks.len()]);
for _ in 0..meals {
    drop((left.lock().unwrap(), holding_one(i))); // the left fork goes down here
    let _right = right.lock().unwrap();
    eat(i);
}
// ANSWER_END: philosopher
