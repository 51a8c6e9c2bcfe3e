//! The closure captures nothing but `n`: the thread reads its own name, which the builder gave
//! it, and passes that to `sleeper`.

// ANSWER: spawn-sleeper
thread::Builder::new()
    .name(name.to_string())
    .spawn(move || sleeper(n, thread::current().name().expect("named by the builder")))
    .expect("the OS could not start a thread")
// ANSWER_END: spawn-sleeper
