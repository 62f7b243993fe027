//! The `copy` module: `copy` makes a new outer object, `deepcopy` new
//! objects all the way down, preserving shared references and cycles
//! through a memo keyed by object identity.

use crate::builtins::{check_args, check_kwargs, kwarg};
use crate::object::tail_of;
use crate::object::{layout_tag, ObjExt, Tag};
use crate::types::instance::{InstanceObject, SlotsInstance};
use crate::types::list::list_of;
use crate::types::set::set_of;
use crate::types::tuple::tuple_items;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::cell::Cell;

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    super::new_native_module(vm, "copy", &[("copy", copy), ("deepcopy", deepcopy)]);
}

/// Objects copied as themselves (immutable atoms, functions, classes).
fn is_atomic(o: ObjRef) -> bool {
    matches!(
        o.tag(),
        Tag::None
            | Tag::NotImplemented
            | Tag::Ellipsis
            | Tag::Bool
            | Tag::Int
            | Tag::Float
            | Tag::Complex
            | Tag::Str
            | Tag::Bytes
            | Tag::Range
            | Tag::Slice
            | Tag::Function
            | Tag::Builtin
            | Tag::Type
            | Tag::Code
            | Tag::Module
            | Tag::Property
            | Tag::FrozenSet
    )
}

fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "copy", 1, 1)?;
    let x = args.pos[0];
    if is_atomic(x) || x.tag() == Tag::Tuple {
        return Ok(vm.incref(x));
    }
    match x.tag() {
        Tag::List => {
            let items: Vec<ObjRef> = list_of(x)
                .expect("list")
                .snapshot()
                .into_iter()
                .map(|i| vm.incref(i))
                .collect();
            vm.new_list(items)
        }
        Tag::Dict => vm.dict_copy(x),
        Tag::Set => vm.set_from(x, false),
        Tag::Instance => {
            if let Some(r) = vm.try_dunder(x, "__copy__", &[])? {
                return Ok(r);
            }
            if customises_pickling(vm, x) {
                let none = vm.none;
                return copy_by_reduction(vm, x, none);
            }
            let new = blank_instance(vm, x)?;
            copy_slots(vm, x, new, |vm, v| Ok(vm.incref(v)))?;
            // Rooted while the dict is copied (a user key's `__eq__` runs).
            vm.fill(new, |vm, new| {
                let Some(d) = vm.attribute_dict(x)? else {
                    return Ok(());
                };
                let nd = vm.new_split_instance_dict(new)?;
                new.payload::<InstanceObject>().dict.set(Some(nd));
                vm.dict_update(nd, d, false)
            })
        }
        Tag::Subclass => {
            if let Some(r) = vm.try_dunder(x, "__copy__", &[])? {
                return Ok(r);
            }
            // (Layouts whose type describes them with `__reduce__`.)
            if matches!(layout_tag(x), Tag::Random | Tag::Deque) {
                let none = vm.none;
                return copy_by_reduction(vm, x, none);
            }
            reconstruct(vm, x, None)
        }
        // `partial.__reduce__` describes it.
        Tag::Partial => {
            let none = vm.none;
            copy_by_reduction(vm, x, none)
        }
        // (`deque.__copy__`.)
        Tag::Deque => match vm.try_dunder(x, "__copy__", &[])? {
            Some(r) => Ok(r),
            None => {
                let none = vm.none;
                copy_by_reduction(vm, x, none)
            }
        },
        // `BaseException.__reduce__` describes it.
        Tag::Exception => {
            if let Some(r) = vm.try_dunder(x, "__copy__", &[])? {
                return Ok(r);
            }
            let none = vm.none;
            copy_by_reduction(vm, x, none)
        }
        _ => {
            let tn = vm.type_name(x);
            Err(vm.type_error(format!("cannot copy '{tn}' object")))
        }
    }
}

