//! `set` wakes one waiter (`notify_one`): the others sleep on with the flag up.
//! caught: forced

// ANSWER: set
*self.flag.lock().unwrap() = true;
self.changed.notify_one(); // one waiter only
// ANSWER_END: set
