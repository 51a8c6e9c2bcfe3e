//! Lesson 11.

crate::programs! {}
