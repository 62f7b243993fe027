//! `next()` for the builtin iterator layout, one arm per iterator kind. An
//! exhausted sequence iterator drops its reference to the sequence, as
//! CPython's do.

use crate::object::{ObjExt, Tag};
use crate::types::bytes::bytes_of;
use crate::types::dict::dict_of;
use crate::types::iter::{DictPart, IterObject, IterState};
use crate::types::set::{set_of, Slot};
use crate::types::str::StrObject;
use crate::types::tuple::tuple_items;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// What one step of an iterator produced, decided with the state borrowed
/// and acted on after the borrow ends (acting may run Python code).
enum StepOut {
    Value(ObjRef),
    Done(Option<ObjRef>),
    Int(i64),
    Char(char),
    Pair(ObjRef, ObjRef),
    Error(&'static str),
    Other,
}

/// `FOR_ITER`'s quick way for the iterators most loops run over: a list,
/// tuple or range iterator (exactly `Tag::Iter`, checked by the caller).
/// `None` when `it` is another kind: the caller takes `Vm::next`. The
/// result is what `builtin_next` would give, with the same releases.
#[inline(always)]
pub fn quick_next<C: Collector>(vm: &mut Vm<C>, it: ObjRef) -> Option<PyResult<Option<ObjRef>>> {
    let out = {
        let mut st = it.payload::<IterObject>().state.borrow_mut();
        match &mut *st {
            IterState::Range { cur, stop, step } if *step == 1 => {
                if *cur >= *stop {
                    StepOut::Done(None)
                } else {
                    let v = *cur;
                    *cur += 1;
                    StepOut::Int(v)
                }
            }
            IterState::Seq { seq, index } => {
                let s = (*seq)?;
                let item = match crate::object::layout_tag(s) {
                    Tag::List => crate::types::list::list_of(s).expect("list").get(*index),
                    Tag::Tuple => crate::types::tuple::tuple_items(s)
                        .expect("tuple")
                        .get(*index)
                        .copied(),
                    _ => return None,
                };
                match item {
                    Some(v) => {
                        *index += 1;
                        StepOut::Value(v)
                    }
                    None => StepOut::Done(seq.take()),
                }
            }
            _ => return None,
        }
    };
    Some(match out {
        StepOut::Value(v) => Ok(Some(vm.incref(v))),
        StepOut::Int(i) => vm.new_int_i64(i).map(Some),
        StepOut::Done(released) => {
            vm.decref_opt(released);
            Ok(None)
        }
        _ => unreachable!("quick_next makes no other step"),
    })
}

pub fn builtin_next<C: Collector>(vm: &mut Vm<C>, it: ObjRef) -> PyResult<Option<ObjRef>> {
    let out = step(it);
    match out {
        StepOut::Value(v) => Ok(Some(vm.incref(v))),
        StepOut::Done(released) => {
            vm.decref_opt(released);
            Ok(None)
        }
        StepOut::Int(i) => vm.new_int_i64(i).map(Some),
        StepOut::Char(c) => vm.new_str(c.encode_utf8(&mut [0; 4])).map(Some),
        StepOut::Pair(a, b) => {
            let (a, b) = (vm.incref(a), vm.incref(b));
            recycled_tuple(vm, it, &[a, b], false).map(Some)
        }
        StepOut::Error(msg) => Err(vm.new_error("RuntimeError", msg.to_string())),
        // A StopIteration out of the function `map` or `filter` calls
        // ends the iteration, as it does every consumer of CPython's
        // `tp_iternext` (`PyIter_Next`, `FOR_ITER`).
        StepOut::Other => match composite_next(vm, it) {
            Err(e) if vm.is_instance_of_name(e, "StopIteration") => {
                vm.decref(e);
                Ok(None)
            }
            r => r,
        },
    }
}

/// Advance the simple kinds with the state borrowed (no Python code runs).
fn step(it: ObjRef) -> StepOut {
    let mut st = it.payload::<IterObject>().state.borrow_mut();
    match &mut *st {
        IterState::Seq { seq, index } => seq_step(seq, index),
        IterState::Reversed { seq, index } | IterState::DictReversed { seq, index, .. } => {
            let Some(s) = *seq else {
                return StepOut::Done(None);
            };
            let items = seq_items(s);
            if *index >= 0 && (*index as usize) < items.len() {
                let v = items[*index as usize];
                *index -= 1;
                StepOut::Value(v)
            } else {
                StepOut::Done(seq.take())
            }
        }
        IterState::Range { cur, stop, step } => {
            let more = if *step > 0 {
                *cur < *stop
            } else {
                *cur > *stop
            };
            if !more {
                return StepOut::Done(None);
            }
            let v = *cur;
            *cur = cur.saturating_add(*step);
            if (*step > 0 && *cur < v) || (*step < 0 && *cur > v) {
                *cur = *stop;
            }
            StepOut::Int(v)
        }
        IterState::Dict {
            dict,
            index,
            part,
            len,
            left,
        } => dict_step(dict, index, *part, *len, left),
        IterState::Set { set, index, len } => {
            let Some(s) = *set else {
                return StepOut::Done(None);
            };
            let so = set_of(s).expect("set");
            if so.len() != *len {
                *len = usize::MAX;
                return StepOut::Error("Set changed size during iteration");
            }
            let t = so.table.borrow();
            while *index < t.slots.len() {
                let i = *index;
                *index += 1;
                if let Slot::Key { key, .. } = t.slots[i] {
                    return StepOut::Value(key);
                }
            }
            drop(t);
            StepOut::Done(set.take())
        }
        IterState::Deque {
            deque,
            index,
            counter,
            state,
            reverse,
        } => {
            // (CPython's forward iterator looks at the state first, the
            // reverse one at its count.)
            let dq = crate::types::deque::deque_of(*deque).expect("a deque");
            if *reverse && *counter == 0 {
                return StepOut::Done(None);
            }
            if dq.state() != *state {
                *counter = 0;
                return StepOut::Error("deque mutated during iteration");
            }
            if *counter == 0 {
                return StepOut::Done(None);
            }
            *counter -= 1;
            let at = if *reverse {
                *counter
            } else {
                *index += 1;
                *index - 1
            };
            match dq.get(at) {
                Some(v) => StepOut::Value(v),
                None => StepOut::Done(None),
            }
        }
        _ => StepOut::Other,
    }
}

fn seq_items(s: ObjRef) -> Vec<ObjRef> {
    match crate::object::layout_tag(s) {
        Tag::List => crate::types::list::list_of(s).expect("list").snapshot(),
        Tag::Tuple => crate::types::tuple::tuple_items(s).expect("tuple").to_vec(),
        _ => Vec::new(),
    }
}

fn seq_step(seq: &mut Option<ObjRef>, index: &mut usize) -> StepOut {
    let Some(s) = *seq else {
        return StepOut::Done(None);
    };
    let i = *index;
    let v = match crate::object::layout_tag(s) {
        Tag::List => crate::types::list::list_of(s)
            .expect("list")
            .get(i)
            .map(StepOut::Value),
        Tag::Tuple => crate::types::tuple::tuple_items(s)
            .expect("tuple")
            .get(i)
            .map(|&v| StepOut::Value(v)),
        Tag::Bytes => bytes_of(s)
            .and_then(|b| b.get(i))
            .map(|&b| StepOut::Int(b as i64)),
        Tag::Bytearray => crate::types::bytearray::bytearray_of(s)
            .and_then(|a| a.b.borrow().get(i).copied())
            .map(|b| StepOut::Int(b as i64)),
        _ => {
            let so = s.payload::<StrObject>();
            (i < so.chars).then(|| StepOut::Char(so.char_at(i)))
        }
    };
    match v {
        Some(out) => {
            *index += 1;
            out
        }
        None => StepOut::Done(seq.take()),
    }
}

fn dict_step(
    dict: &mut Option<ObjRef>,
    index: &mut usize,
    part: DictPart,
    len: usize,
    left: &mut usize,
) -> StepOut {
    let Some(d) = *dict else {
        return StepOut::Done(None);
    };
    let dobj = dict_of(d).expect("dict");
    if dobj.len() != len {
        return StepOut::Error("dictionary changed size during iteration");
    }
    match dobj.next_live(*index) {
        Some((i, key, value)) => {
            *index = i + 1;
            if *left == 0 {
                return StepOut::Error("dictionary keys changed during iteration");
            }
            *left -= 1;
            match part {
                DictPart::Keys => StepOut::Value(key),
                DictPart::Values => StepOut::Value(value),
                DictPart::Items => StepOut::Pair(key, value),
            }
        }
        None => StepOut::Done(dict.take()),
    }
}

/// The iterators of a `zip` or `map` (their tuple's items).
fn items_of(its: ObjRef) -> Vec<ObjRef> {
    tuple_items(its).expect("a tuple of iterators").to_vec()
}

/// Iterators built on other iterators or on Python calls.
fn composite_next<C: Collector>(vm: &mut Vm<C>, it: ObjRef) -> PyResult<Option<ObjRef>> {
    enum Kind {
        Enumerate(ObjRef),
        Zip(Vec<ObjRef>, bool),
        Map(ObjRef, Vec<ObjRef>),
        Filter(ObjRef, ObjRef),
        GetItem(Option<ObjRef>, usize),
        ReversedGetItem(Option<ObjRef>, isize),
        Callable(Option<ObjRef>, ObjRef),
        Permutations,
        Combinations,
        Product,
        ZipLongest,
    }
    let kind = match &*it.payload::<IterObject>().state.borrow() {
        IterState::Enumerate { it, .. } => Kind::Enumerate(*it),
        IterState::Zip { its, strict } => Kind::Zip(items_of(*its), *strict),
        IterState::Map { func, its } => Kind::Map(*func, items_of(*its)),
        IterState::Filter { func, it } => Kind::Filter(*func, *it),
        IterState::GetItem { seq, index } => Kind::GetItem(*seq, *index),
        IterState::ReversedGetItem { seq, index } => Kind::ReversedGetItem(*seq, *index),
        IterState::Callable { func, sentinel } => Kind::Callable(*func, *sentinel),
        IterState::Permutations { .. } => Kind::Permutations,
        IterState::Combinations { .. } => Kind::Combinations,
        IterState::Product { .. } => Kind::Product,
        IterState::ZipLongest { .. } => Kind::ZipLongest,
        _ => unreachable!("simple kinds are handled by step"),
    };
    // The caller holds `it`, which keeps the state's objects alive.
    (|| match kind {
        Kind::Enumerate(inner) => enumerate_next(vm, it, inner),
        Kind::Permutations => permutations_next(vm, it),
        Kind::Combinations => combinations_next(vm, it),
        Kind::Product => product_next(vm, it),
        Kind::ZipLongest => zip_longest_next(vm, it),
        Kind::Zip(its, strict) => zip_next(vm, it, &its, strict),
        Kind::Map(func, its) => match next_all(vm, &its)? {
            Some(args) => {
                let r = vm.with_roots(&args, |vm| vm.call(func, &args));
                vm.decref_all(args);
                r.map(Some)
            }
            None => Ok(None),
        },
        Kind::Filter(func, inner) => filter_next(vm, func, inner),
        Kind::GetItem(seq, index) => getitem_next(vm, it, seq, index),
        Kind::ReversedGetItem(seq, index) => reversed_next(vm, it, seq, index),
        Kind::Callable(func, sentinel) => {
            let Some(f) = func else { return Ok(None) };
            // Held: a re-entrant `next` that meets the sentinel drops the
            // iterator's function while this call is running it.
            let v = vm.using(vm.incref(f), |vm, f| vm.call(f, &[]))?;
            let hit = vm.with_roots(&[v], |vm| vm.eq(v, sentinel));
            let hit = match hit {
                Ok(h) => h,
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref(v));
                    return Err(e);
                }
            };
            if hit {
                vm.decref(v);
                if let IterState::Callable { func, .. } =
                    &mut *it.payload::<IterObject>().state.borrow_mut()
                {
                    let f = func.take();
                    vm.decref_opt(f);
                }
                return Ok(None);
            }
            Ok(Some(v))
        }
    })()
}

