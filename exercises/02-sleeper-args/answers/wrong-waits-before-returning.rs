//! It starts the thread, then waits for it to finish before handing back its handle: Python's
//! `thread.start(); thread.join()` in one call.
//! caught: bound

// ANSWER: spawn-sleeper
let name = name.to_string();
let thread = thread::Builder::new()
    .name(name.clone())
    .spawn(move || sleeper(n, &name))
    .expect("the OS could not start a thread");
while !thread.is_finished() {
    thread::sleep(Duration::from_millis(1));
}
thread
// ANSWER_END: spawn-sleeper
