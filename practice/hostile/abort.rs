//! Gives up on the whole process.
//! exercise: 01-car-truck
//! expect: crashed

// ANSWER: car-and-truck
let _ = (rounds, pause);
std::process::abort()
// ANSWER_END: car-and-truck
