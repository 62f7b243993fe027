//! Instances of user subclasses of builtin types (`class L(list)`,
//! `class Point(tuple)`, `class MyInt(int)`): one object, as in CPython —
//! the builtin layout's payload (and tail), then a [`SubExt`] with the
//! class and the instance `__dict__`.
//!
//! ```text
//!  [collector head] header(refcnt, SUB vtable) | base payload | base tail.. | class | dict
//! ```
//!
//! The subclass vtable wraps the base layout's: the payload accessors
//! (`list_of`, `str_of`, `int_of`, ...) accept both, so every builtin
//! operation works on such an instance as on its base; but the vtable's tag
//! is `Tag::Subclass` (the base tag rides above it, `layout_tag`), so code
//! that dispatches on `tag()` — the interpreter's fast paths, `len`,
//! `getitem`, operators — takes the user path and honours the class's
//! overrides, reaching the builtin behaviour through the base type's
//! methods. Like every instance of a class with a `__dict__` in CPython,
//! such an object is a container, tracked from birth.

use crate::object::{sub_ext, tag_word, Tag, SUB_EXT_WORDS};
use ouro_gc_core::{ObjRef, TypeVTable, Visit, TAIL_WORD};

/// The base layout of a subclass vtable.
pub trait SubBase {
    const BASE: &'static TypeVTable;
}

fn sub_size<B: SubBase>(o: ObjRef) -> usize {
    (B::BASE.size)(o) + SUB_EXT_WORDS * TAIL_WORD
}
fn sub_extra<B: SubBase>(o: ObjRef) -> usize {
    (B::BASE.extra_size)(o)
}
fn sub_accounted<B: SubBase>(o: ObjRef) -> usize {
    (B::BASE.accounted_bytes)(o)
}
/// CPython's subtype_traverse: the dict, the type, then the base's
/// references.
fn sub_traverse<B: SubBase>(o: ObjRef, visit: Visit<'_>) {
    let ext = sub_ext(o);
    if let Some(d) = ext.dict.get() {
        visit(d);
    }
    if let Some(c) = ext.class.get() {
        visit(c);
    }
    (B::BASE.traverse)(o, visit);
}
/// CPython's subtype_dealloc: the dict, then the base type's dealloc (a
/// list's items last to first), then the type.
fn sub_clear<B: SubBase>(o: ObjRef, out: &mut Vec<ObjRef>) {
    let ext = sub_ext(o);
    out.extend(ext.dict.take());
    (B::BASE.clear)(o, out);
    out.extend(ext.class.take());
}
/// CPython's subtype_clear: the dict, then the base's `tp_clear`; never
/// the type.
fn sub_gc_clear<B: SubBase>(o: ObjRef, out: &mut Vec<ObjRef>) {
    out.extend(sub_ext(o).dict.take());
    (B::BASE.gc_clear)(o, out);
}
/// # Safety
/// As `TypeVTable::drop_payload`.
unsafe fn sub_drop<B: SubBase>(o: ObjRef) {
    // SAFETY: the caller's guarantee, passed on to the base layout, whose
    // payload this object carries.
    unsafe { (B::BASE.drop_payload)(o) }
}

const fn sub_vtable<B: SubBase>(name: &'static str, base: Tag) -> TypeVTable {
    TypeVTable {
        name,
        tag: tag_word(Tag::Subclass, Some(base)),
        size: sub_size::<B>,
        extra_size: sub_extra::<B>,
        accounted_bytes: sub_accounted::<B>,
        traverse: sub_traverse::<B>,
        clear: sub_clear::<B>,
        gc_clear: sub_gc_clear::<B>,
        drop_payload: sub_drop::<B>,
        is_container: true,
        tracking: ouro_gc_core::Tracking::Always,
        hidden: ouro_gc_core::vtable::never_hidden,
        plain_size: 0,
    }
}

macro_rules! sub_layouts {
    ($($vt:ident, $marker:ident, $base:path, $name:literal, $tag:ident, $payload:ty;)*) => {
        $(
            pub struct $marker;
            impl SubBase for $marker {
                const BASE: &'static TypeVTable = &$base;
            }
            // The ext words follow the base layout 8-aligned.
            const _: () = assert!(std::mem::size_of::<$payload>() % TAIL_WORD == 0);
            pub static $vt: TypeVTable = sub_vtable::<$marker>($name, Tag::$tag);
        )*
    };
}

