//! `collections.deque` (CPython's `Modules/_collectionsmodule.c`): a
//! double-ended queue of references — its layout, vtable, constructor and
//! methods. `collections.py` imports the type from `_collections` and adds
//! the few methods written in Python (`maxlen`, `__reduce__`).
//!
//! What a program can see of CPython's deque is kept: one GC object (a
//! deque in a cycle with itself is one object to collect), tracked from
//! birth; items visited and released left to right (`deque_traverse`,
//! `deque_clear`, which `deque_dealloc` calls); the `state` counter every
//! change bumps, which iterators and the searching methods check; an item
//! pushed past `maxlen` first, the one at the other end released after.
//! CPython's blocks of 64 are not modelled: `sys.getsizeof` reports ouro's
//! real size, as for every object (MEMORY-MODEL.md item 17).
//!
//! The items are a `VecDeque` taken out of its cell for the length of one
//! Rust operation (as `ListObject` does), never across a call into Python
//! code: objects to release are collected and released after it is back.

use crate::builtins::{arg_i64, arg_i64_clamped, bind_args, check_args, def_method};
use crate::object::{layout_drop, layout_size, vt_payload, ObjExt, Tag};
use crate::payload;
use crate::types::iter::{IterObject, IterState, ITER_VT};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
use std::cell::Cell;
use std::collections::VecDeque;

pub struct DequeObject {
    items: Cell<VecDeque<ObjRef>>,
    /// The bound, or None when unbounded (CPython's `maxlen == -1`).
    maxlen: Cell<Option<usize>>,
    /// Bumped by every change an iterator must not survive.
    state: Cell<usize>,
    /// The buffer bytes the heap last counted for this object.
    pub accounted: Cell<usize>,
}

impl DequeObject {
    pub fn new() -> DequeObject {
        DequeObject {
            items: Cell::new(VecDeque::new()),
            maxlen: Cell::new(None),
            state: Cell::new(0),
            accounted: Cell::new(0),
        }
    }

    /// Run `f` on the items (no Python code may run meanwhile).
    #[inline]
    fn with<R>(&self, f: impl FnOnce(&mut VecDeque<ObjRef>) -> R) -> R {
        let mut v = self.items.take();
        let r = f(&mut v);
        let stray = self.items.replace(v);
        debug_assert!(
            stray.capacity() == 0,
            "a deque reached while its items were out"
        );
        r
    }

