//! `set` raises the flag but rings no bell: a thread already asleep in `wait` never looks at the
//! flag again.
//! caught: forced

// ANSWER: set
*self.flag.lock().unwrap() = true;
// ANSWER_END: set
