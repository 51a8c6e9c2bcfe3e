//! Lesson 12: concurrent downloads over real HTTP on loopback.

fn main() {}