    pub fn len(&self) -> usize {
        self.with(|v| v.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The item at `i` (borrowed).
    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.with(|v| v.get(i).copied())
    }

    /// The items, left to right (not counted).
    pub fn snapshot(&self) -> Vec<ObjRef> {
        self.with(|v| v.iter().copied().collect())
    }

    pub fn maxlen(&self) -> Option<usize> {
        self.maxlen.get()
    }

    fn bump(&self) {
        self.state.set(self.state.get().wrapping_add(1));
    }

    pub fn state(&self) -> usize {
        self.state.get()
    }

    /// The state of a new iterator over this deque, `d` (a reference the
    /// iterator owns).
    pub fn iter_state(&self, d: ObjRef, reverse: bool) -> IterState {
        IterState::Deque {
            deque: d,
            index: 0,
            counter: self.len(),
            state: self.state(),
            reverse,
        }
    }
}

impl Default for DequeObject {
    fn default() -> Self {
        DequeObject::new()
    }
}

/// Left to right, as CPython's `deque_traverse`.
fn traverse(o: ObjRef, visit: Visit<'_>) {
    vt_payload::<DequeObject>(o).with(|v| {
        for &x in v.iter() {
            visit(x);
        }
    })
}

/// CPython's `deque_clear` (the deque's `tp_clear`, and what
/// `deque_dealloc` calls): the items left to right.
fn clear_refs(o: ObjRef, out: &mut Vec<ObjRef>) {
    vt_payload::<DequeObject>(o).with(|v| out.extend(v.drain(..)));
}

fn extra(o: ObjRef) -> usize {
    vt_payload::<DequeObject>(o).with(|v| v.capacity()) * 8
}

pub static DEQUE_VT: TypeVTable = TypeVTable {
    name: "collections.deque",
    tag: Tag::Deque as u32,
    size: layout_size::<DequeObject>,
    extra_size: extra,
    accounted_bytes: |o| vt_payload::<DequeObject>(o).accounted.get(),
    traverse,
    clear: clear_refs,
    gc_clear: clear_refs,
    drop_payload: layout_drop::<DequeObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
    plain_size: 0,
};
payload!(DequeObject, DEQUE_VT, super::subclass::DEQUE_SUB_VT);

#[inline]
pub fn deque_of<'a>(o: ObjRef) -> Option<&'a DequeObject> {
    o.get::<DequeObject>()
}

/// A deque's buffer halves when three quarters of it are empty (CPython
/// frees each block as it empties).
fn shrink(v: &mut VecDeque<ObjRef>) {
    let cap = v.capacity();
    if cap > 64 && v.len() < cap / 4 {
        v.shrink_to(cap / 2);
    }
}

impl<C: Collector> Vm<C> {
    /// Push `x` (owned) on one end; past `maxlen`, release the item at
    /// the other end after (CPython's `deque_append_internal`).
    fn deque_push(&mut self, d: ObjRef, x: ObjRef, left: bool) -> PyResult<()> {
        let dq = deque_of(d).expect("a deque");
        let max = dq.maxlen.get();
        let trimmed = dq.with(|v| {
            if left {
                v.push_front(x);
            } else {
                v.push_back(x);
            }
            match (max.is_some_and(|m| v.len() > m), left) {
                (true, true) => v.pop_back(),
                (true, false) => v.pop_front(),
                _ => None,
            }
        });
        dq.bump();
        let r = self.sync_account(d);
        self.decref_opt(trimmed);
        r
    }

    /// Take the item at one end (owned), or CPython's IndexError.
    fn deque_take_end(&mut self, d: ObjRef, left: bool) -> PyResult<ObjRef> {
        let dq = deque_of(d).expect("a deque");
        let x = dq.with(|v| {
            let x = if left { v.pop_front() } else { v.pop_back() };
            shrink(v);
            x
        });
        let Some(x) = x else {
            return Err(self.new_error("IndexError", "pop from an empty deque".to_string()));
        };
        dq.bump();
        // (The buffer only shrank: counting it cannot fail.)
        let _ = self.sync_account(d);
        Ok(x)
    }

    /// A new list of the deque `d`'s items, left to right.
    pub(super) fn deque_as_list(&mut self, d: ObjRef) -> PyResult<ObjRef> {
        let items = deque_of(d).expect("a deque").snapshot();
        for &x in &items {
            self.incref(x);
        }
        self.new_list(items)
    }

    /// `d.extend(iterable)` or `d.extendleft(iterable)`.
    pub(crate) fn deque_extend(&mut self, d: ObjRef, iterable: ObjRef, left: bool) -> PyResult<()> {
        let dq = deque_of(d).expect("a deque");
        if iterable == d {
            // A copy first (CPython's `PySequence_List`).
            let l = self.deque_as_list(d)?;
            return self.using(l, |vm, l| vm.deque_extend(d, l, left));
        }
        // An exact list or tuple into an unbounded deque: no Python code
        // runs, so the items go in at once.
        let direct = match iterable.tag() {
            Tag::List => crate::types::list::list_of(iterable).map(|l| l.snapshot()),
            Tag::Tuple => crate::types::tuple::tuple_items(iterable).map(<[_]>::to_vec),
            _ => None,
        };
        if let (Some(items), None) = (direct, dq.maxlen.get()) {
            if items.is_empty() {
                return Ok(());
            }
            for &x in &items {
                self.incref(x);
            }
            dq.with(|v| {
                v.reserve(items.len());
                for x in items {
                    if left {
                        v.push_front(x);
                    } else {
                        v.push_back(x);
                    }
                }
            });
            dq.bump();
            return self.sync_account(d);
        }
        let it = self.get_iter(iterable)?;
        self.using(it, |vm, it| {
            if dq.maxlen.get() == Some(0) {
                // CPython's `consume_iterator`.
                while let Some(x) = vm.next(it)? {
                    vm.decref(x);
                }
                return Ok(());
            }
            while let Some(x) = vm.next(it)? {
                vm.deque_push(d, x, left)?;
            }
            Ok(())
        })
    }

