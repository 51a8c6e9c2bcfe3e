//! Given: leave this file as it is.

/// The seeds' CPU-bound work: the sum of the integer square roots of `numbers`
/// (`sum(math.isqrt(n) for n in numbers)`). Integers, so every way of splitting the numbers
/// gives exactly the same sum.
pub fn sum_isqrt(numbers: &[u64]) -> u64 {
    numbers.iter().map(|n| n.isqrt()).sum()
}
