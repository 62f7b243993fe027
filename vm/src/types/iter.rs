//! Builtin iterators (`iter(list)`, `enumerate`, `zip`, `map`, ...) share
//! one layout whose state says which kind it is, and dict views.

use crate::object::{ObjExt, Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::{Cell, RefCell};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictPart {
    Keys,
    Values,
    Items,
}

/// The state of a builtin iterator. `None` in `seq` slots means exhausted
/// (the reference was released, as CPython does).
pub enum IterState {
    /// list, tuple, str by index.
    Seq {
        seq: Option<ObjRef>,
        index: usize,
    },
    /// `reversed(list)` and friends: index counts down.
    Reversed {
        seq: Option<ObjRef>,
        index: isize,
    },
    /// `reversed(d)` of a dict or one of its views: a copy of its keys,
    /// values or items, given last first.
    DictReversed {
        seq: Option<ObjRef>,
        index: isize,
        part: DictPart,
    },
    /// Sequences implementing only `__getitem__`.
    GetItem {
        seq: Option<ObjRef>,
        index: usize,
    },
    /// `reversed(seq)` of a sequence without `__reversed__` (CPython's
    /// `reversed` object): `seq[index]`, counting down, asked lazily.
    ReversedGetItem {
        seq: Option<ObjRef>,
        index: isize,
    },
    Range {
        cur: i64,
        stop: i64,
        step: i64,
    },
    Dict {
        dict: Option<ObjRef>,
        index: usize,
        part: DictPart,
        /// The dict's length when the iterator was made.
        len: usize,
        /// Items not yet given (CPython's `di_len`): one found beyond
        /// them means keys were replaced (deleted and others added).
        left: usize,
    },
    Set {
        set: Option<ObjRef>,
        index: usize,
        len: usize,
    },
    /// CPython's `en_index`, and `en_longindex` (an int object) once the
    /// count no longer fits: `index` is `i64::MAX` then.
    Enumerate {
        it: ObjRef,
        index: i64,
        long: Option<ObjRef>,
    },
    /// CPython's `ittuple`: a tuple of the iterators.
    Zip {
        its: ObjRef,
        /// `zip(..., strict=True)`: unequal lengths are a ValueError.
        strict: bool,
    },
    /// CPython's `iters`: a tuple of the iterators.
    Map {
        func: ObjRef,
        its: ObjRef,
    },
    Filter {
        func: ObjRef,
        it: ObjRef,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Option<ObjRef>,
        sentinel: ObjRef,
    },
    /// `itertools.permutations(pool, r)`: CPython's `permutationsobject`
    /// (`indices` and `cycles` as its algorithm keeps them).
    Permutations {
        pool: Vec<ObjRef>,
        r: usize,
        indices: Vec<usize>,
        cycles: Vec<usize>,
        started: bool,
        stopped: bool,
    },
    /// `itertools.combinations(pool, r)`: CPython's `combinationsobject`;
    /// with `repeats`, `combinations_with_replacement` (`cwrobject`).
    Combinations {
        pool: Vec<ObjRef>,
        r: usize,
        indices: Vec<usize>,
        repeats: bool,
        started: bool,
        stopped: bool,
    },
    /// `itertools.product(*pools, repeat=n)`: CPython's `productobject`;
    /// each distinct pool once (`repeat` repeats it), `which` the pool of
    /// each position.
    Product {
        pools: Vec<Vec<ObjRef>>,
        which: Vec<usize>,
        indices: Vec<usize>,
        started: bool,
        stopped: bool,
    },
    /// `itertools.zip_longest(*its, fillvalue=None)`: CPython's
    /// `ziplongestobject` (an exhausted iterator's slot is emptied).
    ZipLongest {
        its: Vec<Option<ObjRef>>,
        fill: ObjRef,
        active: usize,
    },
    /// `iter(deque)` and `reversed(deque)` (CPython's `dequeiterobject`):
    /// `counter` items left; forward ones start at `index`, backward
    /// ones end at `counter`. The deque is held until the iterator dies.
    Deque {
        deque: ObjRef,
        index: usize,
        counter: usize,
        /// The deque's `state` when the iterator was made.
        state: usize,
        reverse: bool,
    },
}

pub struct IterObject {
    pub state: RefCell<IterState>,
    /// The result tuple `enumerate`, `zip` and a dict's items iterator
    /// recycle when nothing else holds it (owned; CPython's `en_result`,
    /// `zip.result`, `di_result`).
    pub result: Cell<Option<ObjRef>>,
}

impl IterObject {
    pub fn new(state: IterState) -> IterObject {
        IterObject {
            state: RefCell::new(state),
            result: Cell::new(None),
        }
    }
}

impl IterState {
    fn refs(&self, visit: &mut dyn FnMut(ObjRef)) {
        match self {
            IterState::Seq { seq, .. }
            | IterState::Reversed { seq, .. }
            | IterState::DictReversed { seq, .. }
            | IterState::GetItem { seq, .. }
            | IterState::ReversedGetItem { seq, .. } => seq.iter().for_each(|&o| visit(o)),
            IterState::Range { .. } => {}
            IterState::Dict { dict, .. } => dict.iter().for_each(|&o| visit(o)),
            IterState::Set { set, .. } => set.iter().for_each(|&o| visit(o)),
            IterState::Enumerate { it, long, .. } => {
                visit(*it);
                long.iter().for_each(|&o| visit(o));
            }
            IterState::Zip { its, .. } => visit(*its),
            // (The iterators first: CPython's `map_traverse` and
            // `map_dealloc`.)
            IterState::Map { func, its } => {
                visit(*its);
                visit(*func);
            }
            IterState::Filter { func, it } => {
                visit(*func);
                visit(*it);
            }
            IterState::Callable { func, sentinel } => {
                func.iter().for_each(|&o| visit(o));
                visit(*sentinel);
            }
            IterState::Permutations { pool, .. } | IterState::Combinations { pool, .. } => {
                pool.iter().for_each(|&o| visit(o))
            }
            IterState::Product { pools, .. } => pools.iter().flatten().for_each(|&o| visit(o)),
            IterState::ZipLongest { its, fill, .. } => {
                its.iter().flatten().for_each(|&o| visit(o));
                visit(*fill);
            }
            IterState::Deque { deque, .. } => visit(*deque),
        }
    }
}

impl Refs for IterObject {
    fn traverse(&self, visit: Visit<'_>) {
        self.state.borrow().refs(visit);
        if let Some(r) = self.result.get() {
            visit(r);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        // (The commonest, a sequence's or range's, emptied in place: the
        // whole state moved out and dropped is several times the work.)
        match &mut *self.state.borrow_mut() {
            IterState::Seq { seq, .. } => out.extend(seq.take()),
            IterState::Range { .. } => {}
            state => {
                let empty = IterState::Range {
                    cur: 0,
                    stop: 0,
                    step: 1,
                };
                std::mem::replace(state, empty).refs(&mut |o| out.push(o));
            }
        }
        out.extend(self.result.take());
    }
}
pub static ITER_VT: TypeVTable =
    crate::object::refs_vtable::<IterObject>("iterator", Tag::Iter, true);
payload!(IterObject, ITER_VT, super::subclass::ITER_SUB_VT);

/// `d.keys()`, `d.values()`, `d.items()`.
pub struct DictViewObject {
    pub dict: ObjRef,
    pub part: DictPart,
}
impl Refs for DictViewObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.dict);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.dict);
    }
}
pub static DICTVIEW_VT: TypeVTable =
    crate::object::refs_vtable::<DictViewObject>("dict_view", Tag::DictView, true);
