//! `set` and `frozenset`: CPython's open-addressing table (linear probes of
//! 9, then perturbed jumps), reproduced exactly so that a set of ints
//! iterates — and prints — in the same order as under CPython.
//!
//! As for dicts, key comparison may run Python code: the caller passes an
//! `eq` callback run with no borrow held, and a `version` counter makes the
//! search restart when the table changed meanwhile.

use crate::builtins::{check_args, def_method};
use crate::object::{layout_drop, layout_size, ObjExt, Payload, Tag};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
use std::cell::{Cell, RefCell};

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;

#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Slot {
    Empty,
    Dummy,
    Key { hash: i64, key: ObjRef },
}

/// Invariants: `slots.len()` is a power of two >= 8; `used` counts `Key`
/// slots, `fill` counts `Key` and `Dummy` slots; `fill * 5 < mask * 3`
/// after every insertion (so a search always meets an Empty slot).
pub struct Table {
    pub slots: Vec<Slot>,
    pub used: usize,
    pub fill: usize,
    /// Where `pop` resumes its scan.
    finger: usize,
}

impl Default for Table {
    fn default() -> Self {
        Table {
            slots: small_slots(),
            used: 0,
            fill: 0,
            finger: 0,
        }
    }
}

/// How many emptied smallest tables are kept for new sets.
const SPARE_TABLES: usize = 64;

thread_local! {
    /// Emptied tables of the smallest size, for the next new sets: a small
    /// set is made and dropped without the allocator (CPython keeps its
    /// small table inside the set object).
    static SPARE: RefCell<Vec<Vec<Slot>>> = const { RefCell::new(Vec::new()) };
}

/// A table of the smallest size, all empty: a kept one if there is one.
fn small_slots() -> Vec<Slot> {
    SPARE
        .try_with(|s| s.borrow_mut().pop())
        .ok()
        .flatten()
        .unwrap_or_else(|| vec![Slot::Empty; MIN_SIZE])
}

/// Keep `slots`, a table no set uses any more, for a new set if it is of
/// the smallest size and there is room; else free it.
fn recycle(mut slots: Vec<Slot>) {
    if slots.len() != MIN_SIZE {
        return;
    }
    slots.fill(Slot::Empty);
    let _ = SPARE.try_with(|s| {
        let mut s = s.borrow_mut();
        if s.len() < SPARE_TABLES {
            s.push(slots);
        }
    });
}

impl Table {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// CPython's `set_table_resize`: the smallest power of two > minused.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let fresh = match size {
            MIN_SIZE => small_slots(),
            _ => vec![Slot::Empty; size],
        };
        let old = std::mem::replace(&mut self.slots, fresh);
        self.fill = self.used;
        for &s in &old {
            if let Slot::Key { hash, key } = s {
                self.insert_clean(hash, key);
            }
        }
        recycle(old);
    }

    /// CPython's `set_insert_clean`: insert a key known to be absent into a
    /// table with no dummies.
    fn insert_clean(&mut self, hash: i64, key: ObjRef) {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if self.slots[i] == Slot::Empty {
                self.slots[i] = Slot::Key { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if self.slots[i + j] == Slot::Empty {
                        self.slots[i + j] = Slot::Key { hash, key };
                        return;
                    }
                }
            }
            i = super::dict::next_probe(i, &mut perturb, mask);
        }
    }
}

/// The order a set's iteration gives for `entries` (hash, key) inserted in
/// the order given, by identity (a table outside the heap: nothing is
/// counted or kept).
pub fn table_order(entries: &[(i64, ObjRef)]) -> Vec<ObjRef> {
    let s = SetObject::new();
    for &(hash, key) in entries {
        let found = s.find(key, hash, &mut |k| Ok::<bool, ()>(k == key));
        if let Ok(Found::Absent(slot, dummy)) = found {
            s.insert_at((slot, dummy), hash, key);
        }
    }
    s.keys()
}

pub struct SetObject {
    pub table: RefCell<Table>,
    pub version: Cell<u64>,
    /// Bytes of the table counted against the heap limit.
    pub accounted: Cell<usize>,
}

/// The outcome of a search.
pub enum Found {
    /// The slot holding the key.
    At(usize),
    /// Not present: the slot to insert at, and whether it was a dummy.
    Absent(usize, bool),
}

