//! The sequence, mapping and iterator protocols: `len`, iteration,
//! `in`, subscripts and slices, for builtin types and for user classes with
//! the matching dunder methods.

use crate::object::{ObjExt, Tag};
use crate::protocol::ops::is_user;
use crate::types::dict::dict_of;
use crate::types::iter::{DictPart, DictViewObject, IterObject, IterState, ITER_VT};
use crate::types::list::list_of;
use crate::types::scalar::SliceObject;
use crate::types::set::set_of;
use crate::types::str::{str_of, StrObject};
use crate::types::tuple::tuple_items;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// A slice resolved against a length: CPython's PySlice_AdjustIndices.
#[derive(Debug, Clone, Copy)]
pub struct Span {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

/// A slice's bounds, converted but not yet resolved against a length.
#[derive(Debug, Clone, Copy)]
pub struct SliceBounds {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

impl SliceBounds {
    /// Resolve against a sequence of `len` items (CPython's
    /// `PySlice_AdjustIndices`).
    pub fn span(self, len: usize) -> Span {
        let step = self.step;
        let len = len as i64;
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clamp = |v: i64| -> i64 {
            if v < 0 {
                (v + len).max(lower)
            } else {
                v.min(upper)
            }
        };
        let start = match self.start {
            None if step < 0 => upper,
            None => lower,
            Some(v) => clamp(v),
        };
        let stop = match self.stop {
            None if step < 0 => lower,
            None => upper,
            Some(v) => clamp(v),
        };
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Span {
            start,
            stop,
            step,
            len: n as usize,
        }
    }
}

impl Span {
    /// Is this slice the whole of a sequence of `len` items (what CPython
    /// answers with the sequence itself, for an immutable one)?
    pub fn is_whole(&self, len: usize) -> bool {
        self.start == 0 && self.step == 1 && self.len == len
    }

    pub fn indices(&self) -> impl Iterator<Item = usize> + '_ {
        (0..self.len).map(move |i| (self.start + i as i64 * self.step) as usize)
    }
}

impl<C: Collector> Vm<C> {
    /// `len(o)`.
    pub fn len(&mut self, o: ObjRef) -> PyResult<usize> {
        self.len_as(o, o.tag())
    }

    /// `len(o)` as the type with layout `tag` computes it: `o.tag()` for
    /// `len`, the builtin layout (`layout_tag`) for a builtin type's own
    /// `__len__` reached from a subclass instance.
    pub(crate) fn len_as(&mut self, o: ObjRef, tag: Tag) -> PyResult<usize> {
        Ok(match tag {
            Tag::Str => o.payload::<StrObject>().chars,
            Tag::List => list_of(o).expect("list").len(),
            Tag::Tuple => tuple_items(o).expect("tuple").len(),
            Tag::Dict => dict_of(o).expect("dict").len(),
            Tag::Set | Tag::FrozenSet => set_of(o).expect("set").len(),
            Tag::Bytes => o.payload::<crate::types::bytes::BytesObject>().b.len(),
            Tag::Bytearray => o
                .payload::<crate::types::bytearray::BytearrayObject>()
                .b
                .borrow()
                .len(),
            Tag::DictView => dict_of(o.payload::<DictViewObject>().dict)
                .expect("dict")
                .len(),
            Tag::Range => self.range_length(o)?,
            Tag::Deque => crate::types::deque::deque_of(o).expect("deque").len(),
            _ => {
                if is_user(o) {
                    if let Some(r) = self.try_dunder(o, "__len__", &[])? {
                        return self.len_result(r);
                    }
                }
                let tn = self.type_name(o);
                return Err(self.type_error(format!("object of type '{tn}' has no len()")));
            }
        })
    }

