//! The name shared as an `Arc<str>` instead of copied into a `String`: the thread holds a count
//! on it.

// ANSWER: spawn-sleeper
let name: std::sync::Arc<str> = name.into();
let own = std::sync::Arc::clone(&name);
thread::Builder::new()
    .name(name.to_string())
    .spawn(move || sleeper(n, &own))
    .expect("the OS could not start a thread")
// ANSWER_END: spawn-sleeper
