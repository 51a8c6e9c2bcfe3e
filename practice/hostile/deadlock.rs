//! Joins a thread that waits for a message whose `Sender` the caller still holds.
//! exercise: 01-car-truck
//! expect: stuck

// ANSWER: car-and-truck
let (sender, receiver) = std::sync::mpsc::channel::<Vec<String>>();
let waiter = thread::spawn(move || receiver.recv().unwrap());
let car = waiter.join().unwrap();
drop(sender);
(car, truck(rounds, pause))
// ANSWER_END: car-and-truck