fn enumerate_next<C: Collector>(
    vm: &mut Vm<C>,
    it: ObjRef,
    inner: ObjRef,
) -> PyResult<Option<ObjRef>> {
    let Some(v) = vm.next(inner)? else {
        return Ok(None);
    };
    // The count is read after the inner `next`, which may have re-entered
    // this enumerate and advanced (and released) it.
    let (index, long) = match &*it.payload::<IterObject>().state.borrow() {
        IterState::Enumerate { index, long, .. } => (*index, *long),
        _ => unreachable!("enumerate state"),
    };
    let set = |index: i64, long: Option<ObjRef>| {
        if let IterState::Enumerate {
            index: i, long: l, ..
        } = &mut *it.payload::<IterObject>().state.borrow_mut()
        {
            *i = index;
            *l = long;
        }
    };
    let counted = match long {
        // CPython's `enum_next`: a new int of the index.
        None if index < i64::MAX => vm.new_int_i64(index).inspect(|_| set(index + 1, None)),
        // `enum_next_long`: the held int object, replaced by one more.
        _ => {
            let count = match long {
                Some(c) => Ok(c),
                None => vm.new_int_i64(i64::MAX),
            };
            count.and_then(|count| {
                let one = match vm.new_int_i64(1) {
                    Ok(one) => one,
                    Err(e) => {
                        if long.is_none() {
                            vm.decref(count);
                        }
                        return Err(e);
                    }
                };
                let r = vm.with_roots(&[one], |vm| {
                    vm.binary_op(count, one, ouro_compiler::bytecode::BinOp::Add, false)
                });
                vm.decref(one);
                match r {
                    Ok(next) => {
                        set(i64::MAX, Some(next));
                        Ok(count)
                    }
                    Err(e) => {
                        if long.is_none() {
                            vm.decref(count);
                        }
                        Err(e)
                    }
                }
            })
        }
    };
    let old = match counted {
        Ok(n) => n,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(v));
            return Err(e);
        }
    };
    recycled_tuple(vm, it, &[old, v], false).map(Some)
}

