//! `dict`: an insertion-ordered hash table (CPython's compact layout: an
//! index table of slots pointing into a dense entry array).
//!
//! Key comparison may run Python code (`__eq__`), which may mutate the very
//! dict being searched. So the table is never borrowed while a comparison
//! runs: the caller passes an `eq` callback, called with no borrow held,
//! and a `version` counter tells the search to restart if the table changed
//! meanwhile (CPython does the same).

use crate::builtins::{check_args, check_count, def_method};
use crate::object::{layout_drop, layout_size, ObjExt, Tag};
use crate::payload;
use crate::types::dictkeys::{self, Keys, KeysCell, Probe};
use crate::types::iter::{DictPart, DictViewObject, DICTVIEW_VT};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
use std::cell::Cell;
use std::sync::atomic::{AtomicU64, Ordering};

#[derive(Clone, Copy, Debug)]
pub struct Entry {
    pub hash: i64,
    pub key: ObjRef,
    pub value: ObjRef,
}

/// The `version` bit of a hidden instance dict.
const HIDDEN: u64 = 1 << 63;
/// The `version` bit of a class's dict.
const TYPE_DICT: u64 = 1 << 62;
/// The `version` bits holding the id of the class's shared keys that an
/// instance dict shares (`sharedkeys`; 0: none).
const SHARED_SHIFT: u32 = 40;
const SHARED_BITS: u64 = (crate::types::sharedkeys::MAX_ID as u64) << SHARED_SHIFT;
/// The `version` bits that count mutations.
const COUNTER: u64 = (1 << SHARED_SHIFT) - 1;

/// Advanced whenever a class's dict changes (an entry added, removed or
/// given another value, or the dict emptied): the vm's type attribute
/// cache trusts an entry only in the epoch it was found in, so that a
/// cached (borrowed) attribute is always still in its class's dict.
pub static TYPE_DICT_EPOCH: AtomicU64 = AtomicU64::new(0);

/// The last mutation count given to any dict: each mutation gives its
/// dict the next, so a dict's address and version never recur together
/// (a new dict starts empty at 0), which the interpreter's inline caches
/// rely on. (Load and store, not an atomic increment: two threads' vms
/// share no dicts.)
static DICT_VERSIONS: AtomicU64 = AtomicU64::new(0);

/// What `DictObject::find_identical` learned.
pub enum Identical {
    /// The entry index of the key itself.
    At(usize),
    /// The key is not in the dict.
    Absent,
    /// A different key with an equal hash is in the way: only `__eq__`
    /// could say.
    Unsure,
}

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

/// The outcome of a search.
pub enum Found {
    /// The entry index of the key.
    At(usize),
    /// Not present; the index slot where it would be inserted (`NO_SLOT`
    /// when the dict has no table yet).
    Absent(usize),
}

const NO_SLOT: usize = usize::MAX;

/// A dict: 32 bytes (CPython's `ma_used`, `ma_version_tag`, `ma_keys`,
/// `ma_values` become the keys object, the version, and the bytes counted
/// against the heap limit), so `sys.getsizeof({})` is 64 as there; the
/// keys object (`dictkeys::Keys`) is made at the first insertion.
///
/// The keys object is taken out of its cell for the length of one
/// operation and put back, never while Python code runs (comparisons run
/// with it in place, between operations), so there is no borrow flag; the
/// hottest reads and value replacements borrow it where it lies
/// (`KeysCell::in_place`).
pub struct DictObject {
    keys: KeysCell,
    /// Bumped on every mutation; a search restarts if it changes under it.
    /// Only the low 40 bits count; above them are the id of the shared
    /// keys an instance dict shares (`shared_id`), the class-dict bit and
    /// the bit that marks an instance's dict that the program has never
    /// seen (`is_hidden`).
    pub version: Cell<u64>,
    /// Bytes of the keys object counted against the heap limit.
    pub accounted: Cell<usize>,
}

impl DictObject {
    pub fn new() -> DictObject {
        DictObject {
            keys: KeysCell::default(),
            version: Cell::new(0),
            accounted: Cell::new(0),
        }
    }

