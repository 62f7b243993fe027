//! Building and mutating the builtin containers from the vm: lists, tuples,
//! dicts and sets, with hashing and key equality that may call Python code.

use crate::object::{ObjExt, Tag};
use crate::types::dict::{dict_of, DictObject, Found as DictFound, DICT_VT};
use crate::types::list::{list_of, ListObject, LIST_VT};
use crate::types::scalar::RangeObject;
use crate::types::set::{set_of, SetObject, FROZENSET_VT, SET_VT};
use crate::types::tuple::{TupleObject, TUPLE_VT};
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, Tracking};

impl<C: Collector> Vm<C> {
    /// A new list owning `items`, with room for exactly them (as
    /// CPython's `PyList_New`), whatever the capacity of the buffer they
    /// came in (a spare argument buffer goes back for reuse).
    pub fn new_list(&mut self, items: Vec<ObjRef>) -> PyResult<ObjRef> {
        if let Err(e) = self.check_room(items.len() * 8) {
            self.with_roots(&[e], |vm| vm.decref_all(items));
            return Err(e);
        }
        let items = if items.capacity() == items.len() {
            items
        } else {
            let exact = items.to_vec();
            self.recycle_args(items);
            exact
        };
        let l = self.alloc(&LIST_VT, ListObject::new(items))?;
        Ok(l)
    }

    /// `list(iterable)`: an empty list extended, so that it has the room
    /// CPython's would (see `list_extend`).
    pub fn list_from(&mut self, iterable: Option<ObjRef>) -> PyResult<ObjRef> {
        let l = self.new_list(Vec::new())?;
        if let Some(it) = iterable {
            if let Err(e) = self.with_roots(&[l], |vm| vm.list_extend(l, it)) {
                self.with_roots(&[e], |vm| vm.decref(l));
                return Err(e);
            }
        }
        Ok(l)
    }

    /// Run `f` on the items of `list`, counting any change of their
    /// capacity against the heap limit. Past the limit the growth is still
    /// counted (so that freeing the list releases it) and the second result
    /// is MemoryError; the first is `f`'s either way.
    pub fn list_mut<R>(
        &mut self,
        list: ObjRef,
        f: impl FnOnce(&mut Vec<ObjRef>) -> R,
    ) -> (R, PyResult<()>) {
        let (r, old, now) = list_of(list).expect("list").with_resizing(|v| {
            let old = v.capacity() * 8;
            let r = f(v);
            (r, old, v.capacity() * 8)
        });
        if old == now {
            return (r, Ok(()));
        }
        if self.heap.account(old, now).is_err() {
            self.heap.account_forced(now - old);
            return (r, Err(self.raise_memory_error()));
        }
        (r, Ok(()))
    }

    /// Bring the bytes counted against the heap limit for a dict or set in
    /// line with its buffers after they grew or shrank. Past the limit the
    /// growth is still counted (so that freeing the object releases it)
    /// and MemoryError is raised.
    pub fn sync_account(&mut self, o: ObjRef) -> PyResult<()> {
        let cell = match crate::object::layout_tag(o) {
            Tag::Dict => &dict_of(o).expect("dict").accounted,
            Tag::Set | Tag::FrozenSet => &set_of(o).expect("set").accounted,
            Tag::Deque => &crate::types::deque::deque_of(o).expect("deque").accounted,
            Tag::Bytearray => {
                &crate::types::bytearray::bytearray_of(o)
                    .expect("bytearray")
                    .accounted
            }
            _ => return Ok(()),
        };
        let (old, now) = (cell.get(), (o.vtable().extra_size)(o));
        if old == now {
            return Ok(());
        }
        cell.set(now);
        if self.heap.account(old, now).is_err() {
            self.heap.account_forced(now - old);
            return Err(self.raise_memory_error());
        }
        Ok(())
    }

    /// A new tuple owning `items` (the empty tuple is shared).
    pub fn new_tuple(&mut self, items: Vec<ObjRef>) -> PyResult<ObjRef> {
        self.new_tuple_taking(&items)
    }

