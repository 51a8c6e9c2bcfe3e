//! Given: leave this file as it is. The seed's `Car` and `Truck`.

use std::thread;
use std::time::Duration;

/// The seed's `Car`: prints its thread's name `rounds` times, with a `pause` after each.
/// Returns the lines it printed.
pub fn car(rounds: u32, pause: Duration) -> Vec<String> {
    vehicle("car", rounds, pause)
}

/// The seed's `Truck`: the same, as `truck`.
pub fn truck(rounds: u32, pause: Duration) -> Vec<String> {
    vehicle("truck", rounds, pause)
}

fn vehicle(function: &str, rounds: u32, pause: Duration) -> Vec<String> {
    let mut lines = Vec::new();
    for round in 1..=rounds {
        let me = thread::current();
        let line = format!(
            "{} in {function} function",
            me.name().unwrap_or("<unnamed>")
        );
        println!("{line}");
        lines.push(line);
        grader::point(&format!("{function} {round}")); // where the tests may step in
        timing::span(format!("{function} {round}"), || thread::sleep(pause));
    }
    lines
}
