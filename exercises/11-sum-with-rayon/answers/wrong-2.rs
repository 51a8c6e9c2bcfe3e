//! `chunks`, not `par_chunks`, so every chunk runs on the calling thread, one after another.
//! caught: assertion

// ANSWER: imports

// ANSWER_END: imports

// ANSWER: sum-on-rayon
numbers.chunks(CHUNK).map(work).sum()
// ANSWER_END: sum-on-rayon
