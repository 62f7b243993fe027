//! C math library functions called as CPython 3.11 calls them: the ones
//! Rust's `f64` lacks (`erf`, `erfc`, `nextafter`) and the ones Rust
//! computes its own way (`asinh`, `acosh`, `atanh`, `cbrt`), so `math`
//! answers bit for bit as python3 does on the same machine. The C library
//! is linked by Rust's standard library on every platform ouro builds for.

mod ffi {
    extern "C" {
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        // `cbrt` itself resolves to the Rust runtime's own (a different
        // last digit); glibc exports the same function as `cbrtf64`.
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
    }
}

/// Safe wrappers of C functions of one double.
macro_rules! unary {
    ($($name:ident),*) => {$(
        pub fn $name(x: f64) -> f64 {
            // SAFETY: a pure C function of one double: no pointers, no
            // state read (errno, which it may set, is never read).
            unsafe { ffi::$name(x) }
        }
    )*};
}

unary!(erf, erfc, asinh, acosh, atanh, cbrt);

pub fn nextafter(x: f64, y: f64) -> f64 {
    // SAFETY: a pure C function of two doubles: no pointers, no state.
    unsafe { ffi::nextafter(x, y) }
}
