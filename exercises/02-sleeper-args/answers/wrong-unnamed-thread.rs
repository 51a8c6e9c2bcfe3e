//! It starts the thread with `thread::spawn`, which names none: `sleeper` says it runs on
//! `<unnamed>`.
//! caught: assertion

// ANSWER: spawn-sleeper
let name = name.to_string();
thread::spawn(move || sleeper(n, &name))
// ANSWER_END: spawn-sleeper
