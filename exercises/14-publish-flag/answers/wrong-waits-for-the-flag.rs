//! It waits for the flag, like Python's `ready.wait()`: but `receive` must answer at once,
//! `None` before anything was sent, and a receiver that spins never returns.
//! caught: bound

// ANSWER: receive
while !self.ready.load(Acquire) {
    std::hint::spin_loop();
}
Some(self.data.load(Relaxed))
// ANSWER_END: receive
