//! `try_lock` for the right fork, but it never backs off: it keeps the left fork while it
//! tries again, so everyone holds a left fork and polls for a right one, for ever.
//! caught: forced

// ANSWER: philosopher
let (left, right) = (&self.forks[i], &self.forks[(i + 1) % self.forks.len()]);
for _ in 0..meals {
    let _left = left.lock().unwrap();
    holding_one(i);
    let _right = loop {
        match right.try_lock() {
            Ok(fork) => break fork,
            Err(_) => std::thread::yield_now(), // still holding the left
        }
    };
    eat(i);
}
// ANSWER_END: philosopher
