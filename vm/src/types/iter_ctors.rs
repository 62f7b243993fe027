//! Constructors of the builtin iterator types: `enumerate`, `zip`, `map`,
//! `filter`, `reversed` and `itertools.permutations`, made as CPython's C
//! objects are (the same helper tuples, in the same order). Each receives
//! the type as its first argument.

use super::ctors::{int_arg, rest};
use crate::builtins::{check_args, check_at_most, check_kwargs, kwarg, set_ctor};
use crate::object::{ObjExt, Tag};
use crate::types::iter::{IterObject, IterState, ITER_VT};
use crate::types::scalar::{int_of, RangeObject};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    set_ctor(vm, "enumerate", enumerate_new);
    set_ctor(vm, "itertools.permutations", permutations_new);
    set_ctor(vm, "itertools.combinations", combinations_new);
    set_ctor(
        vm,
        "itertools.combinations_with_replacement",
        combinations_with_replacement_new,
    );
    set_ctor(vm, "itertools.product", product_new);
    set_ctor(vm, "itertools.zip_longest", zip_longest_new);
    set_ctor(vm, "zip", zip_new);
    set_ctor(vm, "map", map_new);
    set_ctor(vm, "filter", filter_new);
    set_ctor(vm, "reversed", reversed_new);
}

fn new_iter<C: Collector>(vm: &mut Vm<C>, state: IterState) -> PyResult<ObjRef> {
    vm.alloc(&ITER_VT, IterObject::new(state))
}

fn enumerate_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_at_most(vm, a.len() + a.kwnames.len(), "enumerate", 2)?;
    check_kwargs(vm, &a, "enumerate", &["start", "iterable"])?;
    let Some(&it) = a.pos.first().or(kwarg(&a, "iterable").as_ref()) else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'".to_string()));
    };
    // The enumerate object is made first and the iterator after it, as
    // CPython's `enum_new` does (so which blocks they get, and `id()`
    // reuse, follow CPython's); meanwhile it is an empty range iterator.
    let empty = IterState::Range {
        cur: 0,
        stop: 0,
        step: 1,
    };
    let en = new_iter(vm, empty)?;
    let made = vm.with_roots(&[en], |vm| {
        // A start that fits is kept as a number, else as the int object.
        let (index, long) = match a.pos.get(1).copied().or_else(|| kwarg(&a, "start")) {
            Some(s) => {
                let s = int_arg(vm, s)?;
                match int_of(s) {
                    Some(crate::types::scalar::Int::Small(i)) if i < i64::MAX => {
                        vm.decref(s);
                        (i, None)
                    }
                    _ => (i64::MAX, Some(s)),
                }
            }
            None => (0, None),
        };
        let roots: Vec<ObjRef> = long.into_iter().collect();
        match vm.with_roots(&roots, |vm| vm.get_iter(it)) {
            Ok(i) => Ok((i, index, long)),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(roots));
                Err(e)
            }
        }
    });
    let (it, index, long) = match made {
        Ok(m) => m,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(en));
            return Err(e);
        }
    };
    *en.payload::<IterObject>().state.borrow_mut() = IterState::Enumerate { it, index, long };
    // CPython's `en_result`, made with the enumerate object (after its
    // iterator) and refilled by `next` while nothing else holds it.
    match vm.with_roots(&[en], |vm| none_tuple(vm, 2)) {
        Ok(r) => {
            en.payload::<IterObject>().result.set(Some(r));
            Ok(en)
        }
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(en));
            Err(e)
        }
    }
}

/// A tuple of `n` Nones: the result tuple `enumerate` and `zip` make
/// before their first `next`.
fn none_tuple<C: Collector>(vm: &mut Vm<C>, n: usize) -> PyResult<ObjRef> {
    let items = (0..n).map(|_| vm.incref(vm.none)).collect();
    vm.new_tuple(items)
}

