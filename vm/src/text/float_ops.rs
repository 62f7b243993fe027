//! Python `float` semantics: floor division, modulo, divmod, `**`,
//! `round()`, `float(str)`, hashing (`int` too), `is_integer` and
//! `as_integer_ratio`, matching CPython 3.11 (messages included).

use num_bigint::{BigInt, BigUint, Sign};
use num_integer::Integer;
use num_traits::{One, Pow, ToPrimitive, Zero};

use super::int_ops::{is_c_space, to_ascii_numeric};

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

/// CPython's `_float_div_mod`: `(a // b, a % b)` for `b != 0`.
fn div_mod_raw(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `a // b`.
pub fn floordiv(a: f64, b: f64) -> Result<f64, FloatOpError> {
    if b == 0.0 {
        return Err(FloatOpError::ZeroDivision("float floor division by zero"));
    }
    Ok(div_mod_raw(a, b).0)
}

/// `a % b` (the result has the sign of `b`).
pub fn modulo(a: f64, b: f64) -> Result<f64, FloatOpError> {
    if b == 0.0 {
        return Err(FloatOpError::ZeroDivision("float modulo"));
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    Ok(m)
}

/// `divmod(a, b)`.
pub fn divmod(a: f64, b: f64) -> Result<(f64, f64), FloatOpError> {
    if b == 0.0 {
        return Err(FloatOpError::ZeroDivision("float divmod()"));
    }
    Ok(div_mod_raw(a, b))
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
mod tests {
    use super::*;

    fn f(bits: u64) -> f64 {
        f64::from_bits(bits)
    }

    fn b(x: f64) -> String {
        format!("{:#x}", x.to_bits())
    }

    fn show(r: Result<f64, FloatOpError>) -> String {
        match r {
            Ok(x) => b(x),
            Err(e) => err(&e),
        }
    }

    fn err(e: &FloatOpError) -> String {
        let kind = match e {
            FloatOpError::ZeroDivision(_) => "ZeroDivisionError",
            FloatOpError::Value(_) => "ValueError",
            FloatOpError::Overflow(_) => "OverflowError",
            FloatOpError::NeedsComplex => return "complex".into(),
        };
        format!("E:{kind}:{}", e.message())
    }

    /// Bit patterns and results from CPython 3.11; errors "E:Kind:message".
    const DIVMOD: &[(u64, u64, &str, &str, &str)] = &[
        (
            0x3e8898974528bbd1,
            0x3c253eb3e62e54eb,
            "0x42528617e906c000",
            "0x3c159176ff02fe6e",
            "0x42528617e906c000,0x3c159176ff02fe6e",
        ),
        (
            0x7e37e43c8800759c,
            0xc050e872b020c49c,
            "0xfdd69bc7aa100f5c",
            "0xc049533f90f030f0",
            "0xfdd69bc7aa100f5c,0xc049533f90f030f0",
        ),
        (
            0x4326bc362b99f480,
            0xc194dd36bc76019f,
            "0xc1816f53e0000000",
            "0xc190079fad971f04",
            "0xc1816f53e0000000,0xc190079fad971f04",
        ),
        (
            0xc1c406bcec4b0407,
            0x3ead188b88bd8006,
            "0xc3060672cf832148",
            "0x3e960f820ff7b1ec",
            "0xc3060672cf832148,0x3e960f820ff7b1ec",
        ),
        (
            0x40537a0c49ba5e35,
            0x3e748caaee108864,
            "0x41ce545b8b800000",
            "0x3e6f526632c88608",
            "0x41ce545b8b800000,0x3e6f526632c88608",
        ),
        (
            0x4054000000000000,
            0x403b000000000000,
            "0x4000000000000000",
            "0x403a000000000000",
            "0x4000000000000000,0x403a000000000000",
        ),
        (
            0xc049370a3d70a3d7,
            0x35c5551bd12715,
            "0xfff0000000000000",
            "0x31c3fe2ede2bc",
            "0xfff0000000000000,0x31c3fe2ede2bc",
        ),
        (
            0x4341c37937e08000,
            0xc051266666666666,
            "0xc2e0928a774d5760",
            "0xc03b5f12ad3c2208",
            "0xc2e0928a774d5760,0xc03b5f12ad3c2208",
        ),
        (
            0x4341c37937e08000,
            0x3ff999999999999a,
            "0x4336345785d89ffe",
            "0x3ff0b7dcfda9599a",
            "0x4336345785d89ffe,0x3ff0b7dcfda9599a",
        ),
        (
            0xc01c000000000000,
            0xc20044b06dfb0b0c,
            "0x0",
            "0xc01c000000000000",
            "0x0,0xc01c000000000000",
        ),
        (
            0xf0e3b50fbc7d0e39,
            0xc1dbff01800d242b,
            "0x6ef686959581acb9",
            "0xc1d2eb19f6fc28d7",
            "0x6ef686959581acb9,0xc1d2eb19f6fc28d7",
        ),
        (
            0x8000000000000000,
            0x4039d47ae147ae14,
            "0x8000000000000000",
            "0x0",
            "0x8000000000000000,0x0",
        ),
        (
            0x4000000000000000,
            0x85cc2c2d89c93243,
            "0xfa222c77fdf87671",
            "0x85bef0fe49b427ee",
            "0xfa222c77fdf87671,0x85bef0fe49b427ee",
        ),
        (
            0xbc8aee9fd7d08d85,
            0xc1591bf3ddc28486,
            "0x0",
            "0xbc8aee9fd7d08d85",
            "0x0,0xbc8aee9fd7d08d85",
        ),
        (
            0x7ff8000000000000,
            0xc35a3aa654f7d642,
            "0x7ff8000000000000",
            "0x7ff8000000000000",
            "0x7ff8000000000000,0x7ff8000000000000",
        ),
        (
            0x3f381a63a4ac2176,
            0xc0441be76c8b4396,
            "0xbff0000000000000",
            "0xc0441bdb5f597140",
            "0xbff0000000000000,0xc0441bdb5f597140",
        ),
        (
            0x3da59484915a1277,
            0xc0d80c7b052a00e6,
            "0xbff0000000000000",
            "0xc0d80c7b052a00e3",
            "0xbff0000000000000,0xc0d80c7b052a00e3",
        ),
        (
            0x403653bd93bf3778,
            0xc0544a3d70a3d70a,
            "0xbff0000000000000",
            "0xc04d6a9c17681258",
            "0xbff0000000000000,0xc04d6a9c17681258",
        ),
        (
            0x3ff6666666666666,
            0xc04ba66666666666,
            "0xbff0000000000000",
            "0xc04af33333333333",
            "0xbff0000000000000,0xc04af33333333333",
        ),
        (
            0xc19769418cfe1ff5,
            0x43712b11e05f59fd,
            "0xbff0000000000000",
            "0x43712b11e001b4f7",
            "0xbff0000000000000,0x43712b11e001b4f7",
        ),
        (
            0xc004000000000000,
            0xc3d8ca942050baa3,
            "0x0",
            "0xc004000000000000",
            "0x0,0xc004000000000000",
        ),
        (
            0x4058c00000000000,
            0x40ccf16e460a32d1,
            "0x0",
            "0x4058c00000000000",
            "0x0,0x4058c00000000000",
        ),
        (
            0x40254c49ba5e353f,
            0x4041f851eb851eb8,
            "0x0",
            "0x40254c49ba5e353f",
            "0x0,0x40254c49ba5e353f",
        ),
        (
            0x3f7cb8c99534f231,
            0xc05539999999999a,
            "0xbff0000000000000",
            "0xc0553926b67344c6",
            "0xbff0000000000000,0xc0553926b67344c6",
        ),
        (
            0x4d617ffbd8d3ac89,
            0x7ff0000000000000,
            "0x0",
            "0x4d617ffbd8d3ac89",
            "0x0,0x4d617ffbd8d3ac89",
        ),
        (
            0xf197e38d84dc5e33,
            0xc36a16ec27eca995,
            "0x6e1d4d006c765055",
            "0xc365cba5731dc51c",
            "0x6e1d4d006c765055,0xc365cba5731dc51c",
        ),
        (
            0x4058dccccccccccd,
            0x3edc45eb880d1d4a,
            "0x416c23c9a0000000",
            "0x3ed7977c999584be",
            "0x416c23c9a0000000,0x3ed7977c999584be",
        ),
        (
            0xc01c000000000000,
            0x4000000000000000,
            "0xc010000000000000",
            "0x3ff0000000000000",
            "0xc010000000000000,0x3ff0000000000000",
        ),
        (
            0xc058800000000000,
            0x8000000000000000,
            "E:ZeroDivisionError:float floor division by zero",
            "E:ZeroDivisionError:float modulo",
            "E:ZeroDivisionError:float divmod()",
        ),
        (
            0x7ff0000000000000,
            0xfe37e43c8800759c,
            "0xfff8000000000000",
            "0xfff8000000000000",
            "0xfff8000000000000,0xfff8000000000000",
        ),
        (
            0xc2d3f43a6320d2c6,
            0x3fb999999999999a,
            "0xc308f148fbe90778",
            "0x3f86c6e9fe5d3630",
            "0xc308f148fbe90778,0x3f86c6e9fe5d3630",
        ),
        (
            0xc053c66666666666,
            0x3fb999999999999a,
            "0xc088b80000000000",
            "0x3d06b00000000000",
            "0xc088b80000000000,0x3d06b00000000000",
        ),
        (
            0x4341c37937e08000,
            0x7b82ff4c54730446,
            "0x0",
            "0x4341c37937e08000",
            "0x0,0x4341c37937e08000",
        ),
        (
            0x3ca97d028d129c6c,
            0x3f08d70eaade5190,
            "0x0",
            "0x3ca97d028d129c6c",
            "0x0,0x3ca97d028d129c6c",
        ),
        (
            0xc053b360104aab20,
            0x4052400000000000,
            "0xc000000000000000",
            "0x4050cc9fefb554e0",
            "0xc000000000000000,0x4050cc9fefb554e0",
        ),
        (
            0x40e58118a32feddd,
            0xc01c000000000000,
            "0xc0b8940000000000",
            "0xc009d7340488c000",
            "0xc0b8940000000000,0xc009d7340488c000",
        ),
        (
            0x1,
            0xc0542ccccccccccd,
            "0xbff0000000000000",
            "0xc0542ccccccccccd",
            "0xbff0000000000000,0xc0542ccccccccccd",
        ),
        (
            0xbd25009f5ffa5c54,
            0xc0436ccccccccccd,
            "0x0",
            "0xbd25009f5ffa5c54",
            "0x0,0xbd25009f5ffa5c54",
        ),
        (
            0xc22b5ede0bb6c616,
            0xc0f09b8ceb10b317,
            "0x412a5e8200000000",
            "0xc0c07f6ac3327148",
            "0x412a5e8200000000,0xc0c07f6ac3327148",
        ),
        (
            0x4320a788bdf1a0a4,
            0xbcfe0035e6dc6f8e,
            "0xc611c3a523ff834a",
            "0xbce6c23b352db538",
            "0xc611c3a523ff834a,0xbce6c23b352db538",
        ),
        (
            0x401c000000000000,
            0x8000000000000000,
            "E:ZeroDivisionError:float floor division by zero",
            "E:ZeroDivisionError:float modulo",
            "E:ZeroDivisionError:float divmod()",
        ),
        (
            0x4042000000000000,
            0x3edc615945cc64f0,
            "0x41544bb8c0000000",
            "0x3ed88da071af5f30",
            "0x41544bb8c0000000,0x3ed88da071af5f30",
        ),
        (
            0xc038000000000000,
            0xbc5942564ff48512,
            "0x43ce67a422847afd",
            "0xbc4dd6f4d99df8e8",
            "0x43ce67a422847afd,0xbc4dd6f4d99df8e8",
        ),
        (
            0xc03f028f5c28f5c3,
            0x0,
            "E:ZeroDivisionError:float floor division by zero",
            "E:ZeroDivisionError:float modulo",
            "E:ZeroDivisionError:float divmod()",
        ),
        (
            0x4008000000000000,
            0x41cd72d13bba6b50,
            "0x0",
            "0x4008000000000000",
            "0x0,0x4008000000000000",
        ),
        (
            0xdac5169df15b854e,
            0x6cddab568c306073,
            "0xbff0000000000000",
            "0x6cddab568c306073",
            "0xbff0000000000000,0x6cddab568c306073",
        ),
        (
            0xc050c00000000000,
            0xbfe0000000000000,
            "0x4060c00000000000",
            "0x8000000000000000",
            "0x4060c00000000000,0x8000000000000000",
        ),
        (
            0x3ff8000000000000,
            0x4051000000000000,
            "0x0",
            "0x3ff8000000000000",
            "0x0,0x3ff8000000000000",
        ),
        (
            0xc0480a5e353f7cee,
            0xbad6367a3b5bc49,
            "0xf48a2d4c73dc33f3",
            "0xb8120f5760afa20",
            "0xf48a2d4c73dc33f3,0xb8120f5760afa20",
        ),
        (
            0xd8bfc4d580d54f85,
            0xc020666666666666,
            "0x588efe78e197e9ae",
            "0xc01cf20e5ea55f44",
            "0x588efe78e197e9ae,0xc01cf20e5ea55f44",
        ),
        (
            0xc051a00000000000,
            0x7ff8000000000000,
            "0x7ff8000000000000",
            "0x7ff8000000000000",
            "0x7ff8000000000000,0x7ff8000000000000",
        ),
        (
            0xb5ef1ee67ff3a4b9,
            0xc04887ef9db22d0e,
            "0x0",
            "0xb5ef1ee67ff3a4b9",
            "0x0,0xb5ef1ee67ff3a4b9",
        ),
        (
            0x401c000000000000,
            0x0,
            "E:ZeroDivisionError:float floor division by zero",
            "E:ZeroDivisionError:float modulo",
            "E:ZeroDivisionError:float divmod()",
        ),
        (
            0xe31896d57216006c,
            0x3bc254b6f23aa625,
            "0xe7457665bcaedd94",
            "0x3b6db855b62814c0",
            "0xe7457665bcaedd94,0x3b6db855b62814c0",
        ),
        (
            0x3fb999999999999a,
            0xc004000000000000,
            "0xbff0000000000000",
            "0xc003333333333333",
            "0xbff0000000000000,0xc003333333333333",
        ),
        (
            0x727d264a4cc4a7e5,
            0x1,
            "0x7ff0000000000000",
            "0x0",
            "0x7ff0000000000000,0x0",
        ),
        (
            0xfff0000000000000,
            0xbf378b5b1c43484e,
            "0xfff8000000000000",
            "0xfff8000000000000",
            "0xfff8000000000000,0xfff8000000000000",
        ),
        (
            0x469b4fde430d741a,
            0x8000000000000000,
            "E:ZeroDivisionError:float floor division by zero",
            "E:ZeroDivisionError:float modulo",
            "E:ZeroDivisionError:float divmod()",
        ),
        (
            0x3ddb7cdfd9d7bdbb,
            0x4042b33333333333,
            "0x0",
            "0x3ddb7cdfd9d7bdbb",
            "0x0,0x3ddb7cdfd9d7bdbb",
        ),
        (
            0x4000000000000000,
            0xdbe79ccbf6002685,
            "0xbff0000000000000",
            "0xdbe79ccbf6002685",
            "0xbff0000000000000,0xdbe79ccbf6002685",
        ),
        (
            0x7e37e43c8800759c,
            0x40453ae147ae147b,
            "0x7de201812f265489",
            "0x4008097718016100",
            "0x7de201812f265489,0x4008097718016100",
        ),
        (
            0x3fe0000000000000,
            0x8000000000000000,
            "E:ZeroDivisionError:float floor division by zero",
            "E:ZeroDivisionError:float modulo",
            "E:ZeroDivisionError:float divmod()",
        ),
        (
            0xc684bb619ab4a698,
            0x3f42f7420cec4fec,
            "0xc7317d6bbfdab5f7",
            "0x3f3d728fd9231a80",
            "0xc7317d6bbfdab5f7,0x3f3d728fd9231a80",
        ),
        (
            0x401c000000000000,
            0x404fa66666666666,
            "0x0",
            "0x401c000000000000",
            "0x0,0x401c000000000000",
        ),
        (
            0x4341c37937e08000,
            0x3da2e8c3af28acac,
            "0x458e0faa56f23a1d",
            "0x3da0422f17c0d89c",
            "0x458e0faa56f23a1d,0x3da0422f17c0d89c",
        ),
        (
            0x9bcf41396d986e12,
            0x9f54a3d21a30a775,
            "0x0",
            "0x9bcf41396d986e12",
            "0x0,0x9bcf41396d986e12",
        ),
        (
            0xc05513d70a3d70a4,
            0x4057800000000000,
            "0xbff0000000000000",
            "0x40236147ae147ae0",
            "0xbff0000000000000,0x40236147ae147ae0",
        ),
        (
            0x8bc22e17b63b5c5f,
            0x3ff0000000000000,
            "0xbff0000000000000",
            "0x3ff0000000000000",
            "0xbff0000000000000,0x3ff0000000000000",
        ),
        (
            0x4032800000000000,
            0x4004000000000000,
            "0x401c000000000000",
            "0x3ff0000000000000",
            "0x401c000000000000,0x3ff0000000000000",
        ),
        (
            0x7ff0000000000000,
            0x404f7916872b020c,
            "0xfff8000000000000",
            "0xfff8000000000000",
            "0xfff8000000000000,0xfff8000000000000",
        ),
    ];
    const POW: &[(u64, u64, &str)] = &[
        (0xc03de66666666666, 0x0, "0x3ff0000000000000"),
        (0xcb50d1f598dcb918, 0x4004000000000000, "complex"),
        (0xbec426d97f21e797, 0x43b0000000000004, "0x0"),
        (0xc024f0a3d70a3d71, 0x3ff0000000000000, "0xc024f0a3d70a3d71"),
        (0x4058b70a3d70a3d7, 0xc057a47ae147ae14, "0x18c3174b632d579a"),
        (
            0x4042000000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0xc055e66666666666,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xc0270f5c28f5c28f, 0xfe37e43c8800759c, "0x0"),
        (0xc1b57902991971d2, 0xc042116872b020c5, "complex"),
        (0x4412c0ab717f43d9, 0xc066a00000000000, "0x0"),
        (
            0x4053400000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x4022000000000000, 0xc019333333333333, "0x3eb054896c600cb9"),
        (
            0xc049800000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xc00199999999999a, 0x4010000000000000, "0x40376cf41f212d79"),
        (0xfe37e43c8800759c, 0x0, "0x3ff0000000000000"),
        (0xcdcc049eef4d2c57, 0x4010000000000000, "0x7762ce64f648328c"),
        (0xc028333333333333, 0x4008000000000000, "0xc09bae3e76c8b439"),
        (0x4004000000000000, 0xc074e00000000000, "0x2456411df0ab92d4"),
        (0xbe02b1e5e522f018, 0xc044a66666666666, "complex"),
        (
            0x43667203a724e6dc,
            0x4341c37937e08000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xc047200000000000, 0xc051400000000000, "0xa8142d7406b9cad6"),
        (0x4036000000000000, 0xc078d00000000000, "0x0"),
        (
            0x3e7a0568ceef53ae,
            0xc070d00000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xc01a666666666666, 0x401c000000000000, "0xc120a5d823e4e195"),
        (0x7a678b77bae8b3cc, 0xbff8000000000000, "0x0"),
        (0xfe37e43c8800759c, 0x4012000000000000, "complex"),
        (0x4008000000000000, 0x4004000000000000, "0x402f2d4a45635640"),
        (0xc2311f9b4ce92f7e, 0x4000000000000000, "0x44725368731cf01b"),
        (0xc02fe66666666666, 0xc008000000000000, "0xbf3026a429587ef3"),
        (0xc261fdcbbea06f13, 0xc0dbf67dbc1dab9f, "complex"),
        (
            0xc024e147ae147ae1,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0x420a599d8a734381,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x6d603651818edbdf, 0x3fe0000000000000, "0x56a6c6e6b19e56c5"),
        (0x404e0ccccccccccd, 0x3ff0000000000000, "0x404e0ccccccccccd"),
        (0x4004000000000000, 0xe4a7fcfe41dbc918, "0x0"),
        (0x3fb999999999999a, 0x43b0000000000004, "0x0"),
        (0x4055a66666666666, 0x404e800000000000, "0x58787cecc03219d3"),
        (0x3ddacfe956fbecd0, 0x400c000000000000, "0x38a85defecb92b49"),
        (0x2c3126c04cd8054c, 0x401c000000000000, "0x0"),
        (0x3c869b5b70922306, 0x4008000000000000, "0x35b690d9300ffa46"),
        (0x403c978d4fdf3b64, 0xc074b00000000000, "0x0"),
        (0xc037000000000000, 0x4012000000000000, "complex"),
        (0xc019f5c28f5c28f6, 0x4072f00000000000, "0xf3079770763dadf0"),
        (
            0x40950d855f76718a,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x2777607671dcb5e1, 0x43b0000000000004, "0x0"),
        (0x156ba9196acc5d15, 0x3fe0000000000000, "0x2aadc052822237fa"),
        (0x411681fe90fb076b, 0x400c000000000000, "0x43fa69ff84f71e16"),
        (0x4049dd70a3d70a3d, 0x4004000000000000, "0x40d2cbac92048a99"),
        (
            0x8000000000000000,
            0xc0256f9db22d0e56,
            "E:ZeroDivisionError:0.0 cannot be raised to a negative power",
        ),
        (0xc0310f5c28f5c28f, 0xc053accccccccccd, "complex"),
        (
            0x41da7170e7b6b616,
            0x4061a00000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0x6d0144d8ff843d1a,
            0x4004000000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x4056ea9fbe76c8b4, 0xbff0000000000000, "0x3f86578c0b8d017e"),
        (
            0xc031cccccccccccd,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0xc39eb72ee8a7b93b,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x1, 0x4067a00000000000, "0x0"),
        (0xc004000000000000, 0xc03d000000000000, "0xbd895a5efea6b347"),
        (0x3f75d0099af32be7, 0x4077100000000000, "0x0"),
        (0x4000000000000000, 0xbfd3333333333333, "0x3fe9fdf8bcce533e"),
        (
            0xd4112c1295a05959,
            0x4014000000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xbff0000000000000, 0x4062200000000000, "0xbff0000000000000"),
        (0x3fc0a3d70a3d70a4, 0xc054400000000000, "0x4ed55bc28efc6e10"),
        (0x3d7f7b9d7f08edf3, 0x43b0000000000004, "0x0"),
        (
            0x403a6e147ae147ae,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0xeb747d0da6c2325b,
            0x4014000000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x9e2f5c7f73491aef, 0x4016000000000000, "complex"),
        (0x3d91e1ed5f523797, 0x3ff0000000000000, "0x3d91e1ed5f523797"),
        (0x403075c28f5c28f6, 0x4045800000000000, "0x4acb10ba03643bc4"),
        (
            0xc040000000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x418afd1caa6ce60f, 0xc008000000000000, "0x3b1aab8589c42fa9"),
        (0xfe37e43c8800759c, 0xc39c1993af8c98b1, "0x0"),
        (0x8892161c460cbe9c, 0xc32f0eeadf7f730b, "complex"),
        (0xc1f600272ced976e, 0xc004000000000000, "complex"),
        (
            0x4039bae147ae147b,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x3ff0000000000000, 0xc00c000000000000, "0x3ff0000000000000"),
        (0x40460c69fa522502, 0xc072700000000000, "0x0"),
        (0xbbfa72e5e101357a, 0x4000000000000000, "0x3805dc5219f88213"),
        (0xad071055b854a254, 0x43b0000000000004, "0x0"),
        (0x4035000000000000, 0xc004000000000000, "0x3f4036e4e9ee5bd9"),
        (0xc01c000000000000, 0x7ff0000000000000, "0x7ff0000000000000"),
        (0xc0143645a1cac083, 0x4078400000000000, "0x789c0f183f0feff2"),
        (0x7ff0000000000000, 0x3e0f6aef930d81b0, "0x7ff0000000000000"),
        (0x3e12400c62684b43, 0x4016000000000000, "0x35b07f307c9a83da"),
        (
            0x6c5c3ffe685cf0b7,
            0x3ff8000000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xe16dac5bb06fcf8c, 0x3be2a21687a74aa3, "complex"),
        (
            0x58f49e90df2f438b,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x3ff0000000000000, 0x971965f5239a6d42, "0x3ff0000000000000"),
        (0x98f9ca92f6062220, 0x4075100000000000, "0x8000000000000000"),
        (
            0x4041b0a3d70a3d71,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0xc058400000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xc01c000000000000, 0x3ddb7cdfd9d7bdbb, "complex"),
        (0x401c000000000000, 0xc066200000000000, "0x20e12072230de18c"),
        (
            0xc04ff83126e978d5,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xc058000000000000, 0xc012000000000000, "complex"),
        (0xde196147d2011306, 0xc01c000000000000, "0x8000000000000000"),
        (
            0xfe37e43c8800759c,
            0x4010000000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x1, 0x3ff0000000000000, "0x1"),
        (0xc054c00000000000, 0xbff8000000000000, "complex"),
        (0xc023ff78f2bca5bb, 0x7ff8000000000000, "0x7ff8000000000000"),
        (
            0xc03e000000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0xc051accccccccccd,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x408284f0a5621516, 0xbfe0000000000000, "0x3fa50837fa63cf9c"),
        (0x4050e66666666666, 0xbfe0000000000000, "0x3fbf22e2be9697c8"),
        (0x401c000000000000, 0x3fe0000000000000, "0x40052a7fa9d2f8ea"),
        (0xc01c000000000000, 0x89b80812c69c270f, "complex"),
        (
            0xc054800000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x8000000000000000, 0x4008000000000000, "0x8000000000000000"),
        (
            0xbd349aa67499acbc,
            0xc073b00000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xa47c25e7cd870962, 0x3fe0000000000000, "complex"),
        (
            0x3448ec4442742e66,
            0xc043000000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0xc050a66666666666, 0x86899a0528aa6964, "complex"),
        (0x4000000000000000, 0xc048800000000000, "0x3ce0000000000000"),
        (0x7f43be26ac6f9539, 0xc010000000000000, "0x0"),
        (
            0x1,
            0xc012000000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x3fd449ba5e353f7d, 0x4014000000000000, "0x3f6a3925e176de42"),
        (
            0xc045a8f5c28f5c29,
            0x406be00000000000,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (0x3ff0000000000000, 0x4037000000000000, "0x3ff0000000000000"),
        (0x3fe0000000000000, 0x3fb999999999999a, "0x3feddb680117ab12"),
        (
            0xc01c000000000000,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
        (
            0xfe37e43c8800759c,
            0x43b0000000000004,
            "E:OverflowError:(34, 'Numerical result out of range')",
        ),
    ];
    const ROUND: &[(u64, Option<i64>, &str)] = &[
        (0xbf1924a31d00eb26, None, "0x8000000000000000"),
        (0xb5abf569b8253bbb, Some(-400), "0x8000000000000000"),
        (0x4008000000000000, Some(-400), "0x0"),
        (0xf61998eeb485dc54, Some(-400), "0x8000000000000000"),
        (0x3fb999999999999a, Some(-2), "0x0"),
        (0xc04f333333333333, Some(-1), "0xc04e000000000000"),
        (0x46fb4c7e765dfb30, Some(0), "0x46fb4c7e765dfb30"),
        (0x992e31ac1125e8c9, Some(1), "0x8000000000000000"),
        (0xbdc17d79c9ad99ac, Some(1), "0x8000000000000000"),
        (0x1, Some(-2), "0x0"),
        (0xbf175547d7932b44, Some(1), "0x8000000000000000"),
        (0x9a7df010ed951bcc, Some(2), "0x8000000000000000"),
        (0x404999999999999a, Some(-400), "0x0"),
        (0x1, Some(2), "0x0"),
        (0xd9edaf6a53868606, Some(3), "0xd9edaf6a53868606"),
        (0xc048a66666666666, Some(0), "0xc048800000000000"),
        (0xbfe0000000000000, Some(3), "0xbfe0000000000000"),
        (0x3ff0000000000000, Some(2), "0x3ff0000000000000"),
        (0x401c000000000000, Some(-2), "0x0"),
        (0xb4df649a95395f76, Some(400), "0xb4df649a95395f76"),
        (0x4004000000000000, Some(-1), "0x0"),
        (0x7e37e43c8800759c, Some(-1), "0x7e37e43c8800759c"),
        (0x92b89c2ae4ac24e1, Some(1), "0x8000000000000000"),
        (0x4055a49ba5e353f8, Some(0), "0x4055c00000000000"),
        (0x8a767f5640dcdba4, Some(-400), "0x8000000000000000"),
        (0x3e53749a79cc2d42, Some(138), "0x3e53749a79cc2d42"),
        (0xc0533c189374bc6a, Some(-1), "0xc054000000000000"),
        (0x4040800000000000, Some(3), "0x4040800000000000"),
        (0xc008000000000000, Some(-1), "0x8000000000000000"),
        (0x3e96969f24d19fcf, Some(2), "0x0"),
        (0x4004000000000000, Some(400), "0x4004000000000000"),
        (0x4187b0dd5772bd50, Some(3), "0x4187b0dd5772b021"),
        (0x1dc68494571cf96e, Some(3), "0x0"),
        (0x4053c00000000000, Some(-1), "0x4054000000000000"),
        (0xbd2fd6ad8423a1a6, Some(12), "0x8000000000000000"),
        (0x4051d28f5c28f5c3, None, "0x4051c00000000000"),
        (0x404bf1eb851eb852, Some(-1), "0x404e000000000000"),
        (0xc053400000000000, Some(400), "0xc053400000000000"),
        (0xc043551eb851eb85, Some(-400), "0x8000000000000000"),
        (0xc1a378e3902d261d, Some(400), "0xc1a378e3902d261d"),
        (0xc0bb35fc7f3bf398, Some(2), "0xc0bb35fd70a3d70a"),
        (0xc040000000000000, Some(400), "0xc040000000000000"),
        (0x7ff8000000000000, Some(-2), "0x7ff8000000000000"),
        (0x6ab77dd4bddc50ba, Some(124), "0x6ab77dd4bddc50ba"),
        (0x3dff7630e908c401, Some(0), "0x0"),
        (0x3fe0000000000000, Some(-1), "0x0"),
        (0x7ff0000000000000, Some(-1), "0x7ff0000000000000"),
        (0xc019333333333333, Some(258), "0xc019333333333333"),
        (0x4004000000000000, Some(400), "0x4004000000000000"),
        (0x3d055998c260ca06, Some(1), "0x0"),
        (0xc03019999999999a, Some(-287), "0x8000000000000000"),
        (0x40540ccccccccccd, Some(1), "0x40540ccccccccccd"),
        (0x4341c37937e08000, None, "0x4341c37937e08000"),
        (0xc36940cc9375683c, Some(3), "0xc36940cc9375683c"),
        (0x404c800000000000, Some(3), "0x404c800000000000"),
        (0x3bb1015d6074ae68, Some(7), "0x0"),
        (0xc18d7e8e926ebb60, Some(12), "0xc18d7e8e926ebb60"),
        (0x3cac7918d8a275a7, Some(-1), "0x0"),
        (0x3ddb7cdfd9d7bdbb, Some(-287), "0x0"),
        (0x40f9966243d08ed1, Some(11), "0x40f9966243d08ed1"),
        (0xc010e147ae147ae1, Some(0), "0xc010000000000000"),
        (0xc0e1ab61a1ba71ed, None, "0xc0e1ab6000000000"),
        (0xc03b947ae147ae14, None, "0xc03c000000000000"),
        (0x4057b8a3d70a3d71, Some(1), "0x4057b9999999999a"),
        (0x404e124dd2f1a9fc, Some(-2), "0x4059000000000000"),
        (0x3ff0000000000000, Some(0), "0x3ff0000000000000"),
        (0xc053400000000000, Some(1), "0xc053400000000000"),
        (0x4004000000000000, Some(2), "0x4004000000000000"),
        (0x0, Some(-1), "0x0"),
        (0xc3254281518bc9d1, Some(0), "0xc3254281518bc9d0"),
        (0x3ddb7cdfd9d7bdbb, Some(-1), "0x0"),
        (0xc04ce604189374bc, Some(400), "0xc04ce604189374bc"),
        (0xdcf07d7d3fcb545c, Some(1), "0xdcf07d7d3fcb545c"),
        (0x4056784189374bc7, Some(1), "0x405679999999999a"),
        (0xc045000000000000, Some(-2), "0x8000000000000000"),
        (0x4052dccccccccccd, Some(-100), "0x0"),
        (0x4057d9999999999a, Some(0), "0x4057c00000000000"),
        (0x3ccc558b593d95b0, Some(8), "0x0"),
        (0xc25ea0f1d5aeb8ec, Some(3), "0xc25ea0f1d5aeb8e5"),
        (0xc014cccccccccccd, Some(-400), "0x8000000000000000"),
        (0xc65fad0a60ea07dc, Some(-2), "0xc65fad0a60ea07dc"),
        (0xbfa320e2c573845d, Some(2), "0xbfa47ae147ae147b"),
        (0xc053eccccccccccd, Some(400), "0xc053eccccccccccd"),
        (0x4048c00000000000, Some(1), "0x4048c00000000000"),
        (0x3d2ff32906cf4e49, Some(0), "0x0"),
        (0xc052000000000000, None, "0xc052000000000000"),
        (0x3fe0000000000000, Some(-2), "0x0"),
        (0x405833d70a3d70a4, Some(172), "0x405833d70a3d70a4"),
        (0x1, Some(-400), "0x0"),
        (0x4010000000000000, Some(324), "0x4010000000000000"),
        (0x7e37e43c8800759c, Some(10), "0x7e37e43c8800759c"),
        (0x4000000000000000, Some(-85), "0x0"),
        (0x5fb26d344115d12e, Some(0), "0x5fb26d344115d12e"),
        (0xc042000000000000, Some(304), "0xc042000000000000"),
        (0x404b000000000000, Some(1), "0x404b000000000000"),
        (0x3fb1e5909899048f, Some(400), "0x3fb1e5909899048f"),
        (0x433199a80a42c946, Some(400), "0x433199a80a42c946"),
        (0x439116d51aedc1bb, Some(-400), "0x0"),
        (0xbe0f63cb0b86e7a2, Some(1), "0x8000000000000000"),
        (0x3bb1434282cadb6e, Some(-1), "0x0"),
        (0xbffcd0e560418937, Some(-2), "0x8000000000000000"),
        (0x40544eb851eb851f, None, "0x4054400000000000"),
        (0x8008125583922b0f, Some(1), "0x8000000000000000"),
        (0xc01c000000000000, Some(-2), "0x8000000000000000"),
        (0x3eace05465ec427a, Some(1), "0x0"),
        (0x5d4e316d787db207, Some(-1), "0x5d4e316d787db207"),
        (0x40560eb851eb851f, Some(2), "0x40560eb851eb851f"),
        (0xbff0000000000000, Some(-2), "0x8000000000000000"),
        (0xb9247d0f7436b551, Some(-400), "0x8000000000000000"),
        (0x1a8baac1f55a67a2, Some(3), "0x0"),
        (0x6c7faeb52e516039, Some(400), "0x6c7faeb52e516039"),
        (0xc049c28f5c28f5c3, Some(0), "0xc04a000000000000"),
        (0xc28d9ec30ba0f181, Some(-400), "0x8000000000000000"),
        (0x1756f8f775d45b8f, Some(2), "0x0"),
        (0xc3fa8c65c5a08e6b, Some(-1), "0xc3fa8c65c5a08e6b"),
        (0xbcf2a122e4f56784, Some(-2), "0x8000000000000000"),
        (0x4057447ae147ae14, Some(-1), "0x4056800000000000"),
        (0xbe041e7af151dc91, Some(1), "0x8000000000000000"),
        (0xc057cc28f5c28f5c, Some(0), "0xc057c00000000000"),
        (0xc057800000000000, Some(-1), "0xc056800000000000"),
        (0x404b733333333333, Some(2), "0x404b733333333333"),
        (0xc044f33333333333, Some(1), "0xc044f33333333333"),
        (0xbff0000000000000, Some(3), "0xbff0000000000000"),
        (0xc0579bf7ced91687, Some(-2), "0xc059000000000000"),
        (0xc056927ef9db22d1, Some(1), "0xc056933333333333"),
        (0x6a00944f129bebaa, Some(0), "0x6a00944f129bebaa"),
        (0x7ff8000000000000, Some(-150), "0x7ff8000000000000"),
        (0x40579147ae147ae1, Some(-2), "0x4059000000000000"),
        (0x4052c00000000000, Some(400), "0x4052c00000000000"),
        (
            0x7fefffffffffffff,
            Some(-307),
            "E:OverflowError:rounded value too large to represent",
        ),
    ];
    const PARSE: &[(&str, &str)] = &[
    ("1", "0x3ff0000000000000"),
    ("1.5", "0x3ff8000000000000"),
    ("-1.5", "0xbff8000000000000"),
    ("+1.5", "0x3ff8000000000000"),
    (" 1.5 ", "0x3ff8000000000000"),
    ("\x091e5\x0a", "0x40f86a0000000000"),
    ("1e", "None"),
    ("1e+", "None"),
    ("e5", "None"),
    (".5", "0x3fe0000000000000"),
    ("5.", "0x4014000000000000"),
    (".", "None"),
    ("-.5", "0xbfe0000000000000"),
    ("1_000.5", "0x408f440000000000"),
    ("1__0", "None"),
    ("_1", "None"),
    ("1_", "None"),
    ("1_.5", "None"),
    ("1._5", "None"),
    ("1.5_e3", "None"),
    ("1.5e_3", "None"),
    ("1.5e1_0", "0x420bf08eb0000000"),
    ("1.5e-1_0", "0x3de49da7e361ce4c"),
    ("inf", "0x7ff0000000000000"),
    ("-inf", "0xfff0000000000000"),
    ("+inf", "0x7ff0000000000000"),
    ("INF", "0x7ff0000000000000"),
    ("Infinity", "0x7ff0000000000000"),
    ("-iNfInItY", "0xfff0000000000000"),
    ("infinit", "None"),
    ("nan", "0x7ff8000000000000"),
    ("-nan", "0xfff8000000000000"),
    ("+NaN", "0x7ff8000000000000"),
    ("nan(1)", "None"),
    ("0x10", "None"),
    ("1e500", "0x7ff0000000000000"),
    ("-1e500", "0xfff0000000000000"),
    ("1e-500", "0x0"),
    ("4.9e-324", "0x1"),
    ("2.4e-324", "0x0"),
    ("2.5e-324", "0x1"),
    ("", "None"),
    (" ", "None"),
    ("+", "None"),
    ("-", "None"),
    ("1 2", "None"),
    ("١.٥", "0x3ff8000000000000"),
    ("１２", "0x4028000000000000"),
    ("\u{3000} 7 \u{2003}", "0x401c000000000000"),
    ("1.7976931348623157e308", "0x7fefffffffffffff"),
    ("1.7976931348623159e308", "0x7ff0000000000000"),
    ("0.1", "0x3fb999999999999a"),
    ("123456789012345678901234567890", "0x45f8ee90ff6c373e"),
    ("1E5", "0x40f86a0000000000"),
    ("1e+05", "0x40f86a0000000000"),
    ("00012", "0x4028000000000000"),
    ("-0", "0x8000000000000000"),
    ("-0.0", "0x8000000000000000"),
    ("+-1", "None"),
    ("1.5.5", "None"),
    ("in f", "None"),
    ("i_nf", "None"),
    ("1_e5", "None"),
    ("9999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999999", "0x7ff0000000000000"),
    ("0.00000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000001", "0x0"),
    ("1e-0", "0x3ff0000000000000"),
    (".e5", "None"),
    ("\x1c1\x1f", "None"),
    ("4.368637962802706e-19", "0x3c201e0fd8909560"),
    ("0", "0x0"),
    ("-9.03444365884304e-13", "0xbd6fc980e012dcd6"),
    ("43.0", "0x4045800000000000"),
    ("-1.05786678459129795170e-302", "0x813d0497db33c44d"),
    ("7", "0x401c000000000000"),
    ("268707102073466715791497575553963267129564685615347759546816576493873495005261546350633012937674722237448966435548195490302900709890587943682630731250998622394588245290893633649144618857053260274076132163785904719238884283016866668426350942165760368362576885866267853826649182692440014848.000", "0x7b9c3c15ab4a7d5d"),
    ("6.0957462643350485e-202", "0x1627e3cf2825a04b"),
    ("1e-10", "0x3ddb7cdfd9d7bdbb"),
    ("77.900", "0x405379999999999a"),
    ("-73.354", "0xc05256a7ef9db22d"),
    ("17.196", "0x4031322d0e560419"),
    ("-9.90000000000000000000e+01", "0xc058c00000000000"),
    ("-0.5", "0xbfe0000000000000"),
    ("9.53393164661051318242e-18", "0x3c65fbd704293175"),
    ("-1.34600000000000008527e+01", "0xc02aeb851eb851ec"),
    ("1.4951176335744076e-20", "0x3bd1a6b73d207f0e"),
    ("-2.50000000000000000000e+00", "0xc004000000000000"),
    ("nan", "0x7ff8000000000000"),
    ("79", "0x4053c00000000000"),
    ("2.50000000000000000000e+00", "0x4004000000000000"),
    ("1.50000000000000000000e+00", "0x3ff8000000000000"),
    ("-3.000", "0xc008000000000000"),
    ("-4.90742403765505e-151", "0xa0b9b3c7a70d6558"),
    ("1.44332215756418e-07", "0x3e835f37988c9094"),
    ("-839.3946782740094", "0xc08a3b284d153a7f"),
    ("-1.000", "0xbff0000000000000"),
    ("-81.28", "0xc05451eb851eb852"),
    ("-8.21946160635687192132e-21", "0xbbc3685c13f6cf35"),
    ("-69.460", "0xc0515d70a3d70a3d"),
    ("1e+16", "0x4341c37937e08000"),
    ("0.00833907672710336", "0x3f811413ee92ee55"),
    ("7.000", "0x401c000000000000"),
    ("3.25000000000000000000e+01", "0x4040400000000000"),
    ("-8.17920416359601e-12", "0xbda1fc7b8bdd6d63"),
    ("6.53659361390583499623e-11", "0x3dd1f7b805c61f28"),
    ("-86.938", "0xc055bc083126e979"),
    ("1.6052061503890715e-19", "0x3c07b04c20f989a0"),
    ("3.879", "0x400f083126e978d5"),
    ("-5.84254578111132e-12", "0xbd99b21f2b0d67fc"),
    ("-0.000", "0x8000000000000000"),
    ("92.270", "0x40571147ae147ae1"),
    ("7.0", "0x401c000000000000"),
    ("-22.201784794415303", "0xc03633a82b14d804"),
    ("63.06", "0x404f87ae147ae148"),
    ("-20.99", "0xc034fd70a3d70a3d"),
    ("5.67999999999999971578e+00", "0x4016b851eb851eb8"),
    ("3", "0x4008000000000000"),
    ("4.219140846460188e-17", "0x3c88525a5878597c"),
    ("69.018", "0x40514126e978d4fe"),
    ("2.500", "0x4004000000000000"),
    ("-9.768765701960324e-20", "0xbbfcd51217dfca1a"),
    ("1000000000000000052504760255204420248704468581108159154915854115511802457988908195786371375080447864043704443832883878176942523235360430575644792184786706982848387200926575803737830233794788090059368953234970799945081119038967640880074652742780142494579258788820056842838115669472196386865459400540160.000", "0x7e37e43c8800759c"),
    ("-1.00000000000000000000e+00", "0xbff0000000000000"),
    ("-8.32541284655060800000e+16", "0xc3727c73051456f2"),
    ("35.244", "0x40419f3b645a1cac"),
    ("4.81312917639437296918e-19", "0x3c21c1df3a15e775"),
    ("772152617528639673933528783389721413528218275509139760297738545371279778167435301446239350859187715341371192284632108332767429552060948756234338629086765662721281810759680.000", "0x63699332fea32c75"),
    ("2.0", "0x4000000000000000"),
    ("7.97999999999999971578e+01", "0x4053f33333333333"),
    ("-8.08249325022541597008e+115", "0xd800690a9d5530b0"),
    ("5.00000000000000000000e-01", "0x3fe0000000000000"),
    ];
    const HASH: &[(u64, i64)] = &[
        (0x952a47ffe1a83962, -144346360379687371),
        (0x4322f02f0ca80157, 1155586821830475947),
        (0x3c609c3b116bb0b6, 1407201355970822160),
        (0x7e53b1e5bfbc0fe, 1360049738162196167),
        (0xc0548ccccccccccd, -461168601842745426),
        (0x415a22661ee40037, 1112952176032385432),
        (0xbff0000000000000, -2),
        (0xc046800000000000, -45),
        (0x8e8a474de3d43569, -1313484418683979782),
        (0xc11e215b4110fb3a, -1875898614367619158),
        (0x8a868900e05e8dcd, -1623830104302800128),
        (0x4221dcad0503148d, 1245474033744904833),
        (0x9c39ca741b419ca, 1441496897429389724),
        (0xd73d5f9a8d4379db, -1138643941267964021),
        (0x1, 16777216),
        (0xc047a3d70a3d70a4, -645636042579836975),
        (0xfe37e43c8800759c, -1224995262755759164),
        (0x4341c37937e08000, 10000000000000000),
        (0x55194b8abd7de7e4, 1702237527423932335),
        (0x806273b3e9669f6c, -2102288143084581811),
        (0x3fe0000000000000, 1152921504606846976),
        (0xbfebb0c76b0497ec, -1995313897377623040),
        (0x4032cccccccccccd, 1844674407370956818),
        (0x403b891ef4a8d84f, 1235075454814773275),
        (0xc056f851eb851eb8, -2029141848108040283),
        (0xc004000000000000, -1152921504606846978),
        (0x3fe0000000000000, 1152921504606846976),
        (0x3f69dfdd70f82024, 7283016593842212),
        (0xc1616ecdd0e486cf, -1217246022922368622),
        (0x50f239832ddc3931, 1983596080066560813),
        (0xc2d72b23acaae9bd, -2197858514355006374),
        (0xc0e4bca17b8fd085, -106837141920720357),
        (0x4387464f6653b0d1, 209639401518930464),
        (0xb7e51dd31fbf9da, 1051869775740827975),
        (0x4008000000000000, 3),
        (0x40138c49ba5e353f, 2045282749172545540),
        (0x4008000000000000, 3),
        (0xc2822482ddadb5dd, -1689978253673739702),
        (0x4054533333333333, 691752902764101713),
        (0xafb6b357f6410b77, -2143763341689782806),
        (0x1ef736ef15b59b61, 391081821626854878),
        (0x4011ae147ae147ae, 968454063869751300),
        (0xef4c37d0d26567fd, -690633988251253274),
        (0xbd9f01326295cab0, -186277816885053843),
        (0x40570ccccccccccd, 461168601842745436),
        (0xfe37e43c8800759c, -1224995262755759164),
        (0x3f4330e0ec0c256d, 577811194090555739),
        (0xfe4e1e82580383d6, -1585514413857455364),
        (0x3d6a1a51875a814e, 1219156264380668497),
        (0x8e9e053aadf7dcd2, -23550299932008463),
        (0xbfef0a3d70a3d70a, -2236667718937283072),
        (0x439809a1524d5da7, 433023226639509952),
        (0xbff0000000000000, -2),
        (0x404dc16872b020c5, 1178285777708204091),
        (0xc058d04189374bc7, -585684124340289635),
        (0xda3d6f2a8cb42d42, -33140011458147592),
        (0x40313ef9db22d0e5, 567237380266565649),
        (0x4054b33333333333, 1844674407370948690),
        (0x404b800000000000, 55),
        (0x4040747ae147ae14, 2098317138384453664),
        (0x4042333333333333, 922337203685474340),
        (0xbe043b1b03bbb2d6, -2150867946147965966),
        (0xc04811eb851eb852, -322818021289918512),
        (0xbbf5dbb015ada3c5, -393761525462528320),
        (0xc004000000000000, -1152921504606846978),
        (0x4797a5e459721f8d, 1102195204481292801),
        (0xc03919999999999a, -230584300921372697),
        (0xbdef3f3fc333c38e, -466247631404744643),
        (0x40f84e8e221ad10d, 2036811901815588072),
        (0x3ef9068ab2bcbfed, 1963624469308471679),
        (0xc008000000000000, -3),
        (0x3ddb7cdfd9d7bdbb, 2124533198426632172),
        (0xb32b836d1a3a6d88, -975030264678371795),
        (0xbfe9db22d0e56042, -1863121151444664832),
        (0x404fe66666666666, 1844674407370948671),
        (0xa0286908f8c27ebe, -2124574801674603559),
        (0xc054547ae147ae14, -737869762948366417),
        (0x4008000000000000, 3),
        (0x415c4132e90e3e01, 1479185089629848779),
        (0x3cc46c9743057c83, 340611298609333531),
    ];
    const INT_HASH: &[(&str, i64)] = &[
        ("7", 7),
        (
            "8486977755860452541012998840197735406529",
            130173981595581718,
        ),
        ("33351210218209613", 33351210218209613),
        ("5519399167171649483", 907713148744261581),
        ("-2", -2),
        ("2848307867593735434", 542464858380041483),
        ("-2", -2),
        ("1", 1),
        ("6", 6),
        ("6618745023824061890", 2007059005396673988),
        ("-984379088811780674", -984379088811780674),
        (
            "-187493708486164977178309479323575357034",
            -1149752516476898439,
        ),
        (
            "2376785598097998793746837380039057320500",
            363782433796181265,
        ),
        ("18446744073709551616", 8),
        ("-13", -13),
        ("12", 12),
        ("2134195270312643934", 2134195270312643934),
        ("-17", -17),
        (
            "3054656729592349305148136450611172955405",
            814757358153962656,
        ),
        ("1000000000000000000000000000000", 465258685558744706),
        ("9223372036854775807", 3),
        ("7242403355428882614", 324874327787800761),
        ("-7057487058938133876", -139958031297052023),
        ("-5146699341669585324", -535013323242197422),
        ("-1", -2),
        (
            "5865347285951558424411038932611284150001",
            2102985298497827157,
        ),
        ("0", 0),
        ("19", 19),
        ("6", 6),
        ("1000000000000000000000000000000", 465258685558744706),
        ("-7230628084376665423", -313099056735583570),
        (
            "-4646144335345023455968680686377123536850",
            -382888106493637196,
        ),
        ("18446744073709551616", 8),
        ("696816301498278632", 696816301498278632),
        ("15", 15),
        ("-3195309420448677674", -889466411234983723),
        ("7", 7),
        (
            "-7771842189314313564621871294360156585758",
            -2016689537776866439,
        ),
        ("1000000000000000000000000000000", 465258685558744706),
        ("0", 0),
        ("-1", -2),
        ("15", 15),
        ("-12", -12),
        ("-8", -8),
        ("-6460213037497348627", -1848527019069960725),
        (
            "-2587247639183343411749504296686512885659",
            -967051014947186697,
        ),
        ("-2", -2),
        ("10", 10),
        ("-7222993722299335204", -305464694658253351),
        ("4107770881222680704", 1801927872008986753),
    ];
    const RATIO: &[(u64, bool, &str, &str)] = &[
    (0x4056065604189375, false, "6199415993308021", "70368744177664"),
    (0x9398bc5701b7840d, false, "-6962481318036493", "24258095192198577111702804507226602425888844017448384549047688094157046135724638848919975137947601217976370792142673018846430938189293974866316988672518455300069609000325779774222895087993725700394734362401819824232700732090875904"),
    (0xc050000000000000, true, "-64", "1"),
    (0x405309999999999a, false, "2679289934564557", "35184372088832"),
    (0x403e800000000000, false, "61", "2"),
    (0x4030333333333333, false, "4559894622712627", "281474976710656"),
    (0x404a022d0e560419, false, "7320741931779097", "140737488355328"),
    (0x3c9264d333b1ecc7, false, "5177407848967367", "81129638414606681695789005144064"),
    (0x1, false, "1", "202402253307310618352495346718917307049556649764142118356901358027430339567995346891960383701437124495187077864316811911389808737385793476867013399940738509921517424276566361364466907742093216341239767678472745068562007483424692698618103355649159556340810056512358769552333414615230502532186327508646006263307707741093494784"),
    (0x4052400000000000, true, "73", "1"),
    (0xc01c000000000000, true, "-7", "1"),
    (0x386443cdc9b6ec87, false, "5704050665778311", "11972621413014756705924586149611790497021399392059392"),
    (0xc058c00000000000, true, "-99", "1"),
    (0x4051400000000000, true, "69", "1"),
    (0xa7579b0d1136d893, false, "-6644404890032275", "181709681073901722637330951972001133588410340171829515070372549795159822028349480831547762678440891390190630401566544483383650407153664"),
    (0xc0568ccccccccccd, false, "-6347260724825293", "70368744177664"),
    (0xb0b727677fe566cc, false, "-1629312486300083", "31828687130226345097944463881396533766429193651030253916189694521162207808802136034115584"),
    (0xc050800000000000, true, "-66", "1"),
    (0x40513353f7ced917, false, "4841510336911639", "70368744177664"),
    (0xbffcf9db22d0e560, false, "-254875591411499", "140737488355328"),
    (0xc372723f05b7b88d, true, "-83074633363589328", "1"),
    (0x2ad0267ed1437323, false, "4545925745963811", "2521728396569246669585858566409191283525103313309788586748690777871726193375821479130513040312634601011624191379636224"),
    (0x429b98a761c5398f, false, "7767669038463375", "1024"),
    (0x3d1452d3cef7cf5d, false, "5720569198137181", "316912650057057350374175801344"),
    (0x3ff0000000000000, true, "1", "1"),
    (0x3fb999999999999a, false, "3602879701896397", "36028797018963968"),
    (0x404a000000000000, true, "52", "1"),
    (0x40442f5c28f5c28f, false, "5681572404904591", "140737488355328"),
    (0xc03619999999999a, false, "-3110298492652749", "140737488355328"),
    (0xc058c00000000000, true, "-99", "1"),
    (0x404a800000000000, true, "53", "1"),
    (0xc037000000000000, true, "-23", "1"),
    (0x6fa5ba6456622333, true, "65885270142659678840766420949261699149708483901041707855978365096226197763252658235597615478439175433662441086850113569946180608318923338217226215212175558572898461119388211346509323841147596759243045928649849731757969747996573696", "1"),
    (0xccd4f10698e77da3, true, "-134606816673194144086242024099754723553581313653632877495058432", "1"),
    (0x42f9cf5c08e1d9ca, false, "3632434305363173", "8"),
    (0xbfb080b96e7a8323, false, "-4645133538198307", "72057594037927936"),
    (0xbe08443b36bb1553, false, "-6830420553045331", "9671406556917033397649408"),
    (0xc008000000000000, true, "-3", "1"),
    (0xc1f04e29f7afb9c6, false, "-2294770891742435", "524288"),
    (0xc04031eb851eb852, false, "-2279243623914537", "70368744177664"),
    ];

    #[test]
    fn divmod_table() {
        for &(x, y, q, r, d) in DIVMOD {
            let (x, y) = (f(x), f(y));
            assert_eq!(show(floordiv(x, y)), q, "{x:?} // {y:?}");
            assert_eq!(show(modulo(x, y)), r, "{x:?} % {y:?}");
            let got = match divmod(x, y) {
                Ok((a, c)) => format!("{},{}", b(a), b(c)),
                Err(e) => err(&e),
            };
            assert_eq!(got, d, "divmod({x:?}, {y:?})");
        }
        assert_eq!(
            show(truediv(1.0, 0.0)),
            "E:ZeroDivisionError:float division by zero"
        );
        assert_eq!(truediv(1.0, 4.0), Ok(0.25));
    }

    #[test]
    fn pow_table() {
        for &(x, y, want) in POW {
            let (x, y) = (f(x), f(y));
            assert_eq!(show(pow(x, y)), want, "{x:?} ** {y:?}");
        }
    }

    #[test]
    fn round_table() {
        for &(x, nd, want) in ROUND {
            let x = f(x);
            let got = show(round_float(x, nd));
            if nd.is_none() {
                // Python returns an int: compare values (sign of zero is lost).
                let w = f(u64::from_str_radix(&want[2..], 16).unwrap());
                assert_eq!(round_float(x, nd).unwrap(), w, "round({x:?})");
            } else {
                assert_eq!(got, want, "round({x:?}, {nd:?})");
            }
        }
    }

    #[test]
    fn parse_table() {
        for &(s, want) in PARSE {
            let got = parse_float(s).map_or("None".to_string(), b);
            assert_eq!(got, want, "float({s:?})");
        }
        assert_eq!(
            parse_float_error_message("x"),
            "could not convert string to float: 'x'"
        );
    }

    #[test]
    fn hash_table() {
        for &(x, h) in HASH {
            assert_eq!(float_hash(f(x)), Some(h), "hash({:?})", f(x));
        }
        assert_eq!(float_hash(f64::NAN), None);
        for &(v, h) in INT_HASH {
            let big: BigInt = v.parse().unwrap();
            assert_eq!(int_hash(&big), h, "hash({v})");
            if let Ok(i) = v.parse::<i64>() {
                assert_eq!(i64_hash(i), h);
            }
        }
    }

    #[test]
    fn ratio_table() {
        for &(x, is_int, n, d) in RATIO {
            let x = f(x);
            assert_eq!(float_is_integer(x), is_int, "{x:?}.is_integer()");
            let got = match float_as_integer_ratio(x) {
                Ok((a, c)) => (a.to_string(), c.to_string()),
                Err(e) => (err(&e), String::new()),
            };
            assert_eq!(
                got,
                (n.to_string(), d.to_string()),
                "{x:?}.as_integer_ratio()"
            );
        }
    }

    #[test]
    fn to_int() {
        assert_eq!(float_to_bigint(-2.9).unwrap(), BigInt::from(-2));
        assert_eq!(
            float_to_bigint(1e20).unwrap().to_string(),
            "100000000000000000000"
        );
        assert_eq!(
            float_to_bigint(f64::INFINITY).unwrap_err().message(),
            "cannot convert float infinity to integer"
        );
        assert_eq!(
            float_to_bigint(f64::NAN).unwrap_err().message(),
            "cannot convert float NaN to integer"
        );
    }
}
