//! Lesson 10.

crate::programs! {}
