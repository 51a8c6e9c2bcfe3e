//! `receive` answers at once, and hands over what `send` sent. Whether it does so between
//! threads on every machine is the library's own test, under loom (`tests/model/`).

use std::sync::Arc;
use std::thread;
use std::time::Duration;

use ex14_publish_flag::Mailbox;

/// Longer than any correct `receive` takes, by far.
const LIMIT: Duration = Duration::from_secs(1);

#[test]
fn receive_answers_none_at_once_before_anything_is_sent() {
    let got = grader::within(
        LIMIT,
        "receive() on an empty mailbox must return None at once, not wait for the flag (the \
         caller decides whether to wait, and how)",
        || Mailbox::new().receive(),
    );
    assert_eq!(got, None, "nothing was sent yet");
}

#[test]
fn receive_after_send_is_the_value_sent() {
    let got = grader::within(LIMIT, "send or receive never returned", || {
        let mailbox = Mailbox::new();
        mailbox.send(7);
        (mailbox.receive(), mailbox.receive())
    });
    assert_eq!(got, (Some(7), Some(7)), "the value sent, each time");
}

#[test]
fn a_hundred_hand_overs_between_two_threads() {
    let got = grader::within(LIMIT, "the receiver never saw some value", || {
        let boxes: Arc<Vec<Mailbox>> = Arc::new((0..100).map(|_| Mailbox::new()).collect());
        let receiving = Arc::clone(&boxes);
        let receiver = thread::spawn(move || {
            let mut got = Vec::new();
            for mailbox in receiving.iter() {
                got.push(loop {
                    if let Some(value) = mailbox.receive() {
                        break value;
                    }
                    thread::yield_now();
                });
            }
            got
        });
        for (n, mailbox) in (1..).zip(boxes.iter()) {
            mailbox.send(n);
        }
        receiver.join().expect("the receiver does not panic")
    });
    assert_eq!(
        got,
        (1..=100).collect::<Vec<u64>>(),
        "each mailbox hands over the value sent to it"
    );
}
