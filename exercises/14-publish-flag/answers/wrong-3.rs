//! The data is read before the flag, so the `Acquire` comes too late to order it.
//! caught: assertion

// ANSWER: receive
let data = self.data.load(Relaxed);
if self.ready.load(Acquire) {
    Some(data)
} else {
    None
}
// ANSWER_END: receive
