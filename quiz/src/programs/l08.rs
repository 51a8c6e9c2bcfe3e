//! Lesson 08: channels: per-sender order, the end of the stream, back-pressure.

use crate::model::sync::mpsc;
use crate::model::thread;
use crate::println;

// ANCHOR: two_producers
fn two_producers() {
    let (tx, rx) = mpsc::channel();
    let tx2 = tx.clone();
    thread::spawn(move || {
        tx.send("a1").unwrap();
        tx.send("a2").unwrap();
    });
    thread::spawn(move || {
        tx2.send("b1").unwrap();
        tx2.send("b2").unwrap();
    });
    for message in rx {
        println!("{message}");
    }
}
// ANCHOR_END: two_producers

// ANCHOR: forgot_to_drop
fn forgot_to_drop() {
    let (tx, rx) = mpsc::channel();
    for id in 1..=2 {
        let tx = tx.clone();
        thread::spawn(move || tx.send(id).unwrap());
    }
    let mut total = 0;
    for n in rx {
        total += n;
    }
    println!("total {total}");
}
// ANCHOR_END: forgot_to_drop

// ANCHOR: back_pressure
fn back_pressure() {
    let (tx, rx) = mpsc::sync_channel(1);
    let producer = thread::spawn(move || {
        for i in 1..=3 {
            tx.send(i).unwrap();
            println!("sent {i}");
        }
    });
    for i in rx {
        println!("got {i}");
    }
    producer.join().unwrap();
}
// ANCHOR_END: back_pressure

crate::programs! { fn two_producers, fn forgot_to_drop, fn back_pressure }