    pub fn len(&self) -> usize {
        self.keys.in_place(|k| k.map_or(0, |k| k.used()))
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Bytes of the keys object.
    pub fn table_bytes(&self) -> usize {
        self.keys.with(|k| k.map_or(0, |k| k.bytes()))
    }

    fn bump(&self) {
        let v = self.version.get();
        let next = DICT_VERSIONS.load(Ordering::Relaxed).wrapping_add(1) & COUNTER;
        DICT_VERSIONS.store(next, Ordering::Relaxed);
        self.version.set((v & !COUNTER) | next);
        if v & TYPE_DICT != 0 {
            TYPE_DICT_EPOCH.fetch_add(1, Ordering::Relaxed);
        }
    }

    /// Mark this dict as a class's (see `TYPE_DICT_EPOCH`).
    pub fn set_type_dict(&self) {
        self.version.set(self.version.get() | TYPE_DICT);
        TYPE_DICT_EPOCH.fetch_add(1, Ordering::Relaxed);
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

    /// The id of the class's shared keys this instance dict shares (0 if
    /// none): its entries are released in that table's order of names
    /// (see `sharedkeys`).
    pub fn shared_id(&self) -> u32 {
        ((self.version.get() & SHARED_BITS) >> SHARED_SHIFT) as u32
    }

    pub fn set_shared_id(&self, id: u32) {
        let id = u64::from(id.min(crate::types::sharedkeys::MAX_ID));
        self.version
            .set((self.version.get() & !SHARED_BITS) | (id << SHARED_SHIFT));
    }

    /// Empty the dict into `out`, each key before its value (the
    /// references now the caller's), in the order CPython releases them: a
    /// dict sharing its class's keys in the keys' order, which it then
    /// stops sharing; any other in insertion order.
    pub fn release_into(&self, out: &mut Vec<ObjRef>) {
        let k = self.keys.take();
        self.bump();
        let Some(k) = k else { return };
        let start = out.len();
        out.reserve(2 * k.used());
        for (key, value) in k.live_items() {
            out.push(key);
            out.push(value);
        }
        let id = self.shared_id();
        if id != 0 && !k.in_table_order() {
            let (pairs, _) = out[start..].as_chunks_mut::<2>();
            crate::types::sharedkeys::sort_in_table_order(id, pairs, |p| {
                crate::types::str::str_of(p[0]).map(|s| (dictkeys::str_hash(p[0]), s))
            });
        }
        self.set_shared_id(0);
    }

    /// Find `key`. `eq(stored_key)` decides equality of a stored key with
    /// the same hash that is not identical to `key`; it is called with the
    /// keys object in place (no borrow held) and may fail.
    pub fn find<E>(
        &self,
        key: ObjRef,
        hash: i64,
        eq: &mut dyn FnMut(ObjRef) -> Result<bool, E>,
    ) -> Result<Found, E> {
        'restart: loop {
            let version = self.version.get();
            let (mut pos, mut perturb, mut free) = (None, hash as u64, None);
            loop {
                let step = self.keys.with(|k| match k {
                    Some(k) => k.probe(key, hash, &mut pos, &mut perturb, &mut free),
                    None => Probe::Absent(NO_SLOT),
                });
                match step {
                    Probe::At(n) => return Ok(Found::At(n)),
                    Probe::Absent(slot) => return Ok(Found::Absent(slot)),
                    Probe::Compare(n, stored) => {
                        let same = eq(stored)?;
                        if self.version.get() != version {
                            continue 'restart;
                        }
                        if same {
                            return Ok(Found::At(n));
                        }
                    }
                }
            }
        }
    }

    /// Look up `key`, an exact str, when finding it runs no code: every
    /// stored key of its hash compared on the way is an exact str too
    /// (CPython's `unicode_eq` path of a str-keys lookup). `Some(value)`
    /// (borrowed) or `Some(None)` when absent; None when another kind of
    /// key has to be compared (the general lookup decides then).
    #[inline(always)]
    pub fn lookup_exact_str(&self, key: ObjRef) -> Option<Option<ObjRef>> {
        let s = key.get::<crate::types::str::StrObject>()?;
        let hash = s.hash();
        self.keys.in_place(|k| match k {
            Some(k) => k.find_exact_str(key, hash, &s.s),
            None => Some(None),
        })
    }

    /// Add `key`, an exact str, with `value` when it is absent and finding
    /// that runs no code (`Keys::absent_str_slot`; no table yet counts as
    /// absent): `insert_new`'s answer, the key and value references taken.
    /// None, nothing taken, when it is present or the general insert has
    /// to compare another kind of key.
    #[inline]
    pub fn add_exact_str(&self, key: ObjRef, value: ObjRef) -> Option<bool> {
        if key.tag() != crate::object::Tag::Str {
            return None;
        }
        let s = key.payload::<crate::types::str::StrObject>();
        let hash = s.hash();
        let slot = self.keys.with(|k| match k {
            Some(k) => k.absent_str_slot(key, hash, &s.s),
            None => Some(NO_SLOT),
        })?;
        Some(self.insert_new(slot, hash, key, value))
    }

    /// False when no key with `hash` was added since the table was last
    /// rebuilt (`Keys::may_hold`): a lookup of it misses.
    #[inline]
    pub fn may_hold(&self, hash: i64) -> bool {
        self.keys.in_place(|k| k.is_some_and(|k| k.may_hold(hash)))
    }

    /// Find `key` itself, running no code (for a cache to remember).
    pub fn find_identical(&self, key: ObjRef, hash: i64) -> Identical {
        let (mut pos, mut perturb, mut free) = (None, hash as u64, None);
        self.keys.with(|k| match k {
            Some(k) => match k.probe(key, hash, &mut pos, &mut perturb, &mut free) {
                Probe::At(n) => Identical::At(n),
                Probe::Absent(_) => Identical::Absent,
                Probe::Compare(..) => Identical::Unsure,
            },
            None => Identical::Absent,
        })
    }

    /// The value of entry `ix` if its key is `key` itself (borrowed).
    #[inline(always)]
    pub fn value_if_key(&self, ix: usize, key: ObjRef) -> Option<ObjRef> {
        self.keys.in_place(|k| k?.value_if_key(ix, key))
    }

    /// Insert a new entry at the index slot `slot` returned by `find`
    /// (made afresh when the table has to be made, grown or given hashes
    /// first). Takes ownership of the key and value references. True when
    /// the keys object was made anew (its size may have changed).
    pub fn insert_new(&self, slot: usize, hash: i64, key: ObjRef, value: ObjRef) -> bool {
        let mut k = self.keys.take();
        let fits = k
            .as_ref()
            .is_some_and(|k| k.has_room() && k.accepts(key) && slot != NO_SLOT);
        let mut slot = slot;
        if !fits {
            let str_keys = key.tag() == crate::object::Tag::Str;
            let rebuilt = match &k {
                None => Keys::new(dictkeys::MIN_LOG2, str_keys),
                Some(old) if !old.has_room() => {
                    old.rebuilt(dictkeys::log2_grown(old.used()), old.str_keys() && str_keys)
                }
                Some(old) => old.rebuilt(old.log2(), false),
            };
            slot = rebuilt.free_slot(hash);
            k = Some(rebuilt);
        }
        let remade = !fits;
        let table = k.as_mut().expect("a table was made");
        table.push(slot, hash, key, value);
        let id = self.shared_id();
        if id != 0 {
            let name = (key.tag() == crate::object::Tag::Str)
                .then(|| crate::types::str::str_of(key))
                .flatten()
                .map(|s| (hash, s));
            let at = table.nentries() - 1;
            match crate::types::sharedkeys::admit(id, name, at) {
                Some(true) => {}
                Some(false) => table.set_out_of_order(),
                None => self.set_shared_id(0),
            }
        }
        self.keys.set(k);
        self.bump();
        remade
    }

    /// Replace the value of entry `ix` if its key is `key` itself (see
    /// `Keys::replace_if_key`): the old value (owned), or `value` back.
    #[inline]
    pub fn replace_if_key(&self, ix: usize, key: ObjRef, value: ObjRef) -> Result<ObjRef, ObjRef> {
        let r = self.keys.in_place(|k| match k {
            Some(k) => k.replace_if_key(ix, key, value),
            None => Err(value),
        });
        if r.is_ok() && self.version.get() & TYPE_DICT != 0 {
            TYPE_DICT_EPOCH.fetch_add(1, Ordering::Relaxed);
        }
        r
    }

    /// Replace the value of entry `ix`, returning the old value (owned).
    pub fn replace_value(&self, ix: usize, value: ObjRef) -> ObjRef {
        if self.version.get() & TYPE_DICT != 0 {
            TYPE_DICT_EPOCH.fetch_add(1, Ordering::Relaxed);
        }
        self.keys
            .in_place(|k| k.expect("live entry").replace_value(ix, value))
    }

    /// Remove entry `ix`, returning it (its references now owned by the caller).
    pub fn remove_at(&self, ix: usize) -> Entry {
        let (hash, key, value) = self.keys.with(|k| {
            let k = k.expect("live entry");
            let (hash, _, _) = k.entry(ix).expect("live entry");
            let slot = k.slot_of(ix, hash);
            k.remove(slot, ix)
        });
        self.bump();
        Entry { hash, key, value }
    }

    /// The value of entry `ix` (borrowed), if it is live.
    #[inline]
    pub fn value(&self, ix: usize) -> Option<ObjRef> {
        self.keys.in_place(|k| k?.value(ix))
    }

    pub fn entry(&self, ix: usize) -> Option<Entry> {
        self.keys
            .in_place(|k| k?.entry(ix))
            .map(|(hash, key, value)| Entry { hash, key, value })
    }

    /// The first live entry at or after entry slot `n`: its slot, key and
    /// value (handles, not counted).
    #[inline]
    pub fn next_live(&self, n: usize) -> Option<(usize, ObjRef, ObjRef)> {
        self.keys.in_place(|k| k?.next_live(n))
    }

    /// Entry slots (live or deleted) so far; iteration walks 0..slots().
    pub fn slots(&self) -> usize {
        self.keys.in_place(|k| k.map_or(0, |k| k.nentries()))
    }

    /// The live entries in insertion order (handles, not counted).
    pub fn snapshot(&self) -> Vec<Entry> {
        self.keys.with(|k| match k {
            Some(k) => k
                .live()
                .map(|(hash, key, value)| Entry { hash, key, value })
                .collect(),
            None => Vec::new(),
        })
    }

    /// Empty the dict and hand back its entries (their references now owned
    /// by the caller), in order.
    pub fn take_all(&self) -> Vec<Entry> {
        let k = self.keys.take();
        self.bump();
        match k {
            Some(k) => k
                .live()
                .map(|(hash, key, value)| Entry { hash, key, value })
                .collect(),
            None => Vec::new(),
        }
    }

    /// A copy of the table (see `Keys::clone`), if the dict has one.
    pub fn clone_keys(&self) -> Option<Keys> {
        self.keys.with(|k| k.cloned())
    }

    /// Give this dict the table `keys` in place of its own (which must
    /// hold no live entry).
    pub fn install(&self, keys: Keys) {
        let old = self.keys.replace(Some(keys));
        debug_assert!(
            old.as_ref().is_none_or(|k| k.used() == 0),
            "a dict replaced its entries"
        );
        self.bump();
    }

    /// Give an empty dict a table of `2^log2` slots now (`dict_merge`'s one
    /// resize before it inserts), keyed by strs only when `str_keys`.
    pub fn presize(&self, log2: u8, str_keys: bool) {
        let k = self.keys.take();
        let fresh = match &k {
            Some(k) => k.rebuilt(log2, k.str_keys() && str_keys),
            None => Keys::new(log2, str_keys),
        };
        self.keys.set(Some(fresh));
        self.bump();
    }

    /// Is the table keyed by strs only (CPython's `DK_IS_UNICODE`)?
    pub fn str_keys(&self) -> bool {
        self.keys.with(|k| k.is_some_and(|k| k.str_keys()))
    }

    /// The table's log2 size (0 without a table).
    pub fn log2(&self) -> u8 {
        self.keys.with(|k| k.map_or(0, |k| k.log2()))
    }

    /// Entries the table holds before it must grow (0 without a table).
    pub fn usable(&self) -> usize {
        self.keys.with(|k| k.map_or(0, |k| k.usable()))
    }

    /// Remove and return the last entry (`popitem`, which makes a dict
    /// that shares its class's keys stop sharing them, as CPython's does).
    pub fn pop_last(&self) -> Option<Entry> {
        self.set_shared_id(0);
        let ix = self.keys.with(|k| {
            let k = k?;
            (0..k.nentries()).rev().find(|&n| k.entry(n).is_some())
        })?;
        Some(self.remove_at(ix))
    }
}

impl Default for DictObject {
    fn default() -> Self {
        Self::new()
    }
}

fn traverse(o: ObjRef, visit: Visit<'_>) {
    crate::object::vt_payload::<DictObject>(o).keys.with(|k| {
        for (key, value) in k.into_iter().flat_map(|k| k.live_items()) {
            visit(key);
            visit(value);
        }
    })
}

/// CPython's `_PyDict_MaybeUntrack`: a dict none of whose keys and values
/// may be tracked need not be.
fn atomic(o: ObjRef) -> bool {
    crate::object::vt_payload::<DictObject>(o).keys.with(|k| {
        !k.into_iter()
            .flat_map(|k| k.live_items())
            .any(|(key, value)| {
                ouro_gc_core::Tracking::may_be_tracked(key)
                    || ouro_gc_core::Tracking::may_be_tracked(value)
            })
    })
}

/// CPython releases a dict's entries in order, each key before its value.
/// One that shares its class's keys releases its values in the keys'
/// order, as CPython's split table does.
fn clear_refs(o: ObjRef, out: &mut Vec<ObjRef>) {
    crate::object::vt_payload::<DictObject>(o).release_into(out);
}

fn extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<DictObject>(o).table_bytes()
}

