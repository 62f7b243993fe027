//! The builtin functions over iterables: `min`, `max`, `sum`, `sorted`,
//! `any`, `all`, `iter`, `next`, `aiter`, `anext`.

use super::*;

/// `min`/`max`: one iterable or several arguments, `key=`, `default=`.
pub(super) fn min_max<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    op: CmpOp,
) -> PyResult<ObjRef> {
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    check_kwargs(vm, &args, name, &["key", "default"])?;
    let key = kwarg(&args, "key").filter(|&k| k != vm.none);
    let default = kwarg(&args, "default");
    if args.len() > 1 && default.is_some() {
        return Err(vm.type_error(format!(
            "Cannot specify a default for {name}() with multiple positional arguments"
        )));
    }
    // CPython's `min_max`: one item and its key at a time, asking no
    // length; the best so far (item and key) is all that is kept. It sits
    // in two owned root slots below whatever the iteration roots, so that
    // the iterator's and the current item's roots stay in stack order.
    let base = vm.temp_roots.len();
    let placeholder = [vm.incref(vm.none), vm.incref(vm.none)];
    vm.temp_roots.extend(placeholder);
    let mut have_best = false;
    let mut visit = |vm: &mut Vm<C>, x: ObjRef| -> PyResult<bool> {
        let k = match key {
            Some(f) => vm.call(f, &[x])?,
            None => vm.incref(x),
        };
        let better = if have_best {
            let bk = vm.temp_roots[base + 1];
            // (Two exact ints, floats or strs compare without a method
            // lookup or a bool object, as `COMPARE_OP` does them.)
            match Vm::<C>::scalar_compare(k, bk, op) {
                Some(b) => Ok(b),
                None => vm.with_roots(&[k], |vm| {
                    let r = vm.compare(k, bk, op)?;
                    vm.truth_owned(r)
                }),
            }
        } else {
            Ok(true)
        };
        match better {
            Ok(true) => {
                let x = vm.incref(x);
                let old_x = std::mem::replace(&mut vm.temp_roots[base], x);
                let old_k = std::mem::replace(&mut vm.temp_roots[base + 1], k);
                have_best = true;
                vm.decref(old_x);
                vm.decref(old_k);
                Ok(true)
            }
            Ok(false) => {
                vm.decref(k);
                Ok(true)
            }
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref(k));
                Err(e)
            }
        }
    };
    let r = if args.len() == 1 {
        vm.for_each_item(args.pos[0], &mut visit)
    } else {
        // (Each taken from the argument tuple by its iterator: one more
        // reference while it is compared, as CPython's.)
        args.pos.iter().try_for_each(|&a| {
            let a = vm.incref(a);
            vm.using(a, |vm, a| visit(vm, a)).map(|_| ())
        })
    };
    let found = have_best;
    let (x, k) = (vm.temp_roots[base], vm.temp_roots[base + 1]);
    let best = match r {
        Ok(()) => {
            // The item stays rooted in its slot while the key is released.
            vm.decref(k);
            vm.temp_roots.truncate(base);
            if found {
                Some(x)
            } else {
                vm.decref(x);
                None
            }
        }
        Err(e) => {
            vm.temp_roots.truncate(base);
            vm.with_roots(&[e], |vm| {
                vm.decref(x);
                vm.decref(k);
            });
            return Err(e);
        }
    };
    match best {
        Some(best) => Ok(best),
        None => match default {
            Some(d) => Ok(vm.incref(d)),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

pub(super) fn min<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    min_max(vm, args, "min", CmpOp::Lt)
}

pub(super) fn max<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    min_max(vm, args, "max", CmpOp::Gt)
}

