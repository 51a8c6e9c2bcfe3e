//! It starts both threads with `thread::spawn`, which names none: each prints `<unnamed>`.
//! caught: assertion

// ANSWER: car-and-truck
let car = thread::spawn(move || car(rounds, pause));
let truck = thread::spawn(move || truck(rounds, pause));
(car.join().unwrap(), truck.join().unwrap())
// ANSWER_END: car-and-truck
