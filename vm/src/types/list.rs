//! `list`: a mutable sequence of references.

use crate::builtins::{arg_i64, check_args, check_kwargs, def_method, kwarg};
use crate::object::{layout_drop, layout_size, ObjExt, Tag};
use crate::payload;
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::CmpOp;
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
use std::cell::Cell;

/// A list: its items in a `Vec` (pointer, capacity, length: CPython's
/// `ob_item`, `allocated`, `ob_size`; `sys.getsizeof([])` is 56 as there).
///
/// The `Vec` is taken out of its cell for the length of one operation
/// (which leaves an empty `Vec`, allocating nothing) and put back; no
/// operation calls back into the vm meanwhile. So there is no borrow
/// flag, and a mistake would show an empty list, never a dangling item.
/// The bytes counted against the heap limit are the capacity's (8 per
/// slot), so the capacity changes only through `Vm::list_mut`, which
/// counts the change.
pub struct ListObject {
    items: Cell<Vec<ObjRef>>,
}

impl ListObject {
    pub fn new(items: Vec<ObjRef>) -> ListObject {
        ListObject {
            items: Cell::new(items),
        }
    }

    /// Run `f` on the items, which it must leave at the same capacity
    /// (see `Vm::list_mut` for changes that move it).
    #[inline]
    pub fn with<R>(&self, f: impl FnOnce(&mut Vec<ObjRef>) -> R) -> R {
        let mut v = self.items.take();
        let cap = v.capacity();
        let r = f(&mut v);
        debug_assert_eq!(
            cap,
            v.capacity(),
            "list capacity changed outside Vm::list_mut"
        );
        self.put_back(v);
        r
    }

    /// Run `f` on the items, whatever it does to the capacity: only for
    /// `Vm::list_mut`, which counts the change.
    #[inline]
    pub(crate) fn with_resizing<R>(&self, f: impl FnOnce(&mut Vec<ObjRef>) -> R) -> R {
        let mut v = self.items.take();
        let r = f(&mut v);
        self.put_back(v);
        r
    }

    #[inline]
    fn put_back(&self, v: Vec<ObjRef>) {
        let stray = self.items.replace(v);
        debug_assert!(
            stray.capacity() == 0,
            "a list reached while its items were out"
        );
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.read(|v| v.len())
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn capacity(&self) -> usize {
        self.with(|v| v.capacity())
    }
    #[inline]
    pub fn get(&self, i: usize) -> Option<ObjRef> {
        self.read(|v| v.get(i).copied())
    }
    /// A copy of the item handles (not counted: the caller increfs any it keeps).
    pub fn snapshot(&self) -> Vec<ObjRef> {
        self.read(|v| v.to_vec())
    }

    /// Read the items where they lie, as `with` would see them (without
    /// moving them out and back: the reads of every index and loop step).
    /// Private: every `f` here only reads the slice.
    #[inline(always)]
    fn read<R>(&self, f: impl FnOnce(&[ObjRef]) -> R) -> R {
        // SAFETY: the cell is not `Sync`, so this is the only thread. The
        // shared reference lives for `f` alone, and every `f` passed here
        // (this impl's own) only reads the slice, running no code that
        // could reach this list, so nothing replaces or changes the cell's
        // vector meanwhile. A `with` in progress on the same list has moved
        // the vector out (the cell holds an empty one, which is what this
        // then reads, as a nested `with` would).
        f(unsafe { &*self.items.as_ptr() })
    }
}

/// Last item first, as CPython's `list_traverse`.
fn traverse(o: ObjRef, visit: Visit<'_>) {
    crate::object::vt_payload::<ListObject>(o).with(|v| {
        for &x in v.iter().rev() {
            visit(x);
        }
    })
}

/// CPython's list_dealloc releases items last to first. The buffer keeps
/// its capacity (counted until the list is freed).
fn clear_refs(o: ObjRef, out: &mut Vec<ObjRef>) {
    crate::object::vt_payload::<ListObject>(o).with(|v| out.extend(v.drain(..).rev()));
}

fn extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<ListObject>(o).capacity() * 8
}

pub static LIST_VT: TypeVTable = TypeVTable {
    name: "list",
    tag: Tag::List as u32,
    size: layout_size::<ListObject>,
    extra_size: extra,
    accounted_bytes: extra,
    traverse,
    clear: clear_refs,
    gc_clear: clear_refs,
    drop_payload: layout_drop::<ListObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
    plain_size: 0,
};
payload!(ListObject, LIST_VT, super::subclass::LIST_SUB_VT);

