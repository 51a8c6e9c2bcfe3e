// ANCHOR: program
static mut STATE: usize = 0;

fn main() {
    let handle = std::thread::spawn(|| STATE += 1);
    STATE += 1;
    handle.join().unwrap();
}
// ANCHOR_END: program
