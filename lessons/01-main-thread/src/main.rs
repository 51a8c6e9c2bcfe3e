//! Lesson 01: the main thread, thread names and ids, CPU counts.

fn main() {}