pub static DICT_VT: TypeVTable = TypeVTable {
    name: "dict",
    tag: Tag::Dict as u32,
    size: layout_size::<DictObject>,
    extra_size: extra,
    accounted_bytes: |o| crate::object::vt_payload::<DictObject>(o).accounted.get(),
    traverse,
    clear: clear_refs,
    gc_clear: clear_refs,
    drop_payload: layout_drop::<DictObject>,
    is_container: true,
    tracking: ouro_gc_core::Tracking::Lazy(atomic),
    hidden: |o| crate::object::vt_payload::<DictObject>(o).is_hidden(),
    plain_size: 0,
};
payload!(DictObject, DICT_VT, super::subclass::DICT_SUB_VT);

#[inline]
pub fn dict_of<'a>(o: ObjRef) -> Option<&'a DictObject> {
    o.get::<DictObject>()
}

// ----------------------------------------------------------------------
// Python-level methods
// Methods of `dict` and its views.

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    def_method(vm, "dict", "get", get);
    def_method(vm, "dict", "keys", keys);
    def_method(vm, "dict", "values", values);
    def_method(vm, "dict", "items", items);
    def_method(vm, "dict", "pop", pop);
    def_method(vm, "dict", "popitem", popitem);
    def_method(vm, "dict", "setdefault", setdefault);
    def_method(vm, "dict", "update", update);
    def_method(vm, "dict", "copy", copy);
    def_method(vm, "dict", "clear", clear);
    crate::builtins::def_classmethod(vm, "dict", "fromkeys", fromkeys);
    def_method(vm, "dict_keys", "isdisjoint", isdisjoint);
    def_method(vm, "dict_items", "isdisjoint", isdisjoint);
}

