//! `_heapq` and `_bisect`: the C accelerators CPython's `heapq.py` and
//! `bisect.py` import over their Python definitions, here in Rust with
//! the C modules' behaviour: the same comparisons in the same order, the
//! references they hold while an item's `__lt__` runs (both items for a
//! heap, the probed item for a bisection), and their errors.

use crate::builtins::bind_args;
use crate::object::{layout_tag, ObjExt, Tag};
use crate::types::list::list_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::CmpOp;
use ouro_gc_core::{Collector, ObjRef};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    super::new_native_module(
        vm,
        "_heapq",
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("heapify", heapify),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
            ("_heapify_max", heapify_max),
        ],
    );
    super::new_native_module(
        vm,
        "_bisect",
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    );
}

// ---- _heapq --------------------------------------------------------------

/// `a < b` with both held while `__lt__` runs (`_heapqmodule.c` increfs
/// each side around `PyObject_RichCompareBool`).
fn lt_held<C: Collector>(vm: &mut Vm<C>, a: ObjRef, b: ObjRef) -> PyResult<bool> {
    vm.holding_args_tuple(&[a, b], |vm| {
        let r = vm.compare(a, b, CmpOp::Lt)?;
        vm.truth_owned(r)
    })
}

/// The arguments of a one-argument function (`METH_O`): the heap, a
/// list or a list subclass instance, with Argument Clinic's messages.
fn heap_only<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    if args.has_kw() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 1 {
        return Err(vm.type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            args.pos.len()
        )));
    }
    heap_arg(vm, args.pos[0], name, "argument")
}

/// The heap and the item of a two-argument function (`METH_FASTCALL`).
fn heap_and_item<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<(ObjRef, ObjRef)> {
    if args.has_kw() {
        return Err(vm.type_error(format!("_heapq.{name}() takes no keyword arguments")));
    }
    if args.pos.len() != 2 {
        return Err(vm.type_error(format!(
            "{name} expected 2 arguments, got {}",
            args.pos.len()
        )));
    }
    let heap = heap_arg(vm, args.pos[0], name, "argument 1")?;
    Ok((heap, args.pos[1]))
}

fn heap_arg<C: Collector>(
    vm: &mut Vm<C>,
    heap: ObjRef,
    name: &str,
    which: &str,
) -> PyResult<ObjRef> {
    if layout_tag(heap) == Tag::List {
        return Ok(heap);
    }
    // (Argument Clinic names None so, any other object by its type.)
    let tn = match heap == vm.none {
        true => "None".to_string(),
        false => vm.type_name(heap),
    };
    Err(vm.type_error(format!("{name}() {which} must be list, not {tn}")))
}

fn changed_size<C: Collector>(vm: &mut Vm<C>) -> ObjRef {
    vm.new_error(
        "RuntimeError",
        "list changed size during iteration".to_string(),
    )
}

fn item_at(heap: ObjRef, i: usize) -> ObjRef {
    list_of(heap).expect("list").get(i).expect("checked size")
}

/// Move the item at `pos` up towards `startpos` while it is smaller than
/// its parent (with `max`, larger): `siftdown` / `siftdown_max`.
fn siftdown<C: Collector>(
    vm: &mut Vm<C>,
    heap: ObjRef,
    startpos: usize,
    mut pos: usize,
    max: bool,
) -> PyResult<()> {
    let l = list_of(heap).expect("list");
    let size = l.len();
    if pos >= size {
        return Err(vm.new_error("IndexError", "list index out of range".to_string()));
    }
    while pos > startpos {
        let parentpos = (pos - 1) >> 1;
        let (newitem, parent) = (item_at(heap, pos), item_at(heap, parentpos));
        let smaller = if max {
            lt_held(vm, parent, newitem)?
        } else {
            lt_held(vm, newitem, parent)?
        };
        if size != l.len() {
            return Err(changed_size(vm));
        }
        if !smaller {
            break;
        }
        l.with(|items| items.swap(parentpos, pos));
        pos = parentpos;
    }
    Ok(())
}

/// Bubble the smaller child (with `max`, the larger) up from `pos` to a
/// leaf, then sift the item there down: `siftup` / `siftup_max`.
fn siftup<C: Collector>(vm: &mut Vm<C>, heap: ObjRef, mut pos: usize, max: bool) -> PyResult<()> {
    let l = list_of(heap).expect("list");
    let endpos = l.len();
    let startpos = pos;
    if pos >= endpos {
        return Err(vm.new_error("IndexError", "list index out of range".to_string()));
    }
    let limit = endpos >> 1;
    while pos < limit {
        let mut childpos = 2 * pos + 1;
        if childpos + 1 < endpos {
            let (a, b) = (item_at(heap, childpos), item_at(heap, childpos + 1));
            let first = if max {
                lt_held(vm, b, a)?
            } else {
                lt_held(vm, a, b)?
            };
            childpos += usize::from(!first);
            if endpos != l.len() {
                return Err(changed_size(vm));
            }
        }
        l.with(|items| items.swap(childpos, pos));
        pos = childpos;
    }
    siftdown(vm, heap, startpos, pos, max)
}

