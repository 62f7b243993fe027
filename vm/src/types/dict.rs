//! `dict`: an insertion-ordered hash table (CPython's compact layout: an
//! index table of slots pointing into a dense entry array).
//!
//! Key comparison may run Python code (`__eq__`), which may mutate the very
//! dict being searched. So the table is never borrowed while a comparison
//! runs: the caller passes an `eq` callback, called with no borrow held,
//! and a `version` counter tells the search to restart if the table changed
//! meanwhile (CPython does the same).

use crate::object::{layout_drop, layout_size, ObjExt, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::{Cell, RefCell};

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: ObjRef,
    pub value: ObjRef,
}

/// The `version` bit of a hidden instance dict.
const HIDDEN: u64 = 1 << 63;
const EMPTY: usize = usize::MAX;
const DUMMY: usize = usize::MAX - 1;
const MIN_SIZE: usize = 8;

/// The next slot of CPython's open-addressing probe sequence (shared by
/// dicts and sets): `perturb` shifts in the hash's high bits so that every
/// slot is eventually visited.
#[inline]
pub(crate) fn next_probe(i: usize, perturb: &mut u64, mask: usize) -> usize {
    *perturb >>= 5;
    (i.wrapping_mul(5)
        .wrapping_add(1)
        .wrapping_add(*perturb as usize))
        & mask
}

/// Invariants: `indices.len()` is a power of two; every index slot is EMPTY,
/// DUMMY or the position of a `Some` entry; `used` counts the `Some`
/// entries; `entries.len() < indices.len() * 2 / 3 + 1` (room to insert).
#[derive(Default)]
pub struct Table {
    indices: Vec<usize>,
    pub entries: Vec<Option<Entry>>,
    pub used: usize,
}

/// The outcome of a search.
pub enum Found {
    /// The entry index of the key.
    At(usize),
    /// Not present; the index slot where it would be inserted.
    Absent(usize),
}

pub struct DictObject {
    pub table: RefCell<Table>,
    /// Bumped on every mutation; a search restarts if it changes under it.
    /// The top bit is not part of the count: it marks an instance's dict
    /// that the program has never seen (`is_hidden`).
    pub version: Cell<u64>,
    /// Bytes of the tables counted against the heap limit.
    pub accounted: Cell<usize>,
}

impl DictObject {
    pub fn new() -> DictObject {
        DictObject {
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

    /// Is this an instance's attribute dict that the program has never
    /// asked for (`obj.__dict__`, `vars(obj)`)? CPython 3.11 keeps such
    /// attributes inline in the instance, with no dict object, so the `gc`
    /// module neither counts nor lists it.
    pub fn is_hidden(&self) -> bool {
        self.version.get() & HIDDEN != 0
    }

    pub fn set_hidden(&self, hidden: bool) {
        let v = self.version.get() & !HIDDEN;
        self.version.set(if hidden { v | HIDDEN } else { v });
    }

    /// Find `key`. `eq(stored_key)` decides equality of a stored key with
    /// the same hash that is not identical to `key`; it is called with no
    /// borrow of the table held and may fail.
    pub fn find<E>(
        &self,
        key: ObjRef,
        hash: i64,
        eq: &mut dyn FnMut(ObjRef) -> Result<bool, E>,
    ) -> Result<Found, E> {
        'restart: loop {
            if self.table.borrow().indices.is_empty() {
                self.table.borrow_mut().grow_to(MIN_SIZE);
            }
            let version = self.version.get();
            let mask = self.table.borrow().indices.len() - 1;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            let mut free_slot = None;
            loop {
                let (ix, entry) = {
                    let t = self.table.borrow();
                    let ix = t.indices[i];
                    (ix, if ix < DUMMY { t.entries[ix] } else { None })
                };
                match ix {
                    EMPTY => return Ok(Found::Absent(free_slot.unwrap_or(i))),
                    DUMMY => {
                        free_slot.get_or_insert(i);
                    }
                    _ => {
                        let e = entry.expect("index points at a live entry");
                        if e.key == key {
                            return Ok(Found::At(ix));
                        }
                        if e.hash == hash {
                            let same = eq(e.key)?;
                            if self.version.get() != version {
                                continue 'restart;
                            }
                            if same {
                                return Ok(Found::At(ix));
                            }
                        }
                    }
                }
                i = next_probe(i, &mut perturb, mask);
            }
        }
    }

    /// Insert a new entry at the index slot `slot` returned by `find`.
    /// Takes ownership of the key and value references.
    pub fn insert_new(&self, slot: usize, hash: i64, key: ObjRef, value: ObjRef) {
        let mut t = self.table.borrow_mut();
        let n = t.entries.len();
        t.indices[slot] = n;
        t.entries.push(Some(Entry { hash, key, value }));
        t.used += 1;
        if t.entries.len() * 3 >= t.indices.len() * 2 {
            let want = (t.used * 3).next_power_of_two().max(MIN_SIZE);
            t.grow_to(want);
        }
        drop(t);
        self.bump();
    }

    /// Replace the value of entry `ix`, returning the old value (owned).
    pub fn replace_value(&self, ix: usize, value: ObjRef) -> ObjRef {
        let mut t = self.table.borrow_mut();
        let e = t.entries[ix].as_mut().expect("live entry");
        std::mem::replace(&mut e.value, value)
    }

    /// Remove entry `ix`, returning it (its references now owned by the caller).
    pub fn remove_at(&self, ix: usize) -> Entry {
        let mut t = self.table.borrow_mut();
        let e = t.entries[ix].take().expect("live entry");
        let slot = t.slot_of(ix, e.hash);
        t.indices[slot] = DUMMY;
        t.used -= 1;
        drop(t);
        self.bump();
        e
    }

    pub fn entry(&self, ix: usize) -> Option<Entry> {
        self.table.borrow().entries.get(ix).copied().flatten()
    }

    /// Entry slots (live or deleted) so far; iteration walks 0..slots().
    pub fn slots(&self) -> usize {
        self.table.borrow().entries.len()
    }

    /// The live entries in insertion order (handles, not counted).
    pub fn snapshot(&self) -> Vec<Entry> {
        self.table
            .borrow()
            .entries
            .iter()
            .flatten()
            .copied()
            .collect()
    }

    /// Empty the dict and hand back its entries (their references now owned
    /// by the caller), in order.
    pub fn take_all(&self) -> Vec<Entry> {
        let t = std::mem::take(&mut *self.table.borrow_mut());
        self.bump();
        t.entries.into_iter().flatten().collect()
    }

    /// Remove and return the last entry (`popitem`).
    pub fn pop_last(&self) -> Option<Entry> {
        let ix = {
            let t = self.table.borrow();
            t.entries.iter().rposition(|e| e.is_some())?
        };
        Some(self.remove_at(ix))
    }
}

impl Default for DictObject {
    fn default() -> Self {
        Self::new()
    }
}

impl Table {
    /// The index slot that points at entry `ix` (whose hash is `hash`).
    fn slot_of(&self, ix: usize, hash: i64) -> usize {
        let mask = self.indices.len() - 1;
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.indices[i] != ix {
            i = next_probe(i, &mut perturb, mask);
        }
        i
    }

