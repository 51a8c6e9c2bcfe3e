//! Lesson 12.

crate::programs! {}