pub(super) fn sum<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if args.is_empty() {
        return Err(
            vm.type_error("sum() takes at least 1 positional argument (0 given)".to_string())
        );
    }
    check_kwargs(vm, &args, "sum", &["start"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    check_count(vm, args.len(), "sum", 1, 2)?;
    let start = args.pos.get(1).copied().or_else(|| kwarg(&args, "start"));
    if let Some(s) = start {
        let refused = match crate::object::layout_tag(s) {
            Tag::Str => Some("sum() can't sum strings [use ''.join(seq) instead]"),
            Tag::Bytes => Some("sum() can't sum bytes [use b''.join(seq) instead]"),
            Tag::Bytearray => Some("sum() can't sum bytearray [use b''.join(seq) instead]"),
            _ => None,
        };
        if let Some(msg) = refused {
            return Err(vm.type_error(msg.to_string()));
        }
    }
    // One item at a time, each released once added, as CPython's `sum`.
    // CPython's fast paths take an exact int that fits a C long, or an
    // exact float, as a machine value and box the total afresh: the start
    // itself is never the result.
    //
    // So the total is a machine int while the items are exact ints (or
    // bools) and it does not overflow, then a machine float while they are
    // exact floats or ints that fit, and an object from the first item
    // that fits neither on (never back), as CPython's `builtin_sum_impl`.
    let mut acc = match start {
        Some(s) if s.tag() == Tag::Float => {
            Sum::Float(s.payload::<crate::types::scalar::FloatObject>().0)
        }
        Some(s) => match crate::types::scalar::int_of(s).and_then(|i| i.as_i64()) {
            Some(v) if s.tag() == Tag::Int => Sum::Int(v),
            _ => Sum::Obj,
        },
        None => Sum::Int(0),
    };
    // The total as an object, when it is one, is owned by a root slot
    // below whatever the iteration roots (None there otherwise).
    let base = vm.temp_roots.len();
    let slot = match (acc, start) {
        (Sum::Obj, Some(s)) => vm.incref(s),
        _ => vm.incref(vm.none),
    };
    vm.temp_roots.push(slot);
    let r = vm.for_each_item(args.pos[0], |vm, x| {
        let small = || match x.tag() {
            Tag::Int | Tag::Bool => crate::types::scalar::int_of(x).and_then(|i| i.as_i64()),
            _ => None,
        };
        let boxed = match acc {
            Sum::Int(a) => match small().and_then(|b| a.checked_add(b)) {
                Some(t) => {
                    acc = Sum::Int(t);
                    return Ok(true);
                }
                None => Some(vm.new_int_i64(a)?),
            },
            Sum::Float(f) => {
                let add = match x.tag() {
                    Tag::Float => Some(x.payload::<crate::types::scalar::FloatObject>().0),
                    // (Any int, a subclass's too, that fits a C long.)
                    _ => crate::types::scalar::int_of(x)
                        .and_then(|i| i.as_i64())
                        .map(|i| i as f64),
                };
                if let Some(a) = add {
                    acc = Sum::Float(f + a);
                    return Ok(true);
                }
                Some(vm.new_float(f)?)
            }
            Sum::Obj => None,
        };
        // The general way: `total + x` (a boxed total is rooted while the
        // addition may run code; an object one is the slot's).
        let v = match boxed {
            Some(b) => {
                let v = vm.with_roots(&[b], |vm| vm.binary_op(b, x, BinOp::Add, false));
                vm.decref(b);
                v
            }
            None => {
                let total = vm.temp_roots[base];
                vm.binary_op(total, x, BinOp::Add, false)
            }
        };
        let v = v?;
        acc = match acc {
            // A float total goes on as a machine float (CPython's float
            // loop follows its int loop).
            Sum::Int(_) if v.tag() == Tag::Float => {
                let f = v.payload::<crate::types::scalar::FloatObject>().0;
                vm.decref(v);
                Sum::Float(f)
            }
            _ => {
                let old = std::mem::replace(&mut vm.temp_roots[base], v);
                vm.decref(old);
                Sum::Obj
            }
        };
        Ok(true)
    });
    let slot = vm.temp_roots[base];
    vm.temp_roots.truncate(base);
    match (r, acc) {
        (Ok(()), Sum::Obj) => Ok(slot),
        (Ok(()), total) => {
            vm.decref(slot);
            match total {
                Sum::Int(i) => vm.new_int_i64(i),
                Sum::Float(f) => vm.new_float(f),
                Sum::Obj => unreachable!("matched above"),
            }
        }
        (Err(e), _) => {
            vm.with_roots(&[e], |vm| vm.decref(slot));
            Err(e)
        }
    }
}

/// `sum`'s running total (see `sum`).
#[derive(Clone, Copy)]
enum Sum {
    Int(i64),
    Float(f64),
    /// An object, owned by `sum`'s root slot.
    Obj,
}

pub(super) fn sorted<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    check_kwargs(vm, &args, "sorted", &["key", "reverse"])?;
    let list = vm.list_from(Some(args.pos[0]))?;
    let (key, reverse) = (kwarg(&args, "key"), kwarg(&args, "reverse"));
    let r = vm.with_roots(&[list], |vm| {
        crate::types::list::sort_list(vm, list, key, reverse)
    });
    match r {
        Ok(()) => Ok(list),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(list));
            Err(e)
        }
    }
}

