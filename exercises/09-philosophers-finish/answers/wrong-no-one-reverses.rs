//! The last philosopher was meant to take the right fork first, but `i == n` is never true for
//! `i` in `0..n`: everyone still takes the left fork first, and the circle closes.
//! caught: forced

// ANSWER: philosopher
let n = self.forks.len();
let (left, right) = (i, (i + 1) % n);
let (first, second) = if i == n { (right, left) } else { (left, right) };
for _ in 0..meals {
    meal(i, &self.forks[first], &self.forks[second], holding_one, eat);
}
// ANSWER_END: philosopher
