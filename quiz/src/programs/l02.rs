//! Lesson 02.

crate::programs! {}
