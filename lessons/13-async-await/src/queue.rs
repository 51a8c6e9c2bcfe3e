//! `asyncio.Queue` between a producer and a consumer: `tokio::sync::mpsc`.

use std::time::Duration;

use tokio::sync::mpsc;

// ANCHOR: queue
/// `asyncio.Queue(maxsize=capacity)` between a producer task and this one, which consumes
/// slowly (`pause` per item). `send` waits while the channel is full; when the producer ends,
/// its `Sender` is dropped and `recv` returns `None`: no sentinel is needed.
pub async fn produce_and_consume(items: u32, capacity: usize, pause: Duration) -> Vec<u32> {
    let (tx, mut rx) = mpsc::channel(capacity);
    let producer = tokio::spawn(async move {
        for item in 1..=items {
            tx.send(item).await.expect("the consumer is still there"); // waits while full
        }
    }); // `tx` is dropped when the producer ends
    let mut received = Vec::new();
    while let Some(item) = rx.recv().await {
        tokio::time::sleep(pause).await; // a slow consumer
        received.push(item);
    }
    producer.await.expect("the producer does not panic");
    received
}
// ANCHOR_END: queue
