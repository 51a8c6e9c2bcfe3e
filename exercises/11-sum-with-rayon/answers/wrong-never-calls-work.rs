//! A parallel sum of the numbers one by one, which never calls `work` on chunks: the tests'
//! `work` (or any other) is ignored.
//! caught: assertion

// ANSWER: imports
use rayon::prelude::*;
// ANSWER_END: imports

// ANSWER: sum-on-rayon
let _ = work;
numbers.par_iter().map(|n| n.isqrt()).sum()
// ANSWER_END: sum-on-rayon
