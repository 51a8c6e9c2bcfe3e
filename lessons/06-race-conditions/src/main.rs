//! Lesson 06: data races do not compile; race conditions still happen.

fn main() {}
