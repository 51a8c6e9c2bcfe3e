//! Each transfer runs under `grader::within`, so one that deadlocks fails its test instead of
//! hanging it; `between_locks` holds a `Meeting`, so two transfers that *can* each hold one lock
//! at the same time do, on every run.

use std::thread;
use std::time::Duration;

use ex09_pay_each_other::{Account, transfer};
use grader::{Meeting, within};

/// How long a test waits for its transfers once nothing holds them back.
const LIMIT: Duration = Duration::from_secs(2);

#[test]
fn a_transfer_moves_the_amount_in_either_direction() {
    let stuck = "one transfer on one thread should not wait at all";
    let (first, second) = within(LIMIT, stuck, || {
        let (alice, bob) = (Account::new(1, 100), Account::new(2, 100));
        transfer(&alice, &bob, 30, || {});
        let first = (alice.balance(), bob.balance());
        transfer(&bob, &alice, 10, || {});
        (first, (alice.balance(), bob.balance()))
    });
    assert_eq!(
        first,
        (70, 130),
        "alice (id 1) paid bob (id 2) 30, so (alice, bob) should be (70, 130)"
    );
    assert_eq!(
        second,
        (80, 120),
        "then bob (id 2) paid alice (id 1) 10, so (alice, bob) should be (80, 120): whichever \
         lock comes first, the payer is the one debited"
    );
}

#[test]
fn between_locks_is_called_once_holding_one_of_the_two_locks() {
    for (payer, payee) in [(1, 2), (2, 1)] {
        let stuck = "one transfer on one thread should not wait at all";
        let seen = within(LIMIT, stuck, move || {
            let accounts = [Account::new(1, 100), Account::new(2, 100)];
            let (from, to) = (&accounts[payer - 1], &accounts[payee - 1]);
            let mut seen = Vec::new();
            transfer(from, to, 5, || {
                seen.push(accounts.each_ref().map(Account::is_locked));
            });
            seen
        });
        let what = format!("account {payer} paying account {payee}");
        match seen[..] {
            [[true, false] | [false, true]] => {}
            [] => {
                panic!("{what}: between_locks was never called: call it once, after the first lock")
            }
            [_, _, ..] => panic!(
                "{what}: between_locks was called {} times: call it once",
                seen.len()
            ),
            [[true, true]] => panic!(
                "{what}: between_locks ran holding both locks: call it after the first lock, \
                 before the second"
            ),
            [[false, false]] => panic!(
                "{what}: between_locks ran holding neither account's lock: call it after the \
                 first lock, before the second"
            ),
        }
    }
}

#[test]
fn opposite_transfers_at_the_same_moment_both_finish() {
    let stuck = "alice-pays-bob holds one lock and waits for the other, while bob-pays-alice \
                 holds that one and waits for the first: take the two locks in the same order \
                 in both transfers (lower id first), or never wait while holding one";
    let balances = within(LIMIT + Meeting::PATIENCE, stuck, || {
        let (alice, bob) = (Account::new(1, 100), Account::new(2, 100));
        let both_hold_one = Meeting::new(2);
        thread::scope(|s| {
            let payments = [
                ("alice-pays-bob", &alice, &bob),
                ("bob-pays-alice", &bob, &alice),
            ];
            for (name, from, to) in payments {
                let both_hold_one = &both_hold_one;
                thread::Builder::new()
                    .name(name.to_string())
                    .spawn_scoped(s, move || {
                        transfer(from, to, 10, || {
                            both_hold_one.pause();
                        })
                    })
                    .expect("the OS could not start a thread");
            }
        });
        (alice.balance(), bob.balance())
    });
    assert_eq!(
        balances,
        (100, 100),
        "alice and bob paid each other 10, so (alice, bob) should be back at (100, 100)"
    );
}

#[test]
fn paying_yourself_changes_nothing_and_returns() {
    let stuck = "paying yourself locks the same mutex twice on one thread, and the second lock \
                 waits for the first for ever: when from and to are the same account, there is \
                 nothing to move";
    let balance = within(LIMIT, stuck, || {
        let alice = Account::new(1, 100);
        transfer(&alice, &alice, 25, || {});
        alice.balance()
    });
    assert_eq!(
        balance, 100,
        "alice paid herself 25: her balance should stay 100"
    );
}

#[test]
fn three_accounts_paying_round_a_ring_keep_their_money() {
    let stuck = "three transfers round a ring (1→2, 2→3, 3→1) each held one lock and waited for \
                 the next: take the locks in one global order, lower id first, or never wait \
                 while holding one";
    let balances = within(LIMIT + Meeting::PATIENCE, stuck, || {
        let accounts = [
            Account::new(1, 100),
            Account::new(2, 100),
            Account::new(3, 100),
        ];
        let all_hold_one = Meeting::new(3); // the first round: each holds its first lock, if it can
        thread::scope(|s| {
            for i in 0..3 {
                let (from, to) = (&accounts[i], &accounts[(i + 1) % 3]);
                let all_hold_one = &all_hold_one;
                s.spawn(move || {
                    transfer(from, to, 1, || {
                        all_hold_one.pause();
                    });
                    (1..1000).for_each(|_| transfer(from, to, 1, || {}));
                });
            }
        });
        accounts.map(|account| account.balance())
    });
    assert_eq!(
        balances,
        [100, 100, 100],
        "each account paid the next one 1000 × 1 and was paid as much: every balance should be \
         back at 100"
    );
}