#[inline]
pub fn list_of<'a>(o: ObjRef) -> Option<&'a ListObject> {
    o.get::<ListObject>()
}

// ----------------------------------------------------------------------
// Python-level methods
// Methods of `list` and `tuple`, and the stable sort shared with
// `sorted()`.

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    vm.native_list_append = def_method(vm, "list", "append", append);
    def_method(vm, "list", "extend", extend);
    def_method(vm, "list", "insert", insert);
    def_method(vm, "list", "pop", pop);
    def_method(vm, "list", "remove", remove);
    def_method(vm, "list", "index", index);
    def_method(vm, "list", "count", count);
    def_method(vm, "list", "sort", sort);
    def_method(vm, "list", "reverse", reverse);
    def_method(vm, "list", "copy", copy);
    def_method(vm, "list", "clear", clear);
    def_method(vm, "tuple", "index", index);
    def_method(vm, "tuple", "count", count);
}

/// The list receiver, or a TypeError for a wrong `self`.
fn this<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<&'a crate::types::list::ListObject> {
    match args.pos.first().and_then(|&o| list_of(o)) {
        Some(l) => Ok(l),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' for 'list' objects doesn't apply to this object"
        ))),
    }
}

fn append<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    this(vm, &args, "append")?;
    check_args(vm, &args, "append", 2, 2)?;
    let v = vm.incref(args.pos[1]);
    vm.list_append(args.pos[0], v)?;
    Ok(vm.new_none())
}

fn extend<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    this(vm, &args, "extend")?;
    check_args(vm, &args, "extend", 2, 2)?;
    vm.list_extend(args.pos[0], args.pos[1])?;
    Ok(vm.new_none())
}

fn insert<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let l = this(vm, &args, "insert")?;
    check_args(vm, &args, "insert", 3, 3)?;
    let i = arg_i64(vm, args.pos[1])?;
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    let v = vm.incref(args.pos[2]);
    vm.list_insert(args.pos[0], at, v)?;
    Ok(vm.new_none())
}

fn pop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let l = this(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 1, 2)?;
    // The index first: its `__index__` may change the list.
    let i = match args.pos.get(1) {
        Some(&i) => arg_i64(vm, i)?,
        None => -1,
    };
    let n = l.len();
    if n == 0 {
        return Err(vm.new_error("IndexError", "pop from empty list".to_string()));
    }
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(vm.new_error("IndexError", "pop index out of range".to_string()));
    }
    Ok(l.with(|items| items.remove(j as usize)))
}

/// The index of the first item equal to `x`, from `start`.
fn find<C: Collector>(
    vm: &mut Vm<C>,
    seq: ObjRef,
    x: ObjRef,
    start: usize,
    stop: usize,
) -> PyResult<Option<usize>> {
    // The sequence is read afresh at every step, as CPython does: `__eq__`
    // may mutate it.
    let mut i = start;
    while i < stop {
        let Some(eq) = item_eq(vm, seq, i, x) else {
            break;
        };
        if eq? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

/// Is item `i` of the list or tuple `seq` equal to `x` (None past the
/// end)? A list's item is held for the comparison (`__eq__` may remove
/// it); a tuple's is borrowed, as CPython's `tuple.index`/`count` do: the
/// tuple, which its caller holds, cannot drop it.
fn item_eq<C: Collector>(
    vm: &mut Vm<C>,
    seq: ObjRef,
    i: usize,
    x: ObjRef,
) -> Option<PyResult<bool>> {
    if seq.tag() == Tag::Tuple {
        let item = crate::types::tuple::tuple_items(seq)?.get(i).copied()?;
        return Some(vm.eq(item, x));
    }
    let item = vm.seq_get_owned(seq, i)?;
    let eq = vm.with_roots(&[item], |vm| vm.eq(item, x));
    vm.decref(item);
    Some(eq)
}

fn remove<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let l = this(vm, &args, "remove")?;
    check_args(vm, &args, "remove", 2, 2)?;
    match find(vm, args.pos[0], args.pos[1], 0, usize::MAX)? {
        Some(i) if i < l.len() => {
            let v = l.with(|items| items.remove(i));
            vm.decref(v);
            Ok(vm.new_none())
        }
        // Found, but the comparison emptied the list past it: CPython's
        // slice deletion clamps to nothing.
        Some(_) => Ok(vm.new_none()),
        None => Err(vm.value_error("list.remove(x): x not in list".to_string())),
    }
}

fn index<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "index", 2, 4)?;
    let seq = args.pos[0];
    let n = vm.len(seq)? as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) } as usize;
    let start = match args.pos.get(2) {
        Some(&s) => norm(vm.slice_index_not_none(s)?),
        None => 0,
    };
    let stop = match args.pos.get(3) {
        Some(&s) => norm(vm.slice_index_not_none(s)?),
        None => n as usize,
    };
    match find(vm, seq, args.pos[1], start, stop)? {
        Some(i) => vm.new_int_i64(i as i64),
        None if seq.tag() == Tag::Tuple => {
            Err(vm.value_error("tuple.index(x): x not in tuple".to_string()))
        }
        None => {
            let r = vm.repr_string(args.pos[1])?;
            Err(vm.value_error(format!("{r} is not in list")))
        }
    }
}

