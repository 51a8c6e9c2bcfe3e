//! It joins the car's thread before it starts the truck's, so they run one after the other.
//! caught: forced

// ANSWER: car-and-truck
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