/// `view.isdisjoint(other)`: no item of `other` is in the view.
fn isdisjoint<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "isdisjoint", 2, 2)?;
    let (view, other) = (args.pos[0], args.pos[1]);
    let items = vm.iterate(other)?;
    let found = vm.with_items(items, |vm, items| {
        for &x in items {
            if vm.contains(view, x)? {
                return Ok(true);
            }
        }
        Ok(false)
    })?;
    Ok(vm.new_bool(!found))
}

fn this<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&d) if dict_of(d).is_some() => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' for 'dict' objects doesn't apply to this object"
        ))),
    }
}

fn get<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "get")?;
    check_args(vm, &args, "get", 2, 3)?;
    match vm.dict_get(d, args.pos[1])? {
        Some(v) => Ok(v),
        None => Ok(args
            .pos
            .get(2)
            .map_or_else(|| vm.new_none(), |&x| vm.incref(x))),
    }
}

fn view<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    part: DictPart,
) -> PyResult<ObjRef> {
    let d = this(vm, args, name)?;
    check_args(vm, args, name, 1, 1)?;
    vm.alloc(
        &DICTVIEW_VT,
        DictViewObject {
            dict: vm.incref(d),
            part,
        },
    )
}

fn keys<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    view(vm, &args, "keys", DictPart::Keys)
}
fn values<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    view(vm, &args, "values", DictPart::Values)
}
fn items<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    view(vm, &args, "items", DictPart::Items)
}

