mod common;

use std::sync::Barrier;
use std::thread;

use common::{Meeting, within};
use ex09_pay_each_other::{Account, transfer};

#[test]
fn a_transfer_moves_the_amount_in_either_direction() {
    let (first, second) = within("One transfer on one thread should not wait at all.", || {
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
        "then bob (id 2) paid alice (id 1) 10, so (alice, bob) should be (80, 120): when the \
         payer has the higher id its lock comes second, but the payer is still the one debited"
    );
}

#[test]
fn the_lower_id_is_locked_first_whatever_the_direction() {
    for (payer, payee) in [(1, 2), (2, 1)] {
        let seen = within(
            "One transfer on one thread should not wait at all.",
            move || {
                let accounts = [Account::new(1, 100), Account::new(2, 100)];
                let (from, to) = (&accounts[payer - 1], &accounts[payee - 1]);
                let mut seen = Vec::new();
                transfer(from, to, 5, || {
                    seen.push((accounts[0].is_locked(), accounts[1].is_locked()));
                });
                seen
            },
        );
        let what = format!("account {payer} paying account {payee}");
        match seen[..] {
            [(true, false)] => {}
            [] => {
                panic!("{what}: between_locks was never called: call it once, after the first lock")
            }
            [_, _, ..] => panic!(
                "{what}: between_locks was called {} times: call it once",
                seen.len()
            ),
            [(false, true)] => panic!(
                "{what}: between_locks ran holding account 2's lock: take the lower id (1) \
                 first, whatever the direction of the payment"
            ),
            [(true, true)] => panic!(
                "{what}: between_locks ran holding both locks: call it after the first lock, \
                 before the second"
            ),
            [(false, false)] => panic!(
                "{what}: between_locks ran holding no lock: call it after the first lock, \
                 before the second"
            ),
        }
    }
}

#[test]
fn opposite_transfers_at_the_same_moment_both_finish() {
    let balances = within(
        "alice-pays-bob holds one lock and waits for the other, while bob-pays-alice holds \
         that one and waits for the first: take the two locks in the same order in both \
         transfers (lower id first)",
        || {
            let (alice, bob) = (Account::new(1, 100), Account::new(2, 100));
            let (start, meeting) = (Barrier::new(2), Meeting::new(2));
            thread::scope(|s| {
                let payments = [
                    ("alice-pays-bob", &alice, &bob),
                    ("bob-pays-alice", &bob, &alice),
                ];
                for (name, from, to) in payments {
                    let (start, meeting) = (&start, &meeting);
                    thread::Builder::new()
                        .name(name.to_string())
                        .spawn_scoped(s, move || {
                            start.wait();
                            transfer(from, to, 10, || meeting.pause());
                        })
                        .expect("the OS could not start a thread");
                }
            });
            (alice.balance(), bob.balance())
        },
    );
    assert_eq!(
        balances,
        (100, 100),
        "alice and bob paid each other 10, so (alice, bob) should be back at (100, 100)"
    );
}

#[test]
fn paying_yourself_changes_nothing_and_returns() {
    let balance = within(
        "Paying yourself locks the same mutex twice on one thread, and the second lock waits \
         for the first for ever: return early when from and to are the same account",
        || {
            let alice = Account::new(1, 100);
            transfer(&alice, &alice, 25, || {});
            alice.balance()
        },
    );
    assert_eq!(
        balance, 100,
        "alice paid herself 25: her balance should stay 100"
    );
}

#[test]
fn three_accounts_paying_round_a_ring_keep_their_money() {
    let balances = within(
        "Three transfers round a ring (1→2, 2→3, 3→1) each held one lock and waited for the \
         next: take the locks in one global order, lower id first",
        || {
            let accounts = [
                Account::new(1, 100),
                Account::new(2, 100),
                Account::new(3, 100),
            ];
            thread::scope(|s| {
                for i in 0..3 {
                    let (from, to) = (&accounts[i], &accounts[(i + 1) % 3]);
                    s.spawn(move || (0..10_000).for_each(|_| transfer(from, to, 1, || {})));
                }
            });
            accounts.map(|account| account.balance())
        },
    );
    assert_eq!(
        balances,
        [100, 100, 100],
        "each account paid the next one 10000 × 1 and was paid as much: every balance should \
         be back at 100"
    );
}
