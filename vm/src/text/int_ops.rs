//! Python `int` semantics on `BigInt`, with `i64` fast paths.
//!
//! Floor division/modulo (result sign follows the divisor), `pow` and
//! three-argument `pow`, shifts, `bin`/`oct`/`hex`, `int(str, base)`
//! parsing, correctly rounded true division and int -> float conversion,
//! all matching CPython 3.11 (messages included).
//!
//! The `i64` fast paths return `None` whenever the caller must fall back to
//! the `BigInt` version (overflow or a zero divisor); the `BigInt` version
//! then produces the exact result or the exact error.
//!
//! Not handled here: CPython 3.11's `int_max_str_digits` limit (4300 digits
//! for decimal string <-> int conversion); see [`INT_MAX_STR_DIGITS`].

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, Signed, ToPrimitive, Zero};

/// CPython 3.11's default `sys.get_int_max_str_digits()`. Callers that
/// want the limit must check digit counts themselves (bases that are not
/// powers of two only).
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// An error raised by an integer operation: Python exception kind + message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum IntOpError {
    /// `ZeroDivisionError`.
    ZeroDivision(&'static str),
    /// `ValueError`.
    Value(&'static str),
    /// `OverflowError`.
    Overflow(&'static str),
    /// `MemoryError`: a result CPython would try, and fail, to allocate.
    Memory,
}

impl IntOpError {
    /// The exception message.
    pub fn message(&self) -> &'static str {
        match *self {
            IntOpError::ZeroDivision(m) | IntOpError::Value(m) | IntOpError::Overflow(m) => m,
            IntOpError::Memory => "",
        }
    }
}

const DIV_ZERO: IntOpError = IntOpError::ZeroDivision("integer division or modulo by zero");
const MOD_ZERO: IntOpError = IntOpError::ZeroDivision("integer modulo by zero");
const INT_TOO_LARGE: IntOpError = IntOpError::Overflow("int too large to convert to float");
const TOO_MANY_DIGITS: IntOpError = IntOpError::Overflow("too many digits in integer");

/// `a // b` on i64 (`None`: zero divisor or overflow, use [`floordiv`]).
pub fn floordiv_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let q = a.checked_div(b)?;
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        Some(q - 1)
    } else {
        Some(q)
    }
}

/// `a % b` on i64 (`None`: zero divisor, use [`modulo`]).
pub fn modulo_i64(a: i64, b: i64) -> Option<i64> {
    if b == 0 {
        return None;
    }
    let r = a.checked_rem(b).unwrap_or(0);
    if r != 0 && ((r < 0) != (b < 0)) {
        Some(r + b)
    } else {
        Some(r)
    }
}

/// `a // b` (floor division).
pub fn floordiv(a: &BigInt, b: &BigInt) -> Result<BigInt, IntOpError> {
    if b.is_zero() {
        return Err(DIV_ZERO);
    }
    Ok(a.div_floor(b))
}

