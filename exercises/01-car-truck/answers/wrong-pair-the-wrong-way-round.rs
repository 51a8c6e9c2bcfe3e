//! It returns the truck's lines first, in the place of the car's.
//! caught: assertion

// ANSWER: car-and-truck
let car = thread::Builder::new()
    .name("SecondThread".to_string())
    .spawn(move || car(rounds, pause))
    .expect("the OS could not start a thread");
let truck = thread::Builder::new()
    .name("ThirdThread".to_string())
    .spawn(move || truck(rounds, pause))
    .expect("the OS could not start a thread");
(truck.join().unwrap(), car.join().unwrap())
// ANSWER_END: car-and-truck