impl SetObject {
    pub fn new() -> SetObject {
        SetObject {
            table: RefCell::new(Table::default()),
            version: Cell::new(0),
            accounted: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.table.borrow().used
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    fn bump(&self) {
        self.version.set(self.version.get() + 1);
    }

    /// CPython's probe sequence of `set_add_entry` / `set_lookkey`.
    pub fn find<E>(
        &self,
        key: ObjRef,
        hash: i64,
        eq: &mut dyn FnMut(ObjRef) -> Result<bool, E>,
    ) -> Result<Found, E> {
        'restart: loop {
            let version = self.version.get();
            let mask = self.table.borrow().mask();
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut free: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                for j in i..=i + probes {
                    let slot = self.table.borrow().slots[j];
                    match slot {
                        Slot::Empty => {
                            return Ok(match free {
                                Some(f) => Found::Absent(f, true),
                                None => Found::Absent(j, false),
                            })
                        }
                        // (The last dummy passed, as CPython 3.11's
                        // `set_add_entry` takes.)
                        Slot::Dummy => free = Some(j),
                        Slot::Key { hash: h, key: k } => {
                            if k == key {
                                return Ok(Found::At(j));
                            }
                            if h == hash {
                                let same = eq(k)?;
                                if self.version.get() != version {
                                    continue 'restart;
                                }
                                if same {
                                    return Ok(Found::At(j));
                                }
                            }
                        }
                    }
                }
                i = super::dict::next_probe(i, &mut perturb, mask);
            }
        }
    }

    /// Insert an absent key at the slot `find` returned (takes the
    /// reference), resizing as CPython does.
    /// Returns whether the table was resized (its size in bytes changed).
    pub fn insert_at(&self, found: (usize, bool), hash: i64, key: ObjRef) -> bool {
        let mut t = self.table.borrow_mut();
        let (slot, was_dummy) = found;
        t.slots[slot] = Slot::Key { hash, key };
        t.used += 1;
        let mut resized = false;
        if !was_dummy {
            t.fill += 1;
            if t.fill * 5 >= t.mask() * 3 {
                let used = t.used;
                t.resize(if used > 50000 { used * 2 } else { used * 4 });
                resized = true;
            }
        }
        drop(t);
        self.bump();
        resized
    }

    /// Remove the key in `slot`, returning it (owned by the caller).
    pub fn remove_at(&self, slot: usize) -> ObjRef {
        let mut t = self.table.borrow_mut();
        let Slot::Key { key, .. } = t.slots[slot] else {
            panic!("remove of a non-key slot")
        };
        t.slots[slot] = Slot::Dummy;
        t.used -= 1;
        drop(t);
        self.bump();
        key
    }

    /// CPython's `set_pop`: the first key from the finger on.
    pub fn pop(&self) -> Option<ObjRef> {
        let slot = {
            let t = self.table.borrow();
            if t.used == 0 {
                return None;
            }
            let mut i = t.finger & t.mask();
            while !matches!(t.slots[i], Slot::Key { .. }) {
                i = if i >= t.mask() { 0 } else { i + 1 };
            }
            i
        };
        let key = self.remove_at(slot);
        self.table.borrow_mut().finger = slot + 1;
        Some(key)
    }

    /// The keys in table order (handles, not counted).
    pub fn keys(&self) -> Vec<ObjRef> {
        self.entries().into_iter().map(|(_, k)| k).collect()
    }

    pub fn entries(&self) -> Vec<(i64, ObjRef)> {
        self.table
            .borrow()
            .slots
            .iter()
            .filter_map(|s| match *s {
                Slot::Key { hash, key } => Some((hash, key)),
                _ => None,
            })
            .collect()
    }

    /// CPython's `set_merge` fast paths when this set is empty: copy the
    /// other table slot for slot (same size, no dummies) or re-insert
    /// cleanly. Returns false when the caller must insert one by one. The
    /// caller increfs every key of `other` first.
    pub fn merge_into_empty(&self, other: &SetObject) -> bool {
        let o = other.table.borrow();
        let mut t = self.table.borrow_mut();
        if t.fill != 0 {
            return false;
        }
        if (o.used) * 5 >= t.mask() * 3 {
            t.resize(o.used * 2);
        }
        if t.slots.len() == o.slots.len() && o.fill == o.used {
            t.slots.clone_from(&o.slots);
        } else {
            for s in o.slots.iter() {
                if let Slot::Key { hash, key } = *s {
                    t.insert_clean(hash, key);
                }
            }
        }
        t.fill = o.used;
        t.used = o.used;
        drop(t);
        self.bump();
        true
    }

    /// CPython's `set_merge` pre-sizing before inserting `incoming` keys.
    pub fn reserve_for_merge(&self, incoming: usize) {
        let mut t = self.table.borrow_mut();
        if (t.fill + incoming) * 5 >= t.mask() * 3 {
            let used = t.used;
            t.resize((used + incoming) * 2);
        }
    }