    /// Rebuild the index table at `size` slots, compacting deleted entries.
    fn grow_to(&mut self, size: usize) {
        let entries: Vec<Option<Entry>> = std::mem::take(&mut self.entries)
            .into_iter()
            .filter(|e| e.is_some())
            .collect();
        self.indices = vec![EMPTY; size];
        let mask = size - 1;
        for (ix, e) in entries.iter().enumerate() {
            let hash = e.expect("compacted").hash;
            let mut perturb = hash as u64;
            let mut i = (hash as u64 as usize) & mask;
            while self.indices[i] != EMPTY {
                i = next_probe(i, &mut perturb, mask);
            }
            self.indices[i] = ix;
        }
        self.entries = entries;
    }
}

fn traverse(o: ObjRef, visit: Visit<'_>) {
    for e in crate::object::vt_payload::<DictObject>(o)
        .table
        .borrow()
        .entries
        .iter()
        .flatten()
    {
        visit(e.key);
        visit(e.value);
    }
}

/// CPython's `_PyDict_MaybeUntrack`: a dict none of whose keys and values
/// may be tracked need not be.
fn atomic(o: ObjRef) -> bool {
    let t = crate::object::vt_payload::<DictObject>(o).table.borrow();
    !t.entries.iter().flatten().any(|e| {
        ouro_gc_core::Tracking::may_be_tracked(e.key)
            || ouro_gc_core::Tracking::may_be_tracked(e.value)
    })
}

/// CPython releases a dict's entries in order, each key before its value.
fn clear(o: ObjRef, out: &mut Vec<ObjRef>) {
    for e in crate::object::vt_payload::<DictObject>(o).take_all() {
        out.push(e.key);
        out.push(e.value);
    }
}

fn extra(o: ObjRef) -> usize {
    let t = crate::object::vt_payload::<DictObject>(o).table.borrow();
    t.indices.capacity() * 8 + t.entries.capacity() * std::mem::size_of::<Option<Entry>>()
}

pub static DICT_VT: TypeVTable = TypeVTable {
    name: "dict",
    tag: Tag::Dict as u32,
    size: layout_size::<DictObject>,
    extra_size: extra,
    accounted_bytes: |o| crate::object::vt_payload::<DictObject>(o).accounted.get(),
    traverse,
    clear,
    gc_clear: clear,
    drop_payload: layout_drop::<DictObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Lazy(atomic),
    hidden: |o| crate::object::vt_payload::<DictObject>(o).is_hidden(),
};
payload!(DictObject, DICT_VT);

#[inline]
pub fn dict_of<'a>(o: ObjRef) -> Option<&'a DictObject> {
    o.get::<DictObject>()
}