/// The next tuple of `itertools.permutations` (CPython's
/// `permutations_next`): the indices advance as its algorithm advances
/// them, and the result tuple is refilled in place while the iterator
/// holds it alone (else a new one replaces it).
fn permutations_next<C: Collector>(vm: &mut Vm<C>, it: ObjRef) -> PyResult<Option<ObjRef>> {
    let items = {
        let mut st = it.payload::<IterObject>().state.borrow_mut();
        let IterState::Permutations {
            pool,
            r,
            indices,
            cycles,
            started,
            stopped,
        } = &mut *st
        else {
            unreachable!("permutations state")
        };
        let (n, r) = (pool.len(), *r);
        if *stopped {
            return Ok(None);
        }
        if *started {
            // Find the rightmost index whose cycle is not done; the ones
            // after it rotate back to their start.
            let mut i = r;
            let advanced = loop {
                if i == 0 {
                    break false;
                }
                i -= 1;
                cycles[i] -= 1;
                if cycles[i] == 0 {
                    indices[i..].rotate_left(1);
                    cycles[i] = n - i;
                } else {
                    let j = n - cycles[i];
                    indices.swap(i, j);
                    break true;
                }
            };
            if !advanced || n == 0 {
                *stopped = true;
                return Ok(None);
            }
        }
        *started = true;
        let items: Vec<ObjRef> = indices[..r].iter().map(|&k| pool[k]).collect();
        items
    };
    let items: Vec<ObjRef> = items.into_iter().map(|o| vm.incref(o)).collect();
    recycled_tuple(vm, it, &items, true).map(Some)
}