    /// A new tuple taking over the references in `items` (the caller's
    /// buffer stays the caller's, to reuse; on failure the references are
    /// released).
    pub fn new_tuple_taking(&mut self, items: &[ObjRef]) -> PyResult<ObjRef> {
        if items.is_empty() {
            return Ok(self.incref(self.empty_tuple));
        }
        self.alloc_items(&TUPLE_VT, TupleObject::new(items.len()), items)
    }

    /// A new tuple holding new references to `items`.
    pub fn new_tuple_from(&mut self, items: &[ObjRef]) -> PyResult<ObjRef> {
        if items.is_empty() {
            return Ok(self.incref(self.empty_tuple));
        }
        for &o in items {
            self.incref(o);
        }
        self.alloc_items(&TUPLE_VT, TupleObject::new(items.len()), items)
    }

    pub fn new_dict(&mut self) -> PyResult<ObjRef> {
        self.alloc(&DICT_VT, DictObject::new())
    }

    pub fn new_set(&mut self, frozen: bool) -> PyResult<ObjRef> {
        self.alloc(
            if frozen { &FROZENSET_VT } else { &SET_VT },
            SetObject::new(),
        )
    }

    /// A new instance's attribute dict, hidden until the program asks for
    /// it (see `DictObject::is_hidden`).
    pub fn new_instance_dict(&mut self) -> PyResult<ObjRef> {
        let d = self.new_dict()?;
        dict_of(d).expect("a dict").set_hidden(true);
        if !self.heap.last_alloc_reused() {
            // (A reused block was not counted.)
            self.gc.generations_mut().uncount();
        }
        Ok(d)
    }

    /// A new attribute dict for the instance `obj` of a user class (or of
    /// a subclass of a builtin whose instances CPython gives a managed
    /// dict), sharing its class's keys (see `sharedkeys`). Hidden only for
    /// a plain class's instance: CPython 3.11 keeps those attributes
    /// inline, while a builtin subclass's instance has a dict object.
    pub fn new_split_instance_dict(&mut self, obj: ObjRef) -> PyResult<ObjRef> {
        let d = if obj.tag() == crate::object::Tag::Instance {
            self.new_instance_dict()?
        } else {
            self.new_dict()?
        };
        let class = self.type_of(obj);
        let id = class
            .payload::<crate::types::typeobj::TypeObject>()
            .shared_keys
            .id();
        dict_of(d).expect("a dict").set_shared_id(id);
        Ok(d)
    }

    pub fn list_append(&mut self, list: ObjRef, v: ObjRef) -> PyResult<()> {
        let len = list_of(list).expect("list").len();
        self.list_insert(list, len, v)
    }

    /// `list.insert(at, v)` (`at` within 0..=len), owning `v`; the list
    /// grows as CPython's `list_resize` grows it.
    pub fn list_insert(&mut self, list: ObjRef, at: usize, v: ObjRef) -> PyResult<()> {
        let l = list_of(list).expect("list");
        let (len, cap) = l.with(|items| (items.len(), items.capacity()));
        if len < cap {
            l.with(|items| items.insert(at, v));
            return Ok(());
        }
        let new_cap = list_resize_capacity(len, len + 1);
        if let Err(e) = self.check_room((new_cap - cap) * 8) {
            self.with_roots(&[e], |vm| vm.decref(v));
            return Err(e);
        }
        self.list_mut(list, |items| {
            items.reserve_exact(new_cap - len);
            items.insert(at, v);
        })
        .1
    }

    /// `list.extend(iterable)`.
    pub fn list_extend(&mut self, list: ObjRef, it: ObjRef) -> PyResult<()> {
        let sized = matches!(
            it.tag(),
            Tag::List | Tag::Tuple | Tag::Range | Tag::Str | Tag::Dict | Tag::Set | Tag::FrozenSet
        );
        let items = self.iterate(it)?;
        // Room for all of them at once, as CPython does when it knows
        // how many (an empty list gets exactly that many, rounded up to
        // even; a full one grows by `list_resize`).
        let (len, cap) = list_of(list)
            .expect("list")
            .with(|v| (v.len(), v.capacity()));
        let want = len + items.len();
        if sized && !items.is_empty() && want > cap {
            let new_cap = if cap == 0 {
                (want + 1) & !1
            } else {
                list_resize_capacity(len, want)
            };
            let room = self.check_room((new_cap - cap) * 8);
            let room = room.and_then(|_| self.list_mut(list, |v| v.reserve_exact(new_cap - len)).1);
            if let Err(e) = room {
                self.with_roots(&[e], |vm| vm.decref_all(items));
                return Err(e);
            }
        }
        if sized && want <= list_of(list).expect("list").with(|v| v.capacity()) {
            // Room was made above: all in one step (nothing can grow).
            let (_, grown) = self.list_mut(list, |v| v.extend_from_slice(&items));
            debug_assert!(grown.is_ok(), "the list had room");
            self.recycle_args(items);
            return Ok(());
        }
        let mut rest = items.into_iter();
        while let Some(v) = rest.next() {
            if let Err(e) = self.list_append(list, v) {
                self.with_roots(&[e], |vm| vm.decref_all(rest));
                return Err(e);
            }
        }
        Ok(())
    }

