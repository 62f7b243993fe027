//! Python operator semantics on compile-time constants.
//!
//! Each function returns `None` whenever CPython's folder would leave the
//! expression alone: the operation raises (`1/0`, `"a" - 1`), or its result
//! would be too large to be worth storing (CPython's `safe_multiply`,
//! `safe_power`, `safe_lshift` limits), or ouro cannot reproduce CPython's
//! exact result without a runtime (conversions of huge ints to float).
//! Leaving an expression unfolded is always correct: the vm computes it.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use ruff_python_ast::{Operator, UnaryOp};

use crate::bytecode::Constant;
use crate::numeric::float_div_mod;

/// Largest int result (in bits) of a folded `*`, `**` or `<<`.
const MAX_INT_SIZE: u64 = 128;
/// Largest tuple produced by folding `tuple * n`.
const MAX_COLLECTION_SIZE: usize = 256;
/// Largest str or bytes produced by folding `s * n`.
const MAX_STR_SIZE: usize = 4096;
/// Largest number of items, counting nested tuples, of a folded `tuple * n`.
const MAX_TOTAL_ITEMS: usize = 1024;
/// Ints up to this magnitude convert to `f64` exactly.
const EXACT_FLOAT_INT: u64 = 1 << 53;

/// A number operand, with `bool` already widened to `int`.
enum Num {
    Int(BigInt),
    Float(f64),
    Complex(f64, f64),
}

fn as_num(c: &Constant) -> Option<Num> {
    match c {
        Constant::Bool(b) => Some(Num::Int(BigInt::from(u8::from(*b)))),
        Constant::Int(i) => Some(Num::Int(i.clone())),
        Constant::Float(f) => Some(Num::Float(*f)),
        Constant::Complex { real, imag } => Some(Num::Complex(*real, *imag)),
        _ => None,
    }
}

fn as_int(c: &Constant) -> Option<BigInt> {
    match as_num(c)? {
        Num::Int(i) => Some(i),
        _ => None,
    }
}

/// `int -> float` when the conversion is exact (CPython rounds correctly
/// beyond 2**53; we simply do not fold those).
fn exact_float(i: &BigInt) -> Option<f64> {
    if i.magnitude() > &EXACT_FLOAT_INT.into() {
        return None;
    }
    i.to_f64()
}

/// Python truthiness of a constant.
pub(crate) fn truthy(c: &Constant) -> bool {
    match c {
        Constant::None => false,
        Constant::Ellipsis | Constant::Code(_) => true,
        Constant::Bool(b) => *b,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { real, imag } => *real != 0.0 || *imag != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) | Constant::FrozenSet(t) => !t.is_empty(),
    }
}

// ---- unary operators ------------------------------------------------------

pub(crate) fn unary(op: UnaryOp, v: &Constant) -> Option<Constant> {
    if op == UnaryOp::Not {
        return Some(Constant::Bool(!truthy(v)));
    }
    match (op, as_num(v)?) {
        (UnaryOp::USub, Num::Int(i)) => Some(Constant::Int(-i)),
        (UnaryOp::USub, Num::Float(f)) => Some(Constant::Float(-f)),
        (UnaryOp::USub, Num::Complex(re, im)) => Some(Constant::Complex {
            real: -re,
            imag: -im,
        }),
        (UnaryOp::UAdd, Num::Int(i)) => Some(Constant::Int(i)),
        (UnaryOp::UAdd, Num::Float(f)) => Some(Constant::Float(f)),
        (UnaryOp::UAdd, Num::Complex(re, im)) => Some(Constant::Complex { real: re, imag: im }),
        (UnaryOp::Invert, Num::Int(i)) => Some(Constant::Int(-(i + BigInt::one()))),
        _ => None,
    }
}

// ---- binary operators -----------------------------------------------------

pub(crate) fn binary(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    if let (Some(a), Some(b)) = (as_num(l), as_num(r)) {
        return numeric(op, l, r, a, b);
    }
    match op {
        Operator::Add => concat(l, r),
        Operator::Mult => repeat(l, r).or_else(|| repeat(r, l)),
        _ => None,
    }
}

fn numeric(op: Operator, l: &Constant, r: &Constant, a: Num, b: Num) -> Option<Constant> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => int_op(op, l, r, x, y),
        (Num::Complex(..), _) | (_, Num::Complex(..)) => complex_op(op, l, r),
        (a, b) => float_op(op, to_float(a)?, to_float(b)?),
    }
}

