//! It calls `sleeper` on the caller's thread, as Python's `Thread(target=sleeper(3, 'thread1'))`
//! does, and hands the new thread only the result: the caller sleeps the whole `n`.
//! caught: bound

// ANSWER: spawn-sleeper
let lines = sleeper(n, name); // runs here, now
thread::Builder::new()
    .name(name.to_string())
    .spawn(move || lines)
    .expect("the OS could not start a thread")
// ANSWER_END: spawn-sleeper