    // ---- dicts ------------------------------------------------------------

    /// Find `key` in a dict: (hash, search outcome).
    fn dict_find(&mut self, d: ObjRef, key: ObjRef) -> PyResult<(i64, DictFound)> {
        let h = self.hash(key)?;
        let dict = dict_of(d).expect("dict");
        let found = dict.find(key, h, &mut |k| self.key_eq(k, key))?;
        Ok((h, found))
    }

    /// Equality of a stored key (rooted while Python code may run).
    pub(crate) fn key_eq(&mut self, stored: ObjRef, key: ObjRef) -> PyResult<bool> {
        let stored = self.incref(stored);
        let r = self.with_roots(&[stored], |vm| vm.eq(stored, key));
        self.decref(stored);
        r
    }

    /// `d[key]` as a new reference, or None if absent.
    pub fn dict_get(&mut self, d: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        if key.tag() == Tag::Str {
            if let Some(found) = dict_of(d).expect("dict").lookup_exact_str(key) {
                return Ok(found.map(|v| self.incref(v)));
            }
        }
        let h = self.hash(key)?;
        self.dict_get_hashed(d, key, h)
    }

    /// `dict_get` with the key's hash already known (a key taken from
    /// another dict: CPython looks it up with the stored hash).
    pub(crate) fn dict_get_hashed(
        &mut self,
        d: ObjRef,
        key: ObjRef,
        h: i64,
    ) -> PyResult<Option<ObjRef>> {
        let dict = dict_of(d).expect("dict");
        if !dict.may_hold(h) {
            return Ok(None);
        }
        let found = dict.find(key, h, &mut |k| self.key_eq(k, key))?;
        Ok(match found {
            DictFound::At(ix) => dict_of(d).expect("dict").value(ix).map(|v| self.incref(v)),
            DictFound::Absent(_) => None,
        })
    }

    /// `d[key] = v` (both borrowed).
    pub fn dict_set(&mut self, d: ObjRef, key: ObjRef, v: ObjRef) -> PyResult<()> {
        self.dict_insert(d, key, None, v)
    }

    /// `d[key] = v` with the key's hash already known, as CPython's
    /// `insertdict` for a key taken from a set or another dict.
    pub(crate) fn dict_set_hashed(
        &mut self,
        d: ObjRef,
        key: ObjRef,
        h: i64,
        v: ObjRef,
    ) -> PyResult<()> {
        self.dict_insert(d, key, Some(h), v)
    }

    fn dict_insert(&mut self, d: ObjRef, key: ObjRef, h: Option<i64>, v: ObjRef) -> PyResult<()> {
        // CPython's PyDict_SetItem takes its references before hashing: a
        // user `__hash__` or `__eq__` sees them. (The caller holds both,
        // so dropping them again frees nothing.)
        let hold = crate::protocol::ops::is_user(key);
        if hold {
            self.incref(key);
            self.incref(v);
        }
        let find = |vm: &mut Self| -> PyResult<(i64, DictFound)> {
            let h = match h {
                Some(h) => h,
                None => vm.hash(key)?,
            };
            let found = dict_of(d)
                .expect("dict")
                .find(key, h, &mut |k| vm.key_eq(k, key))?;
            Ok((h, found))
        };
        let found = match hold {
            true => self.with_roots(&[key, v], find),
            false => find(self),
        };
        if hold {
            self.decref(key);
            self.decref(v);
        }
        let (h, found) = found?;
        let dict = dict_of(d).expect("dict");
        self.maintain_tracking(d, key, v);
        match found {
            DictFound::At(ix) => {
                let old = dict.replace_value(ix, self.incref(v));
                self.decref(old);
            }
            DictFound::Absent(slot) => {
                // (The bytes counted change only with a new keys object.)
                if dict.insert_new(slot, h, self.incref(key), self.incref(v)) {
                    return self.sync_account(d);
                }
            }
        }
        Ok(())
    }

