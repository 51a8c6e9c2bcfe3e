use ex02_split_halves::double_in_two_threads;

#[test]
fn every_value_is_doubled_once() {
    let mut values: Vec<u64> = (1..=7).collect(); // an odd length: the halves differ by one
    double_in_two_threads(&mut values);
    assert_eq!(
        values,
        [2, 4, 6, 8, 10, 12, 14],
        "each value should be doubled exactly once: the two halves together cover the slice, \
         without overlapping"
    );
}

#[test]
fn short_slices_work_too() {
    let mut empty: Vec<u64> = Vec::new();
    double_in_two_threads(&mut empty);
    assert!(empty.is_empty());
    let mut one = vec![21];
    double_in_two_threads(&mut one);
    assert_eq!(
        one,
        [42],
        "a slice of one value: one half is empty, the other holds it"
    );
}
