//! It puts the left fork down before taking the right one. Nobody waits holding a fork, so the
//! dinner finishes, but everyone eats holding one fork, and neighbours eat together.
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
                    {
                        let _left = forks[left].lock().unwrap();
                        holding_one(i);
                    } // the left fork goes down here
                    let _right = forks[right].lock().unwrap();
                    eat(i);
                }
            })
            .expect("the OS could not start a thread");
    }
});
// ANSWER_END: dinner

// ANSWER: docs-dinner
/// Hold one fork at a time, so nobody waits holding a fork.
// ANSWER_END: docs-dinner
