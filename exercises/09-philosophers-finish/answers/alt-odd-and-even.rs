//! Even philosophers take the left fork first, odd ones the right: neighbours reach for their
//! shared fork first or last together, and no circle can form.

// ANSWER: philosopher
let (left, right) = (i, (i + 1) % self.forks.len());
let (first, second) = if i.is_multiple_of(2) {
    (left, right)
} else {
    (right, left)
};
(0..meals).for_each(|_| meal(i, &self.forks[first], &self.forks[second], holding_one, eat));
// ANSWER_END: philosopher