/// A copy of `x`, an instance of a subclass of a builtin type, as
/// `copyreg`'s `__reduce_ex__` describes it and `copy._reconstruct`
/// rebuilds it: `cls.__new__(cls, *args)` (args from `__getnewargs__`, or
/// the builtin value of an immutable base), the instance dict as state,
/// then the list items appended or dict items stored (through the
/// subclass's own `extend` and `__setitem__`). With a memo, a deep copy.
fn reconstruct<C: Collector>(vm: &mut Vm<C>, x: ObjRef, memo: Option<ObjRef>) -> PyResult<ObjRef> {
    let cls = vm.type_of(x);
    let args = match vm.call_special(x, "__getnewargs__", &[])? {
        Some(t) => vm.using(t, |vm, t| vm.iterate(t))?,
        None => match layout_tag(x) {
            Tag::List | Tag::Dict | Tag::Bytearray => Vec::new(),
            Tag::Str => vec![vm.new_str(crate::types::str::str_of(x).unwrap_or(""))?],
            Tag::Tuple | Tag::Set | Tag::FrozenSet => {
                let items = vm.iterate(x)?;
                let seq = if layout_tag(x) == Tag::Tuple {
                    vm.new_tuple(items)?
                } else {
                    vm.new_list(items)?
                };
                vec![seq]
            }
            Tag::Bytes => {
                let b = crate::types::bytes::bytes_of(x).expect("bytes").to_vec();
                vec![vm.new_bytes(b)?]
            }
            Tag::Float => vec![crate::types::slot_wrappers::exact_float(vm, x)?],
            Tag::Complex => {
                let (re, im) = crate::types::complex::complex_of(x).expect("complex");
                vec![vm.new_complex(re, im)?]
            }
            _ => vec![crate::types::slot_wrappers::exact_int(vm, x)?],
        },
    };
    let args = match memo {
        Some(m) => vm.with_items(args, |vm, args| {
            vm.make_all(args.len(), |vm, i| deep(vm, args[i], m))
        })?,
        None => args,
    };
    let new = vm.with_items(args, |vm, args| {
        let f = vm.getattr_str(cls, "__new__")?;
        let mut all = vec![cls];
        all.extend_from_slice(args);
        vm.using(f, |vm, f| vm.call(f, &all))
    })?;
    vm.fill(new, |vm, y| {
        if let Some(m) = memo {
            memo_put(vm, m, x, y)?;
        }
        if let Some(d) = vm
            .attribute_dict(x)?
            .filter(|&d| crate::types::dict::dict_of(d).is_some_and(|d| !d.is_empty()))
        {
            let state = match memo {
                Some(m) => deep(vm, d, m)?,
                None => vm.incref(d),
            };
            vm.using(state, |vm, state| {
                let yd = match vm.attribute_dict(y)? {
                    Some(yd) => yd,
                    None => vm.create_instance_dict(y)?,
                };
                vm.dict_update(yd, state, false)
            })?;
        }
        match layout_tag(x) {
            Tag::List => {
                let items = list_of(x).expect("list").snapshot();
                vm.with_owned(items, |vm, items| {
                    for &item in items {
                        let c = match memo {
                            Some(m) => deep(vm, item, m)?,
                            None => vm.incref(item),
                        };
                        let r = vm.using(c, |vm, c| vm.call_method_named(y, "append", &[c]))?;
                        vm.decref(r);
                    }
                    Ok(())
                })
            }
            Tag::Dict => {
                let d = crate::types::dict::dict_of(x).expect("dict");
                let mut pairs = Vec::new();
                for i in 0..d.slots() {
                    if let Some(e) = d.entry(i) {
                        pairs.push(vm.incref(e.key));
                        pairs.push(vm.incref(e.value));
                    }
                }
                vm.with_items(pairs, |vm, pairs| {
                    for kv in pairs.chunks(2) {
                        let (k, v) = match memo {
                            Some(m) => {
                                let k = deep(vm, kv[0], m)?;
                                let v = vm.with_roots(&[k], |vm| deep(vm, kv[1], m));
                                match v {
                                    Ok(v) => (k, v),
                                    Err(e) => {
                                        vm.with_roots(&[e], |vm| vm.decref(k));
                                        return Err(e);
                                    }
                                }
                            }
                            None => (vm.incref(kv[0]), vm.incref(kv[1])),
                        };
                        let r = vm.with_roots(&[k, v], |vm| vm.setitem(y, k, v));
                        vm.decref(k);
                        vm.decref(v);
                        r?;
                    }
                    Ok(())
                })
            }
            Tag::Bytearray => {
                let b = crate::types::bytearray::buffer_of(x).expect("bytearray");
                let b = b.into_owned();
                vm.bytearray_mut(y, |yb| *yb = b)
            }
            _ => Ok(()),
        }
    })
}

/// Does x's class define how it is pickled (and so copied)?
fn customises_pickling<C: Collector>(vm: &mut Vm<C>, x: ObjRef) -> bool {
    [
        "__reduce_ex__",
        "__reduce__",
        "__getstate__",
        "__setstate__",
        "__getnewargs__",
        "__getnewargs_ex__",
    ]
    .iter()
    .any(|n| {
        // `object`'s own reduction is the default, not a customisation.
        let key = vm.intern_borrow(n);
        let t = vm.type_of(x);
        let object_dict = vm
            .types
            .object
            .payload::<crate::types::typeobj::TypeObject>()
            .dict;
        vm.lookup_type_attr(t, key)
            .is_some_and(|f| Some(f) != crate::protocol::attr::dict_get_str_key(object_dict, key))
    })
}

