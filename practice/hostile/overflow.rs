//! Recursion with no end: Python raises RecursionError; Rust overflows its stack and aborts.
//! exercise: 01-car-truck
//! expect: crashed

// ANSWER: car-and-truck
#[allow(unconditional_recursion)]
fn deeper(n: u64) -> u64 {
    let on_the_stack = [n; 64];
    deeper(n + 1) + on_the_stack[(n % 64) as usize]
}
let _ = deeper(0);
(car(rounds, pause), truck(rounds, pause))
// ANSWER_END: car-and-truck
