//! The workers attach for each call, but the calling thread keeps the GIL while it waits for
//! them: they wait for the GIL, it waits for them, and nothing moves.
//! caught: bound

// ANSWER: map_threads
let _ = py; // still attached, for the whole wait
rustwork::threads::map_on_threads(&items, 2, |item| Python::attach(|py| f.call1(py, (item,))))
// ANSWER_END: map_threads
