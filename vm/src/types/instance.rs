//! Instances of user classes (and of `object`), plus the small wrapper
//! layouts: bound methods, staticmethod, classmethod, property, super.

use crate::object::{layout_drop, tail_of, take_opt, vt_payload, ObjExt, Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;

pub struct InstanceObject {
    pub class: Cell<ObjRef>,
    /// The instance `__dict__` (created with the instance).
    pub dict: Cell<Option<ObjRef>>,
}

impl Refs for InstanceObject {
    fn traverse(&self, visit: Visit<'_>) {
        if let Some(d) = self.dict.get() {
            visit(d);
        }
        visit(self.class.get());
    }
    /// CPython's subtype_dealloc: the dict first, then the type.
    fn clear(&self, out: &mut Vec<ObjRef>) {
        take_opt(&self.dict, out);
        out.push(self.class.get());
    }
    /// CPython's subtype_clear: the dict, never the type.
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        take_opt(&self.dict, out);
    }
}
pub static INSTANCE_VT: TypeVTable =
    crate::object::refs_vtable::<InstanceObject>("object", Tag::Instance, true);
/// `object()` itself: no `__dict__`, so it can take part in no cycle and is
/// no container (as CPython's, which has no collector head).
pub static BARE_OBJECT_VT: TypeVTable =
    crate::object::refs_vtable::<InstanceObject>("object", Tag::Instance, false);
impl crate::object::Payload for InstanceObject {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        std::ptr::eq(vt, &INSTANCE_VT) || is_tail_layout(vt) || std::ptr::eq(vt, &BARE_OBJECT_VT)
    }
}

/// An instance of a class with `__slots__`: an `InstanceObject` (whose
/// `dict` stays `None` unless `__dict__` is one of the slots or a base
/// has one) followed by its slot values in the tail. The most derived
/// class's slots come first, each class's in its (sorted) order, as
/// CPython traverses and releases them; a member descriptor therefore
/// finds its slot counting from the end (`MemberObject::from_end`), the
/// same for every subclass. How many slots an instance has is its
/// layout's (`slots_vtable`): no word of the instance says it.
#[repr(C)]
pub struct SlotsInstance {
    pub base: InstanceObject,
}

/// The most `__slots__` values an instance can have: the count (plus
/// one) fills the tag word between its low byte and `VALUES_BIT`.
pub const MAX_SLOTS: usize = (1 << 23) - 2;

/// The tag word's bit of an inline-values layout (`values_vtable`).
const VALUES_BIT: u32 = 1 << 31;

/// Is `vt` an instance layout with a tail: `__slots__` values
/// (`slots_vtable`) or inline attribute values (`values_vtable`)? Its tag
/// word's upper bits are then the tail's length plus one (and
/// `VALUES_BIT` for values); those of every other instance layout are
/// zero.
#[inline]
fn is_tail_layout(vt: &TypeVTable) -> bool {
    vt.tag & 0xff == Tag::Instance as u32 && vt.tag >> 8 != 0
}

/// Is `vt` an instance layout with `__slots__` (`slots_vtable`)?
#[inline]
fn is_slots_layout(vt: &TypeVTable) -> bool {
    is_tail_layout(vt) && vt.tag & VALUES_BIT == 0
}

/// Is `vt` an inline-values layout (`values_vtable`)?
#[inline]
pub fn is_values_layout(vt: &TypeVTable) -> bool {
    vt.tag & 0xff == Tag::Instance as u32 && vt.tag & VALUES_BIT != 0
}

/// The tail length a tail layout's tag word says.
#[inline]
fn tail_len_of(vt: &TypeVTable) -> usize {
    ((vt.tag & !VALUES_BIT) >> 8) as usize - 1
}

impl crate::object::Payload for SlotsInstance {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        is_slots_layout(vt)
    }
}

