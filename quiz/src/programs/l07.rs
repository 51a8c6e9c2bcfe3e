//! Lesson 07.

crate::programs! {}
