//! It splits with `chunks_mut(len / 2)`: an odd length gives three chunks, not two halves, and a
//! length under two a chunk size of zero, which panics.
//! caught: assertion

// ANSWER: double-in-two-threads
let size = values.len() / 2;
thread::scope(|s| {
    for part in values.chunks_mut(size) {
        s.spawn(move || double_all("a part", part));
    }
});
// ANSWER_END: double-in-two-threads