    /// Empty the deque, then release the items left to right.
    pub(crate) fn deque_clear(&mut self, d: ObjRef) {
        let dq = deque_of(d).expect("a deque");
        let old = dq.with(std::mem::take);
        if old.is_empty() {
            return;
        }
        dq.bump();
        let _ = self.sync_account(d);
        self.decref_all(old);
    }

    /// A new empty deque of the exact type.
    fn new_deque(&mut self, maxlen: Option<usize>) -> PyResult<ObjRef> {
        let dq = DequeObject::new();
        dq.maxlen.set(maxlen);
        self.alloc(&DEQUE_VT, dq)
    }

    /// Repeat the items in place `n` times (CPython's
    /// `deque_inplace_repeat`).
    pub(super) fn deque_repeat_in_place(&mut self, d: ObjRef, n: i64) -> PyResult<()> {
        let dq = deque_of(d).expect("a deque");
        let size = dq.len();
        if size == 0 || n == 1 {
            return Ok(());
        }
        if n <= 0 {
            self.deque_clear(d);
            return Ok(());
        }
        let max = dq.maxlen.get();
        if size == 1 {
            let n = max.map_or(n as usize, |m| (n as usize).min(m));
            let x = dq.get(0).expect("one item");
            for _ in 1..n {
                self.incref(x);
            }
            dq.with(|v| {
                v.reserve(n - 1);
                for _ in 1..n {
                    v.push_back(x);
                }
            });
            dq.bump();
            return self.sync_account(d);
        }
        if size as u64 > i64::MAX as u64 / n as u64 {
            return Err(self.raise_memory_error());
        }
        let mut n = n as usize;
        if let Some(m) = max {
            if n * size > m {
                n = m.div_ceil(size);
            }
        }
        let seq = self.deque_as_list(d)?;
        self.using(seq, |vm, seq| {
            for _ in 1..n {
                vm.deque_extend(d, seq, false)?;
            }
            Ok(())
        })
    }

    /// Search for `v` (CPython's `deque_count`, `deque_contains`,
    /// `deque_index`, `deque_remove`): each item held while compared; a
    /// change to the deque meanwhile is `mutated` (an error class).
    fn deque_search(
        &mut self,
        d: ObjRef,
        v: ObjRef,
        range: (usize, usize),
        search: Search,
    ) -> PyResult<(usize, Option<usize>)> {
        let dq = deque_of(d).expect("a deque");
        let start_state = dq.state();
        let mut count = 0;
        for i in range.0..range.1 {
            let Some(item) = dq.get(i) else { break };
            let item = self.incref(item);
            let hit = self.with_roots(&[item], |vm| vm.eq(item, v));
            self.decref(item);
            let hit = hit?;
            // (`remove` looks at the state before it takes a match.)
            if hit && search == Search::Find {
                return Ok((count, Some(i)));
            }
            count += hit as usize;
            let mutated = dq.state() != start_state;
            if hit && search == Search::Remove && !mutated {
                return Ok((count, Some(i)));
            }
            if mutated {
                let class = if search == Search::Remove {
                    "IndexError"
                } else {
                    "RuntimeError"
                };
                return Err(self.new_error(class, "deque mutated during iteration".to_string()));
            }
        }
        Ok((count, None))
    }

    /// Remove the item at `i` (which exists) and release it.
    fn deque_del_at(&mut self, d: ObjRef, i: usize) {
        let dq = deque_of(d).expect("a deque");
        let x = dq.with(|v| {
            let x = v.remove(i);
            shrink(v);
            x
        });
        dq.bump();
        let _ = self.sync_account(d);
        self.decref_opt(x);
    }

