//! Rich comparison, equality, truth and hashing for any object: builtin
//! types in Rust first (sequences item by item, with CPython's identity
//! shortcut), user classes through `__eq__`/`__lt__`/..., `__bool__`/
//! `__len__` and `__hash__`, with CPython's reflected-operand rules and
//! messages.

use super::ops::*;
use crate::object::{layout_tag, ObjExt, Tag};
use crate::text::float_ops;
use crate::types::bytes::bytes_of;
use crate::types::function::BuiltinObject;
use crate::types::instance::MethodObject;
use crate::types::list::list_of;
use crate::types::scalar::{int_of, FloatObject, Int};
use crate::types::set::set_of;
use crate::types::str::{str_of, StrObject};
use crate::types::tuple::tuple_items;
use crate::vm::{PyResult, Vm};
use ouro_compiler::bytecode::CmpOp;
use ouro_gc_core::{Collector, ObjRef};
use std::cmp::Ordering;

impl<C: Collector> Vm<C> {
    /// Rich comparison, returning an object (usually a bool).
    pub fn compare(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> PyResult<ObjRef> {
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && a.tag() == Tag::WeakRef && b.tag() == Tag::WeakRef
        {
            return crate::modules::weakref::compare(self, a, b, op == CmpOp::Eq);
        }
        let subclassed = a.tag() == Tag::Subclass || b.tag() == Tag::Subclass;
        if !subclassed {
            if let Some(r) = self.builtin_compare(a, b, op)? {
                return Ok(self.new_bool(r));
            }
        }
        let (name, swapped) = cmp_dunder(op);
        let rname = cmp_dunder(swapped).0;
        let layouts = (layout_tag(a), layout_tag(b));
        // As for operators: a right operand of a subclass that overrides
        // the reflected comparison goes first.
        let b_first = is_user(b) && self.overrides_reflected(a, b, rname);
        if b_first {
            if let Some(r) = self.try_dunder(b, rname, &[a])? {
                return Ok(r);
            }
        }
        if is_user(a) {
            if let Some(r) = self.try_dunder(a, name, &[b])? {
                return Ok(r);
            }
        } else if subclassed {
            if let Some(r) = self.builtin_compare_as(a, b, op, layouts)? {
                return Ok(self.new_bool(r));
            }
        }
        if !b_first {
            if is_user(b) {
                if let Some(r) = self.try_dunder(b, rname, &[a])? {
                    return Ok(r);
                }
            } else if subclassed {
                let flipped = (layouts.1, layouts.0);
                if let Some(r) = self.builtin_compare_as(b, a, swapped, flipped)? {
                    return Ok(self.new_bool(r));
                }
            }
        }
        match op {
            CmpOp::Eq => Ok(self.new_bool(a == b)),
            CmpOp::Ne => Ok(self.new_bool(a != b)),
            _ => {
                let (ta, tb) = (self.type_name(a), self.type_name(b));
                Err(self.type_error(format!(
                    "'{}' not supported between instances of '{ta}' and '{tb}'",
                    op.symbol()
                )))
            }
        }
    }

    /// Comparison of builtin values; `None` when not applicable.
    pub(crate) fn builtin_compare(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: CmpOp,
    ) -> PyResult<Option<bool>> {
        self.builtin_compare_as(a, b, op, (a.tag(), b.tag()))
    }

    /// `builtin_compare` with the operands' layouts given (see `num_as`):
    /// a builtin type's comparison methods look through subclass
    /// instances.
    pub(crate) fn builtin_compare_as(
        &mut self,
        a: ObjRef,
        b: ObjRef,
        op: CmpOp,
        tags: (Tag, Tag),
    ) -> PyResult<Option<bool>> {
        if let Some(ord) = crate::protocol::numeric::num_cmp_as(a, b, tags) {
            return Ok(Some(ord_matches(ord, op)));
        }
        if tags.0 == Tag::Complex || tags.1 == Tag::Complex {
            return Ok(self.complex_compare(a, b, op));
        }
        let ord = match tags {
            (Tag::Str, Tag::Str) => Some(str_of(a).cmp(&str_of(b))),
            (Tag::Bytes | Tag::Bytearray, Tag::Bytes | Tag::Bytearray) => {
                let x = crate::types::bytearray::buffer_of(a);
                let y = crate::types::bytearray::buffer_of(b);
                Some(x.cmp(&y))
            }
            (Tag::List, Tag::List) | (Tag::Tuple, Tag::Tuple) => {
                return self.seq_compare(a, b, op).map(Some)
            }
            (Tag::Set | Tag::FrozenSet, Tag::Set | Tag::FrozenSet) => {
                return self.set_compare(a, b, op).map(Some)
            }
            (Tag::Dict, Tag::Dict) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.dict_eq(a, b)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            (Tag::DictView, _) | (_, Tag::DictView) => return self.view_compare(a, b, op),
            (Tag::Slice, Tag::Slice) => {
                // As the tuples (start, stop, step).
                let parts = |vm: &mut Self, s: ObjRef| {
                    let p = s.payload::<crate::types::scalar::SliceObject>();
                    let items = vec![vm.incref(p.start), vm.incref(p.stop), vm.incref(p.step)];
                    vm.new_tuple(items)
                };
                let x = parts(self, a)?;
                let y = self.with_roots(&[x], |vm| parts(vm, b));
                let y = match y {
                    Ok(y) => y,
                    Err(e) => {
                        self.with_roots(&[e], |vm| vm.decref(x));
                        return Err(e);
                    }
                };
                let r = self.with_roots(&[x, y], |vm| vm.seq_compare(x, y, op));
                self.decref_all([x, y]);
                return r.map(Some);
            }
            // `cell_richcompare`: by contents; an empty cell comes first.
            (Tag::Cell, Tag::Cell) => {
                let cell = |o: ObjRef| o.payload::<crate::types::cell::CellObject>().value.get();
                return match (cell(a), cell(b)) {
                    (Some(x), Some(y)) => self
                        .holding_args_tuple(&[x, y], |vm| {
                            let r = vm.compare(x, y, op)?;
                            vm.truth_owned(r)
                        })
                        .map(Some),
                    (x, y) => Ok(Some(ord_matches(Some(y.is_none().cmp(&x.is_none())), op))),
                };
            }
            (Tag::Range, Tag::Range) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let eq = self.range_eq(a, b)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            // CPython's `method_richcompare`: the same function bound to
            // the same object.
            (Tag::Method, Tag::Method) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let (x, y) = (a.payload::<MethodObject>(), b.payload::<MethodObject>());
                let eq = x.self_ == y.self_ && self.eq(x.func, y.func)?;
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            // `meth_richcompare`: the same native method of the same object.
            (Tag::Builtin, Tag::Builtin) if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                let (x, y) = (a.payload::<BuiltinObject>(), b.payload::<BuiltinObject>());
                let eq = a == b
                    || (x.self_.is_some()
                        && x.self_ == y.self_
                        && x.native == y.native
                        && x.name == y.name);
                return Ok(Some(eq == (op == CmpOp::Eq)));
            }
            _ if is_user(a) || is_user(b) => return Ok(None),
            _ if matches!(op, CmpOp::Eq | CmpOp::Ne) => {
                return Ok(Some((a == b) == (op == CmpOp::Eq)))
            }
            _ => return Ok(None),
        };
        Ok(Some(ord_matches(ord, op)))
    }

