//! It joins the car's thread before it starts the truck's, so they run one after the other.
//! caught: forced

// ANSWER: car-and-truck
let run = |name: &str, vehicle: fn(u32, Duration) -> Vec<String>| {
    let thread = thread::Builder::new()
        .name(name.to_string())
        .spawn(move || vehicle(rounds, pause))
        .expect("the OS could not start a thread");
    thread.join().unwrap() // waits before the next one starts
};
let car = run("SecondThread", car);
let truck = run("ThirdThread", truck);
(car, truck)
// ANSWER_END: car-and-truck
