mod common;

use std::collections::BTreeSet;

use common::{Force, Report, watched_dinner};

/// Every philosopher holds one fork before anyone reaches for a second: a naive dinner deadlocks.
const ALL_HOLDING_ONE: Force = Force {
    all_holding_one: true,
    all_eating: false,
};

fn assert_everyone_ate(report: &Report, n: usize, meals: usize) {
    assert_eq!(
        report.meals,
        vec![meals; n],
        "meals eaten by each philosopher: each of the {n} should eat {meals} times"
    );
}

fn assert_no_neighbours_ate_together(report: &Report) {
    assert!(
        report.clashes.is_empty(),
        "neighbours ate at the same time: {:?}. Neighbours share a fork: hold both of your \
         forks while you call eat(i), and take them without putting the first one down",
        report.clashes
    );
}

#[test]
fn five_philosophers_each_eat_three_meals_on_threads_of_their_own() {
    let report = watched_dinner(5, 3, ALL_HOLDING_ONE);
    assert_everyone_ate(&report, 5, 3);
    for (i, &calls) in report.held_one.iter().enumerate() {
        assert!(
            calls >= 3,
            "philosopher {i} called holding_one {calls} times for 3 meals: call holding_one(i) \
             before each meal, once you hold your first fork"
        );
    }
    for (i, threads) in report.threads.iter().enumerate() {
        assert_eq!(
            threads.len(),
            1,
            "philosopher {i} ate on the threads {threads:?}: each philosopher should have one \
             thread of its own, for all its meals"
        );
    }
    let all: BTreeSet<&String> = report.threads.iter().flatten().collect();
    assert_eq!(
        all.len(),
        5,
        "5 philosophers ate on {} thread(s), {all:?}: start one thread per philosopher, all at \
         the same table",
        all.len()
    );
}

#[test]
fn neighbours_never_eat_at_the_same_time() {
    let force = Force {
        all_holding_one: true,
        all_eating: true, // if it lets neighbours eat together, they do
    };
    let report = watched_dinner(5, 3, force);
    assert_everyone_ate(&report, 5, 3);
    assert_no_neighbours_ate_together(&report);
}

#[test]
fn two_philosophers_share_two_forks() {
    let report = watched_dinner(2, 4, ALL_HOLDING_ONE);
    assert_everyone_ate(&report, 2, 4);
    assert_no_neighbours_ate_together(&report);
}

#[test]
fn a_long_dinner_for_seven_finishes() {
    let force = Force {
        all_holding_one: false,
        all_eating: false,
    };
    let report = watched_dinner(7, 40, force);
    assert_everyone_ate(&report, 7, 40);
    assert_no_neighbours_ate_together(&report);
}
