//! It returns the truck's lines first, in the place of the car's.
//! caught: assertion

// ANSWER: car-and-truck
let vehicles: [(&str, fn(u32, Duration) -> Vec<String>); 2] =
    [("SecondThread", car), ("ThirdThread", truck)];
let [car, truck] = vehicles.map(|(name, vehicle)| {
    thread::Builder::new()
        .name(name.to_string())
        .spawn(move || vehicle(rounds, pause))
        .expect("the OS could not start a thread")
});
(truck.join().unwrap(), car.join().unwrap())
// ANSWER_END: car-and-truck