fn to_float(n: Num) -> Option<f64> {
    match n {
        Num::Int(i) => exact_float(&i),
        Num::Float(f) => Some(f),
        Num::Complex(..) => None,
    }
}

fn to_complex(c: &Constant) -> Option<(f64, f64)> {
    match as_num(c)? {
        Num::Int(i) => Some((exact_float(&i)?, 0.0)),
        Num::Float(f) => Some((f, 0.0)),
        Num::Complex(re, im) => Some((re, im)),
    }
}

fn bits(i: &BigInt) -> u64 {
    i.bits()
}

fn int_op(op: Operator, l: &Constant, r: &Constant, x: BigInt, y: BigInt) -> Option<Constant> {
    let both_bool = matches!((l, r), (Constant::Bool(_), Constant::Bool(_)));
    let int = |i: BigInt| Some(Constant::Int(i));
    match op {
        Operator::Add => int(x + y),
        Operator::Sub => int(x - y),
        Operator::Mult => {
            if !x.is_zero() && !y.is_zero() && bits(&x) + bits(&y) > MAX_INT_SIZE {
                return None;
            }
            int(x * y)
        }
        Operator::FloorDiv if !y.is_zero() => int(x.div_floor(&y)),
        Operator::Mod if !y.is_zero() => int(x.mod_floor(&y)),
        Operator::Div if !y.is_zero() => Some(Constant::Float(exact_float(&x)? / exact_float(&y)?)),
        Operator::Pow => int_pow(x, y),
        Operator::LShift => int_lshift(x, y).map(Constant::Int),
        Operator::RShift => int_rshift(x, y).map(Constant::Int),
        Operator::BitAnd | Operator::BitOr | Operator::BitXor => {
            let value = match op {
                Operator::BitAnd => x & y,
                Operator::BitOr => x | y,
                _ => x ^ y,
            };
            if both_bool {
                Some(Constant::Bool(!value.is_zero()))
            } else {
                int(value)
            }
        }
        _ => None,
    }
}

/// `x ** y` for ints: exact for non-negative exponents within CPython's
/// size limit, a float for negative exponents.
fn int_pow(x: BigInt, y: BigInt) -> Option<Constant> {
    if y.is_negative() {
        if x.is_zero() {
            return None; // ZeroDivisionError
        }
        return float_pow(exact_float(&x)?, exact_float(&y)?).map(Constant::Float);
    }
    if x.is_zero() || y.is_zero() || x.magnitude().is_one() {
        let value = if y.is_zero() {
            BigInt::one()
        } else if x.is_zero() {
            BigInt::zero()
        } else if x.is_negative() && y.is_odd() {
            -BigInt::one()
        } else {
            BigInt::one()
        };
        return Some(Constant::Int(value));
    }
    let exponent = y.to_u64()?;
    if bits(&x) > MAX_INT_SIZE / exponent {
        return None;
    }
    let exponent = u32::try_from(exponent).ok()?;
    Some(Constant::Int(num_traits::pow(x, exponent as usize)))
}

fn int_lshift(x: BigInt, y: BigInt) -> Option<BigInt> {
    if y.is_negative() {
        return None; // ValueError: negative shift count
    }
    if x.is_zero() {
        return Some(x);
    }
    let shift = y.to_u64()?;
    if shift > MAX_INT_SIZE || bits(&x) > MAX_INT_SIZE - shift {
        return None;
    }
    Some(x << shift)
}

fn int_rshift(x: BigInt, y: BigInt) -> Option<BigInt> {
    if y.is_negative() {
        return None;
    }
    match y.to_u64() {
        Some(shift) if shift < bits(&x) + 1 => {
            // Python's `>>` floors, like dividing by 2**shift.
            let divisor = BigInt::one() << shift;
            Some(x.div_floor(&divisor))
        }
        _ if x.is_negative() => Some(-BigInt::one()),
        _ => Some(BigInt::zero()),
    }
}

fn float_op(op: Operator, x: f64, y: f64) -> Option<Constant> {
    let value = match op {
        Operator::Add => x + y,
        Operator::Sub => x - y,
        Operator::Mult => x * y,
        Operator::Div if y != 0.0 => x / y,
        Operator::FloorDiv if y != 0.0 => float_div_mod(x, y).0,
        Operator::Mod if y != 0.0 => float_div_mod(x, y).1,
        Operator::Pow => float_pow(x, y)?,
        _ => return None,
    };
    Some(Constant::Float(value))
}