    /// CPython's MAINTAIN_TRACKING before `key: v` goes into dict `d`: a
    /// dict is tracked once it holds something that may be. A hidden
    /// instance dict stays untracked: the cycle detector sees through it
    /// from its instance (CPython's inline values).
    #[inline]
    pub(crate) fn maintain_tracking(&mut self, d: ObjRef, key: ObjRef, v: ObjRef) {
        if !d.is_tracked()
            && !dict_of(d).expect("dict").is_hidden()
            && (Tracking::may_be_tracked(key) || Tracking::may_be_tracked(v))
        {
            self.gc.generations_mut().track(d);
        }
    }

    /// `del d[key]`; false if absent.
    pub fn dict_del(&mut self, d: ObjRef, key: ObjRef) -> PyResult<bool> {
        Ok(match self.dict_pop(d, key)? {
            Some(v) => {
                self.decref(v);
                true
            }
            None => false,
        })
    }

    /// Remove `key`, returning its value (owned).
    pub fn dict_pop(&mut self, d: ObjRef, key: ObjRef) -> PyResult<Option<ObjRef>> {
        let (_, found) = self.dict_find(d, key)?;
        Ok(match found {
            DictFound::At(ix) => {
                let e = dict_of(d).expect("dict").remove_at(ix);
                // The value stays rooted while the key's `__del__` runs.
                self.with_roots(&[e.value], |vm| vm.decref(e.key));
                Some(e.value)
            }
            DictFound::Absent(_) => None,
        })
    }

    /// Set `name` (a Rust string) in a dict.
    pub fn dict_set_str(&mut self, d: ObjRef, name: &str, v: ObjRef) -> PyResult<()> {
        let k = self.intern_borrow(name);
        self.dict_set(d, k, v)
    }

    pub fn dict_get_str(&mut self, d: ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let k = self.intern_borrow(name);
        self.dict_get(d, k)
    }

