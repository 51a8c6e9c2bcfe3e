//! Poisoning: what a `Mutex` tells the next thread when one panicked while holding it.

use std::sync::Mutex;
use std::thread;

use crate::support::spawn_named;

// ANCHOR: poison
/// Moves 50 from the first account to the second on a thread that panics halfway, holding the
/// lock: the money has left one account and not reached the other.
pub fn transfer_and_panic(accounts: &Mutex<[i64; 2]>) {
    fn the_other_bank_is_down() {
        panic!("the transfer failed halfway");
    }

    thread::scope(|s| {
        let transfer = spawn_named(s, "transfer", || {
            let mut balances = accounts.lock().unwrap();
            balances[0] -= 50;
            the_other_bank_is_down(); // panics while the guard is held
            balances[1] += 50;
        });
        assert!(transfer.join().is_err(), "the transfer thread panicked");
    });
}
// ANCHOR_END: poison

// ANCHOR: recover
/// The balances, even behind a poisoned lock: `Ok` if no thread panicked while holding it;
/// otherwise `Err` with what the panicking thread left behind, and the poison cleared.
pub fn balances_after(accounts: &Mutex<[i64; 2]>) -> Result<[i64; 2], [i64; 2]> {
    match accounts.lock() {
        Ok(balances) => Ok(*balances),
        Err(poisoned) => {
            let balances = *poisoned.into_inner(); // look at the data; repair it if you can
            accounts.clear_poison(); // then tell later callers that it is fine again
            Err(balances)
        }
    }
}
// ANCHOR_END: recover
