//! `std::process::exit`: ends every thread at once.

use std::panic::Location;

use super::{End, Op, Site, Touches, abort, step};

/// Ends the process with `code`: no thread runs another step.
#[track_caller]
pub fn exit(code: i32) -> ! {
    let at = Site::of(Location::caller());
    step(Op::new(Touches::everything()), |st, me| {
        st.record(
            me,
            Some(at),
            format!("calls process::exit({code}): the process ends"),
            vec![],
        );
        st.end(End::Exited(code));
    });
    abort()
}
