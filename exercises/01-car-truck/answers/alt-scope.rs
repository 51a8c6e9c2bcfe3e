//! Scoped threads: `thread::scope` joins them at its end, and `ScopedJoinHandle::join` still
//! hands back each closure's value.

// ANSWER: car-and-truck
thread::scope(|s| {
    let car = thread::Builder::new()
        .name("SecondThread".to_string())
        .spawn_scoped(s, || car(rounds, pause))
        .expect("the OS could not start a thread");
    let truck = thread::Builder::new()
        .name("ThirdThread".to_string())
        .spawn_scoped(s, || truck(rounds, pause))
        .expect("the OS could not start a thread");
    (car.join().unwrap(), truck.join().unwrap())
})
// ANSWER_END: car-and-truck
