//! Lesson 01.

crate::programs! {}
