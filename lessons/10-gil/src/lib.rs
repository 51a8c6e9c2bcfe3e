//! Lesson 10: reference counting and a simulated Global Interpreter Lock.