payload!(DictViewObject, DICTVIEW_VT);

/// What a builtin iterator's `__length_hint__` answers without calling
/// Python code: the items left, as CPython's `listiter_len`, `dictiter_len`
/// and friends count them (0 once the container changed size under a dict
/// or set iterator, or shrank below a reversed one's position). `None` for
/// the kinds that have no hint, and for a `__getitem__` iterator (whose hint
/// asks the sequence's `len()`).
pub fn remaining(o: ObjRef) -> Option<usize> {
    use crate::object::layout_tag;
    let seq_len = |s: ObjRef| match layout_tag(s) {
        Tag::List => crate::types::list::list_of(s).map_or(0, |l| l.len()),
        Tag::Tuple => crate::types::tuple::tuple_items(s).map_or(0, |t| t.len()),
        Tag::Bytes => crate::types::bytes::bytes_of(s).map_or(0, |b| b.len()),
        Tag::Bytearray => {
            crate::types::bytearray::bytearray_of(s).map_or(0, |a| a.b.borrow().len())
        }
        _ => s.payload::<crate::types::str::StrObject>().chars,
    };
    Some(match &*o.payload::<IterObject>().state.borrow() {
        IterState::Seq { seq, index } => seq.map_or(0, |s| seq_len(s).saturating_sub(*index)),
        IterState::Reversed { seq, index } | IterState::DictReversed { seq, index, .. } => {
            match *seq {
                Some(s) if *index >= 0 && seq_len(s) > *index as usize => *index as usize + 1,
                _ => 0,
            }
        }
        IterState::Deque { counter, .. } => *counter,
        IterState::Range { cur, stop, step } => {
            let left = crate::protocol::containers::range_len((*cur, *stop, *step));
            left.max(0) as usize
        }
        IterState::Dict {
            dict, len, left, ..
        } => match dict.and_then(crate::types::dict::dict_of) {
            Some(d) if d.len() == *len => *left,
            _ => 0,
        },
        IterState::Set { set, index, len } => match set.and_then(crate::types::set::set_of) {
            Some(so) if so.len() == *len => {
                let t = so.table.borrow();
                t.slots[(*index).min(t.slots.len())..]
                    .iter()
                    .filter(|s| matches!(s, crate::types::set::Slot::Key { .. }))
                    .count()
            }
            _ => 0,
        },
        _ => return None,
    })
}

