//! What the learner starts from: everyone takes the left fork, then the right one.

// ANSWER: philosopher
let (left, right) = (i, (i + 1) % self.forks.len());
for _ in 0..meals {
    // If all take their left fork at once, each waits for a fork its neighbour holds.
    meal(i, &self.forks[left], &self.forks[right], holding_one, eat);
}
// ANSWER_END: philosopher
