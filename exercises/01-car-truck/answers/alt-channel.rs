//! Each thread sends its lines down a channel instead of returning them; the caller takes the two
//! messages in whichever order they come, then joins both threads.

// ANSWER: car-and-truck
let (sender, receiver) = std::sync::mpsc::channel();
let mut threads = Vec::new();
for (name, which) in [("SecondThread", 0), ("ThirdThread", 1)] {
    let sender = sender.clone();
    let thread = thread::Builder::new()
        .name(name.to_string())
        .spawn(move || {
            let lines = if which == 0 {
                car(rounds, pause)
            } else {
                truck(rounds, pause)
            };
            sender.send((which, lines)).expect("the caller is waiting");
        })
        .expect("the OS could not start a thread");
    threads.push(thread);
}
drop(sender);
let mut both: [Vec<String>; 2] = Default::default();
for (which, lines) in receiver {
    both[which] = lines;
}
for thread in threads {
    thread.join().unwrap();
}
let [car, truck] = both;
(car, truck)
// ANSWER_END: car-and-truck
