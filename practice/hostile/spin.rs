//! Waits for a flag that nobody raises, spinning: `while not flag: pass`.
//! exercise: 01-car-truck
//! expect: stuck

// ANSWER: car-and-truck
let ready = std::sync::atomic::AtomicBool::new(false);
while !ready.load(std::sync::atomic::Ordering::Relaxed) {
    std::hint::spin_loop();
}
(car(rounds, pause), truck(rounds, pause))
// ANSWER_END: car-and-truck
