// ANCHOR: program
use std::rc::Rc;

fn main() {
    let names = Rc::new(vec!["car", "truck"]);
    let also_names = Rc::clone(&names);
    let handle = std::thread::spawn(move || also_names.len());
    println!("{} {}", names.len(), handle.join().unwrap());
}
// ANCHOR_END: program
