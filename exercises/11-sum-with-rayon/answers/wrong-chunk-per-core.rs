//! One chunk per thread of the pool, as in the previous exercise: the work is shared out, but
//! not in chunks of `CHUNK` numbers, and one slow chunk holds up the whole sum.
//! caught: assertion

// ANSWER: imports
use rayon::prelude::*;
// ANSWER_END: imports

// ANSWER: sum-on-rayon
let size = numbers.len().div_ceil(rayon::current_num_threads()).max(1);
numbers.par_chunks(size).map(work).sum()
// ANSWER_END: sum-on-rayon
