//! `send` and `receive` on loom's atomics, in every interleaving of a sender and a receiver (up
//! to 3 preemptions), each load seeing any value the memory model allows: x86 hides a missing
//! `Release` or `Acquire`, loom does not.

// std's `Arc`, not loom's: a spinning receiver fails the execution with the sender never run,
// and loom's `Arc` cannot be dropped once loom has let go of it.
use std::sync::Arc;

use loom::thread;

use crate::Mailbox;

#[test]
fn a_receiver_that_sees_the_flag_sees_the_value() {
    grader::model::explore(Some(3), || {
        let mailbox = Arc::new(Mailbox::new());
        let sending = Arc::clone(&mailbox);
        let sender = thread::spawn(move || sending.send(42));
        let got = mailbox.receive();
        assert!(
            matches!(got, None | Some(42)),
            "receive() returned {got:?} while another thread ran send(42): it saw the flag up \
             but not the data. send must write the data, then raise the flag with Release; \
             receive must read the flag with Acquire, then the data (or: a Release fence \
             before the flag's store, an Acquire fence after its load)"
        );
        sender.join().unwrap();
        let after = mailbox.receive();
        assert_eq!(
            after,
            Some(42),
            "receive() returned {after:?} after send(42) had returned"
        );
    });
}
