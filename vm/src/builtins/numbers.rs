//! The builtin functions on numbers and characters: `hex`, `oct`, `bin`,
//! `abs`, `ord`, `chr`, `round`, `divmod`, `pow`.

use super::*;

pub(super) fn radix<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    r: u32,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let o = args.pos[0];
    let Some(io) = vm.index_object(o)? else {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    let s = int_ops::int_to_str_radix(&int_of(io).expect("an int").to_big(), r);
    vm.decref(io);
    vm.new_string(s)
}

pub(super) fn hex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    radix(vm, &args, "hex", 16)
}

pub(super) fn oct<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    radix(vm, &args, "oct", 8)
}

pub(super) fn bin<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    radix(vm, &args, "bin", 2)
}

pub(super) fn abs<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "abs", 1, 1)?;
    let o = args.pos[0];
    // A non-negative exact int is its own absolute value (`long_abs`).
    let non_negative = match crate::types::scalar::int_of(o) {
        Some(crate::types::scalar::Int::Small(v)) => v >= 0,
        Some(crate::types::scalar::Int::Big(b)) => b.sign() != num_bigint::Sign::Minus,
        None => false,
    };
    if o.tag() == Tag::Int && non_negative {
        return Ok(vm.incref(o));
    }
    if let Some(r) = vm.num_unary(o, 'a')? {
        return Ok(r);
    }
    if let Some(r) = vm.try_dunder(o, "__abs__", &[])? {
        return Ok(r);
    }
    let tn = vm.type_name(o);
    Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
}

pub(super) fn ord<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "ord", 1, 1)?;
    let o = args.pos[0];
    if let Some(b) = crate::types::bytearray::buffer_of(o) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return vm.new_int_i64(i64::from(b[0]));
    }
    let Some(s) = o.get::<StrObject>() else {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")));
    };
    if s.chars != 1 {
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars
        )));
    }
    vm.new_int_i64(s.char_at(0) as i64)
}

pub(super) fn chr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "chr", 1, 1)?;
    // The argument is a C int in CPython: beyond it, OverflowError.
    let big = matches!(
        crate::types::scalar::int_of(args.pos[0]),
        Some(crate::types::scalar::Int::Big(_))
    );
    let i = if big {
        i64::MAX
    } else {
        arg_i64(vm, args.pos[0])?
    };
    if i32::try_from(i).is_err() {
        return Err(vm.new_error(
            "OverflowError",
            "Python int too large to convert to C int".to_string(),
        ));
    }
    match u32::try_from(i)
        .ok()
        .filter(|&v| v < 0x110000)
        .and_then(char::from_u32)
    {
        Some(c) => vm.new_str(c.encode_utf8(&mut [0; 4])),
        None if (0..0x110000).contains(&i) => vm.new_str("\u{fffd}"),
        None => Err(vm.value_error("chr() arg not in range(0x110000)".to_string())),
    }
}

pub(super) fn round<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = bind_args(vm, &args, "round", &["number", "ndigits"], 1)?;
    let x = a[0].expect("required");
    let nd = a[1].filter(|&n| n != vm.none);
    crate::types::scalar::round(vm, x, nd)
}

pub(super) fn divmod<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "divmod", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if crate::protocol::numeric::num_of(a).is_none()
        || crate::protocol::numeric::num_of(b).is_none()
    {
        // A right operand whose class subclasses the left's and overrides
        // `__rdivmod__` goes first, as for the operators.
        let b_first =
            crate::protocol::ops::is_user(b) && vm.overrides_reflected(a, b, "__rdivmod__");
        if b_first {
            if let Some(r) = vm.try_dunder(b, "__rdivmod__", &[a])? {
                return Ok(r);
            }
        }
        if crate::protocol::ops::is_user(a) {
            if let Some(r) = vm.try_dunder(a, "__divmod__", &[b])? {
                return Ok(r);
            }
        } else if let Some(r) = crate::types::slot_wrappers::num_divmod(vm, a, b)? {
            return Ok(r);
        }
        if crate::protocol::ops::is_user(b) {
            if !b_first {
                if let Some(r) = vm.try_dunder(b, "__rdivmod__", &[a])? {
                    return Ok(r);
                }
            }
        } else if crate::protocol::ops::is_user(a) {
            // `divmod(MyInt(7), 2.0)`: int's slot declined; float's
            // reflected one.
            if let Some(r) = crate::types::slot_wrappers::num_divmod(vm, a, b)? {
                return Ok(r);
            }
        }
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    }
    if let Some(r) = int_divmod(vm, a, b) {
        return r;
    }
    {
        use crate::protocol::numeric::{num_of, Num};
        use crate::types::scalar::Int;
        let float = |o| matches!(num_of(o), Some(Num::Float(_)));
        let zero = matches!(
            num_of(b),
            Some(Num::Float(0.0)) | Some(Num::Int(Int::Small(0)))
        );
        if zero && (float(a) || float(b)) {
            return Err(vm.new_error("ZeroDivisionError", "float divmod()".into()));
        }
    }
    let q = vm.binary_op(a, b, BinOp::FloorDiv, false)?;
    let r = match vm.binary_op(a, b, BinOp::Mod, false) {
        Ok(r) => r,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(q));
            return Err(e);
        }
    };
    vm.new_tuple(vec![q, r])
}

