//! The checksum both sides compute: 64-bit FNV-1a.

// ANCHOR: fnv1a
/// The 64-bit FNV-1a hash of `bytes`: simple, fast enough, and the same on every platform and
/// every run (std's `DefaultHasher` makes no such promise across Rust versions). It catches a
/// truncated or corrupted download; it is not a defence against someone forging a file.
///
/// ```
/// assert_eq!(io_bound::fnv1a(b""), 0xcbf2_9ce4_8422_2325);
/// assert_eq!(io_bound::fnv1a(b"a"), 0xaf63_dc4c_8601_ec8c);
/// ```
pub fn fnv1a(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for &byte in bytes {
        hash ^= u64::from(byte);
        hash = hash.wrapping_mul(0x0000_0100_0000_01b3);
    }
    hash
}
// ANCHOR_END: fnv1a
