//! No threads at all: the calling thread already holds the GIL, so it calls `f` itself, one item
//! after another. `f`'s first two calls wait for each other at a barrier, and never meet.
//! caught: forced

// ANSWER: map_threads
items.iter().map(|item| f.call1(py, (item,))).collect()
// ANSWER_END: map_threads