impl crate::object::SlotTail for SlotsInstance {
    #[inline]
    fn slots_of(vt: &TypeVTable) -> usize {
        debug_assert!(is_slots_layout(vt), "{}: no slot layout", vt.name);
        tail_len_of(vt)
    }
}

/// An instance of a plain class (no `__slots__`) whose attributes are
/// kept inline, as CPython 3.11 keeps them ("inline values"): an
/// `InstanceObject` followed by one value per name of its class's shared
/// keys (`sharedkeys`) when it was made, value `i` the attribute named by
/// the keys' `i`-th name.
///
/// While `dict` is `None` the values are the attributes, and they were
/// given in the keys' order with none deleted: the set ones are a prefix
/// of the tail. That is exactly an attribute dict sharing the keys, in
/// table order, with no deleted entry, which is what the values stand
/// for: anything else (a name out of that order or past the tail, a
/// deletion, the dict asked for) first moves them into such a dict
/// (`Vm::values_to_dict`), which from then on holds the attributes, the
/// tail staying empty. Attribute names are not held by the values (the
/// class's keys name them, as CPython's do).
#[repr(C)]
pub struct ValuesInstance {
    pub base: InstanceObject,
}

impl crate::object::Payload for ValuesInstance {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        is_values_layout(vt)
    }
}

impl crate::object::SlotTail for ValuesInstance {
    #[inline]
    fn slots_of(vt: &TypeVTable) -> usize {
        debug_assert!(is_values_layout(vt), "{}: no values layout", vt.name);
        tail_len_of(vt)
    }
}

/// The most inline values an instance has (CPython's
/// `SHARED_KEYS_MAX_SIZE`).
pub const MAX_VALUES: usize = 30;

/// The layout of instances with `n` (1 to `MAX_VALUES`) inline values.
#[inline]
pub fn values_vtable(n: usize) -> &'static TypeVTable {
    static LAYOUTS: [std::sync::OnceLock<TypeVTable>; MAX_VALUES + 1] =
        [const { std::sync::OnceLock::new() }; MAX_VALUES + 1];
    assert!((1..=MAX_VALUES).contains(&n), "{n} inline values");
    LAYOUTS[n].get_or_init(|| TypeVTable {
        tag: Tag::Instance as u32 | ((n as u32 + 1) << 8) | VALUES_BIT,
        size: tail_size::<ValuesInstance>,
        traverse: tail_traverse::<ValuesInstance>,
        clear: tail_clear::<ValuesInstance>,
        gc_clear: tail_gc_clear::<ValuesInstance>,
        drop_payload: layout_drop::<ValuesInstance>,
        ..INSTANCE_VT
    })
}

/// The inline values of `obj` while they hold its attributes (an
/// instance with an inline-values layout and no dict yet).
#[inline]
pub fn values_of<'a>(obj: ObjRef) -> Option<&'a [Cell<Option<ObjRef>>]> {
    let x = obj.get::<ValuesInstance>()?;
    match x.base.dict.get() {
        None => Some(tail_of::<ValuesInstance>(obj)),
        Some(_) => None,
    }
}

/// How many of `values` are set (a prefix: see `ValuesInstance`).
#[inline]
pub fn values_set(values: &[Cell<Option<ObjRef>>]) -> usize {
    values
        .iter()
        .position(|v| v.get().is_none())
        .unwrap_or(values.len())
}

/// The layout of instances with `n` `__slots__` values (at most
/// `MAX_SLOTS`): made the first time a class with that many has an
/// instance, and kept for the life of the process, as the static
/// layouts are (one per count, whatever the number of classes).
pub fn slots_vtable(n: usize) -> &'static TypeVTable {
    assert!(n <= MAX_SLOTS, "{n} slots: more than MAX_SLOTS");
    thread_local! {
        static LAYOUTS: std::cell::RefCell<Vec<Option<&'static TypeVTable>>> =
            const { std::cell::RefCell::new(Vec::new()) };
    }
    LAYOUTS.with_borrow_mut(|layouts| {
        if layouts.len() <= n {
            layouts.resize(n + 1, None);
        }
        *layouts[n].get_or_insert_with(|| {
            Box::leak(Box::new(TypeVTable {
                tag: Tag::Instance as u32 | ((n as u32 + 1) << 8),
                size: tail_size::<SlotsInstance>,
                traverse: tail_traverse::<SlotsInstance>,
                clear: tail_clear::<SlotsInstance>,
                gc_clear: tail_gc_clear::<SlotsInstance>,
                drop_payload: layout_drop::<SlotsInstance>,
                ..INSTANCE_VT
            }))
        })
    })
}

