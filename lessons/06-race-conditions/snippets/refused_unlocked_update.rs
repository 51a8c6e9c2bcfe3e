// ANCHOR: program
use race_conditions::Data;
use std::sync::Arc;

fn main() {
    let data = Arc::new(Data::default());
    let also_data = Arc::clone(&data);
    let handle = std::thread::spawn(move || also_data.update(|| ()));
    data.update(|| ());
    handle.join().unwrap();
}
// ANCHOR_END: program
