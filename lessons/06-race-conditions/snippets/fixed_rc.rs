// ANCHOR: program
use std::sync::Arc;

fn main() {
    let names = Arc::new(vec!["car", "truck"]);
    let also_names = Arc::clone(&names);
    let handle = std::thread::spawn(move || also_names.len());
    assert_eq!(names.len(), handle.join().unwrap());
}
// ANCHOR_END: program
