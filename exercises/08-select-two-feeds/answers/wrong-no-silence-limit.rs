//! It handles closed feeds well, but has no `default(idle)` arm: when both feeds are open and
//! quiet it waits for ever.
//! caught: bound

// ANSWER: listen
let (mut a, mut b) = (a, b);
let mut heard = Vec::new();
let _ = idle;
for _ in 0..2 {
    // each round ends when one more feed closes
    loop {
        select! {
            recv(a) -> message => match message {
                Ok(n) => heard.push(Heard::A(n)),
                Err(_) => {
                    a = never();
                    break;
                }
            },
            recv(b) -> message => match message {
                Ok(n) => heard.push(Heard::B(n)),
                Err(_) => {
                    b = never();
                    break;
                }
            },
        }
    }
}
heard
// ANSWER_END: listen