    /// What a user `__len__` returned (owned), as a length: CPython's
    /// `slot_sq_length` checks (an index-sized, non-negative integer).
    pub(crate) fn len_result(&mut self, r: ObjRef) -> PyResult<usize> {
        if let Some(crate::types::scalar::Int::Big(b)) = crate::types::scalar::int_of(r) {
            if num_traits::ToPrimitive::to_i64(b).is_none() {
                let tn = self.type_name(r);
                self.decref(r);
                return Err(self.new_error(
                    "OverflowError",
                    format!("cannot fit '{tn}' into an index-sized integer"),
                ));
            }
        }
        let n = self.with_roots(&[r], |vm| vm.index_i64(r));
        let tn = self.type_name(r);
        self.decref(r);
        match n? {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.value_error("__len__() should return >= 0".into())),
            None => {
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    fn new_iter(&mut self, state: IterState) -> PyResult<ObjRef> {
        self.alloc(&ITER_VT, IterObject::new(state))
    }

    /// `iter(o)`.
    pub fn get_iter(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        self.get_iter_as(o, o.tag())
    }

    /// `iter(o)` as the type with layout `tag` makes it (see `len_as`).
    pub(crate) fn get_iter_as(&mut self, o: ObjRef, tag: Tag) -> PyResult<ObjRef> {
        let state = match tag {
            Tag::List | Tag::Tuple | Tag::Str | Tag::Bytes | Tag::Bytearray => IterState::Seq {
                seq: Some(self.incref(o)),
                index: 0,
            },
            // Past 64 bits, by index (`longrangeiter` yields big ints).
            Tag::Range if !crate::protocol::range::range_fits(o) => IterState::GetItem {
                seq: Some(self.incref(o)),
                index: 0,
            },
            Tag::Range => {
                let (cur, stop, step) = self.range_values(o)?;
                IterState::Range { cur, stop, step }
            }
            Tag::Dict => self.dict_iter_state(o, DictPart::Keys),
            Tag::DictView => {
                let v = o.payload::<DictViewObject>();
                self.dict_iter_state(v.dict, v.part)
            }
            Tag::Set | Tag::FrozenSet => {
                let len = set_of(o).expect("set").len();
                IterState::Set {
                    set: Some(self.incref(o)),
                    index: 0,
                    len,
                }
            }
            Tag::Deque => crate::types::deque::deque_of(o)
                .expect("deque")
                .iter_state(self.incref(o), false),
            Tag::Iter => return Ok(self.incref(o)),
            Tag::Generator if crate::types::generator::is_generator(o) => return Ok(self.incref(o)),
            Tag::AsyncGenOp => return Ok(self.incref(o)),
            _ => return self.user_iter(o),
        };
        self.new_iter(state)
    }

    /// Would `iter(o)` find a way to iterate (without calling anything)?
    pub(crate) fn can_iterate(&mut self, o: ObjRef) -> bool {
        match o.tag() {
            Tag::List
            | Tag::Tuple
            | Tag::Str
            | Tag::Bytes
            | Tag::Bytearray
            | Tag::Range
            | Tag::Dict
            | Tag::DictView
            | Tag::Set
            | Tag::FrozenSet
            | Tag::Iter => true,
            Tag::Generator => crate::types::generator::is_generator(o),
            Tag::AsyncGenOp => true,
            _ if is_user(o) => {
                self.has_type_attr(o, "__iter__") || self.has_type_attr(o, "__getitem__")
            }
            _ => false,
        }
    }

    fn dict_iter_state(&mut self, d: ObjRef, part: DictPart) -> IterState {
        let len = dict_of(d).expect("dict").len();
        IterState::Dict {
            dict: Some(self.incref(d)),
            index: 0,
            part,
            len,
            left: len,
        }
    }

    /// Did the class set the special method to None (`__iter__ = None`),
    /// declaring the operation unsupported?
    pub(crate) fn dunder_is_none(&mut self, o: ObjRef, name: &str) -> bool {
        let t = self.type_of(o);
        let key = self.intern_borrow(name);
        self.lookup_type_attr(t, key) == Some(self.none)
    }

    fn user_iter(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        if is_user(o) && self.dunder_is_none(o, "__iter__") {
            let tn = self.type_name(o);
            return Err(self.type_error(format!("'{tn}' object is not iterable")));
        }
        if is_user(o) {
            if let Some(it) = self.try_dunder(o, "__iter__", &[])? {
                if !self.is_iterator(it) {
                    let tn = self.type_name(it);
                    self.decref(it);
                    return Err(
                        self.type_error(format!("iter() returned non-iterator of type '{tn}'"))
                    );
                }
                return Ok(it);
            }
            let t = self.type_of(o);
            let gi = self.names.getitem;
            if self.lookup_type_attr(t, gi).is_some() {
                return self.new_iter(IterState::GetItem {
                    seq: Some(self.incref(o)),
                    index: 0,
                });
            }
        }
        let tn = self.type_name(o);
        Err(self.type_error(format!("'{tn}' object is not iterable")))
    }

    pub(crate) fn is_iterator(&mut self, o: ObjRef) -> bool {
        if o.tag() == Tag::Iter {
            return true;
        }
        let t = self.type_of(o);
        let n = self.names.next;
        self.lookup_type_attr(t, n).is_some()
    }

    /// `next(it)`: `Some(value)` (owned) or `None` when exhausted.
    pub fn next(&mut self, it: ObjRef) -> PyResult<Option<ObjRef>> {
        if it.tag() == Tag::Iter {
            return crate::protocol::iterators::builtin_next(self, it);
        }
        if it.tag() == Tag::Generator && crate::types::generator::is_generator(it) {
            return self.gen_next(it);
        }
        if it.tag() == Tag::AsyncGenOp {
            use crate::types::generator::GenOutcome;
            return match self.async_gen_op_send(it, self.none)? {
                GenOutcome::Yield(v) => Ok(Some(v)),
                GenOutcome::Return(v) => {
                    self.decref(v);
                    Ok(None)
                }
            };
        }
        if is_user(it) {
            match self.try_dunder(it, "__next__", &[]) {
                Ok(Some(v)) => return Ok(Some(v)),
                Ok(None) => {}
                Err(e) => {
                    if self.is_instance_of_name(e, "StopIteration") {
                        self.decref(e);
                        return Ok(None);
                    }
                    return Err(e);
                }
            }
        }
        let tn = self.type_name(it);
        Err(self.type_error(format!("'{tn}' object is not an iterator")))
    }

    /// All items of an iterable (owned references), sized first as
    /// CPython's `list_extend` and `PySequence_Tuple` size their result.
    pub fn iterate(&mut self, o: ObjRef) -> PyResult<Vec<ObjRef>> {
        if matches!(o.tag(), Tag::List | Tag::Tuple) {
            // (The copy is the result: counted in place.)
            let items = self.seq_items(o);
            for &x in &items {
                self.incref(x);
            }
            return Ok(items);
        }
        let it = self.get_iter(o)?;
        self.using(it, |vm, it| vm.drain_hinted(o, it))
    }

    /// The items of `it`, an iterator over `o` (borrowed, rooted by the
    /// caller), after asking `o` its length hint as CPython does once it
    /// holds the iterator: a `__len__` or `__length_hint__` that fails or
    /// is negative is the error even when iterating would never end, and
    /// a length that cannot be held is MemoryError at once (CPython
    /// preallocates), not a loop until memory runs out.
    pub(crate) fn drain_hinted(&mut self, o: ObjRef, it: ObjRef) -> PyResult<Vec<ObjRef>> {
        let n = self.length_hint(o, 0)?;
        self.check_room(n.saturating_mul(8))?;
        self.drain_iterator(it, usize::MAX)
    }

    /// CPython's `PyObject_LengthHint(o, default)`: `len(o)` when the type
    /// has `__len__`, else what `__length_hint__` says, else `default`. A
    /// TypeError from either means "no hint"; NotImplemented too.
    pub(crate) fn length_hint(&mut self, o: ObjRef, default: usize) -> PyResult<usize> {
        let no_hint = |vm: &mut Self, e: ObjRef| {
            if vm.is_instance_of_name(e, "TypeError") {
                vm.decref(e);
                Ok(default)
            } else {
                Err(e)
            }
        };
        match o.tag() {
            Tag::Range => return self.range_length(o),
            Tag::Iter => {
                // A `__getitem__` iterator's hint is its sequence's `len()`
                // less what it has yielded (CPython's `iter_len`,
                // `reversed_len`); only a user sequence can fail or lie.
                let seq = match &*o.payload::<crate::types::iter::IterObject>().state.borrow() {
                    IterState::GetItem {
                        seq: Some(s),
                        index,
                    } => Some((*s, *index as i64)),
                    IterState::ReversedGetItem { seq: Some(s), .. } => Some((*s, 0)),
                    _ => None,
                };
                let Some((seq, done)) =
                    seq.filter(|&(s, _)| is_user(s) && self.has_type_attr(s, "__len__"))
                else {
                    return Ok(default);
                };
                let seq = self.incref(seq);
                return match self.using(seq, |vm, seq| vm.len(seq)) {
                    Ok(n) => Ok((n as i64 - done).max(0) as usize),
                    Err(e) => no_hint(self, e),
                };
            }
            _ if !is_user(o) => return Ok(default),
            _ => {}
        }
        if self.has_type_attr(o, "__len__") {
            match self.len(o) {
                Ok(n) => return Ok(n),
                Err(e) => {
                    no_hint(self, e)?;
                }
            }
        }
        if !self.has_type_attr(o, "__length_hint__") {
            return Ok(default);
        }
        let r = match self.try_dunder_bound(o, "__length_hint__", &[]) {
            Ok(Some(r)) => r,
            Ok(None) => return Ok(default),
            Err(e) => return no_hint(self, e),
        };
        let n = if crate::types::scalar::int_of(r).is_some() {
            self.with_roots(&[r], |vm| vm.index_i64(r))
        } else {
            let tn = self.type_name(r);
            Err(self.type_error(format!("__length_hint__ must be an integer, not {tn}")))
        };
        self.decref(r);
        match n? {
            Some(n) if n >= 0 => Ok(n as usize),
            Some(_) => Err(self.value_error("__length_hint__() should return >= 0".to_string())),
            // Past 64 bits: more than can be held.
            None => Err(self.raise_memory_error()),
        }
    }

    /// The items of an iterable without sizing it first (what a set, a
    /// bytearray or `sum` makes from one: CPython asks no length).
    pub fn iterate_unsized(&mut self, o: ObjRef) -> PyResult<Vec<ObjRef>> {
        self.iterate_at_most(o, usize::MAX)
    }

    /// CPython's `PySequence_Fast(o, message)`: the items of an iterable,
    /// with `message` as the TypeError when `o` is not one. An exact list
    /// or tuple is used as it is; anything else becomes a list of its
    /// iterator, so the length hint asked is the iterator's (a
    /// `__getitem__` iterator's is its sequence's `len()`).
    pub(crate) fn sequence_fast(&mut self, o: ObjRef, message: &str) -> PyResult<Vec<ObjRef>> {
        // An exact list or tuple is read as it is, with no iterator (as
        // CPython's, which takes its items in place).
        let items = match o.tag() {
            Tag::List => list_of(o).map(|l| l.snapshot()),
            Tag::Tuple => tuple_items(o).map(<[ObjRef]>::to_vec),
            _ => None,
        };
        if let Some(items) = items {
            for &x in &items {
                self.incref(x);
            }
            return Ok(items);
        }
        let it = self.iter_or(o, |_| message.to_string())?;
        let sized = crate::types::list::list_of(o).is_none()
            && crate::types::tuple::tuple_items(o).is_none();
        if sized {
            self.using(it, |vm, it| vm.drain_hinted(it, it))
        } else {
            self.using(it, |vm, it| vm.drain_iterator(it, usize::MAX))
        }
    }

    /// `iter(o)`, with `not_iterable(type name)` as the TypeError when `o`
    /// has no iterator.
    fn iter_or(
        &mut self,
        o: ObjRef,
        not_iterable: impl FnOnce(&str) -> String,
    ) -> PyResult<ObjRef> {
        match self.get_iter(o) {
            Ok(it) => Ok(it),
            Err(e) if self.is_instance_of_name(e, "TypeError") => {
                self.decref(e);
                let tn = self.type_name(o);
                Err(self.type_error(not_iterable(&tn)))
            }
            Err(e) => Err(e),
        }
    }

    /// The items of the iterable `o`, sized first when `sized` (see
    /// `drain_hinted`); `not_iterable(type name)` is the TypeError when
    /// `o` has no iterator.
    pub(crate) fn iterate_or(
        &mut self,
        o: ObjRef,
        sized: bool,
        not_iterable: impl FnOnce(&str) -> String,
    ) -> PyResult<Vec<ObjRef>> {
        let it = self.iter_or(o, not_iterable)?;
        if sized {
            self.using(it, |vm, it| vm.drain_hinted(o, it))
        } else {
            self.using(it, |vm, it| vm.drain_iterator(it, usize::MAX))
        }
    }

    /// Run `f` on each item of the iterable `o` as it is produced (the
    /// item borrowed, rooted while `f` runs, released after), as CPython's
    /// `PyIter_Next` loops do: no item outlives its turn unless `f` keeps
    /// it. `f` returns false to stop early.
    pub(crate) fn for_each_item(
        &mut self,
        o: ObjRef,
        mut f: impl FnMut(&mut Self, ObjRef) -> PyResult<bool>,
    ) -> PyResult<()> {
        let it = self.get_iter(o)?;
        self.using(it, |vm, it| loop {
            let Some(v) = vm.next_quick(it)? else {
                return Ok(());
            };
            if !vm.using(v, |vm, v| f(vm, v))? {
                return Ok(());
            }
        })
    }

    /// `next(it)`, by `FOR_ITER`'s quick way when `it` is a list, tuple or
    /// range iterator.
    #[inline(always)]
    fn next_quick(&mut self, it: ObjRef) -> PyResult<Option<ObjRef>> {
        if it.tag() == Tag::Iter {
            if let Some(r) = crate::protocol::iterators::quick_next(self, it) {
                return r;
            }
        }
        self.next(it)
    }

    /// The first `limit` items of an iterable (owned references).
    pub fn iterate_at_most(&mut self, o: ObjRef, limit: usize) -> PyResult<Vec<ObjRef>> {
        let it = self.get_iter(o)?;
        self.using(it, |vm, it| vm.drain_iterator(it, limit))
    }

    /// Up to `limit` items from the iterator `it` (borrowed, rooted by
    /// the caller).
    fn drain_iterator(&mut self, it: ObjRef, limit: usize) -> PyResult<Vec<ObjRef>> {
        let base = self.temp_roots.len();
        let mut out = Vec::new();
        let res = loop {
            if out.len() == limit {
                break Ok(());
            }
            if out.len() == out.capacity() {
                // The items are counted against the heap limit as the list
                // they become would be (twice: here and in `temp_roots`),
                // so that an endless iterator is MemoryError, not an abort.
                let more = out.capacity().max(4);
                let room = (out.capacity() + more).saturating_mul(16);
                if let Err(e) = self.check_room(room) {
                    break Err(e);
                }
                if out.try_reserve(more).is_err() || self.temp_roots.try_reserve(more).is_err() {
                    break Err(self.raise_memory_error());
                }
            }
            match self.next_quick(it) {
                Ok(Some(v)) => {
                    out.push(v);
                    self.temp_roots.push(v);
                }
                Ok(None) => break Ok(()),
                Err(e) => break Err(e),
            }
        };
        self.temp_roots.truncate(base);
        match res {
            Ok(()) => Ok(out),
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref_all(out));
                Err(e)
            }
        }
    }

