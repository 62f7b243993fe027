//! Methods of `int` and `float`, and `round()`.

use crate::builtins::{arg_i64, check_args, def_method};
use crate::numeric::{num_of, Num};
use crate::object::{ObjExt, Tag};
use crate::text::float_ops;
use crate::types::scalar::{int_of, FloatObject, Int};
use crate::vm::{Args, PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use ouro_gc_core::{Collector, ObjRef};

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    def_method(vm, "int", "bit_length", bit_length);
    def_method(vm, "int", "conjugate", conjugate);
    def_method(vm, "int", "__index__", conjugate);
    def_method(vm, "float", "is_integer", is_integer);
    def_method(vm, "float", "as_integer_ratio", as_integer_ratio);
    def_method(vm, "float", "conjugate", conjugate);
}

fn bit_length<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "bit_length", 1, 1)?;
    let b = int_of(args.pos[0]).map(|i| i.to_big()).unwrap_or_default();
    vm.new_int_i64(b.abs().bits() as i64)
}

fn conjugate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "conjugate", 1, 1)?;
    let o = args.pos[0];
    if o.tag() == Tag::Bool {
        let v = int_of(o).expect("bool");
        return vm.new_int(v);
    }
    Ok(vm.incref(o))
}

fn is_integer<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "is_integer", 1, 1)?;
    let f = args.pos[0].get::<FloatObject>().map_or(0.0, |f| f.0);
    Ok(vm.new_bool(float_ops::float_is_integer(f)))
}

fn as_integer_ratio<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "as_integer_ratio", 1, 1)?;
    let f = args.pos[0].get::<FloatObject>().map_or(0.0, |f| f.0);
    match float_ops::float_as_integer_ratio(f) {
        Ok((n, d)) => {
            let n = vm.new_bigint(n)?;
            let d = vm.new_bigint(d)?;
            vm.new_tuple(vec![n, d])
        }
        Err(e) => Err(vm.float_error(e)),
    }
}

/// `round(x[, ndigits])`.
pub fn round<C: Collector>(vm: &mut Vm<C>, x: ObjRef, nd_obj: Option<ObjRef>) -> PyResult<ObjRef> {
    if num_of(x).is_none() {
        let args: Vec<ObjRef> = nd_obj.into_iter().collect();
        if let Some(r) = vm.try_dunder(x, "__round__", &args)? {
            return Ok(r);
        }
        let tn = vm.type_name(x);
        return Err(vm.type_error(format!("type {tn} doesn't define __round__ method")));
    }
    let nd = match nd_obj {
        Some(n) => Some(arg_i64(vm, n)?),
        None => None,
    };
    match num_of(x) {
        Some(Num::Float(f)) => {
            let r = float_ops::round_float(f, nd).map_err(|e| vm.float_error(e))?;
            if nd.is_some() {
                return vm.new_float(r);
            }
            match float_ops::float_to_bigint(r) {
                Ok(b) => vm.new_bigint(b),
                Err(e) => Err(vm.float_error(e)),
            }
        }
        Some(Num::Int(i)) => match nd {
            None => vm.new_int(i),
            Some(n) if n >= 0 => vm.new_int(i),
            Some(n) => round_int(vm, i, n),
        },
        None => unreachable!("non-numbers are handled above"),
    }
}

/// Round an int to a negative number of digits, half to even.
fn round_int<C: Collector>(vm: &mut Vm<C>, i: Int<'_>, nd: i64) -> PyResult<ObjRef> {
    let Some(p) = nd
        .checked_neg()
        .and_then(|p| p.to_u32())
        .filter(|&p| p < 4000)
    else {
        return vm.new_int_i64(0);
    };
    let m = BigInt::from(10).pow(p);
    let v = i.to_big();
    let (q, r) = (
        num_integer::Integer::div_floor(&v, &m),
        num_integer::Integer::mod_floor(&v, &m),
    );
    let twice = &r * 2;
    let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
        q + 1
    } else {
        q
    };
    vm.new_bigint(q * m)
}
