//! `rayon::join` by hand: split the slice in two at a multiple of `CHUNK`, sum both halves at
//! once, and call `work` on what is left once it is one chunk.

// ANSWER: imports

// ANSWER_END: imports

// ANSWER: sum-on-rayon
fn halves(numbers: &[u64], work: &(impl Fn(&[u64]) -> u64 + Sync)) -> u64 {
    if numbers.len() <= CHUNK {
        return if numbers.is_empty() { 0 } else { work(numbers) };
    }
    let chunks = numbers.len().div_ceil(CHUNK);
    let (left, right) = numbers.split_at(chunks / 2 * CHUNK);
    let (a, b) = rayon::join(|| halves(left, work), || halves(right, work));
    a + b
}
halves(numbers, &work)
// ANSWER_END: sum-on-rayon