pub(super) fn any_all<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    want: bool,
) -> PyResult<ObjRef> {
    check_args(vm, &args, name, 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    let r = vm.with_roots(&[it], |vm| loop {
        match vm.next(it)? {
            Some(v) => {
                let t = vm.with_roots(&[v], |vm| vm.is_true(v));
                vm.decref(v);
                if t? == want {
                    return Ok(want);
                }
            }
            None => return Ok(!want),
        }
    });
    vm.decref(it);
    Ok(vm.new_bool(r?))
}

pub(super) fn any<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    any_all(vm, args, "any", true)
}

pub(super) fn all<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    any_all(vm, args, "all", false)
}

pub(super) fn iter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "iter", 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(args.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable".into()));
        }
        let state = crate::types::iter::IterState::Callable {
            func: Some(vm.incref(args.pos[0])),
            sentinel: vm.incref(args.pos[1]),
        };
        return vm.alloc(
            &crate::types::iter::ITER_VT,
            crate::types::iter::IterObject::new(state),
        );
    }
    vm.get_iter(args.pos[0])
}

pub(super) fn next<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "next", 1, 2)?;
    let it = args.pos[0];
    if !vm.is_iterator(it) {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    let default = args.pos.get(1).copied();
    // A generator's return value and a `__next__`'s own StopIteration
    // reach the caller as they are when there is no default.
    let r = if matches!(it.tag(), Tag::Generator | Tag::AsyncGenOp) {
        let r = if it.tag() == Tag::Generator {
            vm.gen_send(it, vm.none)
        } else {
            vm.async_gen_op_send(it, vm.none)
        };
        match r? {
            GenOutcome::Yield(v) => Ok(Some(v)),
            GenOutcome::Return(v) if default.is_none() => Err(vm.stop_iteration(v)),
            GenOutcome::Return(v) => {
                vm.decref(v);
                Ok(None)
            }
        }
    } else if crate::protocol::ops::is_user(it) && default.is_none() {
        vm.try_dunder(it, "__next__", &[])
    } else {
        vm.next(it)
    };
    match r? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(vm.incref(d)),
            None => {
                crate::interp::exceptions::make_exception(vm, "StopIteration", &[]).and_then(Err)
            }
        },
    }
}

/// `aiter(o)`: `o.__aiter__()`, which must be an asynchronous iterator.
pub(super) fn aiter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "aiter", 1, 1)?;
    let o = args.pos[0];
    if let Some(r) = vm.async_gen_aiter(o) {
        return Ok(r);
    }
    let r = match crate::protocol::ops::is_user(o) {
        true => vm.try_dunder(o, "__aiter__", &[])?,
        false => None,
    };
    let Some(r) = r else {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterable")));
    };
    if crate::types::generator::kind_of(r) != Some(crate::types::generator::GenKind::AsyncGenerator)
        && !vm.has_type_attr(r, "__anext__")
    {
        let tn = vm.type_name(r);
        vm.decref(r);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{tn}'"
        )));
    }
    Ok(r)
}

/// `anext(it[, default])`: `it.__anext__()`; with a default, an awaitable
/// that gives the default for `StopAsyncIteration`.
pub(super) fn anext<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use crate::types::generator::{kind_of, GenKind};
    check_args(vm, &args, "anext", 1, 2)?;
    let it = args.pos[0];
    let r = if kind_of(it) == Some(GenKind::AsyncGenerator) {
        use crate::types::asyncgen::OpKind;
        Some(vm.new_async_gen_op(OpKind::Send, it, &[vm.none])?)
    } else if crate::protocol::ops::is_user(it) {
        vm.try_dunder(it, "__anext__", &[])?
    } else {
        None
    };
    let Some(r) = r else {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    };
    match args.pos.get(1) {
        None => Ok(r),
        Some(&d) => vm.using(r, |vm, r| {
            vm.new_async_gen_op(crate::types::asyncgen::OpKind::AnextDefault, r, &[d])
        }),
    }
}
