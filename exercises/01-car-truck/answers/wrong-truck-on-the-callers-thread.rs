//! It runs the truck on the caller's own thread while the car's runs: at the same time, but the
//! truck's lines carry the caller's name, not `ThirdThread`.
//! caught: assertion

// ANSWER: car-and-truck
let car = thread::Builder::new()
    .name("SecondThread".to_string())
    .spawn(move || car(rounds, pause))
    .expect("the OS could not start a thread");
let truck = truck(rounds, pause);
(car.join().unwrap(), truck)
// ANSWER_END: car-and-truck