    /// The position `k` names in `d` (CPython's `sq_item` index: an
    /// `__index__`, negative from the end), or its IndexError/TypeError.
    pub(crate) fn deque_position(&mut self, d: ObjRef, k: ObjRef) -> PyResult<usize> {
        let i = match self.index_i64_or(k, "IndexError")? {
            Some(i) => i,
            None => {
                let tn = self.type_name(k);
                return Err(self.type_error(format!("sequence index must be integer, not '{tn}'")));
            }
        };
        let n = deque_of(d).expect("a deque").len() as i64;
        let j = if i < 0 { i + n } else { i };
        if !(0..n).contains(&j) {
            return Err(self.new_error("IndexError", "deque index out of range".to_string()));
        }
        Ok(j as usize)
    }

    /// `d[k] = v`: the old item is released after `v` is in.
    pub(crate) fn deque_setitem(&mut self, d: ObjRef, k: ObjRef, v: ObjRef) -> PyResult<()> {
        let i = self.deque_position(d, k)?;
        let x = self.incref(v);
        let old = deque_of(d)
            .expect("a deque")
            .with(|v| std::mem::replace(&mut v[i], x));
        self.decref(old);
        Ok(())
    }

    fn new_deque_iter(&mut self, d: ObjRef, reverse: bool) -> PyResult<ObjRef> {
        let state = deque_of(d)
            .expect("a deque")
            .iter_state(self.incref(d), reverse);
        self.alloc(&ITER_VT, IterObject::new(state))
    }
}

/// A class's name as CPython's `_PyType_Name` gives it (`deque`, not
/// `collections.deque`).
pub(super) fn short_name(t: ObjRef) -> String {
    match t.get::<crate::types::typeobj::TypeObject>() {
        Some(ty) => {
            let name = ty.name.get();
            name.rsplit('.').next().unwrap_or(&name).to_string()
        }
        None => "?".to_string(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Search {
    Count,
    Find,
    Remove,
}

/// The receiver of a deque method.
fn me<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&d) if deque_of(d).is_some() => Ok(d),
        other => {
            let tn = other.map_or("nothing".to_string(), |&o| vm.type_name(o));
            Err(vm.type_error(format!(
                "descriptor '{name}' for 'collections.deque' objects doesn't apply to a '{tn}' object"
            )))
        }
    }
}

/// The receiver of a deque method taking `n` arguments after it.
pub(super) fn recv<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, min + 1, max + 1)?;
    me(vm, args, name)
}

// ---- construction ---------------------------------------------------------------

/// `deque(iterable=(), maxlen=None)` of the exact type: `deque_new`, then
/// `deque_init`.
fn deque_ctor<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = vm.new_deque(None)?;
    let rest = Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvals: args.kwvals,
    };
    match vm.with_roots(&[d], |vm| init_from(vm, d, &rest)) {
        Ok(()) => Ok(d),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(d));
            Err(e)
        }
    }
}

/// `deque.__new__(cls, *args, **kwargs)`: an empty deque of `cls` (the
/// arguments are `__init__`'s).
fn deque_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let base = vm.types.get("collections.deque");
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error("deque.__new__(): not enough arguments".to_string()));
    };
    if cls.tag() != Tag::Type {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!("deque.__new__(X): X is not a type object ({tn})")));
    }
    if !vm.is_subclass(cls, base) {
        let n = short_name(cls);
        return Err(vm.type_error(format!("deque.__new__({n}): {n} is not a subtype of deque")));
    }
    if cls == base {
        return vm.new_deque(None);
    }
    vm.alloc_sub(&DEQUE_VT, DequeObject::new(), &[], cls)
}

/// `deque.__init__(self, iterable=(), maxlen=None)`.
fn init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = me(vm, &args, "__init__")?;
    let rest = Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvals: args.kwvals,
    };
    init_from(vm, d, &rest)?;
    Ok(vm.new_none())
}