/// The next tuple of `itertools.combinations` (CPython's
/// `combinations_next`): the rightmost index that can move moves up one,
/// the ones after it follow; the result tuple is refilled in place while
/// the iterator holds it alone.
fn combinations_next<C: Collector>(vm: &mut Vm<C>, it: ObjRef) -> PyResult<Option<ObjRef>> {
    let items = {
        let mut st = it.payload::<IterObject>().state.borrow_mut();
        let IterState::Combinations {
            pool,
            r,
            indices,
            repeats,
            started,
            stopped,
        } = &mut *st
        else {
            unreachable!("combinations state")
        };
        let (n, r) = (pool.len(), *r);
        if *stopped {
            return Ok(None);
        }
        if *started && *repeats {
            // (`cwr_next`: the ones after it take its new value.)
            let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
                *stopped = true;
                return Ok(None);
            };
            let index = indices[i] + 1;
            indices[i..].fill(index);
        } else if *started {
            let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
                *stopped = true;
                return Ok(None);
            };
            indices[i] += 1;
            for j in i + 1..r {
                indices[j] = indices[j - 1] + 1;
            }
        }
        *started = true;
        let items: Vec<ObjRef> = indices.iter().map(|&k| pool[k]).collect();
        items
    };
    let items: Vec<ObjRef> = items.into_iter().map(|o| vm.incref(o)).collect();
    recycled_tuple(vm, it, &items, true).map(Some)
}

