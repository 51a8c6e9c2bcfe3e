//! Lesson 03: waiting for threads with join.

fn main() {}
