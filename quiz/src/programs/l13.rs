//! Lesson 13: async tasks on a current-thread runtime.

use std::time::Duration;

use crate::model::{thread, tokio};
use crate::println;

// ANCHOR: spawn_then_print
async fn spawn_then_print() {
    let task = tokio::spawn(async { println!("task runs") });
    println!("main: spawned");
    task.await.unwrap();
    println!("main: joined");
}
// ANCHOR_END: spawn_then_print

// ANCHOR: only_awaits_switch
async fn only_awaits_switch() {
    let a = tokio::spawn(async {
        println!("a1");
        println!("a2");
    });
    let b = tokio::spawn(async {
        println!("b1");
        tokio::task::yield_now().await;
        println!("b2");
    });
    a.await.unwrap();
    b.await.unwrap();
}
// ANCHOR_END: only_awaits_switch

// ANCHOR: timeout_drops_the_future
async fn timeout_drops_the_future() {
    let work = tokio::spawn(async {
        println!("work starts");
        tokio::time::sleep(Duration::from_millis(200)).await;
        println!("work ends");
    });
    let limit = Duration::from_millis(100);
    match tokio::time::timeout(limit, work).await {
        Ok(_) => println!("in time"),
        Err(_) => println!("timed out"),
    }
}
// ANCHOR_END: timeout_drops_the_future

// ANCHOR: blocking_sleep
async fn blocking_sleep() {
    let ticker = tokio::spawn(async {
        for i in 1..=2 {
            println!("tick {i}");
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    });
    tokio::task::yield_now().await;
    thread::sleep(Duration::from_millis(100)); // blocks the runtime's only thread
    println!("main woke");
    ticker.await.unwrap();
}
// ANCHOR_END: blocking_sleep

crate::programs! {
    async spawn_then_print, async only_awaits_switch, async timeout_drops_the_future,
    async blocking_sleep,
}
