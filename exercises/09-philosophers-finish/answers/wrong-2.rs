//! `try_lock` for the right fork, but while waiting to try again the philosopher keeps the left
//! fork. It never backs off, so everyone holds a left fork and polls for a right one for ever.
//! caught: assertion

// ANSWER: dinner
let forks: Vec<Mutex<()>> = (0..n).map(|_| Mutex::new(())).collect();
thread::scope(|s| {
    for i in 0..n {
        let (forks, holding_one, eat) = (&forks, &holding_one, &eat);
        thread::Builder::new()
            .name(format!("philosopher-{i}"))
            .spawn_scoped(s, move || {
                let (left, right) = (i, (i + 1) % n);
                for _ in 0..meals {
                    let _left = forks[left].lock().unwrap();
                    holding_one(i);
                    let _right = loop {
                        if let Ok(right) = forks[right].try_lock() {
                            break right;
                        }
                        thread::sleep(Duration::from_millis(1)); // still holding the left
                    };
                    eat(i);
                }
            })
            .expect("the OS could not start a thread");
    }
});
// ANSWER_END: dinner

// ANSWER: docs-dinner
/// Take the left fork, then poll for the right one with `try_lock`.
// ANSWER_END: docs-dinner

// ANSWER: top
use std::time::Duration;
// ANSWER_END: top
