//! The chunks made first, as a `Vec` of slices, then `par_iter` over them: the pool takes the
//! slices, and `sum` adds the results.

// ANSWER: imports
use rayon::prelude::*;
// ANSWER_END: imports

// ANSWER: sum-on-rayon
let chunks: Vec<&[u64]> = numbers.chunks(CHUNK).collect();
chunks.par_iter().map(|chunk| work(chunk)).sum()
// ANSWER_END: sum-on-rayon