    /// Unpack exactly `n` items (or, with `after`, at least `n + after`).
    pub(crate) fn unpack_iterable(
        &mut self,
        seq: ObjRef,
        n: usize,
        after: Option<usize>,
    ) -> PyResult<Vec<ObjRef>> {
        if seq.tag() == Tag::Int || seq.tag() == Tag::Float || seq.tag() == Tag::None {
            let tn = self.type_name(seq);
            return Err(self.type_error(format!("cannot unpack non-iterable {tn} object")));
        }
        let items = match (seq.tag(), after) {
            (Tag::List | Tag::Tuple, _) => self.iterate(seq)?,
            (_, Some(_)) => self.unpack_starred_items(seq, n)?,
            // CPython takes at most one item more than it needs: an endless
            // iterable is "too many values", not a loop forever.
            _ => self.iterate_at_most(seq, n + 1)?,
        };
        let got = items.len();
        match after {
            None if got == n => Ok(items),
            None => {
                self.decref_all(items);
                if got < n {
                    Err(self.new_error(
                        "ValueError",
                        format!("not enough values to unpack (expected {n}, got {got})"),
                    ))
                } else {
                    Err(self.new_error(
                        "ValueError",
                        format!("too many values to unpack (expected {n})"),
                    ))
                }
            }
            Some(a) if got >= n + a => Ok(items),
            Some(a) => {
                self.decref_all(items);
                Err(self.new_error(
                    "ValueError",
                    format!(
                        "not enough values to unpack (expected at least {}, got {got})",
                        n + a
                    ),
                ))
            }
        }
    }