/// `itertools.permutations(iterable, r=None)`: the pool is the iterable's
/// items, taken at once (CPython's `permutations_new`).
fn permutations_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_at_most(vm, a.len() + a.kwnames.len(), "permutations", 2)?;
    check_kwargs(vm, &a, "permutations", &["iterable", "r"])?;
    let Some(&iterable) = a.pos.first().or(kwarg(&a, "iterable").as_ref()) else {
        return Err(vm.type_error(
            "permutations() missing required argument 'iterable' (pos 1)".to_string(),
        ));
    };
    let r = a.pos.get(1).copied().or_else(|| kwarg(&a, "r"));
    let pool = vm.iterate(iterable)?;
    let n = pool.len();
    let r = match r.filter(|&r| r != vm.none) {
        None => Ok(n),
        Some(r) => match crate::protocol::numeric::num_as(r, crate::object::layout_tag(r)) {
            Some(crate::protocol::numeric::Num::Int(i)) => match i.as_i64() {
                Some(k) if k < 0 => Err(vm.value_error("r must be non-negative".to_string())),
                Some(k) => Ok(k as usize),
                None => Err(vm.new_error(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t".to_string(),
                )),
            },
            _ => Err(vm.type_error("Expected int as r".to_string())),
        },
    };
    let r = match r {
        Ok(r) => r,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref_all(pool));
            return Err(e);
        }
    };
    let state = IterState::Permutations {
        pool,
        r,
        indices: (0..n).collect(),
        cycles: (0..r.min(n)).map(|i| n - i).collect(),
        started: false,
        stopped: r > n,
    };
    new_iter(vm, state)
}

/// A non-negative count argument (`r`, `repeat`) as a C `Py_ssize_t`.
fn count_arg<C: Collector>(vm: &mut Vm<C>, o: ObjRef, negative: &str) -> PyResult<usize> {
    match crate::protocol::numeric::num_as(o, crate::object::layout_tag(o)) {
        Some(crate::protocol::numeric::Num::Int(i)) => match i.as_i64() {
            Some(k) if k < 0 => Err(vm.value_error(negative.to_string())),
            Some(k) => Ok(k as usize),
            None => Err(vm.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t".to_string(),
            )),
        },
        _ => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// `itertools.combinations(iterable, r)` (CPython's `combinations_new`):
/// the pool taken at once.
fn combinations_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    combinations_of(vm, args, "combinations", false)
}

/// `itertools.combinations_with_replacement(iterable, r)` (`cwr_new`).
fn combinations_with_replacement_new<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
) -> PyResult<ObjRef> {
    combinations_of(vm, args, "combinations_with_replacement", true)
}

fn combinations_of<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    repeats: bool,
) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_at_most(vm, a.len() + a.kwnames.len(), name, 2)?;
    check_kwargs(vm, &a, name, &["iterable", "r"])?;
    let Some(&iterable) = a.pos.first().or(kwarg(&a, "iterable").as_ref()) else {
        return Err(vm.type_error(format!(
            "{name}() missing required argument 'iterable' (pos 1)"
        )));
    };
    let Some(r) = a.pos.get(1).copied().or_else(|| kwarg(&a, "r")) else {
        return Err(vm.type_error(format!("{name}() missing required argument 'r' (pos 2)")));
    };
    let pool = vm.iterate(iterable)?;
    let r = match count_arg(vm, r, "r must be non-negative") {
        Ok(r) => r,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref_all(pool));
            return Err(e);
        }
    };
    let (n, indices) = match repeats {
        true => (pool.len(), vec![0; r]),
        false => (pool.len(), (0..r).collect()),
    };
    let stopped = if repeats { n == 0 && r > 0 } else { r > n };
    new_iter(
        vm,
        IterState::Combinations {
            pool,
            r,
            indices,
            repeats,
            started: false,
            stopped,
        },
    )
}

