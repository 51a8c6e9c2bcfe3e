//! `chunks`, not `par_chunks`: every chunk runs on the calling thread, one after another.
//! caught: forced

// ANSWER: sum-on-rayon
numbers.chunks(CHUNK).map(work).sum()
// ANSWER_END: sum-on-rayon
