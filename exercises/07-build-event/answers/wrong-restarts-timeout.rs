//! `wait_timeout` loops on the flag, but waits the whole `timeout` again after every wake-up:
//! wake-ups that come often enough keep it waiting forever.
//! caught: forced

// ANSWER: wait-timeout
let mut flag = self.flag.lock().unwrap();
while !*flag {
    let (woken, result) = self.changed.wait_timeout(flag, timeout).unwrap();
    flag = woken;
    if result.timed_out() {
        return *flag;
    }
}
true
// ANSWER_END: wait-timeout
