//! Prints for ever.
//! exercise: 01-car-truck
//! expect: flooded

// ANSWER: car-and-truck
loop {
    println!("SecondThread in car function, again and again and again");
    if rounds == u32::MAX {
        break (car(rounds, pause), truck(rounds, pause));
    }
}
// ANSWER_END: car-and-truck