fn heappush<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (heap, item) = heap_and_item(vm, &args, "heappush")?;
    let item = vm.incref(item);
    vm.list_append(heap, item)?;
    let n = list_of(heap).expect("list").len();
    siftdown(vm, heap, 0, n - 1, false)?;
    Ok(vm.new_none())
}

/// `heappop` / `_heappop_max`: the last item replaces the first, which is
/// returned, and sifts up.
fn pop_with<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    max: bool,
) -> PyResult<ObjRef> {
    let heap = heap_only(vm, args, name)?;
    let l = list_of(heap).expect("list");
    let Some(last) = l.with(|items| items.pop()) else {
        return Err(vm.new_error("IndexError", "index out of range".to_string()));
    };
    if l.is_empty() {
        return Ok(last);
    }
    let top = l.with(|items| std::mem::replace(&mut items[0], last));
    sift_new_first(vm, heap, top, max)
}

/// A new first item was put in place of `top` (owned): sift it up and
/// return `top`, or release it if sifting fails.
fn sift_new_first<C: Collector>(
    vm: &mut Vm<C>,
    heap: ObjRef,
    top: ObjRef,
    max: bool,
) -> PyResult<ObjRef> {
    match vm.with_roots(&[top], |vm| siftup(vm, heap, 0, max)) {
        Ok(()) => Ok(top),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(top));
            Err(e)
        }
    }
}

fn heappop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pop_with(vm, &args, "heappop", false)
}

fn heappop_max<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pop_with(vm, &args, "_heappop_max", true)
}

/// Put `item` first, sift it up, and return what was first (owned).
fn replace_top<C: Collector>(
    vm: &mut Vm<C>,
    heap: ObjRef,
    item: ObjRef,
    max: bool,
) -> PyResult<ObjRef> {
    let l = list_of(heap).expect("list");
    if l.is_empty() {
        return Err(vm.new_error("IndexError", "index out of range".to_string()));
    }
    let item = vm.incref(item);
    let top = l.with(|items| std::mem::replace(&mut items[0], item));
    sift_new_first(vm, heap, top, max)
}

fn replace_with<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    max: bool,
) -> PyResult<ObjRef> {
    let (heap, item) = heap_and_item(vm, args, name)?;
    replace_top(vm, heap, item, max)
}

fn heapreplace<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    replace_with(vm, &args, "heapreplace", false)
}

fn heapreplace_max<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    replace_with(vm, &args, "_heapreplace_max", true)
}

fn heappushpop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (heap, item) = heap_and_item(vm, &args, "heappushpop")?;
    let Some(top) = list_of(heap).expect("list").get(0) else {
        return Ok(vm.incref(item));
    };
    // (Only the top is held here, as `_heapq_heappushpop_impl` does.)
    let smaller = vm.holding_args_tuple(&[top], |vm| {
        let r = vm.compare(top, item, CmpOp::Lt)?;
        vm.truth_owned(r)
    })?;
    if !smaller {
        return Ok(vm.incref(item));
    }
    replace_top(vm, heap, item, false)
}

/// The highest bit of `n`, as CPython's `keep_top_bit`.
fn keep_top_bit(mut n: usize) -> usize {
    let mut i = 0;
    while n > 1 {
        n >>= 1;
        i += 1;
    }
    n << i
}

/// `heapify` / `_heapify_max`: sift up every parent, last first; past
/// 2500 items in CPython's cache-friendly order (`cache_friendly_heapify`:
/// a parent right after its two children; the same heap and number of
/// comparisons, in another order).
fn heapify_with<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    max: bool,
) -> PyResult<ObjRef> {
    let heap = heap_only(vm, args, name)?;
    let n = list_of(heap).expect("list").len();
    if n > 2500 {
        // `m`: the first childless node; `leftmost`: the leftmost node in
        // its row; `mhalf`: the parent of `m`.
        let m = n >> 1;
        let leftmost = keep_top_bit(m + 1) - 1;
        let mhalf = m >> 1;
        // Each leaf-most parent, then its ancestors while it is a right
        // child: a subtree is a heap before its root is sifted.
        let climb = |vm: &mut Vm<C>, mut j: usize| -> PyResult<()> {
            loop {
                siftup(vm, heap, j, max)?;
                if j & 1 == 0 {
                    return Ok(());
                }
                j >>= 1;
            }
        };
        for i in (mhalf..leftmost).rev() {
            climb(vm, i)?;
        }
        for i in (leftmost..m).rev() {
            climb(vm, i)?;
        }
    } else {
        for i in (0..n >> 1).rev() {
            siftup(vm, heap, i, max)?;
        }
    }
    Ok(vm.new_none())
}

