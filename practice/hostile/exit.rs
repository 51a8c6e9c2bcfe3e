//! Ends the process with success before the tests can say anything: must not count as solved.
//! exercise: 01-car-truck
//! expect: crashed

// ANSWER: car-and-truck
let _ = (rounds, pause);
std::process::exit(0)
// ANSWER_END: car-and-truck