fn pop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "pop")?;
    check_args(vm, &args, "pop", 2, 3)?;
    // An empty dict answers before hashing the key (CPython's
    // `_PyDict_Pop`): `{}.pop([])` is a KeyError, not a TypeError.
    let empty = dict_of(d).is_some_and(|x| x.is_empty());
    let found = if empty {
        None
    } else {
        vm.dict_pop(d, args.pos[1])?
    };
    match found {
        Some(v) => Ok(v),
        None => match args.pos.get(2) {
            Some(&x) => Ok(vm.incref(x)),
            None => Err(vm.key_error(args.pos[1])),
        },
    }
}

fn popitem<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "popitem")?;
    check_args(vm, &args, "popitem", 1, 1)?;
    match dict_of(d).expect("dict").pop_last() {
        Some(e) => vm.new_tuple(vec![e.key, e.value]),
        None => Err(vm.new_error("KeyError", "popitem(): dictionary is empty".to_string())),
    }
}

fn setdefault<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "setdefault")?;
    check_args(vm, &args, "setdefault", 2, 3)?;
    // The key is hashed once (CPython's `PyDict_SetDefault`).
    let h = vm.hash(args.pos[1])?;
    if let Some(v) = vm.dict_get_hashed(d, args.pos[1], h)? {
        return Ok(v);
    }
    let dflt = args.pos.get(2).copied().unwrap_or(vm.none);
    vm.dict_set_hashed(d, args.pos[1], h, dflt)?;
    Ok(vm.incref(dflt))
}