fn init_from<C: Collector>(vm: &mut Vm<C>, d: ObjRef, args: &Args<'_>) -> PyResult<()> {
    let n = args.pos.len() + args.kwnames.len();
    if n > 2 {
        // (`PyArg_ParseTupleAndKeywords`'s wording.)
        let kw = if args.pos.is_empty() { "keyword " } else { "" };
        return Err(vm.type_error(format!("deque() takes at most 2 {kw}arguments ({n} given)")));
    }
    let bound = bind_args(vm, args, "deque", &["iterable", "maxlen"], 0)?;
    let maxlen = match bound[1].filter(|&m| m != vm.none) {
        None => None,
        Some(m) => {
            let Some(i) = crate::types::scalar::int_of(m) else {
                return Err(vm.type_error("an integer is required".to_string()));
            };
            let Some(n) = i.as_i64() else {
                return Err(vm.new_error(
                    "OverflowError",
                    "Python int too large to convert to C ssize_t".to_string(),
                ));
            };
            if n < 0 {
                return Err(vm.value_error("maxlen must be non-negative".to_string()));
            }
            Some(n as usize)
        }
    };
    let dq = deque_of(d).expect("a deque");
    dq.maxlen.set(maxlen);
    vm.deque_clear(d);
    match bound[0] {
        Some(it) => vm.deque_extend(d, it, false),
        None => Ok(()),
    }
}

// ---- methods ---------------------------------------------------------------------

fn append<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "append", 1, 1)?;
    let x = vm.incref(args.pos[1]);
    vm.deque_push(d, x, false)?;
    Ok(vm.new_none())
}

fn appendleft<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "appendleft", 1, 1)?;
    let x = vm.incref(args.pos[1]);
    vm.deque_push(d, x, true)?;
    Ok(vm.new_none())
}

fn pop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "pop", 0, 0)?;
    vm.deque_take_end(d, false)
}

fn popleft<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "popleft", 0, 0)?;
    vm.deque_take_end(d, true)
}

fn extend<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "extend", 1, 1)?;
    vm.deque_extend(d, args.pos[1], false)?;
    Ok(vm.new_none())
}

fn extendleft<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "extendleft", 1, 1)?;
    vm.deque_extend(d, args.pos[1], true)?;
    Ok(vm.new_none())
}

fn clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "clear", 0, 0)?;
    vm.deque_clear(d);
    Ok(vm.new_none())
}

/// `d.copy()` / `copy.copy(d)`: an exact deque copies itself; a
/// subclass's copy is `type(d)(d)` or `type(d)(d, maxlen)`.
pub(super) fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "copy", 0, 0)?;
    let dq = deque_of(d).expect("a deque");
    if d.tag() == Tag::Deque {
        let new = vm.new_deque(dq.maxlen())?;
        let items = dq.snapshot();
        for &x in &items {
            vm.incref(x);
        }
        let nq = deque_of(new).expect("a deque");
        nq.with(|v| v.extend(items));
        return match vm.sync_account(new) {
            Ok(()) => Ok(new),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref(new));
                Err(e)
            }
        };
    }
    let cls = vm.type_of(d);
    let r = match dq.maxlen() {
        None => vm.call(cls, &[d])?,
        Some(m) => {
            let m = vm.new_int_i64(m as i64)?;
            vm.using(m, |vm, m| vm.call(cls, &[d, m]))?
        }
    };
    if deque_of(r).is_none() {
        let (tn, rn) = (short_name(cls), vm.type_name(r));
        vm.decref(r);
        return Err(vm.type_error(format!("{tn}() must return a deque, not {rn}")));
    }
    Ok(r)
}

fn count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "count", 1, 1)?;
    let n = deque_of(d).expect("a deque").len();
    let (c, _) = vm.deque_search(d, args.pos[1], (0, n), Search::Count)?;
    vm.new_int_i64(c as i64)
}

fn contains<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__contains__", 1, 1)?;
    let n = deque_of(d).expect("a deque").len();
    let (_, at) = vm.deque_search(d, args.pos[1], (0, n), Search::Find)?;
    Ok(vm.new_bool(at.is_some()))
}