    /// Lexicographic comparison of two lists or two tuples.
    pub(super) fn seq_compare(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> PyResult<bool> {
        self.nested(" in comparison", |vm| vm.seq_compare_items(a, b, op))
    }

    pub(super) fn seq_compare_items(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> PyResult<bool> {
        let lens = |vm: &Self| (vm.seq_items_len(a), vm.seq_items_len(b));
        let (la, lb) = lens(self);
        if matches!(op, CmpOp::Eq | CmpOp::Ne) && la != lb {
            return Ok(op == CmpOp::Ne);
        }
        // As CPython's list_richcompare: items are read afresh at each step
        // (an `__eq__` may mutate either list) and held while compared.
        // Two tuples' items cannot change, and the caller holds both
        // tuples: they are compared borrowed, as `tuplerichcompare` does.
        let tuples = layout_tag(a) == Tag::Tuple && layout_tag(b) == Tag::Tuple;
        let mut i = 0;
        loop {
            let pair = if tuples {
                let (ta, tb) = (tuple_items(a).unwrap_or(&[]), tuple_items(b).unwrap_or(&[]));
                ta.get(i).zip(tb.get(i)).map(|(&x, &y)| (x, y))
            } else {
                self.item_pair(a, b, i)
            };
            let Some((x, y)) = pair else { break };
            let step = |vm: &mut Self| match vm.eq(x, y)? {
                true => Ok(None),
                false => match op {
                    CmpOp::Eq => Ok(Some(false)),
                    CmpOp::Ne => Ok(Some(true)),
                    _ => {
                        let r = vm.compare(x, y, op)?;
                        let t = vm.truth_owned(r);
                        t.map(Some)
                    }
                },
            };
            let r = if tuples {
                step(self)
            } else {
                let r = self.with_roots(&[x, y], step);
                self.decref(x);
                self.decref(y);
                r
            };
            if let Some(decided) = r? {
                return Ok(decided);
            }
            i += 1;
        }
        let (la, lb) = lens(self);
        Ok(ord_matches(Some(la.cmp(&lb)), op))
    }

    /// Items `i` of both sequences (new references), if both have one.
    pub(super) fn item_pair(&mut self, a: ObjRef, b: ObjRef, i: usize) -> Option<(ObjRef, ObjRef)> {
        let x = self.seq_get_owned(a, i)?;
        match self.seq_get_owned(b, i) {
            Some(y) => Some((x, y)),
            None => {
                self.decref(x);
                None
            }
        }
    }

    pub(super) fn seq_items_len(&self, o: ObjRef) -> usize {
        match layout_tag(o) {
            Tag::List => list_of(o).expect("list").len(),
            _ => tuple_items(o).map_or(0, <[_]>::len),
        }
    }

    /// `a == b` as a bool (identity implies equality, as in containers).
    pub fn eq(&mut self, a: ObjRef, b: ObjRef) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        match (a.tag(), b.tag()) {
            (Tag::Str, Tag::Str) => return Ok(str_of(a) == str_of(b)),
            (Tag::Bytes, Tag::Bytes) => return Ok(bytes_of(a) == bytes_of(b)),
            (Tag::Int, Tag::Int) => return Ok(int_of(a) == int_of(b)),
            _ => {}
        }
        let r = self.compare(a, b, CmpOp::Eq)?;
        self.truth_owned(r)
    }

    /// The truth value of an owned result (of a comparison, `__contains__`,
    /// a predicate), which stays rooted while its `__bool__` or `__len__`
    /// runs and is released after.
    pub fn truth_owned(&mut self, r: ObjRef) -> PyResult<bool> {
        let t = self.with_roots(&[r], |vm| vm.is_true(r));
        self.decref(r);
        t
    }

    /// Truth value (`bool(x)`).
    pub fn is_true(&mut self, o: ObjRef) -> PyResult<bool> {
        if o == self.true_ {
            return Ok(true);
        }
        if o == self.false_ || o == self.none {
            return Ok(false);
        }
        self.is_true_as(o, o.tag())
    }

    /// The truth of `o` as the type with layout `tag` decides it (see
    /// `len_as`).
    pub(crate) fn is_true_as(&mut self, o: ObjRef, tag: Tag) -> PyResult<bool> {
        Ok(match tag {
            Tag::Int => int_of(o) != Some(Int::Small(0)),
            Tag::Float => o.payload::<FloatObject>().0 != 0.0,
            Tag::Complex => crate::types::complex::complex_of(o) != Some((0.0, 0.0)),
            Tag::Str => o.payload::<StrObject>().chars != 0,
            Tag::Bytes => !bytes_of(o).expect("bytes").is_empty(),
            Tag::Bytearray => self.len_as(o, tag)? != 0,
            Tag::List | Tag::Tuple | Tag::Dict | Tag::Set | Tag::FrozenSet | Tag::DictView => {
                self.len_as(o, tag)? != 0
            }
            Tag::Range => !self.range_is_empty(o),
            Tag::Deque => !crate::types::deque::deque_of(o).expect("deque").is_empty(),
            Tag::Instance | Tag::Exception | Tag::Subclass => return self.user_truth(o),
            _ => true,
        })
    }

    pub(super) fn user_truth(&mut self, o: ObjRef) -> PyResult<bool> {
        if let Some(r) = self.try_dunder(o, "__bool__", &[])? {
            let is_bool = r.tag() == Tag::Bool;
            let v = r == self.true_;
            let tn = self.type_name(r);
            self.decref(r);
            if !is_bool {
                return Err(self.type_error(format!("__bool__ should return bool, returned {tn}")));
            }
            return Ok(v);
        }
        if let Some(r) = self.try_dunder(o, "__len__", &[])? {
            return Ok(self.len_result(r)? != 0);
        }
        Ok(true)
    }

    /// `hash(o)`.
    pub fn hash(&mut self, o: ObjRef) -> PyResult<i64> {
        self.hash_as(o, o.tag())
    }

    /// `hash(o)` as the type with layout `tag` computes it (see `len_as`).
    pub(crate) fn hash_as(&mut self, o: ObjRef, tag: Tag) -> PyResult<i64> {
        match tag {
            Tag::Str => Ok(o.payload::<StrObject>().hash()),
            // As CPython: an ASCII str and the same bytes hash alike.
            Tag::Bytes => Ok(crate::types::bytes::bytes_hash(bytes_of(o).expect("bytes"))),
            Tag::Int | Tag::Bool => Ok(match int_of(o).expect("int") {
                Int::Small(v) => float_ops::i64_hash(v),
                Int::Big(b) => float_ops::int_hash(b),
            }),
            Tag::Float => Ok(float_ops::float_hash(o.payload::<FloatObject>().0)
                .unwrap_or_else(|| pointer_hash(o))),
            // (No recursion limit: CPython's `tuplehash` has none.)
            Tag::Tuple => self.native_nested(|vm| vm.tuple_hash(o)),
            Tag::Complex => {
                let c = crate::types::complex::complex_of(o).expect("complex");
                Ok(crate::types::complex::complex_hash(o, c))
            }
            Tag::FrozenSet => self.frozenset_hash(o),
            Tag::Range => self.range_hash(o),
            // Slices became hashable only in 3.12.
            // (`dict_values` is not set-like: it hashes by identity.)
            Tag::DictView
                if o.payload::<crate::types::iter::DictViewObject>().part
                    == crate::types::iter::DictPart::Values =>
            {
                Ok(pointer_hash(o))
            }
            Tag::List | Tag::Dict | Tag::Set | Tag::DictView | Tag::Slice | Tag::Bytearray => {
                let tn = self.type_name(o);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            Tag::Instance | Tag::Exception | Tag::Subclass | Tag::Deque | Tag::Partial => {
                self.user_hash(o)
            }
            // A class whose metaclass is a user class: the metaclass's
            // `__hash__` (`object.__hash__` when it has none).
            Tag::Type if is_user(o) => self.user_hash(o),
            Tag::WeakRef => crate::modules::weakref::hash(self, o),
            // `method_hash`: the object's identity and the function's hash.
            Tag::Method => {
                let m = o.payload::<MethodObject>();
                let h = pointer_hash(m.self_) ^ self.hash(m.func)?;
                Ok(if h == -1 { -2 } else { h })
            }
            Tag::Builtin => match o.payload::<BuiltinObject>().self_ {
                Some(s) => {
                    let h = pointer_hash(s) ^ i64::from(o.payload::<BuiltinObject>().native);
                    Ok(if h == -1 { -2 } else { h })
                }
                None => Ok(pointer_hash(o)),
            },
            _ => Ok(pointer_hash(o)),
        }
    }

    pub(super) fn user_hash(&mut self, o: ObjRef) -> PyResult<i64> {
        let t = self.type_of(o);
        let key = self.names.hash;
        match self.lookup_type_attr(t, key) {
            Some(h) if h == self.none => {
                let tn = self.type_name(o);
                Err(self.type_error(format!("unhashable type: '{tn}'")))
            }
            Some(_) => {
                let r = self.call_special(o, "__hash__", &[])?;
                let r = r.expect("found on the type above");
                let v = match int_of(r) {
                    Some(Int::Small(v)) => Ok(if v == -1 { -2 } else { v }),
                    Some(Int::Big(b)) => Ok(float_ops::int_hash(b)),
                    None => {
                        Err(self.type_error("__hash__ method should return an integer".to_string()))
                    }
                };
                self.decref(r);
                v
            }
            None => {
                let eq = self.names.eq;
                if self
                    .lookup_type_attr(t, eq)
                    .is_some_and(|e| e.tag() == Tag::Function)
                {
                    let tn = self.type_name(o);
                    return Err(self.type_error(format!("unhashable type: '{tn}'")));
                }
                Ok(pointer_hash(o))
            }
        }
    }

    /// CPython 3.11's tuple hash (xxHash-based).
    pub(super) fn tuple_hash(&mut self, o: ObjRef) -> PyResult<i64> {
        const P1: u64 = 11400714785074694791;
        const P2: u64 = 14029467366897019727;
        const P5: u64 = 2870177450012600261;
        let items = tuple_items(o).expect("tuple").to_vec();
        let mut acc = P5;
        for &x in &items {
            let lane = self.hash(x)? as u64;
            acc = acc.wrapping_add(lane.wrapping_mul(P2));
            acc = acc.rotate_left(31);
            acc = acc.wrapping_mul(P1);
        }
        acc = acc.wrapping_add((items.len() as u64) ^ (P5 ^ 3527539));
        Ok(if acc == u64::MAX {
            1546275796
        } else {
            acc as i64
        })
    }

    /// CPython's frozenset hash (order-independent shuffle of item hashes).
    pub(super) fn frozenset_hash(&mut self, o: ObjRef) -> PyResult<i64> {
        let entries = set_of(o).expect("set").entries();
        let mut hash: u64 = 0;
        for (h, _) in &entries {
            let h = *h as u64;
            hash ^= ((h ^ 89869747) ^ (h << 16)).wrapping_mul(3644798167);
        }
        hash ^= (entries.len() as u64 + 1).wrapping_mul(1927868237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69069).wrapping_add(907133923);
        Ok(if hash == u64::MAX {
            590923713
        } else {
            hash as i64
        })
    }
}

pub(super) fn cmp_dunder(op: CmpOp) -> (&'static str, CmpOp) {
    match op {
        CmpOp::Lt => ("__lt__", CmpOp::Gt),
        CmpOp::Le => ("__le__", CmpOp::Ge),
        CmpOp::Eq => ("__eq__", CmpOp::Eq),
        CmpOp::Ne => ("__ne__", CmpOp::Ne),
        CmpOp::Gt => ("__gt__", CmpOp::Lt),
        CmpOp::Ge => ("__ge__", CmpOp::Le),
    }
}

pub fn pointer_hash(o: ObjRef) -> i64 {
    let h = (o.addr() as u64).rotate_right(4) as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn ord_matches(ord: Option<Ordering>, op: CmpOp) -> bool {
    match ord {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
        },
    }
}
