//! A waiter with `n` seats, not `n - 1`. Everyone sits down, everyone takes the left fork: the
//! same circle as before.
//! caught: assertion

// ANSWER: dinner
let forks: Vec<Mutex<()>> = (0..n).map(|_| Mutex::new(())).collect();
let (give_back, seats) = crossbeam_channel::bounded(n);
for _ in 0..n {
    give_back.send(()).expect("room for n seats");
}
thread::scope(|s| {
    for i in 0..n {
        let (forks, holding_one, eat) = (&forks, &holding_one, &eat);
        let (seats, give_back) = (seats.clone(), give_back.clone());
        thread::Builder::new()
            .name(format!("philosopher-{i}"))
            .spawn_scoped(s, move || {
                let (left, right) = (i, (i + 1) % n);
                for _ in 0..meals {
                    seats.recv().expect("seats come back");
                    let left_fork = forks[left].lock().unwrap();
                    holding_one(i);
                    let right_fork = forks[right].lock().unwrap();
                    eat(i);
                    drop((right_fork, left_fork));
                    give_back.send(()).expect("the seat goes back");
                }
            })
            .expect("the OS could not start a thread");
    }
});
// ANSWER_END: dinner

// ANSWER: docs-dinner
/// A waiter (a channel of seat tokens, a semaphore) seats the philosophers.
// ANSWER_END: docs-dinner
