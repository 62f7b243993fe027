//! `o[k]`, `o[k] = v` and `del o[k]`, including slices.

use crate::object::{ObjExt, Tag};
use crate::protocol::ops::is_user;
use crate::protocol::sequence::SliceBounds;
use crate::types::list::list_of;
use crate::types::str::StrObject;
use crate::types::tuple::tuple_items;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// The current length of a list or tuple.
fn seq_len(c: ObjRef) -> usize {
    match list_of(c) {
        Some(l) => l.len(),
        None => tuple_items(c).map_or(0, <[_]>::len),
    }
}

/// `list.__class_getitem__(item)` and the other builtin generic types':
/// a `types.GenericAlias` of the class (a subclass when called on one).
pub(crate) fn class_getitem_alias<C: Collector>(
    vm: &mut Vm<C>,
    args: crate::vm::Args<'_>,
) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "__class_getitem__", 2, 2)?;
    vm.generic_alias(args.pos[0], args.pos[1])
}

impl<C: Collector> Vm<C> {
    /// `c[k]`.
    pub fn getitem(&mut self, c: ObjRef, k: ObjRef) -> PyResult<ObjRef> {
        self.getitem_as(c, k, c.tag())
    }

    /// `c[k]` of an exact list or tuple and an int in range, answered
    /// without the general protocol (CPython's `BINARY_SUBSCR_LIST_INT`
    /// and `BINARY_SUBSCR_TUPLE_INT`): the item, borrowed; None otherwise.
    #[inline]
    pub(crate) fn index_fast(c: ObjRef, k: ObjRef) -> Option<ObjRef> {
        match k.tag() {
            Tag::Int => {}
            // An exact dict and an exact str (`BINARY_SUBSCR_DICT` with
            // a lookup that runs no code); a miss takes the general path,
            // which raises or asks `__missing__`.
            Tag::Str if c.tag() == Tag::Dict => {
                return crate::types::dict::dict_of(c)?
                    .lookup_exact_str(k)
                    .flatten();
            }
            _ => return None,
        }
        let i = k.get::<crate::types::scalar::IntObject>()?.0;
        let at = |n: usize| {
            let j = if i < 0 { i + n as i64 } else { i };
            (0..n as i64).contains(&j).then_some(j as usize)
        };
        match c.tag() {
            Tag::List => {
                let l = list_of(c)?;
                l.get(at(l.len())?)
            }
            Tag::Tuple => {
                let t = tuple_items(c)?;
                t.get(at(t.len())?).copied()
            }
            _ => None,
        }
    }

    /// `c[k] = v` for an exact list and an int in range (CPython's
    /// `STORE_SUBSCR_LIST_INT`); false, having done nothing, otherwise.
    /// The old item is released after the store.
    #[inline]
    pub(crate) fn store_index_fast(&mut self, c: ObjRef, k: ObjRef, v: ObjRef) -> bool {
        if k.tag() != Tag::Int || c.tag() != Tag::List {
            return false;
        }
        let (Some(i), Some(l)) = (k.get::<crate::types::scalar::IntObject>(), list_of(c)) else {
            return false;
        };
        let n = l.len() as i64;
        let j = if i.0 < 0 { i.0 + n } else { i.0 };
        if !(0..n).contains(&j) {
            return false;
        }
        let v = self.incref(v);
        let old = l.with(|items| std::mem::replace(&mut items[j as usize], v));
        self.decref(old);
        true
    }

