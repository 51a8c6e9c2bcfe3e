//! Exercise 01-car-truck: start the seed's Car and Truck on named threads, and collect what
//! they printed through `join`. `cargo run -p practice -- check 01-car-truck` checks it.

use std::thread;
use std::time::Duration;

mod given;
pub use given::{car, truck};

/// Runs `car` on a thread named `SecondThread` and `truck` on a thread named `ThirdThread`, at
/// the same time, and returns `(car's lines, truck's lines)`.
pub fn car_and_truck(rounds: u32, pause: Duration) -> (Vec<String>, Vec<String>) {
    // ANSWER: car-and-truck
    let car = thread::Builder::new()
        .name("SecondThread".to_string())
        .spawn(move || car(rounds, pause))
        .expect("the OS could not start a thread");
    let truck = thread::Builder::new()
        .name("ThirdThread".to_string())
        .spawn(move || truck(rounds, pause))
        .expect("the OS could not start a thread");
    (car.join().unwrap(), truck.join().unwrap())
    // ANSWER_END: car-and-truck
}
