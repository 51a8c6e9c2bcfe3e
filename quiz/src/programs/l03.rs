//! Lesson 03.

crate::programs! {}
