//! A parallel sum of the numbers one by one, which never calls `work` on chunks.
//! caught: assertion

// ANSWER: sum-on-rayon
let _ = work;
numbers.par_iter().map(|n| n.isqrt()).sum()
// ANSWER_END: sum-on-rayon
