//! `set` rings the bell, then raises the flag under a lock of its own: a waiter woken in between
//! finds the flag still down and sleeps again, and nothing rings for the write.
//! caught: loom

// ANSWER: set
self.changed.notify_all();
*self.flag.lock().unwrap() = true;
// ANSWER_END: set