    /// CPython's `set_swap_bodies`: exchange the tables (each set keeps
    /// where its `pop` resumes) and what each counts against the heap.
    pub fn swap_table(&self, other: &SetObject) {
        let (mut a, mut b) = (self.table.borrow_mut(), other.table.borrow_mut());
        std::mem::swap(&mut *a, &mut *b);
        std::mem::swap(&mut a.finger, &mut b.finger);
        drop((a, b));
        self.accounted.swap(&other.accounted);
        self.bump();
        other.bump();
    }

    /// After discarding many keys (`set_difference_update_internal`): a
    /// table more than a quarter dummies is rebuilt.
    pub fn purge_dummies(&self) {
        let mut t = self.table.borrow_mut();
        if t.fill - t.used <= t.mask() / 4 {
            return;
        }
        let used = t.used;
        t.resize(if used > 50000 { used * 2 } else { used * 4 });
        drop(t);
        self.bump();
    }

    /// Empty the set, handing back its keys in table order (owned).
    pub fn take_all(&self) -> Vec<ObjRef> {
        let mut keys = Vec::new();
        self.drain_into(&mut keys, Table::default());
        keys
    }

    /// Move the keys onto `out` in table order (owned), leaving the table
    /// `then`.
    fn drain_into(&self, out: &mut Vec<ObjRef>, then: Table) {
        let old = std::mem::replace(&mut *self.table.borrow_mut(), then);
        out.extend(old.slots.iter().filter_map(|s| match *s {
            Slot::Key { key, .. } => Some(key),
            _ => None,
        }));
        recycle(old.slots);
        self.bump();
    }
}

impl Default for SetObject {
    fn default() -> Self {
        Self::new()
    }
}

fn traverse(o: ObjRef, visit: Visit<'_>) {
    for s in crate::object::vt_payload::<SetObject>(o)
        .table
        .borrow()
        .slots
        .iter()
    {
        if let Slot::Key { key, .. } = *s {
            visit(key);
        }
    }
}

/// CPython's set_dealloc releases keys in table order. The set is dying:
/// it is left with no table at all (none is made to be dropped at once).
fn clear_refs(o: ObjRef, out: &mut Vec<ObjRef>) {
    let dead = Table {
        slots: Vec::new(),
        used: 0,
        fill: 0,
        finger: 0,
    };
    crate::object::vt_payload::<SetObject>(o).drain_into(out, dead);
}

/// CPython's set_clear (`tp_clear`): the keys in table order, and the set
/// left empty and usable (a finalizer may still reach it).
fn gc_clear_refs(o: ObjRef, out: &mut Vec<ObjRef>) {
    crate::object::vt_payload::<SetObject>(o).drain_into(out, Table::default());
}

fn extra(o: ObjRef) -> usize {
    let n = crate::object::vt_payload::<SetObject>(o)
        .table
        .borrow()
        .slots
        .len();
    if n > MIN_SIZE {
        n * 16
    } else {
        0
    }
}

pub static SET_VT: TypeVTable = TypeVTable {
    name: "set",
    tag: Tag::Set as u32,
    size: layout_size::<SetObject>,
    extra_size: extra,
    accounted_bytes: |o| crate::object::vt_payload::<SetObject>(o).accounted.get(),
    traverse,
    clear: clear_refs,
    gc_clear: gc_clear_refs,
    drop_payload: layout_drop::<SetObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Always,
    hidden: ouro_gc_core::vtable::never_hidden,
    plain_size: 0,
};
pub static FROZENSET_VT: TypeVTable = TypeVTable {
    name: "frozenset",
    tag: Tag::FrozenSet as u32,
    ..SET_VT
};

impl Payload for SetObject {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        std::ptr::eq(vt, &SET_VT)
            || std::ptr::eq(vt, &FROZENSET_VT)
            || std::ptr::eq(vt, &super::subclass::SET_SUB_VT)
            || std::ptr::eq(vt, &super::subclass::FROZENSET_SUB_VT)
    }
}

#[inline]
pub fn set_of<'a>(o: ObjRef) -> Option<&'a SetObject> {
    o.get::<SetObject>()
}

