//! `stop` signals the thread but does not wait for it. Dropping the `JoinHandle` detaches the
//! thread, like `daemon=True`: the tick in progress is still running when `stop` returns.
//! caught: forced

// ANSWER: stop
drop(self.stop);
drop(self.thread); // detached, not stopped
// ANSWER_END: stop
