//! Lesson 04: background threads and program exit (Python's daemon threads).

fn main() {}