// ----------------------------------------------------------------------
// Python-level methods
// Methods of `set` and `frozenset`.

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    for t in ["set", "frozenset"] {
        def_method(vm, t, "union", union);
        def_method(vm, t, "intersection", intersection);
        def_method(vm, t, "difference", difference);
        def_method(vm, t, "symmetric_difference", symmetric_difference);
        def_method(vm, t, "issubset", issubset);
        def_method(vm, t, "issuperset", issuperset);
        def_method(vm, t, "isdisjoint", isdisjoint);
        def_method(vm, t, "copy", copy);
    }
    def_method(vm, "set", "add", add);
    def_method(vm, "set", "discard", discard);
    def_method(vm, "set", "remove", remove);
    def_method(vm, "set", "pop", pop);
    def_method(vm, "set", "clear", clear);
    def_method(vm, "set", "update", update);
    def_method(vm, "set", "intersection_update", intersection_update);
    def_method(vm, "set", "difference_update", difference_update);
    def_method(
        vm,
        "set",
        "symmetric_difference_update",
        symmetric_difference_update,
    );
}

fn this<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&s) if set_of(s).is_some() => Ok(s),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'set' objects doesn't apply to this object"
        ))),
    }
}

fn union<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "union")?;
    vm.set_union(s, &args.pos[1..])
}
fn intersection<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "intersection")?;
    vm.set_intersection_multi(s, &args.pos[1..])
}
fn difference<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "difference")?;
    vm.set_difference_multi(s, &args.pos[1..])
}
fn symmetric_difference<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "symmetric_difference")?;
    check_args(vm, &args, "symmetric_difference", 2, 2)?;
    vm.set_symmetric_difference(s, args.pos[1])
}

/// `s.issubset(o)`, `s.issuperset(o)`, `s.isdisjoint(o)`: `o` any iterable.
fn relation<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    test: fn(&mut Vm<C>, ObjRef, ObjRef) -> PyResult<bool>,
) -> PyResult<ObjRef> {
    let s = this(vm, &args, name)?;
    check_args(vm, &args, name, 2, 2)?;
    let r = test(vm, s, args.pos[1])?;
    Ok(vm.new_bool(r))
}

fn issubset<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    relation(vm, args, "issubset", Vm::set_is_subset)
}
fn issuperset<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    relation(vm, args, "issuperset", Vm::set_is_superset)
}
fn isdisjoint<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    relation(vm, args, "isdisjoint", Vm::set_isdisjoint)
}

fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "copy")?;
    check_args(vm, &args, "copy", 1, 1)?;
    if crate::object::layout_tag(s) == Tag::FrozenSet {
        return Ok(vm.incref(s));
    }
    vm.set_from(s, false)
}

fn add<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "add")?;
    check_args(vm, &args, "add", 2, 2)?;
    vm.set_add(s, args.pos[1])?;
    Ok(vm.new_none())
}

fn discard<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "discard")?;
    check_args(vm, &args, "discard", 2, 2)?;
    discard_key(vm, s, args.pos[1])?;
    Ok(vm.new_none())
}

/// Remove `key` from the set `s`; a set key is looked up as the frozenset
/// of its items (CPython's `set_discard`: `s.discard({1})` removes
/// `frozenset({1})`).
fn discard_key<C: Collector>(vm: &mut Vm<C>, s: ObjRef, key: ObjRef) -> PyResult<bool> {
    if key.tag() == Tag::Set {
        let f = vm.set_from(key, true)?;
        return vm.using(f, |vm, f| vm.set_discard(s, f));
    }
    vm.set_discard(s, key)
}

fn remove<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "remove")?;
    check_args(vm, &args, "remove", 2, 2)?;
    if discard_key(vm, s, args.pos[1])? {
        Ok(vm.new_none())
    } else {
        Err(vm.key_error(args.pos[1]))
    }
}

fn pop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 1, 1)?;
    match set_of(s).expect("set").pop() {
        Some(k) => Ok(k),
        None => Err(vm.new_error("KeyError", "pop from an empty set".to_string())),
    }
}

fn clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "clear")?;
    check_args(vm, &args, "clear", 1, 1)?;
    vm.set_clear(s)?;
    Ok(vm.new_none())
}

fn update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "update")?;
    for &o in &args.pos[1..] {
        vm.set_update(s, o)?;
    }
    Ok(vm.new_none())
}

fn intersection_update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "intersection_update")?;
    vm.set_intersection_update(s, &args.pos[1..])?;
    Ok(vm.new_none())
}
fn difference_update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "difference_update")?;
    for &o in &args.pos[1..] {
        vm.set_difference_update(s, o)?;
    }
    Ok(vm.new_none())
}
fn symmetric_difference_update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = this(vm, &args, "symmetric_difference_update")?;
    check_args(vm, &args, "symmetric_difference_update", 2, 2)?;
    vm.set_symmetric_update(s, args.pos[1])?;
    Ok(vm.new_none())
}