/// The next tuple of `itertools.product` (CPython's `product_next`): the
/// rightmost position advances, odometer-style.
fn product_next<C: Collector>(vm: &mut Vm<C>, it: ObjRef) -> PyResult<Option<ObjRef>> {
    let items = {
        let mut st = it.payload::<IterObject>().state.borrow_mut();
        let IterState::Product {
            pools,
            which,
            indices,
            started,
            stopped,
        } = &mut *st
        else {
            unreachable!("product state")
        };
        if *stopped {
            return Ok(None);
        }
        if *started {
            let mut i = which.len();
            let advanced = loop {
                if i == 0 {
                    break false;
                }
                i -= 1;
                indices[i] += 1;
                if indices[i] == pools[which[i]].len() {
                    indices[i] = 0;
                } else {
                    break true;
                }
            };
            if !advanced {
                *stopped = true;
                return Ok(None);
            }
        } else if which.is_empty() {
            // `product()` gives one empty tuple.
            *stopped = true;
        }
        *started = true;
        let items: Vec<ObjRef> = which
            .iter()
            .zip(indices.iter())
            .map(|(&p, &k)| pools[p][k])
            .collect();
        items
    };
    let items: Vec<ObjRef> = items.into_iter().map(|o| vm.incref(o)).collect();
    recycled_tuple(vm, it, &items, true).map(Some)
}

/// The result tuple of `items` (owned references, moved in) for the
/// iterator `it`: its cached tuple refilled when the cache is all that
/// holds it, else a new tuple (CPython's `enum_next`, `zip_next`,
/// `dictiter_iternextitem`; the cache keeps the first tuple it made, or
/// with `replace` the newest, as `permutations_next` does). Without
/// reference counts nothing is known to hold it alone, so every result is
/// new. (Called for every item of a loop: no heap buffer for a few items.)
fn recycled_tuple<C: Collector>(
    vm: &mut Vm<C>,
    it: ObjRef,
    items: &[ObjRef],
    replace: bool,
) -> PyResult<ObjRef> {
    let cache = &it.payload::<IterObject>().result;
    match cache.get() {
        Some(r)
            if C::REFCOUNTED
                && r.refcnt() == 1
                && tuple_items(r).is_some_and(|t| t.len() == items.len()) =>
        {
            let r = vm.incref(r);
            const FEW: usize = 8;
            let mut few = [vm.null; FEW];
            let mut many = Vec::new();
            let old: &mut [ObjRef] = if items.len() <= FEW {
                &mut few[..items.len()]
            } else {
                many.resize(items.len(), vm.null);
                &mut many
            };
            for (i, &v) in items.iter().enumerate() {
                // SAFETY: the cache held the only reference to `r` (count
                // 1 before ours): no other code can reach it.
                old[i] = unsafe { crate::types::tuple::replace_item(r, i, v) };
            }
            // (A collection may have untracked it while it held atoms.)
            if !r.is_tracked() {
                vm.gc.generations_mut().track(r);
            }
            // (Most often each old item lives on in its container: dropped
            // straight, in any order, as nothing runs.)
            if old.iter().all(|o| o.refcnt() > 1) {
                old.iter().for_each(|o| {
                    o.dec();
                });
            } else {
                vm.with_roots(&[r], |vm| vm.decref_all(old.iter().copied()));
            }
            Ok(r)
        }
        Some(old) if replace => {
            let t = vm.new_tuple_taking(items)?;
            cache.set(Some(vm.incref(t)));
            vm.with_roots(&[t], |vm| vm.decref(old));
            Ok(t)
        }
        Some(_) => vm.new_tuple_taking(items),
        None => {
            let t = vm.new_tuple_taking(items)?;
            cache.set(Some(vm.incref(t)));
            Ok(t)
        }
    }
}

