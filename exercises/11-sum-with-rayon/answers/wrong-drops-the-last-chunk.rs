//! `par_chunks_exact` hands out only whole chunks of `CHUNK` numbers: the shorter last chunk is
//! left out of the sum.
//! caught: assertion

// ANSWER: imports
use rayon::prelude::*;
// ANSWER_END: imports

// ANSWER: sum-on-rayon
numbers.par_chunks_exact(CHUNK).map(work).sum()
// ANSWER_END: sum-on-rayon