/// `divmod(a, b)` of two builtin ints with one division (CPython's
/// `l_divmod`), where the general path divides twice; None for anything
/// else.
fn int_divmod<C: Collector>(vm: &mut Vm<C>, a: ObjRef, b: ObjRef) -> Option<PyResult<ObjRef>> {
    use crate::protocol::ops::is_user;
    use crate::types::scalar::{int_of, Int};
    let (x, y) = (int_of(a)?, int_of(b)?);
    if is_user(a) || is_user(b) {
        return None;
    }
    if x.rem_is_self(y) {
        // |a| < |b| with one sign: CPython's `long_divrem` answers
        // (0, a) with `a` itself.
        return Some(
            vm.new_int_i64(0)
                .and_then(|q| vm.new_tuple(vec![q, vm.incref(a)])),
        );
    }
    let small = match (x, y) {
        (Int::Small(p), Int::Small(q)) => {
            int_ops::floordiv_i64(p, q).zip(int_ops::modulo_i64(p, q))
        }
        _ => None,
    };
    let (q, r) = match small {
        Some((q, r)) => (vm.new_int_i64(q), vm.new_int_i64(r)),
        None => match int_ops::divmod(&x.as_big(), &y.as_big()) {
            Ok((q, r)) => (vm.new_bigint(q), vm.new_bigint(r)),
            Err(e) => return Some(Err(vm.int_error(e))),
        },
    };
    Some(match (q, r) {
        (Ok(q), Ok(r)) => vm.new_tuple(vec![q, r]),
        (Ok(o), Err(e)) | (Err(e), Ok(o)) => {
            vm.with_roots(&[e], |vm| vm.decref(o));
            Err(e)
        }
        (Err(e), Err(_)) => Err(e),
    })
}

pub(super) fn pow<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let p = bind_args(vm, &args, "pow", &["base", "exp", "mod"], 2)?;
    let (base, exp) = (p[0].expect("required"), p[1].expect("required"));
    if let Some(m) = p[2].filter(|&m| m != vm.none) {
        // A user class's `__pow__` takes the modulus (never `__rpow__`).
        if crate::protocol::ops::is_user(base) {
            if let Some(r) = vm.try_dunder(base, "__pow__", &[exp, m])? {
                if r != vm.not_implemented {
                    return Ok(r);
                }
                vm.decref(r);
            }
        }
        if [base, exp, m]
            .iter()
            .any(|&o| crate::protocol::ops::is_user(o))
        {
            let names: Vec<String> = [base, exp, m].iter().map(|&o| vm.type_name(o)).collect();
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                names[0], names[1], names[2]
            )));
        }
        let (a, b, m) = (int_of(base), int_of(exp), int_of(m));
        let (Some(a), Some(b), Some(m)) = (a, b, m) else {
            return Err(vm.type_error(
                "pow() 3rd argument not allowed unless all arguments are integers".to_string(),
            ));
        };
        return match int_ops::pow_mod(&a.to_big(), &b.to_big(), &m.to_big()) {
            Ok(v) => vm.new_bigint(v),
            Err(e) => Err(vm.int_error(e)),
        };
    }
    vm.binary_op(base, exp, BinOp::Pow, false)
}
