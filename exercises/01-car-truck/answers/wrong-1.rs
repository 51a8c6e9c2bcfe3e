//! Start the seed's Car and Truck on named threads, and collect what they printed through `join`.
//! `cargo run -p practice -- check 01-car-truck` checks it.
//! caught: assertion

// ANSWER: car-and-truck
// The typical wrong answer: join the first thread before starting the second.
let car = thread::Builder::new()
    .name("SecondThread".to_string())
    .spawn(move || car(rounds, pause))
    .expect("the OS could not start a thread")
    .join()
    .unwrap();
let truck = thread::Builder::new()
    .name("ThirdThread".to_string())
    .spawn(move || truck(rounds, pause))
    .expect("the OS could not start a thread")
    .join()
    .unwrap();
(car, truck)
// ANSWER_END: car-and-truck
