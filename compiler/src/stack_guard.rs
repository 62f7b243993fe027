//! Deeply nested input without overflowing the Rust stack.
//!
//! Every pass over the AST is recursive. Each recursive step runs through
//! [`with_stack`], which moves to a freshly allocated stack segment when the
//! current one runs low (the parser does the same), so the thread the
//! compiler runs on does not matter. Nesting is still capped at
//! [`MAX_NESTING`], as CPython caps it ("maximum recursion depth exceeded
//! during compilation"), so the work and memory per level stay bounded.

/// Deepest nesting of statements and expressions accepted.
pub(crate) const MAX_NESTING: u32 = 3000;

/// Switch to a new stack segment when less than this much is left...
const RED_ZONE: usize = 128 * 1024;
/// ...of this size.
const SEGMENT: usize = 2 * 1024 * 1024;

/// The message for input nested deeper than [`MAX_NESTING`] (a
/// RecursionError, `ErrorKind::RecursionError`).
pub(crate) const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

/// Run `f`, first growing the stack if it is nearly exhausted.
pub(crate) fn with_stack<T>(f: impl FnOnce() -> T) -> T {
    stacker::maybe_grow(RED_ZONE, SEGMENT, f)
}

/// Drop a value whose destructor may recurse up to `depth_bound` levels
/// (the AST of a source of that many bytes), on a stack large enough for it.
pub(crate) fn drop_deep<T>(value: T, depth_bound: usize) {
    /// Generous stack use of one level of the AST's recursive destructor.
    const BYTES_PER_LEVEL: usize = 512;
    /// Below this bound the current stack is certainly enough.
    const SHALLOW: usize = 256;
    if depth_bound <= SHALLOW {
        drop(value);
        return;
    }
    let size = depth_bound
        .saturating_mul(BYTES_PER_LEVEL)
        .clamp(SEGMENT, 1 << 30);
    stacker::grow(size, move || drop(value));
}
