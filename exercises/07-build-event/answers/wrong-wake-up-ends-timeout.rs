//! `wait_timeout` sleeps once and reports the flag as it then is: a wake-up without a `set`
//! ends the wait early, with `false`.
//! caught: forced

// ANSWER: wait-timeout
let flag = self.flag.lock().unwrap();
if *flag {
    return true;
}
let (flag, _) = self.changed.wait_timeout(flag, timeout).unwrap();
*flag
// ANSWER_END: wait-timeout
