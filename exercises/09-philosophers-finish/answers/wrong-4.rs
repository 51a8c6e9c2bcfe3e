//! The last philosopher was meant to take the right fork first, but `i == n` is never true for
//! `i` in `0..n`, so everyone still takes the left fork first and the circle closes.
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
                let (first, second) = if i == n { (right, left) } else { (left, right) };
                for _ in 0..meals {
                    let _first = forks[first].lock().unwrap();
                    holding_one(i);
                    let _second = forks[second].lock().unwrap();
                    eat(i);
                }
            })
            .expect("the OS could not start a thread");
    }
});
// ANSWER_END: dinner

// ANSWER: docs-dinner
/// The last philosopher takes the right fork first (or so it was meant).
// ANSWER_END: docs-dinner