/// `x ** y` for floats, only in the plain case (finite operands, positive
/// base, finite result); CPython's special cases are left to the vm.
fn float_pow(x: f64, y: f64) -> Option<f64> {
    if y == 0.0 {
        return Some(1.0);
    }
    if !x.is_finite() || !y.is_finite() || x <= 0.0 {
        return None;
    }
    let value = x.powf(y);
    value.is_finite().then_some(value)
}

fn complex_op(op: Operator, l: &Constant, r: &Constant) -> Option<Constant> {
    let (a, b) = to_complex(l)?;
    let (c, d) = to_complex(r)?;
    let (real, imag) = match op {
        Operator::Add => (a + c, b + d),
        Operator::Sub => (a - c, b - d),
        Operator::Mult => (a * c - b * d, a * d + b * c),
        _ => return None,
    };
    Some(Constant::Complex { real, imag })
}

// ---- sequences ------------------------------------------------------------

fn concat(l: &Constant, r: &Constant) -> Option<Constant> {
    match (l, r) {
        (Constant::Str(a), Constant::Str(b)) => Some(Constant::Str(format!("{a}{b}"))),
        (Constant::Bytes(a), Constant::Bytes(b)) => {
            Some(Constant::Bytes([a.as_slice(), b.as_slice()].concat()))
        }
        (Constant::Tuple(a), Constant::Tuple(b)) => {
            Some(Constant::Tuple(a.iter().chain(b).cloned().collect()))
        }
        _ => None,
    }
}