/// `d.index(value, start=0, stop=len(d))`, the bounds clamped as slice
/// indices are.
fn index<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "index", 1, 3)?;
    let n = deque_of(d).expect("a deque").len() as i64;
    let bound = |vm: &mut Vm<C>, at: usize, default: i64| -> PyResult<i64> {
        let Some(&o) = args.pos.get(at) else {
            return Ok(default);
        };
        if vm.index_i64_or(o, "")?.is_none() {
            return Err(vm.type_error(
                "slice indices must be integers or have an __index__ method".to_string(),
            ));
        }
        let v = arg_i64_clamped(vm, o)?;
        Ok(if v < 0 { (v + n).max(0) } else { v })
    };
    let start = bound(vm, 2, 0)?;
    let stop = bound(vm, 3, n)?.min(n);
    let start = start.min(stop);
    let v = args.pos[1];
    match vm.deque_search(d, v, (start as usize, stop as usize), Search::Find)? {
        (_, Some(i)) => vm.new_int_i64(i as i64),
        (_, None) => {
            let r = vm.repr_string(v)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

/// `d.insert(i, x)`: before position `i` (at an end when `i` is past it).
fn insert<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "insert", 2, 2)?;
    let i = arg_i64(vm, args.pos[1])?;
    let dq = deque_of(d).expect("a deque");
    let n = dq.len() as i64;
    if dq.maxlen() == Some(n as usize) {
        return Err(vm.new_error(
            "IndexError",
            "deque already at its maximum size".to_string(),
        ));
    }
    let at = if i >= n {
        n
    } else if i <= -n || i == 0 {
        0
    } else if i < 0 {
        n + i
    } else {
        i
    };
    let x = vm.incref(args.pos[2]);
    dq.with(|v| v.insert(at as usize, x));
    dq.bump();
    vm.sync_account(d)?;
    Ok(vm.new_none())
}

fn remove<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "remove", 1, 1)?;
    let n = deque_of(d).expect("a deque").len();
    let v = args.pos[1];
    match vm.deque_search(d, v, (0, n), Search::Remove)? {
        (_, Some(i)) => {
            vm.deque_del_at(d, i);
            Ok(vm.new_none())
        }
        (_, None) => {
            let r = vm.repr_string(v)?;
            Err(vm.value_error(format!("{r} is not in deque")))
        }
    }
}

/// `d.reverse()` (which, as CPython's, leaves iterators running).
fn reverse<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "reverse", 0, 0)?;
    deque_of(d)
        .expect("a deque")
        .with(|v| v.make_contiguous().reverse());
    Ok(vm.new_none())
}

/// `d.rotate(n=1)`: right by `n` (left when negative), the shorter way.
fn rotate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "rotate", 0, 1)?;
    let n = match args.pos.get(1) {
        Some(&o) => arg_i64(vm, o)?,
        None => 1,
    };
    let dq = deque_of(d).expect("a deque");
    let len = dq.len() as i64;
    if len > 1 {
        let half = len >> 1;
        let mut n = n;
        if n > half || n < -half {
            n %= len;
            if n > half {
                n -= len;
            } else if n < -half {
                n += len;
            }
        }
        dq.bump();
        dq.with(|v| {
            if n > 0 {
                v.rotate_right(n as usize);
            } else {
                v.rotate_left(n.unsigned_abs() as usize);
            }
        });
    }
    Ok(vm.new_none())
}

fn len<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__len__", 0, 0)?;
    let n = deque_of(d).expect("a deque").len();
    vm.new_int_i64(n as i64)
}

fn iter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__iter__", 0, 0)?;
    vm.new_deque_iter(d, false)
}

fn reversed<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__reversed__", 0, 0)?;
    vm.new_deque_iter(d, true)
}

fn getitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__getitem__", 1, 1)?;
    let i = vm.deque_position(d, args.pos[1])?;
    let x = deque_of(d).expect("a deque").get(i).expect("in range");
    Ok(vm.incref(x))
}

fn setitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__setitem__", 2, 2)?;
    vm.deque_setitem(d, args.pos[1], args.pos[2])?;
    Ok(vm.new_none())
}

fn delitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__delitem__", 1, 1)?;
    let i = vm.deque_position(d, args.pos[1])?;
    vm.deque_del_at(d, i);
    Ok(vm.new_none())
}