sub_layouts! {
    INT_SUB_VT, IntBase, super::scalar::INT_VT, "int", Int, super::scalar::IntObject;
    BIGINT_SUB_VT, BigIntBase, super::scalar::BIGINT_VT, "int", Int, super::scalar::BigIntObject;
    FLOAT_SUB_VT, FloatBase, super::scalar::FLOAT_VT, "float", Float, super::scalar::FloatObject;
    COMPLEX_SUB_VT, ComplexBase, super::complex::COMPLEX_VT, "complex", Complex, super::complex::ComplexObject;
    STR_SUB_VT, StrBase, super::str::STR_VT, "str", Str, super::str::StrObject;
    BYTES_SUB_VT, BytesBase, super::bytes::BYTES_VT, "bytes", Bytes, super::bytes::BytesObject;
    BYTEARRAY_SUB_VT, BytearrayBase, super::bytearray::BYTEARRAY_VT, "bytearray", Bytearray, super::bytearray::BytearrayObject;
    LIST_SUB_VT, ListBase, super::list::LIST_VT, "list", List, super::list::ListObject;
    TUPLE_SUB_VT, TupleBase, super::tuple::TUPLE_VT, "tuple", Tuple, super::tuple::TupleObject;
    DICT_SUB_VT, DictBase, super::dict::DICT_VT, "dict", Dict, super::dict::DictObject;
    SET_SUB_VT, SetBase, super::set::SET_VT, "set", Set, super::set::SetObject;
    FROZENSET_SUB_VT, FrozenSetBase, super::set::FROZENSET_VT, "frozenset", FrozenSet, super::set::SetObject;
    ITER_SUB_VT, IterBase, super::iter::ITER_VT, "iterator", Iter, super::iter::IterObject;
    DEQUE_SUB_VT, DequeBase, super::deque::DEQUE_VT, "collections.deque", Deque, super::deque::DequeObject;
    WEAKREF_SUB_VT, WeakRefBase, super::weakref::WEAKREF_VT, "weakref.ReferenceType", WeakRef, super::weakref::WeakRefObject;
    PARTIAL_SUB_VT, PartialBase, super::partial::PARTIAL_VT, "functools.partial", Partial, super::partial::PartialObject;
    RANDOM_SUB_VT, RandomBase, crate::modules::mt19937::RANDOM_VT, "_random.Random", Random, crate::modules::mt19937::RandomObject;
}

/// The builtin iterator types user classes may derive from (CPython's
/// with `Py_TPFLAGS_BASETYPE`); the other iterators are final.
pub const SUBCLASSABLE_ITERATORS: &[&str] = &["enumerate", "filter", "map", "reversed", "zip"];

