//! CPython 3.11-compatible text and number semantics as pure functions.
//!
//! Every module here is free of VM types: callers pass plain Rust values
//! (`f64`, `BigInt`, `&str`) and get back strings, numbers or error
//! messages matching CPython 3.11 exactly.

pub mod codecs;
pub mod float_ops;
pub mod float_repr;
pub mod format_spec;
pub mod int_ops;
pub mod str_repr;
#[rustfmt::skip]
pub mod unicode_tables;

/// Is `c` in `table`, sorted disjoint inclusive ranges?
pub fn in_table(table: &[(u32, u32)], c: char) -> bool {
    range_index(table, c, |&(a, b)| (a, b)).is_some()
}

/// The index of the range of `table` (sorted, disjoint, inclusive; each
/// entry's bounds given by `bounds`) that holds `c`.
pub fn range_index<T>(table: &[T], c: char, bounds: impl Fn(&T) -> (u32, u32)) -> Option<usize> {
    let n = c as u32;
    table
        .binary_search_by(|e| {
            let (a, b) = bounds(e);
            if b < n {
                std::cmp::Ordering::Less
            } else if a > n {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .ok()
}