/// `d.__reduce__()`: `(type(d), (), state, iter(d))`, or with
/// `((), maxlen)` for a bounded deque; the state is a subclass
/// instance's `__dict__`, else None.
fn reduce<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "__reduce__", 0, 0)?;
    let state = match vm.getattr_str(d, "__dict__") {
        Ok(s) => s,
        Err(e) if vm.is_instance_of_name(e, "AttributeError") => {
            vm.decref(e);
            vm.new_none()
        }
        Err(e) => return Err(e),
    };
    let mut parts = vec![state];
    let made = (|| {
        parts.push(vm.new_deque_iter(d, false)?);
        let empty = vm.new_tuple(Vec::new())?;
        let ctor_args = match deque_of(d).expect("a deque").maxlen() {
            None => empty,
            Some(m) => {
                let m = match vm.new_int_i64(m as i64) {
                    Ok(m) => m,
                    Err(e) => {
                        vm.decref(empty);
                        return Err(e);
                    }
                };
                vm.new_tuple(vec![empty, m])?
            }
        };
        parts.push(ctor_args);
        Ok(())
    })();
    if let Err(e) = made {
        vm.with_roots(&[e], |vm| vm.decref_all(parts));
        return Err(e);
    }
    let cls = vm.incref(vm.type_of(d));
    let (state, it, ctor_args) = (parts[0], parts[1], parts[2]);
    vm.new_tuple(vec![cls, ctor_args, state, it])
}

/// The getter of `deque.maxlen`.
fn maxlen_of<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = recv(vm, &args, "maxlen", 0, 0)?;
    match deque_of(d).expect("a deque").maxlen() {
        Some(m) => vm.new_int_i64(m as i64),
        None => Ok(vm.new_none()),
    }
}

/// The setter and deleter of `deque.maxlen`, which is read-only.
fn maxlen_readonly<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    recv(vm, &args, "maxlen", 0, 1)?;
    Err(vm.new_error(
        "AttributeError",
        "attribute 'maxlen' of 'collections.deque' objects is not writable".to_string(),
    ))
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    const T: &str = "collections.deque";
    crate::builtins::set_ctor(vm, T, deque_ctor);
    crate::builtins::def_staticmethod(vm, T, "__new__", deque_new);
    let fns: &[(&'static str, crate::vm::NativeFn<C>)] = &[
        ("__init__", init),
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("extend", extend),
        ("extendleft", extendleft),
        ("clear", clear),
        ("copy", copy),
        ("__copy__", copy),
        ("count", count),
        ("index", index),
        ("insert", insert),
        ("remove", remove),
        ("reverse", reverse),
        ("rotate", rotate),
        ("__len__", len),
        ("__iter__", iter),
        ("__reversed__", reversed),
        ("__contains__", contains),
        ("__getitem__", getitem),
        ("__setitem__", setitem),
        ("__delitem__", delitem),
        ("__repr__", super::deque_ops::repr),
        ("__eq__", super::deque_ops::eq),
        ("__ne__", super::deque_ops::ne),
        ("__lt__", super::deque_ops::lt),
        ("__le__", super::deque_ops::le),
        ("__gt__", super::deque_ops::gt),
        ("__ge__", super::deque_ops::ge),
        ("__add__", super::deque_ops::add),
        ("__iadd__", super::deque_ops::iadd),
        ("__mul__", super::deque_ops::mul),
        ("__rmul__", super::deque_ops::mul),
        ("__imul__", super::deque_ops::imul),
        ("__reduce__", reduce),
    ];
    for &(name, f) in fns {
        def_method(vm, T, name, f);
    }
    let t = vm.types.get(T);
    let d = t.payload::<crate::types::typeobj::TypeObject>().dict;
    let none = vm.none;
    vm.dict_set_str(d, "__hash__", none)
        .expect("heap at start-up");
    crate::builtins::def_property(
        vm,
        T,
        "maxlen",
        maxlen_of,
        Some(maxlen_readonly),
        "maximum size of a deque or None if unbounded",
    );
}