fn heapify<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    heapify_with(vm, &args, "heapify", false)
}

fn heapify_max<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    heapify_with(vm, &args, "_heapify_max", true)
}

// ---- _bisect ------------------------------------------------------------

/// The arguments `a, x, lo=0, hi=None, *, key=None`.
struct BisectArgs {
    a: ObjRef,
    x: ObjRef,
    lo: i64,
    /// -1 for None (Argument Clinic's default), as CPython reads it.
    hi: i64,
    key: Option<ObjRef>,
}

fn bisect_args<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<BisectArgs> {
    if args.pos.len() > 4 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 4 positional arguments ({} given)",
            args.pos.len()
        )));
    }
    let a = bind_args(vm, args, name, &["a", "x", "lo", "hi", "key"], 2)?;
    let index = |vm: &mut Vm<C>, o: ObjRef| -> PyResult<i64> {
        match vm.index_i64(o)? {
            Some(v) => Ok(v),
            None => {
                let tn = vm.type_name(o);
                Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    };
    let lo = match a[2] {
        Some(o) => index(vm, o)?,
        None => 0,
    };
    // `hi` takes an int or None (`_Py_convert_optional_to_ssize_t`).
    let hi = match a[3] {
        Some(o) if o != vm.none => match vm.index_i64(o)? {
            Some(v) => v,
            None => {
                let tn = vm.type_name(o);
                return Err(
                    vm.type_error(format!("argument should be integer or None, not '{tn}'"))
                );
            }
        },
        _ => -1,
    };
    Ok(BisectArgs {
        a: a[0].expect("required"),
        x: a[1].expect("required"),
        lo,
        hi,
        key: a[4].filter(|&k| k != vm.none),
    })
}

/// `internal_bisect_right` / `internal_bisect_left`: the insertion point
/// of `item` (already keyed) among `a[lo:hi]`, each probed item (keyed)
/// held while compared.
fn bisect_index<C: Collector>(
    vm: &mut Vm<C>,
    b: &BisectArgs,
    item: ObjRef,
    right: bool,
) -> PyResult<i64> {
    if b.lo < 0 {
        return Err(vm.value_error("lo must be non-negative".to_string()));
    }
    let (mut lo, mut hi) = (b.lo, b.hi);
    if hi == -1 {
        hi = vm.len(b.a)? as i64;
    }
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let probe = vm.new_int_i64(mid)?;
        let litem = vm.using(probe, |vm, probe| vm.getitem(b.a, probe))?;
        let litem = match b.key {
            Some(k) => vm.using(litem, |vm, litem| vm.call(k, &[litem]))?,
            None => litem,
        };
        let below = vm.using(litem, |vm, litem| {
            let r = if right {
                vm.compare(item, litem, CmpOp::Lt)?
            } else {
                vm.compare(litem, item, CmpOp::Lt)?
            };
            vm.truth_owned(r)
        })?;
        match (right, below) {
            (true, true) | (false, false) => hi = mid,
            _ => lo = mid + 1,
        }
    }
    Ok(lo)
}

fn bisect_with<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    right: bool,
) -> PyResult<ObjRef> {
    let b = bisect_args(vm, args, name)?;
    let i = bisect_index(vm, &b, b.x, right)?;
    vm.new_int_i64(i)
}

fn bisect_right<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    bisect_with(vm, &args, "bisect_right", true)
}

fn bisect_left<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    bisect_with(vm, &args, "bisect_left", false)
}

/// `insort_right` / `insort_left`: `x` goes in at its insertion point
/// (found by `key(x)` when a key is given), with `list.insert` for an
/// exact list and the object's own `insert` otherwise.
fn insort_with<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    right: bool,
) -> PyResult<ObjRef> {
    let b = bisect_args(vm, args, name)?;
    let i = match b.key {
        None => bisect_index(vm, &b, b.x, right)?,
        Some(k) => {
            let kx = vm.call(k, &[b.x])?;
            vm.using(kx, |vm, kx| bisect_index(vm, &b, kx, right))?
        }
    };
    if b.a.tag() == Tag::List {
        let len = list_of(b.a).expect("list").len() as i64;
        let at = i.clamp(0, len) as usize;
        let x = vm.incref(b.x);
        vm.list_insert(b.a, at, x)?;
    } else {
        let at = vm.new_int_i64(i)?;
        let r = vm.using(at, |vm, at| vm.call_method_named(b.a, "insert", &[at, b.x]))?;
        vm.decref(r);
    }
    Ok(vm.new_none())
}

fn insort_right<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    insort_with(vm, &args, "insort_right", true)
}

fn insort_left<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    insort_with(vm, &args, "insort_left", false)
}