fn count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "count", 2, 2)?;
    let (seq, x) = (args.pos[0], args.pos[1]);
    let (mut n, mut i) = (0, 0);
    while let Some(eq) = item_eq(vm, seq, i, x) {
        if eq? {
            n += 1;
        }
        i += 1;
    }
    vm.new_int_i64(n)
}

fn reverse<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let l = this(vm, &args, "reverse")?;
    check_args(vm, &args, "reverse", 1, 1)?;
    l.with(|items| items.reverse());
    Ok(vm.new_none())
}

fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let l = this(vm, &args, "copy")?;
    check_args(vm, &args, "copy", 1, 1)?;
    let items: Vec<ObjRef> = l.snapshot().into_iter().map(|x| vm.incref(x)).collect();
    vm.new_list(items)
}

fn clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    this(vm, &args, "clear")?;
    check_args(vm, &args, "clear", 1, 1)?;
    let (old, synced) = vm.list_mut(args.pos[0], std::mem::take);
    vm.decref_all(old.into_iter().rev());
    synced.map(|_| vm.new_none())
}

fn sort<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    this(vm, &args, "sort")?;
    check_kwargs(vm, &args, "sort", &["key", "reverse"])?;
    if args.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments".to_string()));
    }
    sort_list(
        vm,
        args.pos[0],
        kwarg(&args, "key"),
        kwarg(&args, "reverse"),
    )?;
    Ok(vm.new_none())
}

