//! Lesson 02: the ways to start a thread.

fn main() {}