    /// `d.update(m)` for a dict or an iterable of pairs; `merge` makes a
    /// repeated key an error (`f(**a, **b)`).
    pub fn dict_update(&mut self, d: ObjRef, m: ObjRef, merge: bool) -> PyResult<()> {
        // CPython's `dict_update_arg` asks a class instance for `keys`
        // once to choose the way, and `dict_merge` asks again.
        let mapping = if crate::protocol::ops::is_user(m) && dict_of(m).is_none() {
            match self.getattr_str(m, "keys") {
                Ok(f) => {
                    self.decref(f);
                    true
                }
                Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                    self.decref(e);
                    false
                }
                Err(e) => return Err(e),
            }
        } else {
            true
        };
        if mapping && self.dict_update_mapping(d, m, merge)? {
            return Ok(());
        }
        // Pair by pair as the iterator gives them (CPython's
        // PyDict_MergeFromSeq2): a bad first element is an error at once,
        // even from an endless iterator.
        let it = self.get_iter(m)?;
        self.using(it, |vm, it| {
            let mut i = 0;
            while let Some(p) = vm.next(it)? {
                vm.using(p, |vm, p| vm.dict_update_pair(d, p, i))?;
                i += 1;
            }
            Ok(())
        })
    }

    /// `d.update(m)` when `m` is a mapping: a dict, or anything with a
    /// `keys` attribute, looked up as any attribute is (`__getattr__`
    /// included, as CPython's `dict_merge`); false, with nothing done,
    /// when it has none.
    pub(crate) fn dict_update_mapping(
        &mut self,
        d: ObjRef,
        m: ObjRef,
        merge: bool,
    ) -> PyResult<bool> {
        if let Some(src) = dict_of(m) {
            let len = src.len();
            let target = dict_of(d).expect("a dict");
            if len > 0 && target.is_empty() {
                // CPython's `dict_merge` into an empty dict: a clean table
                // just made (all its entries live, and small or at least a
                // third full) is copied as it is.
                let size = 1usize << src.log2();
                if m.tag() == Tag::Dict
                    && src.shared_id() == 0
                    && len == src.slots()
                    && (src.log2() == crate::types::dictkeys::MIN_LOG2 || size / 3 < len)
                {
                    self.clone_table(d, m)?;
                    return Ok(true);
                }
            }
            // One resize at the start rather than one per growth.
            if target.usable() < len {
                let log2 = crate::types::dictkeys::log2_estimate(target.len() + len);
                target.presize(log2, src.str_keys());
                self.sync_account(d)?;
            }
            // Each key goes in with the hash stored beside it (CPython's
            // `dict_merge`): no `__hash__` runs again.
            let entries = src.snapshot();
            let hashes: Vec<i64> = entries.iter().map(|e| e.hash).collect();
            let pairs: Vec<ObjRef> = entries.iter().flat_map(|e| [e.key, e.value]).collect();
            return self
                .with_owned(pairs, |vm, pairs| {
                    for (kv, &h) in pairs.chunks(2).zip(&hashes) {
                        if merge
                            && vm
                                .dict_get_hashed(d, kv[0], h)?
                                .map(|v| vm.decref(v))
                                .is_some()
                        {
                            let k = crate::types::str::str_of(kv[0]).unwrap_or("?").to_string();
                            return Err(vm.type_error(format!(
                                "got multiple values for keyword argument '{k}'"
                            )));
                        }
                        vm.dict_set_hashed(d, kv[0], h, kv[1])?;
                        if src.len() != len {
                            return Err(vm.new_error(
                                "RuntimeError",
                                "dict mutated during update".to_string(),
                            ));
                        }
                    }
                    Ok(())
                })
                .map(|()| true);
        }
        // A mapping that is not a dict: its keys(), then m[k] for each.
        // (A builtin object's attributes need no lookup that runs code.)
        let f = if crate::protocol::ops::is_user(m) {
            match self.getattr_str(m, "keys") {
                Ok(f) => f,
                Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                    self.decref(e);
                    return Ok(false);
                }
                Err(e) => return Err(e),
            }
        } else if self.has_type_attr(m, "keys") {
            self.getattr_str(m, "keys")?
        } else {
            return Ok(false);
        };
        let keys = self.using(f, |vm, f| vm.call(f, &[]))?;
        let keys = self.using(keys, |vm, keys| vm.iterate(keys))?;
        self.with_items(keys, |vm, keys| {
            keys.iter().try_for_each(|&k| {
                if merge && vm.dict_get(d, k)?.map(|v| vm.decref(v)).is_some() {
                    let name = crate::types::str::str_of(k).unwrap_or("?").to_string();
                    return Err(
                        vm.type_error(format!("got multiple values for keyword argument '{name}'"))
                    );
                }
                let v = vm.getitem(m, k)?;
                vm.using(v, |vm, v| vm.dict_set(d, k, v))
            })
        })?;
        Ok(true)
    }

    fn dict_update_pair(&mut self, d: ObjRef, pair: ObjRef, i: usize) -> PyResult<()> {
        // (Only a TypeError becomes this one, as in CPython's
        // `PyDict_MergeFromSeq2`; an element's own error passes through.)
        let kv = self.iterate(pair).map_err(|e| {
            if !self.is_instance_of_name(e, "TypeError") {
                return e;
            }
            self.decref(e);
            self.type_error(format!(
                "cannot convert dictionary update sequence element #{i} to a sequence"
            ))
        })?;
        if kv.len() != 2 {
            let n = kv.len();
            self.decref_all(kv);
            return Err(self.new_error(
                "ValueError",
                format!("dictionary update sequence element #{i} has length {n}; 2 is required"),
            ));
        }
        let r = self.with_roots(&kv.clone(), |vm| vm.dict_set(d, kv[0], kv[1]));
        self.decref_all(kv);
        r
    }

    /// CPython's `PyDict_Copy`: a copy of a dict that shares its class's
    /// keys shares them too.
    pub fn dict_copy(&mut self, d: ObjRef) -> PyResult<ObjRef> {
        let src = dict_of(d).expect("a dict");
        if src.is_empty() {
            return self.new_dict();
        }
        let n = self.new_dict()?;
        dict_of(n).expect("a dict").set_shared_id(src.shared_id());
        // CPython's `PyDict_Copy`: an exact dict whose table is at most a
        // third deleted entries (or that shares its class's keys) is
        // copied table and all, at its size; any other is merged into the
        // new dict, which is then compact.
        if d.tag() == Tag::Dict && (src.len() >= src.slots() * 2 / 3 || src.shared_id() != 0) {
            return self.fill(n, |vm, n| vm.clone_table(n, d));
        }
        self.fill(n, |vm, n| vm.dict_update(n, d, false))
    }

    /// Give the empty dict `n` a copy of the table of the dict `d`, each key
    /// and value one more reference (CPython's `clone_combined_dict_keys`);
    /// tracked if `d` is.
    fn clone_table(&mut self, n: ObjRef, d: ObjRef) -> PyResult<()> {
        let Some(keys) = dict_of(d).expect("a dict").clone_keys() else {
            return Ok(());
        };
        self.check_room(keys.bytes())?;
        for (k, v) in keys.live_items() {
            self.incref(k);
            self.incref(v);
        }
        dict_of(n).expect("a dict").install(keys);
        if d.is_tracked() && !n.is_tracked() {
            self.gc.generations_mut().track(n);
        }
        self.sync_account(n)
    }

    pub(crate) fn dict_eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        self.nested(" in comparison", |vm| vm.dict_eq_items(a, b))
    }

    fn dict_eq_items(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        let (x, y) = (dict_of(a).expect("dict"), dict_of(b).expect("dict"));
        if x.len() != y.len() {
            return Ok(false);
        }
        // By entry index, read afresh (CPython's dict_equal): comparisons may
        // mutate either dict.
        let mut i = 0;
        while i < x.slots() {
            i += 1;
            let Some(e) = x.entry(i - 1) else { continue };
            let (k, v) = (self.incref(e.key), self.incref(e.value));
            let other = self.with_roots(&[k, v], |vm| vm.dict_get_hashed(b, k, e.hash));
            let same = match other {
                Ok(Some(w)) => {
                    let r = self.with_roots(&[k, v, w], |vm| vm.eq(v, w));
                    self.decref(w);
                    r
                }
                Ok(None) => Ok(false),
                Err(e) => Err(e),
            };
            self.decref(k);
            self.decref(v);
            if !same? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    pub(crate) fn range_eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        use crate::protocol::range::range_fits;
        if !range_fits(a) || !range_fits(b) {
            return Ok(self.range_big_eq(a, b));
        }
        let (x, y) = (self.range_values(a)?, self.range_values(b)?);
        let (lx, ly) = (range_len(x), range_len(y));
        Ok(lx == ly && (lx == 0 || (x.0 == y.0 && (lx == 1 || x.2 == y.2))))
    }

    /// (start, stop, step) of a range as i64.
    /// (Callers take `range::range_fits` first, or accept the error for a
    /// range past 64 bits.)
    pub(crate) fn range_values(&mut self, r: ObjRef) -> PyResult<(i64, i64, i64)> {
        if !crate::protocol::range::range_fits(r) {
            return Err(self.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t".to_string(),
            ));
        }
        let p = r.payload::<RangeObject>();
        let (a, b, c) = (p.start, p.stop, p.step);
        Ok((
            self.index_i64(a)?.unwrap_or(0),
            self.index_i64(b)?.unwrap_or(0),
            self.index_i64(c)?.unwrap_or(1),
        ))
    }
}

/// Number of values in range(start, stop, step).
pub fn range_len((start, stop, step): (i64, i64, i64)) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

/// The capacity CPython's `list_resize` gives a list of `len` items (and
/// too little room) that must hold `new_len`: an eighth more plus 6,
/// rounded down to a multiple of 4, or just enough (rounded up to 4) when
/// that would not even cover the growth.
pub fn list_resize_capacity(len: usize, new_len: usize) -> usize {
    let grown = (new_len + (new_len >> 3) + 6) & !3;
    if new_len - len > grown - new_len {
        (new_len + 3) & !3
    } else {
        grown
    }
}