    /// `c[k]` as the type with layout `tag` answers it (see `len_as`).
    pub(crate) fn getitem_as(&mut self, c: ObjRef, k: ObjRef, tag: Tag) -> PyResult<ObjRef> {
        match tag {
            Tag::List | Tag::Tuple => {
                // The key is converted before the items are read: its
                // `__index__` may shrink the list.
                let what = if tag == Tag::List { "list" } else { "tuple" };
                if k.tag() == Tag::Slice {
                    let span = self.slice_span(k, || seq_len(c))?;
                    if c.tag() == Tag::Tuple && span.is_whole(seq_len(c)) {
                        return Ok(self.incref(c));
                    }
                    // (Read in place: no copy of the whole sequence first.)
                    let pick = |vm: &Self, items: &[ObjRef]| -> Vec<ObjRef> {
                        span.indices().map(|i| vm.incref(items[i])).collect()
                    };
                    let out = match list_of(c) {
                        Some(l) => l.with(|items| pick(self, items)),
                        None => pick(self, tuple_items(c).expect("tuple")),
                    };
                    return if tag == Tag::List {
                        self.new_list(out)
                    } else {
                        self.new_tuple(out)
                    };
                }
                let i = self.seq_index(k, || seq_len(c), what)?;
                // One item, without copying the others (`seq_items` would).
                let item = match list_of(c) {
                    Some(l) => l.get(i).expect("an index seq_index checked"),
                    None => tuple_items(c).expect("tuple")[i],
                };
                Ok(self.incref(item))
            }
            Tag::Str => self.str_getitem(c, k),
            Tag::Bytes | Tag::Bytearray => {
                // (The key is converted first: its `__index__` may change
                // a bytearray.)
                let len = || crate::types::bytearray::buffer_of(c).map_or(0, |b| b.len());
                let what = if tag == Tag::Bytes {
                    "bytes"
                } else {
                    "bytearray"
                };
                if k.tag() == Tag::Slice {
                    let span = self.slice_span(k, len)?;
                    if c.tag() == Tag::Bytes && span.is_whole(len()) {
                        return Ok(self.incref(c));
                    }
                    let b = crate::types::bytearray::buffer_of(c).expect("bytes");
                    let out: Vec<u8> = span.indices().map(|i| b[i]).collect();
                    return self.new_like(c, out);
                }
                let i = self.seq_index(k, len, what)?;
                let b = crate::types::bytearray::buffer_of(c).expect("bytes");
                self.new_int_i64(b[i] as i64)
            }
            Tag::Dict => match self.dict_get(c, k)? {
                Some(v) => Ok(v),
                // A subclass's `__missing__` answers for absent keys.
                None if c.tag() == Tag::Subclass => {
                    match self.call_special_bound(c, "__missing__", &[k])? {
                        Some(v) => Ok(v),
                        None => Err(self.key_error(k)),
                    }
                }
                None => Err(self.key_error(k)),
            },
            Tag::Range => self.range_getitem(c, k),
            // An exact deque (a subclass's `__getitem__` may be its own).
            Tag::Deque => {
                let i = self.deque_position(c, k)?;
                let x = crate::types::deque::deque_of(c)
                    .and_then(|d| d.get(i))
                    .expect("a position deque_position checked");
                Ok(self.incref(x))
            }
            // A metaclass's `__getitem__` comes before `__class_getitem__`.
            Tag::Type if is_user(c) && self.has_type_attr(c, "__getitem__") => {
                match self.call_special(c, "__getitem__", &[k])? {
                    Some(v) => Ok(v),
                    None => self.not_subscriptable(c),
                }
            }
            Tag::Type => self.class_getitem(c, k),
            _ if is_user(c) => match self.try_dunder(c, "__getitem__", &[k])? {
                Some(v) => Ok(v),
                None => self.not_subscriptable(c),
            },
            _ => self.not_subscriptable(c),
        }
    }

    /// `types.GenericAlias(c, k)`: what `list[int]` is.
    pub(crate) fn generic_alias(&mut self, c: ObjRef, k: ObjRef) -> PyResult<ObjRef> {
        let name = self.intern_borrow("types");
        let module = self.import_module(name)?;
        let alias = self.using(module, |vm, m| vm.getattr_str(m, "GenericAlias"))?;
        self.using(alias, |vm, alias| vm.call(alias, &[c, k]))
    }

