//! A lost wake-up: `wait` reads the flag under one lock and sleeps under another. A `set` in
//! between rings while nobody is asleep, and the waiter sleeps through it, forever.
//! caught: loom

// ANSWER: wait
while !self.is_set() {
    // the flag may have been set since is_set let go of the lock
    let flag = self.flag.lock().unwrap();
    let _flag = self.changed.wait(flag).unwrap();
}
// ANSWER_END: wait