/// Sort a list in place: stable, comparing keys with `<` only, as
/// CPython's list.sort. The list is empty while the sort runs (a key
/// function or `__lt__` that mutates it is detected).
pub fn sort_list<C: Collector>(
    vm: &mut Vm<C>,
    list: ObjRef,
    key: Option<ObjRef>,
    reverse: Option<ObjRef>,
) -> PyResult<()> {
    // Argument Clinic's `bool(accept={int})`: an int (or bool) only.
    let reverse = match reverse {
        Some(r) => match crate::types::scalar::int_of(r) {
            Some(i) => i != crate::types::scalar::Int::Small(0),
            None => {
                let tn = vm.type_name(r);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        },
        None => false,
    };
    let key = key.filter(|&k| k != vm.none);
    // Out of the list, the buffer is not counted against the heap limit
    // while the sort runs (it is about to be replaced anyway).
    let (items, taken) = vm.list_mut(list, std::mem::take);
    taken.expect("shrinking is always within the limit");
    vm.temp_roots.extend_from_slice(&items);
    let (order, result) = sort_items(vm, &items, key, reverse);
    vm.temp_roots.truncate(vm.temp_roots.len() - items.len());
    // The list gets its items back before what was stored in it meanwhile
    // is released (CPython's order: a leftover's `__del__` sees the sorted
    // list). After a failed comparison they are as far as the sort got,
    // as CPython leaves them. In the same room as before (CPython sorts in
    // place).
    let mut restored = Vec::with_capacity(items.capacity());
    restored.extend(order.iter().map(|&i| items[i]));
    let (leftovers, synced) = vm.list_mut(list, |items| std::mem::replace(items, restored));
    // CPython's test is `allocated != -1`: anything that gave the empty
    // list a buffer while it sorted modified it, even if it was emptied
    // again (an append, then a pop).
    let modified = leftovers.capacity() > 0;
    vm.decref_all(leftovers.into_iter().rev());
    result?;
    synced?;
    if modified {
        return Err(vm.value_error("list modified during sort".to_string()));
    }
    Ok(())
}

/// The order in which `items` sort (indices), by `key` and `reverse`, with
/// the error that stopped the sort, if one did (the order is then as far
/// as it got; with a failing key function, the original one).
fn sort_items<C: Collector>(
    vm: &mut Vm<C>,
    items: &[ObjRef],
    key: Option<ObjRef>,
    reverse: bool,
) -> (Vec<usize>, PyResult<()>) {
    let mut order: Vec<usize> = (0..items.len()).collect();
    let mut keys = Vec::with_capacity(items.len());
    for &x in items {
        match key {
            Some(f) => match vm.call(f, &[x]) {
                Ok(k) => {
                    vm.temp_roots.push(k);
                    keys.push(k);
                }
                Err(e) => {
                    // Newest first, as CPython unwinds its keys array.
                    vm.temp_roots.truncate(vm.temp_roots.len() - keys.len());
                    vm.with_roots(&[e], |vm| vm.decref_all(keys.into_iter().rev()));
                    return (order, Err(e));
                }
            },
            None => keys.push(x),
        }
    }
    // CPython sorts a reversed list stably and reverses it back, so equal
    // items keep their order and `<` is asked of the same pairs.
    if reverse {
        order.reverse();
    }
    let result = super::listsort::sort(&mut order, |&i, &j| {
        let (a, b) = (keys[i], keys[j]);
        if let Some(o) = fast_lt(a, b) {
            return Ok(o);
        }
        vm.compare(a, b, CmpOp::Lt).and_then(|r| vm.truth_owned(r))
    });
    // The keys moved with the items and are released where the sort left
    // them, before a reversed sort turns the items back (CPython reverses
    // only the values): ascending order, even with `reverse=True`.
    if key.is_some() {
        vm.temp_roots.truncate(vm.temp_roots.len() - keys.len());
        vm.decref_all(order.iter().map(|&i| keys[i]));
    }
    if reverse {
        order.reverse();
    }
    (order, result)
}

/// `<` without running Python code, for ints and strs.
fn fast_lt(a: ObjRef, b: ObjRef) -> Option<bool> {
    use crate::types::scalar::{int_of, Int};
    match (a.tag(), b.tag()) {
        (Tag::Int, Tag::Int) => match (int_of(a)?, int_of(b)?) {
            (Int::Small(x), Int::Small(y)) => Some(x < y),
            _ => None,
        },
        (Tag::Str, Tag::Str) => Some(crate::types::str::str_of(a)? < crate::types::str::str_of(b)?),
        _ => None,
    }
}

/// `range.count(x)`: 0 or 1 for an int, else by comparing each value.
fn range_count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "count", 2, 2)?;
    let (r, x) = (args.pos[0], args.pos[1]);
    if r.tag() != Tag::Range {
        return Err(vm.type_error("descriptor 'count' requires a 'range' object".into()));
    }
    let n = match x.tag() {
        Tag::Int | Tag::Bool => usize::from(vm.contains(r, x)?),
        _ => {
            let items = vm.iterate(r)?;
            vm.with_items(items, |vm, items| {
                let mut n = 0;
                for &v in items {
                    n += usize::from(vm.eq(v, x)?);
                }
                Ok(n)
            })?
        }
    };
    vm.new_int_i64(n as i64)
}

/// `range.index(x)`: computed for an int, else by comparing each value.
fn range_index<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "index", 2, 2)?;
    let (r, x) = (args.pos[0], args.pos[1]);
    if r.tag() != Tag::Range {
        return Err(vm.type_error("descriptor 'index' requires a 'range' object".into()));
    }
    let found = match x.tag() {
        Tag::Int | Tag::Bool => {
            if vm.contains(r, x)? && !crate::protocol::range::range_fits(r) {
                return vm.range_big_index(r, x);
            } else if vm.contains(r, x)? {
                let (start, _, step) = vm.range_values(r)?;
                let v = vm.index_i64(x)?.unwrap_or(0);
                Some(((v as i128 - start as i128) / step as i128) as i64)
            } else {
                None
            }
        }
        _ => {
            let items = vm.iterate(r)?;
            vm.with_items(items, |vm, items| {
                for (i, &v) in items.iter().enumerate() {
                    if vm.eq(v, x)? {
                        return Ok(Some(i as i64));
                    }
                }
                Ok(None)
            })?
        }
    };
    match found {
        Some(i) => vm.new_int_i64(i),
        None => {
            let s = vm.repr_string(x)?;
            Err(vm.value_error(format!("{s} is not in range")))
        }
    }
}

pub fn register_range<C: Collector>(vm: &mut Vm<C>) {
    def_method(vm, "range", "count", range_count);
    def_method(vm, "range", "index", range_index);
}
