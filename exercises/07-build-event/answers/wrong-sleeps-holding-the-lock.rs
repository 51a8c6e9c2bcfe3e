//! `wait` polls the flag with the guard held: `set` can never take the lock to raise it.
//! caught: bound

// ANSWER: wait
let flag = self.flag.lock().unwrap();
while !*flag {
    std::thread::sleep(Duration::from_millis(1)); // still holding the lock
}
// ANSWER_END: wait