/// `seq * n` within CPython's `safe_multiply` limits.
fn repeat(seq: &Constant, count: &Constant) -> Option<Constant> {
    let n = as_int(count)?;
    let size = match seq {
        Constant::Str(s) => s.chars().count(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => return None,
    };
    let limit = match seq {
        Constant::Tuple(_) => MAX_COLLECTION_SIZE,
        _ => MAX_STR_SIZE,
    };
    let n = match limit.checked_div(size) {
        // An empty sequence stays empty for any count that fits an index.
        None => n.to_i64()?.max(0) as usize,
        Some(max_count) => {
            let n = n.to_usize()?;
            if n > max_count {
                return None;
            }
            if let Constant::Tuple(_) = seq {
                if n > 0 && complexity(seq, MAX_TOTAL_ITEMS / n) < 0 {
                    return None;
                }
            }
            n
        }
    };
    Some(match seq {
        Constant::Str(s) => Constant::Str(s.repeat(n)),
        Constant::Bytes(b) => Constant::Bytes(b.repeat(n)),
        Constant::Tuple(t) => Constant::Tuple((0..n).flat_map(|_| t.iter().cloned()).collect()),
        _ => return None,
    })
}

/// CPython's `check_complexity`: what remains of `limit` after counting
/// every item of nested tuples (negative means too many).
fn complexity(c: &Constant, limit: usize) -> isize {
    let mut limit = isize::try_from(limit).unwrap_or(isize::MAX);
    if let Constant::Tuple(items) = c {
        limit -= isize::try_from(items.len()).unwrap_or(isize::MAX);
        for item in items {
            if limit < 0 {
                break;
            }
            limit = complexity(item, limit.max(0) as usize);
        }
    }
    limit
}

/// `seq[i]` for a str, bytes or tuple constant and an int index.
pub(crate) fn subscript(seq: &Constant, index: &Constant) -> Option<Constant> {
    let i = as_int(index)?;
    let len = match seq {
        Constant::Str(s) => s.chars().count(),
        Constant::Bytes(b) => b.len(),
        Constant::Tuple(t) => t.len(),
        _ => return None,
    };
    let len = BigInt::from(len);
    let at = if i.sign() == Sign::Minus { i + &len } else { i };
    if at.is_negative() || at >= len {
        return None; // IndexError
    }
    let at = at.to_usize()?;
    match seq {
        Constant::Str(s) => s.chars().nth(at).map(|c| Constant::Str(c.to_string())),
        Constant::Bytes(b) => b.get(at).map(|&x| Constant::Int(BigInt::from(x))),
        Constant::Tuple(t) => t.get(at).cloned(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn int(i: i64) -> Constant {
        Constant::Int(BigInt::from(i))
    }

    fn show(c: Option<Constant>) -> String {
        match c {
            Some(c) => crate::repr::constant_repr(&c),
            None => "-".to_string(),
        }
    }

    #[test]
    fn integer_division_floors_like_python() {
        assert_eq!(show(binary(Operator::FloorDiv, &int(-7), &int(2))), "-4");
        assert_eq!(show(binary(Operator::Mod, &int(-7), &int(2))), "1");
        assert_eq!(show(binary(Operator::Mod, &int(7), &int(-2))), "-1");
        assert_eq!(show(binary(Operator::RShift, &int(-5), &int(1))), "-3");
        assert_eq!(show(binary(Operator::RShift, &int(-5), &int(100))), "-1");
        assert_eq!(show(binary(Operator::Div, &int(7), &int(2))), "3.5");
        assert_eq!(show(binary(Operator::Div, &int(1), &int(0))), "-");
    }

    #[test]
    fn float_division_and_modulo_follow_python_signs() {
        let f = Constant::Float;
        assert_eq!(show(binary(Operator::Mod, &f(-7.5), &int(2))), "0.5");
        assert_eq!(show(binary(Operator::FloorDiv, &f(-7.5), &int(2))), "-4.0");
        assert_eq!(show(binary(Operator::Mod, &f(7.0), &f(-2.0))), "-1.0");
        assert_eq!(show(binary(Operator::Mod, &f(0.0), &f(-2.0))), "-0.0");
    }

    #[test]
    fn power_limits_match_cpython() {
        assert_eq!(
            show(binary(Operator::Pow, &int(2), &int(64))),
            "18446744073709551616"
        );
        assert_eq!(show(binary(Operator::Pow, &int(2), &int(100))), "-");
        assert_eq!(show(binary(Operator::Pow, &int(2), &int(200))), "-");
        assert_eq!(
            show(binary(Operator::Pow, &int(3), &int(-1))),
            "0.3333333333333333"
        );
        assert_eq!(show(binary(Operator::Pow, &int(0), &int(-1))), "-");
        assert_eq!(show(binary(Operator::LShift, &int(1), &int(130))), "-");
        assert_eq!(
            show(binary(Operator::LShift, &int(1), &int(100))),
            "1267650600228229401496703205376"
        );
    }

    #[test]
    fn bools_act_as_ints_except_bitwise() {
        let t = Constant::Bool(true);
        assert_eq!(show(binary(Operator::Add, &t, &t)), "2");
        assert_eq!(show(binary(Operator::BitAnd, &t, &t)), "True");
        assert_eq!(show(unary(UnaryOp::Invert, &t)), "-2");
        assert_eq!(show(unary(UnaryOp::Not, &int(1))), "False");
    }

    #[test]
    fn sequence_repetition_is_bounded() {
        let s = Constant::Str("ab".into());
        assert_eq!(show(binary(Operator::Mult, &s, &int(3))), "'ababab'");
        assert_eq!(show(binary(Operator::Mult, &int(3), &s)), "'ababab'");
        assert_eq!(show(binary(Operator::Mult, &s, &int(2049))), "-");
        assert_eq!(show(binary(Operator::Mult, &s, &int(-1))), "-");
        let t = Constant::Tuple(vec![int(1), int(2)]);
        assert_eq!(show(binary(Operator::Mult, &t, &int(2))), "(1, 2, 1, 2)");
        assert_eq!(show(binary(Operator::Mult, &t, &int(129))), "-");
        assert_eq!(show(binary(Operator::Mod, &s, &int(1))), "-");
    }

    #[test]
    fn subscripts_of_constants() {
        let s = Constant::Str("héllo".into());
        assert_eq!(show(subscript(&s, &int(1))), "'é'");
        assert_eq!(show(subscript(&s, &int(-1))), "'o'");
        assert_eq!(show(subscript(&s, &int(5))), "-");
        assert_eq!(
            show(subscript(&Constant::Bytes(b"ab".to_vec()), &int(0))),
            "97"
        );
    }

    #[test]
    fn complex_arithmetic() {
        let j = Constant::Complex {
            real: 0.0,
            imag: 2.0,
        };
        assert_eq!(show(binary(Operator::Add, &int(1), &j)), "(1+2j)");
        assert_eq!(show(binary(Operator::Sub, &int(1), &j)), "(1-2j)");
        assert_eq!(show(unary(UnaryOp::USub, &j)), "(-0-2j)");
    }
}
