//! Lesson 04.

crate::programs! {}