/// One tuple of `zip`; with `strict`, an iterator that ends before (or
/// after) the others is a ValueError with CPython's message.
fn zip_next<C: Collector>(
    vm: &mut Vm<C>,
    it: ObjRef,
    its: &[ObjRef],
    strict: bool,
) -> PyResult<Option<ObjRef>> {
    if its.is_empty() {
        return Ok(None);
    }
    // The values so far stay rooted (in `temp_roots`) while the next
    // iterator runs.
    let base = vm.temp_roots.len();
    for (i, &it) in its.iter().enumerate() {
        match vm.next(it) {
            Ok(Some(v)) => vm.temp_roots.push(v),
            Ok(None) => {
                let vals = vm.temp_roots.split_off(base);
                vm.decref_all(vals);
                return match strict {
                    false => Ok(None),
                    true if i > 0 => Err(zip_length_error(vm, i, "shorter")),
                    true => zip_check_rest(vm, its),
                };
            }
            Err(e) => {
                let vals = vm.temp_roots.split_off(base);
                vm.with_roots(&[e], |vm| vm.decref_all(vals));
                return Err(e);
            }
        }
    }
    const FEW: usize = 8;
    let n = vm.temp_roots.len() - base;
    let mut few = [vm.null; FEW];
    let r = if n <= FEW {
        few[..n].copy_from_slice(&vm.temp_roots[base..]);
        vm.temp_roots.truncate(base);
        recycled_tuple(vm, it, &few[..n], false)
    } else {
        let vals = vm.temp_roots.split_off(base);
        recycled_tuple(vm, it, &vals, false)
    };
    r.map(Some)
}

/// The next tuple of `itertools.zip_longest` (CPython's
/// `zip_longest_next`): an exhausted iterator leaves its slot (released)
/// and gives the fill value from then on, until the last one ends.
fn zip_longest_next<C: Collector>(vm: &mut Vm<C>, it: ObjRef) -> PyResult<Option<ObjRef>> {
    let state = |it: ObjRef| it.payload::<IterObject>().state.borrow_mut();
    let (its, fill) = match &*state(it) {
        IterState::ZipLongest { its, fill, active } if !its.is_empty() && *active > 0 => {
            (its.clone(), *fill)
        }
        _ => return Ok(None),
    };
    // Held while `next` runs Python code, which may re-enter this
    // iterator and empty a slot.
    let held: Vec<ObjRef> = its.iter().flatten().map(|&o| vm.incref(o)).collect();
    let base = vm.temp_roots.len();
    vm.temp_roots.extend_from_slice(&held);
    let mut vals: Vec<ObjRef> = Vec::with_capacity(its.len());
    let mut outcome = Ok(true);
    for (i, slot) in its.iter().enumerate() {
        let v = match slot {
            None => vm.incref(fill),
            Some(sub) => match vm.with_roots(&vals.clone(), |vm| vm.next(*sub)) {
                Ok(Some(v)) => v,
                Ok(None) => {
                    let (left, dropped) = match &mut *state(it) {
                        IterState::ZipLongest { its, active, .. } => {
                            *active = active.saturating_sub(1);
                            (*active, if *active > 0 { its[i].take() } else { None })
                        }
                        _ => (0, None),
                    };
                    vm.decref_opt(dropped);
                    if left == 0 {
                        outcome = Ok(false);
                        break;
                    }
                    vm.incref(fill)
                }
                Err(e) => {
                    if let IterState::ZipLongest { active, .. } = &mut *state(it) {
                        *active = 0;
                    }
                    outcome = Err(e);
                    break;
                }
            },
        };
        vals.push(v);
    }
    vm.temp_roots.truncate(base);
    match outcome {
        Ok(true) => {
            vm.decref_all(held);
            recycled_tuple(vm, it, &vals, false).map(Some)
        }
        Ok(false) => {
            vm.decref_all(vals.into_iter().chain(held));
            Ok(None)
        }
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref_all(vals.into_iter().chain(held)));
            Err(e)
        }
    }
}

/// The first iterator ended: with `strict`, every other must end too.
fn zip_check_rest<C: Collector>(vm: &mut Vm<C>, its: &[ObjRef]) -> PyResult<Option<ObjRef>> {
    for (j, &other) in its.iter().enumerate().skip(1) {
        if let Some(v) = vm.next(other)? {
            vm.decref(v);
            return Err(zip_length_error(vm, j, "longer"));
        }
    }
    Ok(None)
}

fn zip_length_error<C: Collector>(vm: &mut Vm<C>, i: usize, how: &str) -> ObjRef {
    let others = if i == 1 {
        "argument 1".to_string()
    } else {
        format!("arguments 1-{i}")
    };
    vm.value_error(format!("zip() argument {} is {how} than {others}", i + 1))
}

