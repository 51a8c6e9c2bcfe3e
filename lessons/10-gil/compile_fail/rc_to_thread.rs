// The compiler refuses this program: see the `compile_fail` doctest in `src/refcount.rs`.
// ANCHOR: rc_to_thread
use std::rc::Rc;

fn main() {
    let list = Rc::new(vec![1, 2, 3]);
    let alias = Rc::clone(&list);
    std::thread::spawn(move || println!("{alias:?}"));
}
// ANCHOR_END: rc_to_thread
