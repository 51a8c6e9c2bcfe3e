//! Everyone takes the right fork first instead: the same circle, the other way round.
//! caught: forced

// ANSWER: philosopher
let right = (i + 1) % self.forks.len();
(0..meals).for_each(|_| meal(i, &self.forks[right], &self.forks[i], holding_one, eat));
// ANSWER_END: philosopher