    /// `C[k]` for a class: `type[int]` is a `types.GenericAlias`, anything
    /// else the class's `__class_getitem__` (which the builtin generic
    /// types and their subclasses have).
    fn class_getitem(&mut self, c: ObjRef, k: ObjRef) -> PyResult<ObjRef> {
        if c == self.types.get("type") {
            return self.generic_alias(c, k);
        }
        let name = self.intern_borrow("__class_getitem__");
        match self.getattr(c, name) {
            Ok(f) => {
                let r = self.with_roots(&[f], |vm| vm.call(f, &[k]));
                self.decref(f);
                r
            }
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                let n = c
                    .payload::<crate::types::typeobj::TypeObject>()
                    .name
                    .to_string();
                Err(self.type_error(format!("type '{n}' is not subscriptable")))
            }
            Err(e) => Err(e),
        }
    }

    fn not_subscriptable<T>(&mut self, c: ObjRef) -> PyResult<T> {
        let tn = self.type_name(c);
        Err(self.type_error(format!("'{tn}' object is not subscriptable")))
    }

    fn str_getitem(&mut self, c: ObjRef, k: ObjRef) -> PyResult<ObjRef> {
        let s = c.payload::<StrObject>();
        if k.tag() == Tag::Slice {
            let span = self.slice_span(k, || s.chars)?;
            if c.tag() == Tag::Str && span.is_whole(s.chars) {
                return Ok(self.incref(c));
            }
            if span.step == 1 {
                let sub = s
                    .char_slice(span.start as usize, span.start as usize + span.len)
                    .to_string();
                return self.new_string(sub);
            }
            let chars: Vec<char> = s.s.chars().collect();
            let out: String = span.indices().map(|i| chars[i]).collect();
            return self.new_string(out);
        }
        let i = self.seq_index(k, || s.chars, "string")?;
        let ch = s.char_at(i);
        self.new_str(ch.encode_utf8(&mut [0; 4]))
    }

    fn range_getitem(&mut self, r: ObjRef, k: ObjRef) -> PyResult<ObjRef> {
        if !crate::protocol::range::range_fits(r)
            || matches!(
                crate::types::scalar::int_of(k),
                Some(crate::types::scalar::Int::Big(_))
            )
        {
            return self.range_big_getitem(r, k);
        }
        let (start, stop, step) = self.range_values(r)?;
        let len = crate::protocol::containers::range_len((start, stop, step)) as usize;
        if k.tag() == Tag::Slice {
            let span = self.slice_span(k, || len)?;
            // In i128: the bounds of a slice of a huge range need not fit
            // in 64 bits.
            let (start, step) = (start as i128, step as i128);
            let vals = [
                start + span.start as i128 * step,
                start + span.stop as i128 * step,
                step * span.step as i128,
            ];
            let objs = self.make_all(3, |vm, i| vm.new_bigint(vals[i].into()))?;
            let (s0, s1, s2) = (objs[0], objs[1], objs[2]);
            return self.alloc(
                &crate::types::scalar::RANGE_VT,
                crate::types::scalar::RangeObject {
                    start: s0,
                    stop: s1,
                    step: s2,
                },
            );
        }
        let i = self.seq_index(k, || len, "range object")?;
        self.new_int_i64(start + i as i64 * step)
    }

    /// `c[k] = v` (all borrowed).
    pub fn setitem(&mut self, c: ObjRef, k: ObjRef, v: ObjRef) -> PyResult<()> {
        self.setitem_as(c, k, v, c.tag())
    }

    /// `c[k] = v` as the type with layout `tag` does it (see `len_as`).
    pub(crate) fn setitem_as(&mut self, c: ObjRef, k: ObjRef, v: ObjRef, tag: Tag) -> PyResult<()> {
        match tag {
            Tag::List if k.tag() == Tag::Slice => self.list_set_slice(c, k, Some(v)),
            Tag::List => {
                let l = list_of(c).expect("list");
                let i = self.seq_index(k, || l.len(), "list assignment")?;
                let v = self.incref(v);
                let old = l.with(|items| std::mem::replace(&mut items[i], v));
                self.decref(old);
                Ok(())
            }
            Tag::Dict => self.dict_set(c, k, v),
            Tag::Bytearray => self.bytearray_setitem(c, k, Some(v)),
            Tag::Deque => self.deque_setitem(c, k, v),
            _ if is_user(c) => match self.try_dunder(c, "__setitem__", &[k, v])? {
                Some(r) => {
                    self.decref(r);
                    Ok(())
                }
                None => self.no_item_slot(c, k, "__setitem__", "__delitem__"),
            },
            _ => {
                self.index_first(c, k)?;
                self.no_item_assignment(c)
            }
        }
    }

    /// CPython's `PyObject_SetItem`/`DelItem` on a type without the slot:
    /// a type with sequence slots (every class, and str, bytes, tuple,
    /// range, sets and dict views) converts an index key first, so
    /// `"abc"[10**20] = 1` is an IndexError and `__index__` runs before the
    /// TypeError.
    /// (True when the key went that way: an index, and sequence slots.)
    fn index_first(&mut self, c: ObjRef, k: ObjRef) -> PyResult<bool> {
        let t = self.type_of(c);
        let sequence = !t.payload::<crate::types::typeobj::TypeObject>().is_builtin
            || matches!(
                crate::object::layout_tag(c),
                Tag::Str
                    | Tag::Bytes
                    | Tag::Tuple
                    | Tag::Range
                    | Tag::Set
                    | Tag::FrozenSet
                    | Tag::DictView
            );
        Ok(sequence && self.index_i64(k)?.is_some())
    }

    fn no_item_assignment(&mut self, c: ObjRef) -> PyResult<()> {
        let tn = self.type_name(c);
        Err(self.type_error(format!("'{tn}' object does not support item assignment")))
    }

    /// `del c[k]`.
    pub fn delitem(&mut self, c: ObjRef, k: ObjRef) -> PyResult<()> {
        self.delitem_as(c, k, c.tag())
    }

    /// `del c[k]` as the type with layout `tag` does it (see `len_as`).
    pub(crate) fn delitem_as(&mut self, c: ObjRef, k: ObjRef, tag: Tag) -> PyResult<()> {
        match tag {
            Tag::List if k.tag() == Tag::Slice => self.list_set_slice(c, k, None),
            Tag::List => {
                let l = list_of(c).expect("list");
                let i = self.seq_index(k, || l.len(), "list assignment")?;
                let old = l.with(|items| items.remove(i));
                self.decref(old);
                Ok(())
            }
            Tag::Bytearray => self.bytearray_setitem(c, k, None),
            Tag::Dict => {
                if self.dict_del(c, k)? {
                    Ok(())
                } else {
                    Err(self.key_error(k))
                }
            }
            _ if is_user(c) => match self.try_dunder(c, "__delitem__", &[k])? {
                Some(r) => {
                    self.decref(r);
                    Ok(())
                }
                None => self.no_item_slot(c, k, "__delitem__", "__setitem__"),
            },
            _ => {
                let sequence = self.index_first(c, k)?;
                self.no_item_deletion(c, sequence)
            }
        }
    }

    /// A user class without the dunder `name`: CPython's type has the
    /// assignment slot when the class defines either of `__setitem__` and
    /// `__delitem__`, and that slot's lookup of the missing one fails with
    /// AttributeError; with neither, the TypeError of a type without it,
    /// after an index key was converted (a class always has CPython's
    /// sequence slots, so `PyObject_SetItem` takes an index first:
    /// `C()[10**20] = 1` is an IndexError, and `__index__` runs).
    fn no_item_slot(&mut self, c: ObjRef, k: ObjRef, name: &str, other: &str) -> PyResult<()> {
        if self.has_type_attr(c, other) {
            return Err(self.new_error("AttributeError", name.to_string()));
        }
        let sequence = self.index_first(c, k)?;
        if name == "__setitem__" {
            self.no_item_assignment(c)
        } else {
            self.no_item_deletion(c, sequence)
        }
    }

    /// (Worded by `PySequence_DelItem` for an index key and a type with
    /// sequence slots, by `PyObject_DelItem` otherwise.)
    fn no_item_deletion(&mut self, c: ObjRef, sequence: bool) -> PyResult<()> {
        let tn = self.type_name(c);
        let verb = if sequence { "doesn't" } else { "does not" };
        Err(self.type_error(format!("'{tn}' object {verb} support item deletion")))
    }

    /// `l[a:b:c] = v` (v = Some) or `del l[a:b:c]` (v = None).
    fn list_set_slice(&mut self, c: ObjRef, k: ObjRef, v: Option<ObjRef>) -> PyResult<()> {
        let l = list_of(c).expect("list");
        // As CPython's `list_ass_subscript`: the bounds first (their
        // `__index__`, and a bad bound's TypeError before the value is
        // iterated), then the new items, then the slice resolved against
        // the length the list has after iterating (which may resize it).
        let bounds = self.slice_unpack(k)?;
        if let Some(v) = v.filter(|&v| v != c && matches!(v.tag(), Tag::List | Tag::Tuple)) {
            if self.list_replace_run(c, bounds, v) {
                return Ok(());
            }
        }
        let new = match v {
            Some(v) if v == c => l.snapshot().into_iter().map(|x| self.incref(x)).collect(),
            // (CPython's `PySequence_Fast`: a list or tuple as it is, else
            // the items of its iterator, sized by the iterator, never by
            // the value's own `__len__`.)
            Some(v) if matches!(v.tag(), Tag::List | Tag::Tuple) => self.iterate(v)?,
            Some(v) => {
                if !self.can_iterate(v) {
                    return Err(self.type_error("can only assign an iterable".to_string()));
                }
                let it = self.get_iter(v)?;
                self.using(it, |vm, it| vm.iterate(it))?
            }
            None => Vec::new(),
        };
        let span = bounds.span(l.len());
        let (removed, synced): (Vec<ObjRef>, _) = if span.step == 1 {
            let start = span.start as usize;
            let end = start + span.len;
            self.list_mut(c, |items| items.splice(start..end, new).collect())
        } else if v.is_none() {
            let mut idx: Vec<usize> = span.indices().collect();
            idx.sort_unstable();
            let removed = l.with(|items| idx.iter().rev().map(|&i| items.remove(i)).collect());
            (removed, Ok(()))
        } else {
            if new.len() != span.len {
                let n = new.len();
                self.decref_all(new);
                return Err(self.new_error(
                    "ValueError",
                    format!(
                        "attempt to assign sequence of size {n} to extended slice of size {}",
                        span.len
                    ),
                ));
            }
            let mut removed: Vec<ObjRef> = l.with(|items| {
                span.indices()
                    .zip(new)
                    .map(|(i, x)| std::mem::replace(&mut items[i], x))
                    .collect()
            });
            // Released in the slice's order, as the loop below reverses.
            removed.reverse();
            (removed, Ok(()))
        };
        // CPython releases the items a slice assignment removes last first
        // (an extended slice: in the slice's order).
        self.decref_all(removed.into_iter().rev());
        synced?;
        Ok(())
    }

    /// `c[a:b] = v` for an exact list or tuple `v` (not `c`) of the
    /// slice's length, at most `RUN` items: each item of `v` takes its
    /// place in `c` in turn, then the items it replaced are released last
    /// first, as `list_set_slice` does (CPython's `list_ass_slice`), with
    /// no vector on the way. False, having done nothing, for anything else.
    fn list_replace_run(&mut self, c: ObjRef, bounds: SliceBounds, v: ObjRef) -> bool {
        const RUN: usize = 16;
        let l = list_of(c).expect("list");
        let span = bounds.span(l.len());
        let n = seq_len(v);
        if span.step != 1 || n != span.len || n > RUN {
            return false;
        }
        let start = span.start as usize;
        let mut removed = [self.null; RUN];
        let mut put = |vm: &Self, new: &[ObjRef]| {
            l.with(|items| {
                for (j, (slot, &x)) in items[start..start + n].iter_mut().zip(new).enumerate() {
                    removed[j] = std::mem::replace(slot, vm.incref(x));
                }
            })
        };
        match list_of(v) {
            Some(src) => src.with(|new| put(self, new)),
            None => put(self, tuple_items(v).expect("tuple")),
        }
        self.decref_all(removed[..n].iter().rev().copied());
        true
    }

    /// `tuple(o)` items or the items of a tuple (helper for natives).
    pub fn tuple_of(&self, o: ObjRef) -> Option<Vec<ObjRef>> {
        tuple_items(o).map(|t| t.to_vec())
    }
}