/// `itertools.product(*iterables, repeat=1)` (CPython's `product_new`):
/// each iterable taken at once, in order.
fn product_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_kwargs(vm, &a, "product", &["repeat"])?;
    let repeat = match kwarg(&a, "repeat") {
        Some(r) => count_arg(vm, r, "repeat argument cannot be negative")?,
        None => 1,
    };
    // (`repeat=0` takes none of the iterables, as CPython's.)
    let given = if repeat == 0 { &[][..] } else { a.pos };
    let mut pools: Vec<Vec<ObjRef>> = Vec::with_capacity(given.len());
    for &it in given {
        match vm.iterate(it) {
            Ok(p) => pools.push(p),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(pools.into_iter().flatten()));
                return Err(e);
            }
        }
    }
    let n = pools.len();
    let which: Vec<usize> = (0..repeat).flat_map(|_| 0..n).collect();
    let stopped = which.iter().any(|&p| pools[p].is_empty());
    new_iter(
        vm,
        IterState::Product {
            indices: vec![0; which.len()],
            pools,
            which,
            started: false,
            stopped,
        },
    )
}

/// `itertools.zip_longest(*iterables, fillvalue=None)`
/// (`zip_longest_new`): an iterator of each, in order.
fn zip_longest_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    let fill = match (a.kwnames.len(), kwarg(&a, "fillvalue")) {
        (0, _) => vm.none,
        (1, Some(f)) => f,
        _ => {
            return Err(
                vm.type_error("zip_longest() got an unexpected keyword argument".to_string())
            )
        }
    };
    let its = iters_of(vm, a.pos)?;
    let active = its.len();
    new_iter(
        vm,
        IterState::ZipLongest {
            its: its.into_iter().map(Some).collect(),
            fill: vm.incref(fill),
            active,
        },
    )
}

fn iters_of<C: Collector>(vm: &mut Vm<C>, objs: &[ObjRef]) -> PyResult<Vec<ObjRef>> {
    vm.make_all(objs.len(), |vm, i| vm.get_iter(objs[i]))
}

fn zip_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_kwargs(vm, &a, "zip", &["strict"])?;
    let strict = match kwarg(&a, "strict") {
        Some(s) => vm.is_true(s)?,
        None => false,
    };
    // CPython's `ittuple` and `result` (Nones, refilled by `next`).
    let its = iters_of(vm, a.pos)?;
    let its = vm.new_tuple(its)?;
    let result = vm.with_roots(&[its], |vm| none_tuple(vm, a.pos.len()));
    let result = match result {
        Ok(r) => r,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(its));
            return Err(e);
        }
    };
    let z = new_iter(vm, IterState::Zip { its, strict })?;
    z.payload::<IterObject>().result.set(Some(result));
    Ok(z)
}

fn map_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    if a.len() < 2 {
        return Err(vm.type_error("map() must have at least two arguments.".to_string()));
    }
    // CPython's `iters` tuple.
    let its = iters_of(vm, &a.pos[1..])?;
    let its = vm.new_tuple(its)?;
    let func = vm.incref(a.pos[0]);
    new_iter(vm, IterState::Map { func, its })
}

fn filter_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "filter", 2, 2)?;
    let it = vm.get_iter(a.pos[1])?;
    let func = vm.incref(a.pos[0]);
    new_iter(vm, IterState::Filter { func, it })
}

/// `reversed(seq)` over a tuple of the values.
/// CPython's `reversed` object over a sequence without `__reversed__`:
/// its length now, its items asked one by one as it runs.
/// The reverse of a range whose bounds do not fit a machine word: an
/// iterator over the range the other way (CPython's `longrangeiter`).
fn reversed_big_range<C: Collector>(vm: &mut Vm<C>, seq: ObjRef) -> PyResult<ObjRef> {
    use num_bigint::BigInt;
    let r = seq.payload::<RangeObject>();
    let big = |o: ObjRef| int_of(o).map_or_else(|| BigInt::from(0), |i| i.to_big());
    let (start, stop, step) = (big(r.start), big(r.stop), big(r.step));
    let zero = BigInt::from(0);
    let one = BigInt::from(1);
    let n = if step > zero && start < stop {
        (&stop - &start - &one) / &step + &one
    } else if step < zero && start > stop {
        (&start - &stop - &one) / (-&step) + &one
    } else {
        zero.clone()
    };
    let (last, new_stop, new_step) = if n > zero {
        (&start + (&n - &one) * &step, &start - &step, -&step)
    } else {
        (zero.clone(), zero, one)
    };
    let parts = vm.make_all(3, |vm, i| {
        vm.new_bigint([&last, &new_stop, &new_step][i].clone())
    })?;
    let range = vm.types.get("range");
    let r = vm.with_items(parts, |vm, parts| vm.call(range, parts))?;
    vm.using(r, |vm, r| vm.get_iter(r))
}