/// The subclass vtable for instances whose builtin layout is that of
/// `exact` (an object of the base type), if that layout can be subclassed.
pub fn sub_vtable_for(exact: &'static TypeVTable) -> Option<&'static TypeVTable> {
    use super::{bytes, dict, list, scalar, set, str, tuple};
    let pairs: [(&TypeVTable, &'static TypeVTable); 18] = [
        (&super::complex::COMPLEX_VT, &COMPLEX_SUB_VT),
        (&str::INTERNED_STR_VT, &STR_SUB_VT),
        (&scalar::INT_VT, &INT_SUB_VT),
        (&scalar::BIGINT_VT, &BIGINT_SUB_VT),
        (&scalar::FLOAT_VT, &FLOAT_SUB_VT),
        (&str::STR_VT, &STR_SUB_VT),
        (&bytes::BYTES_VT, &BYTES_SUB_VT),
        (&super::bytearray::BYTEARRAY_VT, &BYTEARRAY_SUB_VT),
        (&list::LIST_VT, &LIST_SUB_VT),
        (&tuple::TUPLE_VT, &TUPLE_SUB_VT),
        (&dict::DICT_VT, &DICT_SUB_VT),
        (&set::SET_VT, &SET_SUB_VT),
        (&set::FROZENSET_VT, &FROZENSET_SUB_VT),
        (&super::iter::ITER_VT, &ITER_SUB_VT),
        (&super::deque::DEQUE_VT, &DEQUE_SUB_VT),
        (&super::weakref::WEAKREF_VT, &WEAKREF_SUB_VT),
        (&super::partial::PARTIAL_VT, &PARTIAL_SUB_VT),
        (&crate::modules::mt19937::RANDOM_VT, &RANDOM_SUB_VT),
    ];
    pairs
        .iter()
        .find(|(b, _)| std::ptr::eq(*b, exact))
        .map(|&(_, s)| s)
}

/// Can user classes derive from the builtin type with this layout tag?
pub fn subclassable(tag: Tag) -> bool {
    matches!(
        tag,
        Tag::Int
            | Tag::Float
            | Tag::Complex
            | Tag::Str
            | Tag::Bytes
            | Tag::Bytearray
            | Tag::List
            | Tag::Tuple
            | Tag::Dict
            | Tag::Set
            | Tag::FrozenSet
            | Tag::Deque
            | Tag::WeakRef
            | Tag::Partial
            | Tag::Random
    )
}

// ---- construction ---------------------------------------------------------------

use crate::builtins::{check_args, check_count, def_method, def_staticmethod};
use crate::interp::call::CallArgs;
use crate::object::ObjExt;
use crate::types::typeobj::{InstanceLayout, TypeObject};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::Collector;

impl<C: Collector> Vm<C> {
    /// A new instance of `cls`, a user class whose builtin base has layout
    /// `tag`, made as that base's `__new__` makes it: an immutable value
    /// (int, str, tuple, ...) from `args`; a mutable container (list, dict,
    /// set) empty, for `__init__` to fill.
    pub(crate) fn new_sub_instance(
        &mut self,
        cls: ObjRef,
        tag: Tag,
        args: &CallArgs,
    ) -> PyResult<ObjRef> {
        use super::{dict, list, set};
        match tag {
            Tag::List => {
                self.alloc_sub(&list::LIST_VT, list::ListObject::new(Vec::new()), &[], cls)
            }
            Tag::Dict => self.alloc_sub(&dict::DICT_VT, dict::DictObject::new(), &[], cls),
            Tag::Set => self.alloc_sub(&set::SET_VT, set::SetObject::new(), &[], cls),
            Tag::Bytearray => {
                let empty = super::bytearray::BytearrayObject {
                    b: Default::default(),
                    accounted: Default::default(),
                };
                self.alloc_sub(&super::bytearray::BYTEARRAY_VT, empty, &[], cls)
            }
            Tag::Deque => {
                let empty = super::deque::DequeObject::new();
                self.alloc_sub(&super::deque::DEQUE_VT, empty, &[], cls)
            }
            Tag::WeakRef => crate::modules::weakref::new_sub(self, cls, args),
            Tag::Partial => self.new_partial(cls, args),
            Tag::Random => {
                let fresh = crate::modules::mt19937::RandomObject::new();
                self.alloc_sub(&crate::modules::mt19937::RANDOM_VT, fresh, &[], cls)
            }
            // A metaclass: its instances are classes.
            Tag::Type => self.type_new(cls, &args.pos, args.kw.clone()),
            // (Several iterator types share the layout: the class's own
            // builtin base makes the object.)
            Tag::Iter => {
                let base = cls
                    .payload::<TypeObject>()
                    .mro
                    .borrow()
                    .iter()
                    .copied()
                    .find(|&b| {
                        let t = b.payload::<TypeObject>();
                        t.is_builtin && t.layout == InstanceLayout::Builtin(Tag::Iter)
                    })
                    .expect("a builtin iterator base");
                let exact = self.call_args(base, args)?;
                self.using(exact, |vm, exact| vm.rehouse(exact, cls))
            }
            _ => {
                let base = self.tag_types[tag as usize].expect("a builtin base type");
                let exact = self.call_args(base, args)?;
                self.using(exact, |vm, exact| vm.rehouse(exact, cls))
            }
        }
    }

    /// An instance of `cls` holding the value of `exact`, an object of
    /// its builtin base type.
    fn rehouse(&mut self, exact: ObjRef, cls: ObjRef) -> PyResult<ObjRef> {
        use super::{bytes, scalar, set, str, tuple};
        if let Some(it) = exact.get::<super::iter::IterObject>() {
            // The state moves to the new object; `exact` is left exhausted.
            let state = std::mem::replace(
                &mut *it.state.borrow_mut(),
                super::iter::IterState::Range {
                    cur: 0,
                    stop: 0,
                    step: 1,
                },
            );
            let v = super::iter::IterObject::new(state);
            v.result.set(it.result.take());
            return self.alloc_sub(&super::iter::ITER_VT, v, &[], cls);
        }
        if let Some(i) = exact.get::<scalar::IntObject>() {
            return self.alloc_sub(&scalar::INT_VT, scalar::IntObject(i.0), &[], cls);
        }
        if let Some(b) = exact.get::<scalar::BigIntObject>() {
            let v = scalar::BigIntObject(b.0.clone());
            return self.alloc_sub(&scalar::BIGINT_VT, v, &[], cls);
        }
        if let Some(f) = exact.get::<scalar::FloatObject>() {
            return self.alloc_sub(&scalar::FLOAT_VT, scalar::FloatObject(f.0), &[], cls);
        }
        if let Some((re, im)) = super::complex::complex_of(exact) {
            let v = super::complex::ComplexObject { re, im };
            return self.alloc_sub(&super::complex::COMPLEX_VT, v, &[], cls);
        }
        if let Some(s) = exact.get::<str::StrObject>() {
            let v = str::StrObject::new(s.s.clone());
            return self.alloc_sub(&str::STR_VT, v, &[], cls);
        }
        if let Some(b) = exact.get::<bytes::BytesObject>() {
            let v = bytes::BytesObject { b: b.b.clone() };
            return self.alloc_sub(&bytes::BYTES_VT, v, &[], cls);
        }
        if let Some(items) = tuple::tuple_items(exact) {
            let items: Vec<ObjRef> = items.iter().map(|&x| self.incref(x)).collect();
            return self.alloc_sub(
                &tuple::TUPLE_VT,
                tuple::TupleObject::new(items.len()),
                &items,
                cls,
            );
        }
        let s = self.alloc_sub(&set::FROZENSET_VT, set::SetObject::new(), &[], cls)?;
        self.fill(s, |vm, s| vm.set_update(s, exact))
    }
}

/// `T.__new__(cls, ...)` for a subclassable builtin type `T` named
/// `type_name`: checks `cls`, then makes an object of `T` itself or an
/// instance of the subclass.
fn builtin_new<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    type_name: &'static str,
) -> PyResult<ObjRef> {
    let cls = new_class_arg(vm, args, type_name)?;
    let base = vm.types.get(type_name);
    let call = args.after_first();
    if cls == base {
        return vm.call_args(base, &call);
    }
    let t = cls.payload::<TypeObject>();
    let tag = crate::types::typeobj::builtin_layout(t).expect("a subclass of a builtin type");
    vm.new_sub_instance(cls, tag, &call)
}

/// The class `T.__new__(cls, ...)` is to make an object of, for the
/// builtin type `T` named `type_name`, checked as CPython's
/// `tp_new_wrapper` checks it: given, a type, and `T` or a subclass.
pub(crate) fn new_class_arg<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    type_name: &'static str,
) -> PyResult<ObjRef> {
    let base = vm.types.get(type_name);
    let Some(&cls) = args.pos.first() else {
        return Err(vm.type_error(format!("{type_name}.__new__(): not enough arguments")));
    };
    let Some(t) = cls.get::<TypeObject>() else {
        let tn = vm.type_name(cls);
        return Err(vm.type_error(format!(
            "{type_name}.__new__(X): X is not a type object ({tn})"
        )));
    };
    if !vm.is_subclass(cls, base) {
        let n = t.name.to_string();
        return Err(vm.type_error(format!(
            "{type_name}.__new__({n}): {n} is not a subtype of {type_name}"
        )));
    }
    Ok(cls)
}

