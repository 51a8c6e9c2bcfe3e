//! `wait` trusts its wake-up (`if` instead of `while`): a wake-up with the flag still down lets it
//! return, though nobody has set the event.
//! caught: forced

// ANSWER: wait
let flag = self.flag.lock().unwrap();
if !*flag {
    let _flag = self.changed.wait(flag).unwrap();
}
// ANSWER_END: wait