/// The iterator object's state kind, for its Python type.
pub fn iter_kind(o: ObjRef) -> &'static str {
    match &*o.payload::<IterObject>().state.borrow() {
        IterState::Seq { .. } => "seq",
        IterState::Reversed { .. } => "reversed",
        IterState::DictReversed {
            part: DictPart::Keys,
            ..
        } => "dict_reversekeyiterator",
        IterState::DictReversed {
            part: DictPart::Values,
            ..
        } => "dict_reversevalueiterator",
        IterState::DictReversed {
            part: DictPart::Items,
            ..
        } => "dict_reverseitemiterator",
        IterState::GetItem { .. } => "iterator",
        IterState::ReversedGetItem { .. } => "reversed",
        IterState::Range { .. } => "range_iterator",
        IterState::Dict {
            part: DictPart::Keys,
            ..
        } => "dict_keyiterator",
        IterState::Dict {
            part: DictPart::Values,
            ..
        } => "dict_valueiterator",
        IterState::Dict {
            part: DictPart::Items,
            ..
        } => "dict_itemiterator",
        IterState::Set { .. } => "set_iterator",
        IterState::Enumerate { .. } => "enumerate",
        IterState::Zip { .. } => "zip",
        IterState::Map { .. } => "map",
        IterState::Filter { .. } => "filter",
        IterState::Callable { .. } => "callable_iterator",
        IterState::Permutations { .. } => "itertools.permutations",
        IterState::Combinations { repeats: false, .. } => "itertools.combinations",
        IterState::Combinations { repeats: true, .. } => "itertools.combinations_with_replacement",
        IterState::Product { .. } => "itertools.product",
        IterState::ZipLongest { .. } => "itertools.zip_longest",
        IterState::Deque { reverse: false, .. } => "_collections._deque_iterator",
        IterState::Deque { reverse: true, .. } => "_collections._deque_reverse_iterator",
    }
}