macro_rules! new_methods {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
            builtin_new(vm, &args, $name)
        })*
        fn register_new<C: Collector>(vm: &mut Vm<C>) {
            $(def_staticmethod(vm, $name, "__new__", $f);)*
        }
    };
}

new_methods! {
    int_new => "int", float_new => "float", complex_new => "complex", str_new => "str",
    bytes_new => "bytes", bytearray_new => "bytearray",
    tuple_new => "tuple", frozenset_new => "frozenset", list_new => "list",
    dict_new => "dict", set_new => "set", weakref_new => "weakref.ReferenceType",
}

/// `list.__init__(self, iterable=(), /)`: empty the list, then extend it.
fn list_init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "list", 1, 2)?;
    let l = args.pos[0];
    let old = vm.list_mut(l, std::mem::take).0;
    vm.decref_all(old);
    if let Some(&it) = args.pos.get(1) {
        vm.list_extend(l, it)?;
    }
    Ok(vm.new_none())
}

/// `dict.__init__(self, mapping_or_pairs=(), /, **kw)`: update.
fn dict_init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_count(vm, args.pos.len() - 1, "dict", 0, 1)?;
    let d = args.pos[0];
    if let Some(&m) = args.pos.get(1) {
        vm.dict_update(d, m, false)?;
    }
    for (i, &k) in args.kwnames.iter().enumerate() {
        vm.dict_set(d, k, args.kwvals[i])?;
    }
    Ok(vm.new_none())
}

/// `set.__init__(self, iterable=(), /)`: empty the set, then add.
fn set_init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "set", 1, 2)?;
    let s = args.pos[0];
    let keys = super::set::set_of(s).expect("set").take_all();
    let synced = vm.sync_account(s);
    vm.decref_all(keys);
    synced?;
    if let Some(&it) = args.pos.get(1) {
        vm.set_update(s, it)?;
    }
    Ok(vm.new_none())
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    register_new(vm);
    def_method(vm, "list", "__init__", list_init);
    def_method(vm, "dict", "__init__", dict_init);
    def_method(vm, "set", "__init__", set_init);
}