fn update<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "update")?;
    check_count(vm, args.len() - 1, "update", 0, 1)?;
    if let Some(&m) = args.pos.get(1) {
        vm.dict_update(d, m, false)?;
    }
    for (i, &k) in args.kwnames.iter().enumerate() {
        vm.dict_set(d, k, args.kwvals[i])?;
    }
    Ok(vm.new_none())
}

fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "copy")?;
    check_args(vm, &args, "copy", 1, 1)?;
    vm.dict_copy(d)
}

fn clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let d = this(vm, &args, "clear")?;
    check_args(vm, &args, "clear", 1, 1)?;
    let mut refs = Vec::new();
    dict_of(d).expect("dict").release_into(&mut refs);
    let synced = vm.sync_account(d);
    vm.decref_all(refs);
    synced.map(|_| vm.new_none())
}

/// `dict.fromkeys(iterable, value=None)` (called on the class or a dict).
fn fromkeys<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "fromkeys", 2, 3)?;
    let (cls, v) = (args.pos[0], args.pos.get(2).copied().unwrap_or(vm.none));
    if cls != vm.types.get("dict") {
        // A subclass (or any class reaching here): `d = cls()`, then
        // `d[key] = value` for each key, through its own `__setitem__`.
        let d = vm.call(cls, &[])?;
        return vm.fill(d, |vm, d| {
            let keys = vm.iterate_unsized(args.pos[1])?;
            vm.with_items(keys, |vm, keys| {
                keys.iter().try_for_each(|&k| vm.setitem(d, k, v))
            })
        });
    }
    let it = args.pos[1];
    // (`_PyDict_FromKeys`: the keys of an exact dict or of a set go in
    // with the hashes stored beside them.)
    let hashed: Option<Vec<(i64, ObjRef)>> = match crate::types::set::set_of(it) {
        Some(s) => Some(s.entries()),
        None if it.tag() == Tag::Dict => Some(
            dict_of(it)
                .expect("dict")
                .snapshot()
                .iter()
                .map(|e| (e.hash, e.key))
                .collect(),
        ),
        None => None,
    };
    if let Some(entries) = hashed {
        let keys = entries.iter().map(|&(_, k)| k).collect();
        return vm.with_owned(keys, |vm, _| {
            let d = vm.new_dict()?;
            vm.fill(d, |vm, d| {
                entries
                    .iter()
                    .try_for_each(|&(h, k)| vm.dict_set_hashed(d, k, h, v))
            })
        });
    }
    let keys = vm.iterate_unsized(it)?;
    vm.with_items(keys, |vm, keys| {
        let d = vm.new_dict()?;
        vm.fill(d, |vm, d| {
            keys.iter().try_for_each(|&k| vm.dict_set(d, k, v))
        })
    })
}

