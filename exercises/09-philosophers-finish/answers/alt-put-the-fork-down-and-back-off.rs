//! Left fork, then `try_lock` the right one; if it is taken, put the left one down and back off
//! (each philosopher for a different, growing while) before trying again. Nobody waits holding a
//! fork.

// ANSWER: philosopher
let (left, right) = (&self.forks[i], &self.forks[(i + 1) % self.forks.len()]);
let first_pause = std::time::Duration::from_micros(20 * (i as u64 + 1));
for _ in 0..meals {
    let mut pause = first_pause;
    loop {
        let left_fork = left.lock().unwrap();
        holding_one(i);
        if let Ok(_right_fork) = right.try_lock() {
            eat(i);
            break;
        }
        drop(left_fork);
        std::thread::sleep(pause);
        pause = (pause * 2).min(std::time::Duration::from_millis(2));
    }
}
// ANSWER_END: philosopher
