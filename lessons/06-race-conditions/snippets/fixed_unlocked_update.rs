// ANCHOR: program
use race_conditions::Data;
use std::sync::{Arc, Mutex};

fn main() {
    let data = Arc::new(Mutex::new(Data::default()));
    let also_data = Arc::clone(&data);
    let handle = std::thread::spawn(move || also_data.lock().unwrap().update(|| ()));
    data.lock().unwrap().update(|| ());
    handle.join().unwrap();
    assert_eq!(data.lock().unwrap().val, 2);
}
// ANCHOR_END: program
