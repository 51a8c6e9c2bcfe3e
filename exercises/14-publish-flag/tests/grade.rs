//! The given `Data` and `Flag` note each operation and its ordering: these tests read the notes.
//! x86 would run even the all-`Relaxed` mailbox correctly, so behaviour alone cannot grade it.

use std::sync::Arc;
use std::sync::atomic::Ordering::{self, Acquire, Release, SeqCst};
use std::sync::mpsc::{self, RecvTimeoutError};
use std::thread;
use std::time::Duration;

use ex14_publish_flag::{Mailbox, take_notes};

fn is_release(order: Ordering) -> bool {
    matches!(order, Release | SeqCst)
}

fn is_acquire(order: Ordering) -> bool {
    matches!(order, Acquire | SeqCst)
}

#[test]
fn send_writes_the_data_then_raises_the_flag_with_release() {
    let mailbox = Mailbox::new();
    take_notes();
    mailbox.send(7);
    let notes = take_notes();
    let what: Vec<&str> = notes.iter().map(|(what, _)| *what).collect();
    assert_eq!(
        what,
        ["data.store", "ready.store"],
        "send: write the data first, then raise the flag: a reader that sees the flag must find \
         the data already there"
    );
    assert!(
        is_release(notes[1].1),
        "send: the flag's store is {:?}; it must be Release: a Release store publishes every \
         write made before it (the data can stay Relaxed)",
        notes[1].1
    );
}

#[test]
fn receive_reads_the_flag_with_acquire_then_the_data() {
    let mailbox = Mailbox::new();
    take_notes();
    assert_eq!(mailbox.receive(), None, "nothing was sent yet");
    mailbox.send(7);
    take_notes();
    assert_eq!(mailbox.receive(), Some(7), "the value sent");
    let notes = take_notes();
    let what: Vec<&str> = notes.iter().map(|(what, _)| *what).collect();
    assert_eq!(
        what,
        ["ready.load", "data.load"],
        "receive: read the flag first, then the data: only reads made after an Acquire load are \
         ordered by it"
    );
    assert!(
        is_acquire(notes[0].1),
        "receive: the flag's load is {:?}; it must be Acquire, to pair with send's Release \
         (the data can stay Relaxed)",
        notes[0].1
    );
}

#[test]
fn a_thousand_hand_overs_between_two_threads() {
    let boxes: Arc<Vec<Mailbox>> = Arc::new((0..1000).map(|_| Mailbox::new()).collect());
    let (report, reports) = mpsc::channel();
    let receiver_boxes = Arc::clone(&boxes);
    thread::spawn(move || {
        let got: Vec<u64> = receiver_boxes
            .iter()
            .map(|mailbox| {
                loop {
                    if let Some(value) = mailbox.receive() {
                        break value;
                    }
                    std::hint::spin_loop();
                }
            })
            .collect();
        let _ = report.send(got);
    });
    for (n, mailbox) in boxes.iter().enumerate() {
        mailbox.send(n as u64 + 1);
    }
    match reports.recv_timeout(Duration::from_secs(2)) {
        Ok(got) => assert!(
            got.iter().zip(1..).all(|(&value, n)| value == n),
            "each mailbox hands over the value sent to it"
        ),
        Err(RecvTimeoutError::Timeout) => {
            panic!("the receiver still waits after 2 s: receive() never returned the value sent")
        }
        Err(RecvTimeoutError::Disconnected) => panic!("the receiving thread panicked (see above)"),
    }
}
