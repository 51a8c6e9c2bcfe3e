//! What the learner starts from.

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
                    let _right = forks[right].lock().unwrap(); // the neighbour's left fork
                    eat(i);
                }
            })
            .expect("the OS could not start a thread");
    }
});
// ANSWER_END: dinner

// ANSWER: docs-dinner
/// Everyone takes the left fork, then the right one. If all take their left fork at once,
/// each waits for a fork its neighbour holds, round the table, for ever. Fix it.
// ANSWER_END: docs-dinner

// ANSWER: top

// ANSWER_END: top