/// An instance layout with a tail of values after its `InstanceObject`
/// (`SlotsInstance`, `ValuesInstance`): what their vtables share.
trait InstanceTail: crate::object::SlotTail {
    fn base(&self) -> &InstanceObject;
}
impl InstanceTail for SlotsInstance {
    fn base(&self) -> &InstanceObject {
        &self.base
    }
}
impl InstanceTail for ValuesInstance {
    fn base(&self) -> &InstanceObject {
        &self.base
    }
}

/// `TypeVTable::size` of a tail layout.
fn tail_size<T: InstanceTail>(o: ObjRef) -> usize {
    ouro_gc_core::HEADER_SIZE
        + std::mem::size_of::<T>()
        + ouro_gc_core::TAIL_WORD * T::slots_of(o.vtable())
}

/// CPython's subtype_traverse: the slots or inline values, the dict, the
/// type.
fn tail_traverse<T: InstanceTail>(o: ObjRef, visit: Visit<'_>) {
    for v in tail_of::<T>(o).iter().filter_map(Cell::get) {
        visit(v);
    }
    vt_payload::<T>(o).base().traverse(visit);
}
/// CPython's subtype_dealloc: the slots or inline values in order, then
/// the dict, then the type.
fn tail_clear<T: InstanceTail>(o: ObjRef, out: &mut Vec<ObjRef>) {
    for slot in tail_of::<T>(o) {
        take_opt(slot, out);
    }
    vt_payload::<T>(o).base().clear(out);
}
/// CPython's subtype_clear: the slots or inline values, then the dict,
/// never the type.
fn tail_gc_clear<T: InstanceTail>(o: ObjRef, out: &mut Vec<ObjRef>) {
    for slot in tail_of::<T>(o) {
        take_opt(slot, out);
    }
    vt_payload::<T>(o).base().gc_clear(out);
}

/// A `__slots__` entry's descriptor on its class (`member_descriptor`),
/// or a `getset_descriptor` (`GETSET_VT`).
pub struct MemberObject {
    /// The slot's (mangled) name, or `__dict__` / `__weakref__`: a str.
    pub name: ObjRef,
    /// The class whose `__slots__` named it (`__objclass__`).
    pub owner: ObjRef,
    /// The slot is `tail[len - from_end]` of every instance of `owner`
    /// and its subclasses (0 for a getset descriptor).
    pub from_end: usize,
}
impl Refs for MemberObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.owner);
        visit(self.name);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.name);
        out.push(self.owner);
    }
}
pub static MEMBER_VT: TypeVTable =
    crate::object::refs_vtable::<MemberObject>("member_descriptor", Tag::Member, true);
impl crate::object::Payload for MemberObject {
    #[inline]
    fn matches(vt: &'static TypeVTable) -> bool {
        std::ptr::eq(vt, &MEMBER_VT) || std::ptr::eq(vt, &GETSET_VT)
    }
}

/// A class's `__dict__` or `__weakref__` attribute descriptor
/// (`getset_descriptor`, on the class that gave its instances the one or
/// the other): a `MemberObject` whose `from_end` is 0.
pub static GETSET_VT: TypeVTable =
    crate::object::refs_vtable::<MemberObject>("getset_descriptor", Tag::GetSet, true);

