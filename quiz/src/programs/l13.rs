//! Lesson 13.

crate::programs! {}