/// A copy made by the reduction protocol (`_copyreduce.copy_instance`,
/// Python inside the binary); `memo` is None for a shallow copy.
fn copy_by_reduction<C: Collector>(vm: &mut Vm<C>, x: ObjRef, memo: ObjRef) -> PyResult<ObjRef> {
    let name = vm.intern_borrow("_copyreduce");
    let module = vm.import_module(name)?;
    let f = vm.using(module, |vm, m| vm.getattr_str(m, "copy_instance"))?;
    vm.using(f, |vm, f| vm.call(f, &[x, memo]))
}

/// A new instance of x's class with no attributes, without `__init__`.
fn blank_instance<C: Collector>(vm: &mut Vm<C>, x: ObjRef) -> PyResult<ObjRef> {
    let cls = x.payload::<InstanceObject>().class.get();
    vm.alloc_instance(cls)
}

/// Fill the `__slots__` of `y` (a blank instance of x's class) with
/// `each` of x's (as `copyreg`'s state does, one slot at a time).
fn copy_slots<C: Collector>(
    vm: &mut Vm<C>,
    x: ObjRef,
    y: ObjRef,
    mut each: impl FnMut(&mut Vm<C>, ObjRef) -> PyResult<ObjRef>,
) -> PyResult<()> {
    if x.get::<SlotsInstance>().is_none() {
        return Ok(());
    }
    let n = tail_of::<SlotsInstance>(x).len();
    for i in 0..n {
        // Read afresh: `each` may run Python code that changes x.
        let Some(v) = tail_of::<SlotsInstance>(x).get(i).and_then(Cell::get) else {
            continue;
        };
        let v = each(vm, v)?;
        let old = tail_of::<SlotsInstance>(y)[i].replace(Some(v));
        vm.decref_opt(old);
    }
    Ok(())
}

fn deepcopy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "deepcopy", &["memo"])?;
    crate::builtins::check_count(vm, args.len(), "deepcopy", 1, 2)?;
    let memo = match args
        .pos
        .get(1)
        .copied()
        .or_else(|| kwarg(&args, "memo"))
        .filter(|&m| m != vm.none)
    {
        Some(m) if crate::types::dict::dict_of(m).is_some() => vm.incref(m),
        Some(m) => {
            // CPython's deepcopy calls `memo.get(...)`; ouro's memo is a dict.
            let tn = vm.type_name(m);
            return Err(vm.new_error(
                "AttributeError",
                format!("'{tn}' object has no attribute 'get'"),
            ));
        }
        None => vm.new_dict()?,
    };
    let r = vm.with_roots(&[memo], |vm| deep(vm, args.pos[0], memo));
    vm.decref(memo);
    r
}

/// The memo key of an object: its id.
fn memo_key<C: Collector>(vm: &mut Vm<C>, x: ObjRef) -> PyResult<ObjRef> {
    vm.new_bigint(num_bigint::BigInt::from(x.addr()))
}

fn memo_get<C: Collector>(vm: &mut Vm<C>, memo: ObjRef, x: ObjRef) -> PyResult<Option<ObjRef>> {
    let k = memo_key(vm, x)?;
    vm.using(k, |vm, k| vm.dict_get(memo, k))
}

fn memo_put<C: Collector>(vm: &mut Vm<C>, memo: ObjRef, x: ObjRef, y: ObjRef) -> PyResult<()> {
    let k = memo_key(vm, x)?;
    vm.using(k, |vm, k| vm.dict_set(memo, k, y))
}

fn deep<C: Collector>(vm: &mut Vm<C>, x: ObjRef, memo: ObjRef) -> PyResult<ObjRef> {
    if is_atomic(x) {
        return Ok(vm.incref(x));
    }
    if let Some(y) = memo_get(vm, memo, x)? {
        return Ok(y);
    }
    let y = vm.nested("", |vm| deep_new(vm, x, memo))?;
    if y == x {
        // Its own copy: not memoized (CPython's `deepcopy`).
        return Ok(y);
    }
    // Whatever made the copy (a `__deepcopy__` too), it is remembered, and
    // `x` is kept alive by the memo as long as its id is a key there.
    let r = vm.with_roots(&[y], |vm| {
        memo_put(vm, memo, x, y)?;
        keep_alive(vm, memo, x)
    });
    match r {
        Ok(()) => Ok(y),
        Err(e) => {
            vm.decref(y);
            Err(e)
        }
    }
}