/// `a % b` (result has the sign of `b`).
pub fn modulo(a: &BigInt, b: &BigInt) -> Result<BigInt, IntOpError> {
    if b.is_zero() {
        return Err(MOD_ZERO);
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`.
pub fn divmod(a: &BigInt, b: &BigInt) -> Result<(BigInt, BigInt), IntOpError> {
    if b.is_zero() {
        return Err(DIV_ZERO);
    }
    Ok(a.div_mod_floor(b))
}

/// `base ** exp` on i64 for `exp >= 0` (`None`: overflow or negative exp).
pub fn pow_i64(base: i64, exp: i64) -> Option<i64> {
    let e = u32::try_from(exp).ok()?;
    base.checked_pow(e)
}

/// `base ** exp` for a non-negative exponent (a negative exponent is the
/// caller's job: Python returns a float then).
pub fn pow(base: &BigInt, exp: &BigInt) -> Result<BigInt, IntOpError> {
    if exp.is_negative() {
        return Err(IntOpError::Value("negative exponent"));
    }
    if exp.is_zero() {
        return Ok(BigInt::one());
    }
    if base.is_zero() || base.is_one() {
        return Ok(base.clone());
    }
    if *base == BigInt::from(-1) {
        return Ok(if exp.is_odd() {
            base.clone()
        } else {
            BigInt::one()
        });
    }
    // Anything else with an exponent this large cannot fit in memory.
    let e = exp.to_u64().filter(|&e| e <= u64::from(u32::MAX));
    match e {
        Some(e) => Ok(Pow::pow(base, e)),
        None => Err(TOO_MANY_DIGITS),
    }
}

/// Three-argument `pow(base, exp, modulus)`; a negative exponent uses the
/// modular inverse.
pub fn pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> Result<BigInt, IntOpError> {
    if modulus.is_zero() {
        return Err(IntOpError::Value("pow() 3rd argument cannot be 0"));
    }
    let negative_output = modulus.is_negative();
    let m = modulus.abs();
    if m.is_one() {
        return Ok(BigInt::zero());
    }
    let mut a = base.mod_floor(&m);
    let mut e = exp.clone();
    if e.is_negative() {
        a = mod_inverse(&a, &m).ok_or(IntOpError::Value(
            "base is not invertible for the given modulus",
        ))?;
        e = -e;
    }
    let mut z = a.modpow(&e, &m);
    if negative_output && !z.is_zero() {
        z -= &m;
    }
    Ok(z)
}

/// Inverse of `a` modulo `m` (`m > 1`, `0 <= a < m`), if it exists.
fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}

/// `a << n`.
pub fn lshift(a: &BigInt, n: &BigInt) -> Result<BigInt, IntOpError> {
    if n.is_negative() {
        return Err(IntOpError::Value("negative shift count"));
    }
    if a.is_zero() {
        return Ok(BigInt::zero());
    }
    // CPython's `long_lshift1`: a result of more than MAX_LONG_DIGITS
    // 30-bit digits is "too many digits"; a smaller one it tries to
    // allocate (MemoryError when it cannot: ouro stops at 2**32 bits).
    const MAX_LONG_DIGITS: u128 = ((i64::MAX as u128) - 24) / 4;
    let digits = n.to_u128().map(|k| k / 30 + a.bits() as u128 / 30 + 1);
    match (n.to_usize(), digits) {
        (Some(k), _) if k <= (u32::MAX as usize) => Ok(a << k),
        (_, Some(d)) if d <= MAX_LONG_DIGITS => Err(IntOpError::Memory),
        _ => Err(TOO_MANY_DIGITS),
    }
}

/// `a >> n` (arithmetic: rounds towards negative infinity).
pub fn rshift(a: &BigInt, n: &BigInt) -> Result<BigInt, IntOpError> {
    if n.is_negative() {
        return Err(IntOpError::Value("negative shift count"));
    }
    match n.to_u64() {
        Some(k) if k < a.bits() => Ok(a >> k),
        _ => Ok(if a.is_negative() {
            BigInt::from(-1)
        } else {
            BigInt::zero()
        }),
    }
}

/// `a << n` on i64 (`None`: negative count or overflow, use [`lshift`]).
pub fn lshift_i64(a: i64, n: i64) -> Option<i64> {
    if !(0..64).contains(&n) {
        return if a == 0 && n >= 0 { Some(0) } else { None };
    }
    let r = a << n;
    (r >> n == a).then_some(r)
}

/// `a >> n` on i64 (`None`: negative count, use [`rshift`]).
pub fn rshift_i64(a: i64, n: i64) -> Option<i64> {
    if n < 0 {
        return None;
    }
    Some(a >> n.min(63))
}

/// `bin(v)`, `oct(v)`, `hex(v)` (radix 2, 8, 16) and `str(v)` (radix 10):
/// sign, then `0b`/`0o`/`0x` prefix, then lower-case digits.
pub fn int_to_str_radix(v: &BigInt, radix: u32) -> String {
    let prefix = match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    };
    let digits = v.magnitude().to_str_radix(radix);
    let sign = if v.is_negative() { "-" } else { "" };
    format!("{sign}{prefix}{digits}")
}

/// Zero code points of every Unicode decimal-digit run (Unicode 14.0, as
/// in CPython 3.11). Each run covers `zero..=zero + 9`.
const DECIMAL_ZEROS: &[u32] = &[
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of `c` if it is a Unicode decimal digit (`Nd`),
/// exactly as CPython's `Py_UNICODE_TODECIMAL`.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let z = DECIMAL_ZEROS[i - 1];
    (u - z < 10).then_some(u - z)
}

/// CPython's `str.isspace()` for one character (`Py_UNICODE_ISSPACE`).
pub fn is_py_space(c: char) -> bool {
    matches!(
        c,
        '\t' | '\n'
            | '\x0b'
            | '\x0c'
            | '\r'
            | '\x1c'..='\x1f'
            | ' '
            | '\u{85}'
            | '\u{a0}'
            | '\u{1680}'
            | '\u{2000}'..='\u{200a}'
            | '\u{2028}'
            | '\u{2029}'
            | '\u{202f}'
            | '\u{205f}'
            | '\u{3000}'
    )
}

/// C-locale `isspace` (`Py_ISSPACE`): what `int()`/`float()` strip after
/// [`to_ascii_numeric`] has mapped Unicode spaces to `' '`.
pub fn is_c_space(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// decimal digits become ASCII digits, non-ASCII spaces become `' '`, any
/// other non-ASCII character becomes `'?'` (which no parser accepts).
pub fn to_ascii_numeric(s: &str) -> String {
    s.chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if let Some(d) = unicode_decimal(c) {
                char::from(b'0' + d as u8)
            } else if is_py_space(c) {
                ' '
            } else {
                '?'
            }
        })
        .collect()
}

/// `int(s, base)`; `None` means "invalid literal" (see
/// [`parse_int_error_message`]). `base` must be 0 or 2..=36 (otherwise
/// `None`; Python raises "int() base must be >= 2 and <= 36, or 0").
/// Accepts Unicode whitespace around the number and Unicode decimal digits,
/// like CPython.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    if base == 1 || base > 36 {
        return None;
    }
    let t = to_ascii_numeric(s);
    let b = t.trim_matches(is_c_space).as_bytes();
    let (negative, mut b) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    let mut base = base;
    let mut error_if_nonzero = false;
    let lower1 = b.get(1).map(u8::to_ascii_lowercase);
    if base == 0 {
        if b.first() != Some(&b'0') {
            base = 10;
        } else {
            match lower1 {
                Some(b'x') => base = 16,
                Some(b'o') => base = 8,
                Some(b'b') => base = 2,
                _ => {
                    error_if_nonzero = true;
                    base = 10;
                }
            }
        }
    }
    if b.first() == Some(&b'0')
        && matches!(
            (base, lower1),
            (16, Some(b'x')) | (8, Some(b'o')) | (2, Some(b'b'))
        )
    {
        b = &b[2..];
        if b.first() == Some(&b'_') {
            b = &b[1..];
        }
    }
    // Digits with single underscores strictly between them.
    if b.is_empty() || b[0] == b'_' || b[b.len() - 1] == b'_' {
        return None;
    }
    let mut digits = Vec::with_capacity(b.len());
    let mut prev_underscore = false;
    for &c in b {
        if c == b'_' {
            if prev_underscore {
                return None;
            }
            prev_underscore = true;
            continue;
        }
        prev_underscore = false;
        let d = (c as char).to_digit(36)?;
        if d >= base {
            return None;
        }
        digits.push(d as u8);
    }
    let mag = BigUint::from_radix_be(&digits, base)?;
    if error_if_nonzero && !mag.is_zero() {
        return None;
    }
    let sign = if negative { Sign::Minus } else { Sign::Plus };
    Some(BigInt::from_biguint(sign, mag))
}

/// The `ValueError` message for a failed `int(s, base)`.
pub fn parse_int_error_message(s: &str, base: u32) -> String {
    let r: String = super::str_repr::str_repr(s).chars().take(200).collect();
    format!("invalid literal for int() with base {base}: {r}")
}

/// Correctly rounded `int -> float` (round-half-even); the only error is
/// `OverflowError("int too large to convert to float")`.
pub fn bigint_to_f64(v: &BigInt) -> Result<f64, IntOpError> {
    let mag = v.magnitude();
    let nbits = mag.bits();
    let f = if nbits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        let shift = nbits - 64;
        let mut top = (mag >> shift).to_u64().unwrap_or(0);
        if mag.trailing_zeros().unwrap_or(0) < shift {
            top |= 1; // sticky bit: 64 bits is ample for correct rounding
        }
        if shift > 2000 {
            return Err(INT_TOO_LARGE);
        }
        ldexp(top as f64, shift as i64)
    };
    if f.is_infinite() {
        return Err(INT_TOO_LARGE);
    }
    Ok(if v.is_negative() { -f } else { f })
}

/// Exact `x * 2**e` for results that are representable (or overflow to
/// infinity); only the last step may produce a subnormal.
pub(crate) fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let p2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1023 {
        x *= p2(1023);
        e -= 1023;
        if x.is_infinite() {
            return x;
        }
    }
    while e < -1022 {
        x *= p2(-1022);
        e += 1022;
        if x == 0.0 {
            return x;
        }
    }
    x * p2(e)
}

const TRUEDIV_OVERFLOW: IntOpError =
    IntOpError::Overflow("integer division result too large for a float");

/// `a / b` on i64 when both magnitudes are below 2**53 (exact operands,
/// so one IEEE division is correctly rounded); `None`: use [`int_true_div`].
pub fn int_true_div_i64(a: i64, b: i64) -> Option<f64> {
    const LIMIT: u64 = 1 << 53;
    if b == 0 || a.unsigned_abs() >= LIMIT || b.unsigned_abs() >= LIMIT {
        return None;
    }
    Some(a as f64 / b as f64)
}

/// `a / b` for ints, correctly rounded as CPython's `long_true_divide`.
pub fn int_true_div(a: &BigInt, b: &BigInt) -> Result<f64, IntOpError> {
    if b.is_zero() {
        return Err(IntOpError::ZeroDivision("division by zero"));
    }
    let negate = a.is_negative() != b.is_negative();
    let signed = |x: f64| if negate { -x } else { x };
    if a.is_zero() {
        return Ok(signed(0.0));
    }
    let (am, bm) = (a.magnitude(), b.magnitude());
    const SMALL: u64 = 53;
    if am.bits() <= SMALL && bm.bits() <= SMALL {
        let da = am.to_u64().unwrap_or(0) as f64;
        let db = bm.to_u64().unwrap_or(1) as f64;
        return Ok(signed(da / db));
    }
    const DBL_MIN_EXP: i64 = -1021;
    const DBL_MAX_EXP: i64 = 1024;
    const DBL_MANT_DIG: i64 = 53;
    let diff = am.bits() as i64 - bm.bits() as i64;
    if diff > DBL_MAX_EXP {
        return Err(TRUEDIV_OVERFLOW);
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Ok(signed(0.0));
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    let mut inexact = false;
    let x = if shift <= 0 {
        am << ((-shift) as u64)
    } else {
        let s = shift as u64;
        if am.trailing_zeros().unwrap_or(0) < s {
            inexact = true;
        }
        am >> s
    };
    let (mut x, rem) = x.div_rem(bm);
    if !rem.is_zero() {
        inexact = true;
    }
    let x_size = x.bits() as i64;
    let extra_bits = x_size.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let mask: u64 = 1 << (extra_bits - 1);
    let low = (x.iter_u64_digits().next().unwrap_or(0) & 0xff) | u64::from(inexact);
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        x += BigUint::from(mask);
    }
    x >>= extra_bits as u64;
    let dx = x.to_u64().unwrap_or(0) as f64 * (1u64 << extra_bits) as f64;
    if shift + x_size >= DBL_MAX_EXP && (shift + x_size > DBL_MAX_EXP || dx == ldexp(1.0, x_size)) {
        return Err(TRUEDIV_OVERFLOW);
    }
    Ok(signed(ldexp(dx, shift)))
}

#[cfg(test)]
#[path = "tests/int_ops.rs"]
mod tests;
