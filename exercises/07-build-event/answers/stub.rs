//! What the learner starts from.

// ANSWER: clear
todo!("lower the flag under the lock")
// ANSWER_END: clear

// ANSWER: is-set
todo!("read the flag under the lock")
// ANSWER_END: is-set

// ANSWER: set
todo!("raise the flag under the lock, then wake every waiter")
// ANSWER_END: set

// ANSWER: wait
todo!("sleep on `changed` until the flag is up")
// ANSWER_END: wait

// ANSWER: wait-timeout
let _ = timeout;
todo!("sleep on `changed` until the flag is up, or the time is up")
// ANSWER_END: wait-timeout
