//! Keeps every line it will ever print, for ever: memory grows without end.
//! exercise: 01-car-truck
//! expect: memory

// ANSWER: car-and-truck
let mut kept: Vec<Vec<u8>> = Vec::new();
loop {
    kept.push(vec![1; 1 << 20]);
    if kept.len() == usize::MAX {
        break (car(rounds, pause), truck(rounds, pause));
    }
}
// ANSWER_END: car-and-truck