    /// The items of `seq` for an unpacking with a star after `n` targets,
    /// as CPython's `unpack_iterable`: the first `n` by `next` (too few is
    /// the error, before anything else is asked of the iterator), then the
    /// rest as `list()` takes them (length hint first).
    fn unpack_starred_items(&mut self, seq: ObjRef, n: usize) -> PyResult<Vec<ObjRef>> {
        let it = self.get_iter(seq)?;
        self.temp_roots.push(it);
        let r = (|| {
            let mut items = self.drain_iterator(it, n)?;
            if items.len() < n {
                // (The caller reports the count.)
                return Ok(items);
            }
            match self.with_roots(&items, |vm| vm.iterate(it)) {
                Ok(rest) => {
                    items.extend(rest);
                    Ok(items)
                }
                Err(e) => {
                    self.with_roots(&[e], |vm| vm.decref_all(items));
                    Err(e)
                }
            }
        })();
        self.temp_roots.pop();
        self.release_holding(&r, [it]);
        r
    }

    /// `item in container`.
    pub fn contains(&mut self, container: ObjRef, item: ObjRef) -> PyResult<bool> {
        self.contains_as(container, item, container.tag())
    }

    /// `item in container` as the type with layout `tag` answers it (see
    /// `len_as`).
    pub(crate) fn contains_as(
        &mut self,
        container: ObjRef,
        item: ObjRef,
        tag: Tag,
    ) -> PyResult<bool> {
        match tag {
            Tag::Dict => Ok(self
                .dict_get(container, item)?
                .map(|v| self.decref(v))
                .is_some()),
            Tag::Set | Tag::FrozenSet => {
                if item.tag() == Tag::Set {
                    let f = self.set_from(item, true)?;
                    return self.using(f, |vm, f| vm.set_contains(container, f));
                }
                self.set_contains(container, item)
            }
            Tag::Bytes | Tag::Bytearray => {
                let hay = crate::types::bytearray::buffer_of(container).expect("bytes");
                if let Some(needle) = crate::types::bytearray::buffer_of(item) {
                    return Ok(
                        needle.is_empty() || hay.windows(needle.len()).any(|w| *w == *needle)
                    );
                }
                // (A memoryview or an array: its bytes.)
                if self.is_exported_buffer(item) {
                    let hay = hay.clone().into_owned();
                    if let Some(needle) = self.exported_buffer(item)? {
                        return Ok(
                            needle.is_empty() || hay.windows(needle.len()).any(|w| *w == *needle)
                        );
                    }
                }
                match self.index_i64_or(item, "") {
                    Ok(Some(v)) if (0..256).contains(&v) => Ok(hay.contains(&(v as u8))),
                    Ok(Some(_)) => {
                        Err(self.value_error("byte must be in range(0, 256)".to_string()))
                    }
                    Ok(None) => {
                        let tn = self.type_name(item);
                        Err(self.type_error(format!("a bytes-like object is required, not '{tn}'")))
                    }
                    Err(e) => Err(e),
                }
            }
            Tag::Str => match str_of(item) {
                Some(s) => Ok(str_of(container).expect("str").contains(s)),
                None => {
                    let tn = self.type_name(item);
                    Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {tn}"
                    )))
                }
            },
            Tag::DictView if container.payload::<DictViewObject>().part == DictPart::Keys => {
                let d = container.payload::<DictViewObject>().dict;
                self.contains(d, item)
            }
            Tag::Range => self.range_contains(container, item),
            Tag::Instance | Tag::Exception | Tag::Subclass | Tag::Type if is_user(container) => {
                if self.dunder_is_none(container, "__contains__") {
                    let tn = self.type_name(container);
                    return Err(self.type_error(format!("'{tn}' object is not a container")));
                }
                match self.try_dunder(container, "__contains__", &[item])? {
                    Some(r) => self.truth_owned(r),
                    None => self.contains_by_iter(container, item),
                }
            }
            _ => self.contains_by_iter(container, item),
        }
    }

    fn contains_by_iter(&mut self, container: ObjRef, item: ObjRef) -> PyResult<bool> {
        match crate::object::layout_tag(container) {
            // A tuple's items are compared as they are (`tuplecontains`:
            // the caller holds the tuple, which cannot change).
            Tag::Tuple => {
                let items = tuple_items(container).expect("tuple");
                for &x in items {
                    if self.eq(x, item)? {
                        return Ok(true);
                    }
                }
                return Ok(false);
            }
            // A list's item is held while it is compared (`list_contains`):
            // the comparison may shrink the list.
            Tag::List => {
                let mut i = 0;
                while let Some(x) = self.seq_get_owned(container, i) {
                    let eq = self.with_roots(&[x], |vm| vm.eq(x, item));
                    self.decref(x);
                    if eq? {
                        return Ok(true);
                    }
                    i += 1;
                }
                return Ok(false);
            }
            _ => {}
        }
        if !self.can_iterate(container) {
            let tn = self.type_name(container);
            return Err(self.type_error(format!("argument of type '{tn}' is not iterable")));
        }
        // Item by item, stopping at the first equal one
        // (`_PySequence_IterSearch`): the rest is never produced.
        let it = self.get_iter(container)?;
        self.using(it, |vm, it| loop {
            let Some(x) = vm.next(it)? else {
                return Ok(false);
            };
            let eq = vm.with_roots(&[x], |vm| vm.eq(x, item));
            vm.decref(x);
            if eq? {
                return Ok(true);
            }
        })
    }

    fn range_contains(&mut self, r: ObjRef, item: ObjRef) -> PyResult<bool> {
        let big_item = matches!(
            crate::types::scalar::int_of(item),
            Some(crate::types::scalar::Int::Big(_))
        );
        if matches!(item.tag(), Tag::Int | Tag::Bool)
            && (big_item || !crate::protocol::range::range_fits(r))
        {
            return Ok(self.range_big_contains(r, item));
        }
        if matches!(item.tag(), Tag::Int | Tag::Bool) {
            let Some(v) = self.index_i64(item)? else {
                return Ok(false);
            };
            let (start, stop, step) = self.range_values(r)?;
            let inside = if step > 0 {
                start <= v && v < stop
            } else {
                stop < v && v <= start
            };
            return Ok(inside && (v - start) % step == 0);
        }
        self.contains_by_iter(r, item)
    }

    /// Resolve a slice object against a sequence length. The slice's
    /// bounds are converted first (`__index__` may run Python code that
    /// resizes the sequence), then `len` is asked for, as CPython's
    /// `PySlice_Unpack` before `PySlice_AdjustIndices`.
    pub fn slice_span(&mut self, slice: ObjRef, len: impl FnOnce() -> usize) -> PyResult<Span> {
        Ok(self.slice_unpack(slice)?.span(len()))
    }

    /// A slice's bounds as integers, before any length is known (CPython's
    /// `PySlice_Unpack`: each bound's `__index__` runs here).
    pub fn slice_unpack(&mut self, slice: ObjRef) -> PyResult<SliceBounds> {
        let s = slice.payload::<SliceObject>();
        let (a, b, c) = (s.start, s.stop, s.step);
        let step = if c == self.none {
            1
        } else {
            self.slice_index(c)?
        };
        if step == 0 {
            return Err(self.new_error("ValueError", "slice step cannot be zero".into()));
        }
        // As CPython's PySlice_Unpack: -step must be representable.
        let step = step.max(-i64::MAX);
        let bound = |vm: &mut Self, o: ObjRef| -> PyResult<Option<i64>> {
            if o == vm.none {
                Ok(None)
            } else {
                vm.slice_index(o).map(Some)
            }
        };
        let (start, stop) = (bound(self, a)?, bound(self, b)?);
        Ok(SliceBounds { start, stop, step })
    }

    /// CPython's `_PyEval_SliceIndex`: an index value, an int past 64
    /// bits clamped (to half the range, so that adding a length cannot
    /// overflow).
    pub(crate) fn slice_index(&mut self, o: ObjRef) -> PyResult<i64> {
        self.slice_index_as(o, true)
    }

    /// `_PyEval_SliceIndexNotNone` (the optional start and stop of
    /// `list.index`, `tuple.index`): as `slice_index`, with the message
    /// that does not offer None.
    pub(crate) fn slice_index_not_none(&mut self, o: ObjRef) -> PyResult<i64> {
        self.slice_index_as(o, false)
    }

    fn slice_index_as(&mut self, o: ObjRef, none_ok: bool) -> PyResult<i64> {
        match crate::types::scalar::int_of(o) {
            Some(crate::types::scalar::Int::Small(v)) => Ok(v),
            Some(crate::types::scalar::Int::Big(b)) => {
                use num_traits::Signed;
                Ok(if b.is_negative() {
                    i64::MIN / 2
                } else {
                    i64::MAX / 2
                })
            }
            None if crate::protocol::ops::is_user(o) => {
                match self.try_dunder(o, "__index__", &[])? {
                    Some(r) if crate::types::scalar::int_of(r).is_some() => {
                        let v = self.slice_index_as(r, none_ok);
                        self.decref(r);
                        v
                    }
                    Some(r) => {
                        let tn = self.type_name(r);
                        self.decref(r);
                        Err(self.type_error(format!("__index__ returned non-int (type {tn})")))
                    }
                    None => Err(self.slice_index_error(none_ok)),
                }
            }
            None => Err(self.slice_index_error(none_ok)),
        }
    }

    fn slice_index_error(&mut self, none_ok: bool) -> ObjRef {
        let or_none = if none_ok { " or None" } else { "" };
        self.type_error(format!(
            "slice indices must be integers{or_none} or have an __index__ method"
        ))
    }

    /// Normalise a sequence index, or raise IndexError "`what` index out of range".
    /// `len` is asked for after the key's `__index__` has run (it may
    /// resize the sequence).
    pub(crate) fn seq_index(
        &mut self,
        key: ObjRef,
        len: impl FnOnce() -> usize,
        what: &str,
    ) -> PyResult<usize> {
        let Some(i) = self.index_i64(key)? else {
            let tn = self.type_name(key);
            let kind = match what {
                "string" => "string indices must be integers".to_string(),
                "bytes" => format!("byte indices must be integers or slices, not {tn}"),
                _ => format!("{what} indices must be integers or slices, not {tn}"),
            };
            return Err(self.type_error(if what == "string" {
                format!("{kind}, not '{tn}'")
            } else {
                kind
            }));
        };
        let len = len() as i64;
        let j = if i < 0 { i + len } else { i };
        if j < 0 || j >= len {
            let msg = match what {
                "bytes" => "index out of range".to_string(),
                _ => format!("{what} index out of range"),
            };
            return Err(self.new_error("IndexError", msg));
        }
        Ok(j as usize)
    }
}
