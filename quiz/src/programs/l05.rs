//! Lesson 05.

crate::programs! {}
