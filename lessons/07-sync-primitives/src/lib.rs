//! Lesson 07: Python's threading primitives and their Rust counterparts.
