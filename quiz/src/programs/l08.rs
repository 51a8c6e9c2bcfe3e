//! Lesson 08.

crate::programs! {}
