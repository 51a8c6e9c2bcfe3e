//! The closure borrows the caller's `&str`, which may be gone before the thread is (error[E0521]:
//! borrowed data escapes outside of function).
//! judge: compiler

// ANSWER: spawn-sleeper
thread::Builder::new()
    .name(name.to_string())
    .spawn(move || sleeper(n, name))
    .expect("the OS could not start a thread")
// ANSWER_END: spawn-sleeper