/// The next value of each iterator, or None as soon as one is exhausted.
fn next_all<C: Collector>(vm: &mut Vm<C>, its: &[ObjRef]) -> PyResult<Option<Vec<ObjRef>>> {
    if its.is_empty() {
        return Ok(None);
    }
    // The values so far stay rooted while the next iterator runs.
    let base = vm.temp_roots.len();
    let mut end = Ok(false);
    for &i in its {
        match vm.next(i) {
            Ok(Some(v)) => vm.temp_roots.push(v),
            Ok(None) => {
                end = Ok(true);
                break;
            }
            Err(e) => {
                end = Err(e);
                break;
            }
        }
    }
    let vals: Vec<ObjRef> = vm.temp_roots.drain(base..).collect();
    match end {
        Ok(false) => Ok(Some(vals)),
        Ok(true) => {
            vm.decref_all(vals);
            Ok(None)
        }
        Err(e) => {
            vm.release_holding(&e, vals);
            Err(e)
        }
    }
}

fn filter_next<C: Collector>(
    vm: &mut Vm<C>,
    func: ObjRef,
    inner: ObjRef,
) -> PyResult<Option<ObjRef>> {
    loop {
        let Some(v) = vm.next(inner)? else {
            return Ok(None);
        };
        let keep = vm.with_roots(&[v], |vm| {
            if func == vm.none {
                return vm.is_true(v);
            }
            let r = vm.call(func, &[v])?;
            vm.truth_owned(r)
        });
        match keep {
            Ok(true) => return Ok(Some(v)),
            Ok(false) => vm.decref(v),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref(v));
                return Err(e);
            }
        }
    }
}

/// A `__getitem__` iterator's step: `seq[index]`, counting up.
fn getitem_next<C: Collector>(
    vm: &mut Vm<C>,
    it: ObjRef,
    seq: Option<ObjRef>,
    index: usize,
) -> PyResult<Option<ObjRef>> {
    let Some(s) = seq else { return Ok(None) };
    let v = item_or_end(vm, it, s, index as i64)?;
    if let (Some(_), IterState::GetItem { index, .. }) =
        (v, &mut *it.payload::<IterObject>().state.borrow_mut())
    {
        *index += 1;
    }
    Ok(v)
}

/// CPython's `reversed_next`: `seq[index]` while `index >= 0`, counting
/// down.
fn reversed_next<C: Collector>(
    vm: &mut Vm<C>,
    it: ObjRef,
    seq: Option<ObjRef>,
    index: isize,
) -> PyResult<Option<ObjRef>> {
    let Some(s) = seq else { return Ok(None) };
    if index < 0 {
        release_seq(vm, it);
        return Ok(None);
    }
    let v = item_or_end(vm, it, s, index as i64)?;
    if let (Some(_), IterState::ReversedGetItem { index, .. }) =
        (v, &mut *it.payload::<IterObject>().state.borrow_mut())
    {
        *index -= 1;
    }
    Ok(v)
}

/// `s[index]` for a sequence iterator `it`; at an IndexError or
/// StopIteration, None, with the sequence let go (as CPython's `iterator`
/// and `reversed` objects clear theirs).
fn item_or_end<C: Collector>(
    vm: &mut Vm<C>,
    it: ObjRef,
    s: ObjRef,
    index: i64,
) -> PyResult<Option<ObjRef>> {
    let i = vm.new_int_i64(index)?;
    let r = vm.with_roots(&[i], |vm| vm.getitem(s, i));
    vm.decref(i);
    match r {
        Ok(v) => Ok(Some(v)),
        Err(e)
            if vm.is_instance_of_name(e, "IndexError")
                || vm.is_instance_of_name(e, "StopIteration") =>
        {
            vm.decref(e);
            release_seq(vm, it);
            Ok(None)
        }
        Err(e) => Err(e),
    }
}

/// Let a finished sequence iterator's sequence go.
fn release_seq<C: Collector>(vm: &mut Vm<C>, it: ObjRef) {
    let s = match &mut *it.payload::<IterObject>().state.borrow_mut() {
        IterState::GetItem { seq, .. } => seq.take(),
        IterState::ReversedGetItem { seq, index } => {
            *index = -1;
            seq.take()
        }
        _ => None,
    };
    vm.decref_opt(s);
}
