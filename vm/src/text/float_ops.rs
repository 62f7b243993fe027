//! Python `float` semantics: floor division, modulo, divmod, `**`,
//! `round()`, `float(str)`, hashing (`int` too), `is_integer` and
//! `as_integer_ratio`, matching CPython 3.11 (messages included).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, ToPrimitive, Zero};

use super::int_ops::{is_c_space, to_ascii_numeric};
use ouro_compiler::numeric::float_div_mod;

/// An error raised by a float operation: Python exception kind + message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FloatOpError {
    /// `ZeroDivisionError`.
    ZeroDivision(&'static str),
    /// `ValueError`.
    Value(&'static str),
    /// `OverflowError`.
    Overflow(&'static str),
    /// Not an error: `float ** float` with a negative base and a
    /// non-integral exponent must be computed as `complex ** complex`.
    NeedsComplex,
}

impl FloatOpError {
    /// The exception message (empty for [`FloatOpError::NeedsComplex`]).
    pub fn message(&self) -> &'static str {
        match *self {
            FloatOpError::ZeroDivision(m) | FloatOpError::Value(m) | FloatOpError::Overflow(m) => m,
            FloatOpError::NeedsComplex => "",
        }
    }
}

/// `str()` of the `OverflowError(34, ...)` CPython raises on `ERANGE`.
pub const ERANGE_MESSAGE: &str = "(34, 'Numerical result out of range')";

/// `a / b`.
pub fn truediv(a: f64, b: f64) -> Result<f64, FloatOpError> {
    if b == 0.0 {
        return Err(FloatOpError::ZeroDivision("float division by zero"));
    }
    Ok(a / b)
}

/// `a // b`.
pub fn floordiv(a: f64, b: f64) -> Result<f64, FloatOpError> {
    if b == 0.0 {
        return Err(FloatOpError::ZeroDivision("float floor division by zero"));
    }
    Ok(float_div_mod(a, b).0)
}

/// `a % b` (the result has the sign of `b`).
pub fn modulo(a: f64, b: f64) -> Result<f64, FloatOpError> {
    if b == 0.0 {
        return Err(FloatOpError::ZeroDivision("float modulo"));
    }
    Ok(float_div_mod(a, b).1)
}

/// `divmod(a, b)`.
pub fn divmod(a: f64, b: f64) -> Result<(f64, f64), FloatOpError> {
    if b == 0.0 {
        return Err(FloatOpError::ZeroDivision("float divmod()"));
    }
    Ok(float_div_mod(a, b))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `v ** w` as CPython's `float_pow` (two-argument form).
pub fn pow(v: f64, w: f64) -> Result<f64, FloatOpError> {
    let (mut iv, iw) = (v, w);
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let av = iv.abs();
        return Ok(if av == 1.0 {
            1.0
        } else if (iw > 0.0) == (av > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(FloatOpError::ZeroDivision(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(FloatOpError::NeedsComplex);
        }
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if iv == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let ix = iv.powf(iw);
    if ix.is_infinite() {
        return Err(FloatOpError::Overflow(ERANGE_MESSAGE));
    }
    Ok(if negate { -ix } else { ix })
}

/// Python's `round(x)` (`ndigits` = `None`, result returned as a float for
/// the caller to convert to `int`; inf/nan are the caller's errors) and
/// `round(x, ndigits)` (round-half-even on the exact binary value).
/// The only error is `OverflowError("rounded value too large to represent")`.
pub fn round_float(x: f64, ndigits: Option<i64>) -> Result<f64, FloatOpError> {
    let Some(nd) = ndigits else {
        let mut r = x.round();
        if (x - r).abs() == 0.5 {
            r = 2.0 * (x / 2.0).round();
        }
        return Ok(r);
    };
    if !x.is_finite() {
        return Ok(x);
    }
    const NDIGITS_MAX: i64 = 323;
    const NDIGITS_MIN: i64 = -308;
    if nd > NDIGITS_MAX {
        return Ok(x);
    }
    if nd < NDIGITS_MIN {
        return Ok(0.0 * x);
    }
    let rounded: f64 = if nd >= 0 {
        format!("{:.*}", nd as usize, x).parse().unwrap_or(x)
    } else {
        round_to_tens(x, (-nd) as u32)
    };
    if rounded.is_infinite() {
        return Err(FloatOpError::Overflow(
            "rounded value too large to represent",
        ));
    }
    Ok(rounded)
}

/// Round finite `x` to a multiple of `10**k` (half-even, exact), keeping
/// the sign of `x` (so tiny negatives give `-0.0`).
fn round_to_tens(x: f64, k: u32) -> f64 {
    let (mant, exp) = decompose(x.abs());
    let mut num = BigUint::from(mant);
    let mut den: BigUint = Pow::pow(BigUint::from(10u32), k);
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigUint = r << 1u32;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1u32;
    }
    let mag: f64 = format!("{q}e{k}").parse().unwrap_or(f64::INFINITY);
    mag.copysign(x)
}

/// `x == mant * 2**exp` for finite non-negative `x` (`mant` < 2**53).
fn decompose(x: f64) -> (u64, i64) {
    let bits = x.to_bits();
    let e = ((bits >> 52) & 0x7ff) as i64;
    let f = bits & ((1 << 52) - 1);
    if e == 0 {
        (f, -1074)
    } else {
        (f | (1 << 52), e - 1075)
    }
}

/// Python's `float(s)` for a `str`: surrounding whitespace, a sign,
/// underscores between digits, `inf`/`infinity`/`nan` in any case, Unicode
/// decimal digits. No hex. `None` means `ValueError` (see
/// [`parse_float_error_message`]). Out-of-range values give `±inf`.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = to_ascii_numeric(s);
    let t = t.trim_matches(is_c_space);
    let cleaned;
    let t = if t.contains('_') {
        let mut prev = '\0';
        let mut out = String::with_capacity(t.len());
        for c in t.chars() {
            if c == '_' {
                if !prev.is_ascii_digit() {
                    return None;
                }
            } else {
                if prev == '_' && !c.is_ascii_digit() {
                    return None;
                }
                out.push(c);
            }
            prev = c;
        }
        if prev == '_' {
            return None;
        }
        cleaned = out;
        cleaned.as_str()
    } else {
        t
    };
    let body = t.strip_prefix(['+', '-']).unwrap_or(t);
    let lower = body.to_ascii_lowercase();
    let special = matches!(lower.as_str(), "inf" | "infinity" | "nan");
    if !special {
        // decimal: digits [. digits] | . digits, then optional exponent
        let b = body.as_bytes();
        let mut i = 0;
        let int_digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        i += int_digits;
        let mut frac_digits = 0;
        if b.get(i) == Some(&b'.') {
            i += 1;
            frac_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            i += frac_digits;
        }
        if int_digits + frac_digits == 0 {
            return None;
        }
        if matches!(b.get(i), Some(b'e' | b'E')) {
            i += 1;
            if matches!(b.get(i), Some(b'+' | b'-')) {
                i += 1;
            }
            let exp_digits = b[i..].iter().take_while(|c| c.is_ascii_digit()).count();
            if exp_digits == 0 {
                return None;
            }
            i += exp_digits;
        }
        if i != b.len() {
            return None;
        }
    }
    t.parse::<f64>().ok()
}

/// The `ValueError` message for a failed `float(s)`.
pub fn parse_float_error_message(s: &str) -> String {
    format!(
        "could not convert string to float: {}",
        super::str_repr::str_repr(s)
    )
}

/// CPython's hash modulus `2**61 - 1`.
pub const HASH_MODULUS: u64 = (1 << 61) - 1;
/// `hash(float('inf'))`.
pub const HASH_INF: i64 = 314_159;

fn finish_hash(x: u64, negative: bool) -> i64 {
    let h = if negative { -(x as i64) } else { x as i64 };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(x)` for a float; `None` for NaN (CPython 3.11 hashes NaN by
/// object identity, so the caller must use its identity hash).
pub fn float_hash(x: f64) -> Option<i64> {
    if x.is_nan() {
        return None;
    }
    if x.is_infinite() {
        return Some(if x > 0.0 { HASH_INF } else { -HASH_INF });
    }
    let (mant, exp) = decompose(x.abs());
    // mant * 2**exp mod P, using 2**61 == 1 (mod P).
    let e = exp.rem_euclid(61) as u32;
    let m = u128::from(mant % HASH_MODULUS);
    let v = ((m << e) % u128::from(HASH_MODULUS)) as u64;
    Some(finish_hash(v, x < 0.0))
}

/// `hash(v)` for an int.
pub fn int_hash(v: &BigInt) -> i64 {
    let r = if let Some(u) = v.magnitude().to_u64() {
        u % HASH_MODULUS
    } else {
        (v.magnitude() % HASH_MODULUS).to_u64().unwrap_or(0)
    };
    finish_hash(r, v.sign() == Sign::Minus)
}

/// `hash(v)` for an int that fits in an i64.
pub fn i64_hash(v: i64) -> i64 {
    finish_hash(v.unsigned_abs() % HASH_MODULUS, v < 0)
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x == x.floor()
}

/// `float.as_integer_ratio()`: lowest terms, positive denominator.
pub fn float_as_integer_ratio(x: f64) -> Result<(BigInt, BigInt), FloatOpError> {
    if x.is_infinite() {
        return Err(FloatOpError::Overflow(
            "cannot convert Infinity to integer ratio",
        ));
    }
    if x.is_nan() {
        return Err(FloatOpError::Value("cannot convert NaN to integer ratio"));
    }
    if x == 0.0 {
        return Ok((BigInt::zero(), BigInt::one()));
    }
    let (mut mant, mut exp) = decompose(x.abs());
    let tz = mant.trailing_zeros();
    mant >>= tz;
    exp += i64::from(tz);
    let mut num = BigInt::from(mant);
    let mut den = BigInt::one();
    if exp >= 0 {
        num <<= exp as u64;
    } else {
        den <<= (-exp) as u64;
    }
    if x.is_sign_negative() {
        num = -num;
    }
    Ok((num, den))
}

/// Convenience: `int(x)` truncation check used by callers of [`round_float`].
pub fn float_to_int_error(x: f64) -> Option<FloatOpError> {
    if x.is_nan() {
        Some(FloatOpError::Value("cannot convert float NaN to integer"))
    } else if x.is_infinite() {
        Some(FloatOpError::Overflow(
            "cannot convert float infinity to integer",
        ))
    } else {
        None
    }
}

/// `int(x)` for a finite float (truncation towards zero, exact).
pub fn float_to_bigint(x: f64) -> Result<BigInt, FloatOpError> {
    if let Some(e) = float_to_int_error(x) {
        return Err(e);
    }
    let t = x.trunc();
    if t.abs() < 9.2e18 {
        return Ok(BigInt::from(t as i64));
    }
    let (mant, exp) = decompose(t.abs());
    let mag = BigInt::from(mant) << (exp.max(0) as u64);
    Ok(if t < 0.0 { -mag } else { mag })
}

#[cfg(test)]
#[path = "tests/float_ops.rs"]
mod tests;

/// `float.hex()`: CPython's `float_hex` (`0x1.8000000000000p+0`).
pub fn float_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let mant = bits & ((1u64 << 52) - 1);
    let field = ((bits >> 52) & 0x7ff) as i64;
    if field == 0 {
        format!("{sign}0x0.{mant:013x}p-1022")
    } else {
        format!("{sign}0x1.{mant:013x}p{:+}", field - 1023)
    }
}

/// Why `float.fromhex` refused a string.
#[derive(Debug, PartialEq)]
pub enum FromHexError {
    Invalid,
    Overflow,
}

/// `float.fromhex(s)`: CPython's `float_fromhex` — optional sign, `inf`/
/// `infinity`/`nan`, optional `0x`, hex digits with an optional point,
/// an optional `p` exponent, surrounding whitespace; correctly rounded
/// (half to even), subnormals included.
pub fn float_fromhex(s: &str) -> Result<f64, FromHexError> {
    // (`Py_ISSPACE`: vertical tab too.)
    let t = s.trim_matches(|c: char| matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r'));
    let (neg, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let signed = |v: f64| if neg { -v } else { v };
    let lower = rest.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(signed(f64::INFINITY));
    }
    if lower == "nan" {
        return Ok(signed(f64::NAN));
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (num, exp) = match body.split_once('p') {
        Some((n, e)) => (n, Some(e)),
        None => (body, None),
    };
    let (int_part, frac_part) = num.split_once('.').unwrap_or((num, ""));
    let hex = |d: &str| d.bytes().all(|c| c.is_ascii_hexdigit());
    if int_part.len() + frac_part.len() == 0 || !hex(int_part) || !hex(frac_part) {
        return Err(FromHexError::Invalid);
    }
    let mut e: i64 = match exp {
        None => 0,
        Some(e) => {
            let digits = e.strip_prefix(['+', '-']).unwrap_or(e);
            if digits.is_empty() || !digits.bytes().all(|c| c.is_ascii_digit()) {
                return Err(FromHexError::Invalid);
            }
            // Saturate: beyond any double's range either way.
            let v: i64 = digits.parse().unwrap_or(1 << 40).min(1 << 40);
            if e.starts_with('-') {
                -v
            } else {
                v
            }
        }
    };
    e -= 4 * frac_part.len() as i64;
    let digits = format!("{int_part}{frac_part}");
    let m = BigUint::parse_bytes(digits.as_bytes(), 16).unwrap_or_default();
    if m.is_zero() {
        return Ok(signed(0.0));
    }
    let bits = m.bits() as i64;
    // The exponent of the leading bit, and how many bits the result keeps.
    let top = bits - 1 + e;
    if top > 1023 {
        return Err(FromHexError::Overflow);
    }
    let prec = if top >= -1022 { 53 } else { 53 - (-1022 - top) };
    if prec <= 0 {
        // Below half the smallest subnormal, or exactly half (even: 0).
        let half = prec == 0 && {
            let rest_zero = (&m - (BigUint::one() << (bits - 1) as usize)).is_zero();
            !rest_zero
        };
        return Ok(signed(if half { f64::from_bits(1) } else { 0.0 }));
    }
    let shift = bits - prec;
    let mut kept = if shift > 0 {
        let s = shift as usize;
        let q = &m >> s;
        let r = &m - (&q << s);
        let half = BigUint::one() << (s - 1);
        let odd = (&q & BigUint::one()).is_one();
        if r > half || (r == half && odd) {
            q + 1u32
        } else {
            q
        }
    } else {
        m << (-shift) as usize
    }
    .to_u64()
    .unwrap_or(0);
    // The exponent of `kept`'s lowest bit.
    let mut low = e + shift;
    if kept == 1u64 << prec {
        kept >>= 1;
        low += 1;
    }
    if prec < 53 {
        // Subnormal (or rounded up to the smallest normal): the bits are
        // the value in units of 2**-1074.
        return Ok(signed(f64::from_bits(kept)));
    }
    let field = low + 52 + 1023;
    if field >= 0x7ff {
        return Err(FromHexError::Overflow);
    }
    let bits = ((field as u64) << 52) | (kept & ((1u64 << 52) - 1));
    Ok(signed(f64::from_bits(bits)))
}