impl MemberObject {
    /// The slot of `obj` this descriptor names, if `obj` has that layout.
    pub fn slot<'a>(&self, obj: ObjRef) -> Option<&'a Cell<Option<ObjRef>>> {
        slot_from_end(obj, self.from_end)
    }
}

/// The `__slots__` value `tail[len - from_end]` of `obj`, if it has slots
/// and that one (`from_end` 0 names none).
#[inline]
pub fn slot_from_end<'a>(obj: ObjRef, from_end: usize) -> Option<&'a Cell<Option<ObjRef>>> {
    if from_end == 0 {
        return None;
    }
    obj.get::<SlotsInstance>()?;
    let tail = tail_of::<SlotsInstance>(obj);
    tail.len().checked_sub(from_end).and_then(|i| tail.get(i))
}

/// A function bound to an object (`obj.method` as a value).
pub struct MethodObject {
    pub func: ObjRef,
    pub self_: ObjRef,
}
impl Refs for MethodObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.func);
        visit(self.self_);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.self_);
        out.push(self.func);
    }
}
pub static METHOD_VT: TypeVTable =
    crate::object::refs_vtable::<MethodObject>("method", Tag::Method, true);
payload!(MethodObject, METHOD_VT);

/// `staticmethod(f)` and `classmethod(f)`: one wrapped callable, and the
/// attribute dict the constructor fills from it (`functools_wraps`).
pub struct WrapperObject {
    pub func: ObjRef,
    pub dict: Cell<Option<ObjRef>>,
}
impl WrapperObject {
    pub fn new(func: ObjRef) -> WrapperObject {
        WrapperObject {
            func,
            dict: Cell::new(None),
        }
    }
}
impl Refs for WrapperObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.func);
        if let Some(d) = self.dict.get() {
            visit(d);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.func);
        crate::object::take_opt(&self.dict, out);
    }
}
pub static STATICMETHOD_VT: TypeVTable =
    crate::object::refs_vtable::<WrapperObject>("staticmethod", Tag::StaticMethod, true);
pub static CLASSMETHOD_VT: TypeVTable =
    crate::object::refs_vtable::<WrapperObject>("classmethod", Tag::ClassMethod, true);
impl crate::object::Payload for WrapperObject {
    fn matches(vt: &'static TypeVTable) -> bool {
        std::ptr::eq(vt, &STATICMETHOD_VT) || std::ptr::eq(vt, &CLASSMETHOD_VT)
    }
}

/// `property(fget, fset, fdel)`.
pub struct PropertyObject {
    pub fget: Option<ObjRef>,
    pub fset: Option<ObjRef>,
    pub fdel: Option<ObjRef>,
    /// The `doc` given to `property()`; without one, `__doc__` is the
    /// getter's.
    pub doc: Option<ObjRef>,
}
impl Refs for PropertyObject {
    fn traverse(&self, visit: Visit<'_>) {
        for f in [self.fget, self.fset, self.fdel, self.doc]
            .into_iter()
            .flatten()
        {
            visit(f);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.extend(
            [self.fget, self.fset, self.fdel, self.doc]
                .into_iter()
                .flatten(),
        );
    }
}
pub static PROPERTY_VT: TypeVTable =
    crate::object::refs_vtable::<PropertyObject>("property", Tag::Property, true);
payload!(PropertyObject, PROPERTY_VT);

/// `super(type, obj)`: attribute lookup starts after `type` in obj's MRO.
pub struct SuperObject {
    pub type_: ObjRef,
    /// The object bound to; none for an unbound `super(C)`.
    pub obj: Option<ObjRef>,
}
impl Refs for SuperObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.type_);
        if let Some(o) = self.obj {
            visit(o);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.type_);
        out.extend(self.obj);
    }
}
pub static SUPER_VT: TypeVTable =
    crate::object::refs_vtable::<SuperObject>("super", Tag::Super, true);
payload!(SuperObject, SUPER_VT);