/// `_collections._count_elements(mapping, iterable)`: `Counter`'s tally.
/// When `mapping`'s `get` and `__setitem__` are dict's own, each element
/// is hashed once and looked up and stored with that hash (CPython's C
/// fast path); otherwise `mapping.get(elem, 0) + 1` is stored through
/// `mapping[elem] = ...`.
pub fn count_elements<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "_count_elements", 2, 2)?;
    let (mapping, iterable) = (args.pos[0], args.pos[1]);
    let dict_type = vm.types.get("dict");
    let t = vm.type_of(mapping);
    let own = |vm: &mut Vm<C>, name: &str| {
        let key = vm.intern_borrow(name);
        let mine = vm.lookup_type_attr(t, key);
        mine.is_some() && mine == vm.lookup_type_attr(dict_type, key)
    };
    let fast = dict_of(mapping).is_some() && own(vm, "get") && own(vm, "__setitem__");
    let one = vm.new_int_i64(1)?;
    let it = vm.with_roots(&[one], |vm| vm.get_iter(iterable));
    let it = match it {
        Ok(it) => it,
        Err(e) => {
            vm.decref(one);
            return Err(e);
        }
    };
    let r = vm.with_roots(&[one, it], |vm| {
        while let Some(key) = vm.next(it)? {
            vm.using(key, |vm, key| {
                if fast {
                    let h = vm.hash(key)?;
                    let new = match vm.dict_get_hashed(mapping, key, h)? {
                        Some(old) => vm.using(old, |vm, old| {
                            vm.binary_op(old, one, ouro_compiler::bytecode::BinOp::Add, false)
                        })?,
                        None => vm.incref(one),
                    };
                    vm.using(new, |vm, new| vm.dict_set_hashed(mapping, key, h, new))
                } else {
                    let zero = vm.new_int_i64(0)?;
                    let old = vm.using(zero, |vm, zero| {
                        vm.call_method_named(mapping, "get", &[key, zero])
                    })?;
                    let new = vm.using(old, |vm, old| {
                        vm.binary_op(old, one, ouro_compiler::bytecode::BinOp::Add, false)
                    })?;
                    vm.using(new, |vm, new| vm.setitem(mapping, key, new))
                }
            })?;
        }
        Ok(())
    });
    vm.decref(it);
    vm.decref(one);
    r.map(|()| vm.new_none())
}