/// CPython's `copy._keep_alive`: `memo[id(memo)]` is a list of every
/// original copied, so that none dies (and has its id reused) while the
/// memo maps its id.
fn keep_alive<C: Collector>(vm: &mut Vm<C>, memo: ObjRef, x: ObjRef) -> PyResult<()> {
    let k = memo_key(vm, memo)?;
    vm.using(k, |vm, k| match vm.dict_get(memo, k)? {
        Some(held) => {
            let r = if list_of(held).is_some() {
                let x = vm.incref(x);
                vm.list_append(held, x)
            } else {
                vm.call_method_named(held, "append", &[x])
                    .map(|r| vm.decref(r))
            };
            vm.decref(held);
            r
        }
        None => {
            let held = vm.new_list(vec![vm.incref(x)])?;
            vm.using(held, |vm, held| vm.dict_set(memo, k, held))
        }
    })
}

fn deep_new<C: Collector>(vm: &mut Vm<C>, x: ObjRef, memo: ObjRef) -> PyResult<ObjRef> {
    match x.tag() {
        Tag::List => {
            let y = vm.new_list(Vec::new())?;
            let items = list_of(x).expect("list").snapshot();
            vm.fill(y, |vm, y| {
                memo_put(vm, memo, x, y)?;
                vm.with_owned(items, |vm, items| {
                    for &item in items {
                        let c = deep(vm, item, memo)?;
                        vm.list_append(y, c)?;
                    }
                    Ok(())
                })
            })
        }
        Tag::Tuple => {
            let items = tuple_items(x).expect("tuple").to_vec();
            let copies = vm.make_all(items.len(), |vm, i| deep(vm, items[i], memo))?;
            let found = vm.with_roots(&copies, |vm| memo_get(vm, memo, x));
            let found = match found {
                Ok(f) => f,
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref_all(copies));
                    return Err(e);
                }
            };
            if let Some(y) = found {
                vm.decref_all(copies);
                return Ok(y);
            }
            if copies.iter().zip(&items).all(|(a, b)| a == b) {
                vm.decref_all(copies);
                return Ok(vm.incref(x));
            }
            let y = vm.new_tuple(copies)?;
            vm.fill(y, |vm, y| memo_put(vm, memo, x, y))
        }
        Tag::Dict => {
            let y = vm.new_dict()?;
            let pairs: Vec<ObjRef> = crate::types::dict::dict_of(x)
                .expect("dict")
                .snapshot()
                .iter()
                .flat_map(|e| [e.key, e.value])
                .collect();
            vm.fill(y, |vm, y| {
                memo_put(vm, memo, x, y)?;
                vm.with_owned(pairs, |vm, pairs| {
                    for kv in pairs.chunks(2) {
                        let k = deep(vm, kv[0], memo)?;
                        vm.using(k, |vm, k| {
                            let v = deep(vm, kv[1], memo)?;
                            vm.using(v, |vm, v| vm.dict_set(y, k, v))
                        })?;
                    }
                    Ok(())
                })
            })
        }
        Tag::Set => {
            let y = vm.new_set(false)?;
            let keys = set_of(x).expect("set").keys();
            vm.fill(y, |vm, y| {
                memo_put(vm, memo, x, y)?;
                vm.with_owned(keys, |vm, keys| {
                    for &k in keys {
                        let c = deep(vm, k, memo)?;
                        vm.using(c, |vm, c| vm.set_add(y, c))?;
                    }
                    Ok(())
                })
            })
        }
        Tag::Instance => deep_instance(vm, x, memo),
        Tag::Subclass => {
            if let Some(r) = vm.try_dunder(x, "__deepcopy__", &[memo])? {
                return Ok(r);
            }
            // (Layouts whose type describes them with `__reduce__`.)
            if matches!(layout_tag(x), Tag::Random | Tag::Deque) {
                return copy_by_reduction(vm, x, memo);
            }
            reconstruct(vm, x, Some(memo))
        }
        // `deque.__reduce__` describes it.
        Tag::Deque | Tag::Partial => copy_by_reduction(vm, x, memo),
        _ => Ok(vm.incref(x)),
    }
}

fn deep_instance<C: Collector>(vm: &mut Vm<C>, x: ObjRef, memo: ObjRef) -> PyResult<ObjRef> {
    if let Some(r) = vm.try_dunder(x, "__deepcopy__", &[memo])? {
        return Ok(r);
    }
    if customises_pickling(vm, x) {
        return copy_by_reduction(vm, x, memo);
    }
    let y = blank_instance(vm, x)?;
    vm.fill(y, |vm, y| {
        memo_put(vm, memo, x, y)?;
        copy_slots(vm, x, y, |vm, v| deep(vm, v, memo))?;
        if let Some(d) = vm.attribute_dict(x)? {
            let nd = deep(vm, d, memo)?;
            let old = y.payload::<InstanceObject>().dict.replace(Some(nd));
            vm.decref_opt(old);
        }
        Ok(())
    })
}
