//! Lesson 11: threads versus processes for CPU-bound work.

fn main() {}
