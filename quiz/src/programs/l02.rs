//! Lesson 02: spawning threads, moving arguments in, returning values, scopes.

use crate::model::sync::Mutex;
use crate::model::thread;
use crate::println;

// ANCHOR: loop_of_spawns
fn loop_of_spawns() {
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(thread::spawn(move || println!("{i}")));
    }
    for handle in handles {
        handle.join().unwrap();
    }
}
// ANCHOR_END: loop_of_spawns

// ANCHOR: return_values
fn return_values() {
    let a = thread::spawn(|| {
        println!("a runs");
        1
    });
    let b = thread::spawn(|| {
        println!("b runs");
        2
    });
    let sum = a.join().unwrap() + b.join().unwrap();
    println!("sum {sum}");
}
// ANCHOR_END: return_values

// ANCHOR: scoped_halves
fn scoped_halves() {
    let numbers = [1, 2, 3, 4];
    let (left, right) = numbers.split_at(2);
    let total = Mutex::new(0);
    thread::scope(|s| {
        s.spawn(|| *total.lock().unwrap() += left.iter().sum::<i32>());
        s.spawn(|| *total.lock().unwrap() += right.iter().sum::<i32>());
    });
    println!("{}", total.lock().unwrap());
}
// ANCHOR_END: scoped_halves

crate::programs! { fn loop_of_spawns, fn return_values, fn scoped_halves }