fn reversed_lazily<C: Collector>(vm: &mut Vm<C>, seq: ObjRef) -> PyResult<ObjRef> {
    let n = vm.len(seq)? as isize;
    new_iter(
        vm,
        IterState::ReversedGetItem {
            seq: Some(vm.incref(seq)),
            index: n - 1,
        },
    )
}

fn reversed_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    if a.len() != 1 && !a.has_kw() {
        let n = a.len();
        return Err(vm.type_error(format!("reversed expected 1 argument, got {n}")));
    }
    check_args(vm, &a, "reversed", 1, 1)?;
    let seq = a.pos[0];
    if let Some(r) = reversed_builtin(vm, seq, seq.tag()) {
        return r;
    }
    if let Some(r) = vm.try_dunder_bound(seq, "__reversed__", &[])? {
        return Ok(r);
    }
    if crate::protocol::ops::is_user(seq) && vm.has_type_attr(seq, "__getitem__") {
        return reversed_lazily(vm, seq);
    }
    let tn = vm.type_name(seq);
    Err(vm.type_error(format!("'{tn}' object is not reversible")))
}

/// The reverse iterator of `seq`, a builtin sequence of layout `tag` (its
/// own, or the builtin base's for `list.__reversed__` and the like called
/// on a subclass instance); `None` for other layouts.
pub(crate) fn reversed_builtin<C: Collector>(
    vm: &mut Vm<C>,
    seq: ObjRef,
    tag: Tag,
) -> Option<PyResult<ObjRef>> {
    Some(match tag {
        Tag::List | Tag::Tuple => (|| {
            let n = vm.len_as(seq, tag)? as isize;
            new_iter(
                vm,
                IterState::Reversed {
                    seq: Some(vm.incref(seq)),
                    index: n - 1,
                },
            )
        })(),
        // A range's reverse is a range iterator the other way (CPython's
        // `range_reverse`), not a copy of its values.
        Tag::Range if crate::protocol::range::range_fits(seq) => (|| {
            let (start, _, step) = vm.range_values(seq)?;
            let n = vm.range_length(seq)? as i128;
            let (start, step) = (start as i128, step as i128);
            let (last, stop) = (start + (n - 1) * step, start - step);
            match (
                i64::try_from(last),
                i64::try_from(stop),
                i64::try_from(-step),
            ) {
                (Ok(cur), Ok(stop), Ok(step)) if n > 0 => {
                    new_iter(vm, IterState::Range { cur, stop, step })
                }
                _ if n == 0 => new_iter(
                    vm,
                    IterState::Range {
                        cur: 0,
                        stop: 0,
                        step: 1,
                    },
                ),
                _ => reversed_lazily(vm, seq),
            }
        })(),
        Tag::Range => reversed_big_range(vm, seq),
        Tag::Str | Tag::Bytes | Tag::Bytearray => reversed_lazily(vm, seq),
        Tag::Dict | Tag::DictView => (|| {
            let items = vm.iterate(seq)?;
            let n = items.len() as isize;
            let t = vm.new_list(items)?;
            let part = match seq.get::<crate::types::iter::DictViewObject>() {
                Some(v) => v.part,
                None => crate::types::iter::DictPart::Keys,
            };
            new_iter(
                vm,
                IterState::DictReversed {
                    seq: Some(t),
                    index: n - 1,
                    part,
                },
            )
        })(),
        _ => return None,
    })
}
