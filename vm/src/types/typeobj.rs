//! Type objects: builtin types and user classes alike.
//!
//! A type's attributes live in a real dict (`dict`), keyed by interned str.
//! The method resolution order excludes the type itself (which would make
//! every type reference itself); `mro_with_self` adds it back.

use crate::object::{ObjExt, Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// What instances of a type look like.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InstanceLayout {
    /// `object` and user classes: an `InstanceObject` with a `__dict__`.
    Plain,
    /// BaseException and its subclasses: an `ExceptionObject`.
    Exception,
    /// A builtin type whose instances have their own layout.
    Builtin(Tag),
}

/// What the instances of a class carry besides their class: `__slots__`
/// values, a `__dict__`, weak references.
#[derive(Default)]
pub struct SlotLayout {
    /// The slots of the class and its bases: the length of an instance's
    /// tail (see `SlotsInstance`).
    pub total: usize,
    /// How many of them the class itself added (the first `own` of the
    /// tail).
    pub own: usize,
    /// The slots' names, in tail order.
    pub names: Box<[Box<str>]>,
    /// Do instances have a `__dict__`?
    pub has_dict: bool,
    /// Can instances be weakly referenced (`__weakref__`)?
    pub weakrefable: bool,
    /// Did this class give its instances the `__dict__` (its base did
    /// not), or weak references? It then has the attribute descriptor.
    pub adds_dict: bool,
    pub adds_weakref: bool,
    /// The layout of the instances when they use `__slots__`
    /// (`types::instance::slots_vtable`), looked up once.
    pub layout: Option<&'static ouro_gc_core::TypeVTable>,
}

impl SlotLayout {
    /// Instances without `__slots__` anywhere: a dict, weak references.
    pub fn plain() -> SlotLayout {
        SlotLayout {
            has_dict: true,
            weakrefable: true,
            ..SlotLayout::default()
        }
    }

    /// Do instances use the `SlotsInstance` layout?
    pub fn uses_slots(&self) -> bool {
        self.total > 0 || !self.has_dict
    }

    /// This layout, with the instances' vtable found when they use
    /// `__slots__` (at most `MAX_SLOTS` of them).
    pub fn with_vtable(mut self) -> SlotLayout {
        if self.uses_slots() {
            self.layout = Some(crate::types::instance::slots_vtable(self.total));
        }
        self
    }
}

/// A class's `__name__` or `__qualname__`: assignable, so shared out as an
/// `Rc` clone (no borrow outlives the read, whatever Python code runs).
pub struct TypeName(RefCell<Rc<str>>);

impl TypeName {
    pub fn new(s: &str) -> TypeName {
        TypeName(RefCell::new(Rc::from(s)))
    }

    pub fn get(&self) -> Rc<str> {
        self.0.borrow().clone()
    }

    pub fn set(&self, s: &str) {
        *self.0.borrow_mut() = Rc::from(s);
    }
}

impl From<&str> for TypeName {
    fn from(s: &str) -> TypeName {
        TypeName::new(s)
    }
}

impl From<String> for TypeName {
    fn from(s: String) -> TypeName {
        TypeName::new(&s)
    }
}

impl std::fmt::Display for TypeName {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.borrow())
    }
}

pub struct TypeObject {
    pub name: TypeName,
    pub qualname: TypeName,
    /// `None` for builtin types (their repr has no module).
    pub module: Option<Box<str>>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// The MRO without the type itself.
    pub mro: RefCell<Vec<ObjRef>>,
    pub dict: ObjRef,
    pub layout: InstanceLayout,
    /// Index of the native constructor of a builtin type.
    pub ctor: Cell<Option<u32>>,
    pub is_builtin: bool,
    /// Cached: does the class (or a base) define `__del__`? Recomputed
    /// when the class dict changes.
    pub has_del: Cell<bool>,
    /// Cached: does the class (or a base) define its own
    /// `__getattribute__` (a Python function), which attribute reads of
    /// its instances then call?
    pub has_getattribute: Cell<bool>,
    pub slots: SlotLayout,
    /// The metaclass, when it is not `type` (`class A(metaclass=M)`).
    pub meta: Cell<Option<ObjRef>>,
    /// Creation order, for `__subclasses__()` (see [`next_serial`]).
    pub serial: u64,
    /// CPython's `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING` bits: what a
    /// `match` sequence or mapping pattern accepts. Inherited from the
    /// primary base; set by an ABC's `__abc_tpflags__` and `register`.
    pub collection_flags: Cell<u32>,
    /// The keys its instances' dicts share (CPython's `ht_cached_keys`).
    pub shared_keys: crate::types::sharedkeys::SharedKeys,
    /// A class made by `class` or `type()`: its `__bases__`, `__mro__` and
    /// `__base__` as CPython holds them (see `ClassRefs`). `None` for the
    /// builtin types, whose `bases` and `mro` lists own their items.
    pub class_refs: Cell<Option<ClassRefs>>,
}

/// CPython's `tp_bases`, `tp_mro` and `tp_base` of a class (owned): the
/// tuple of bases, the MRO as a tuple that starts with the class itself
/// (so a class always sits in a reference cycle, and `sys.getrefcount`
/// counts it), and the base whose layout the class extends. The class's
/// `bases` and `mro` lists borrow their items from the tuples; once a
/// cycle collection has cleared the MRO tuple (CPython's `type_clear`),
/// `mro` is `None` and the `mro` list owns its items again.
#[derive(Clone, Copy, Debug)]
pub struct ClassRefs {
    pub bases: ObjRef,
    pub mro: Option<ObjRef>,
    pub base: ObjRef,
}

/// `Py_TPFLAGS_SEQUENCE`.
pub const TPFLAGS_SEQUENCE: u32 = 1 << 5;
/// `Py_TPFLAGS_MAPPING`.
pub const TPFLAGS_MAPPING: u32 = 1 << 6;
/// Both collection bits.
pub const COLLECTION_FLAGS: u32 = TPFLAGS_SEQUENCE | TPFLAGS_MAPPING;
/// ouro's own bit (CPython's C-level `tp_as_buffer`): a class written in
/// Python that exports a buffer, whose bytes its `tobytes()` returns
/// (`array.array`, `memoryview`). `bytes(x)`, `b + x` and the other
/// bytes-like consumers accept its instances.
pub const TPFLAGS_BUFFER: u32 = 1 << 29;

/// A number increasing with each type made (the order in which CPython's
/// `tp_subclasses` lists a class's subclasses).
pub fn next_serial() -> u64 {
    use std::sync::atomic::{AtomicU64, Ordering};
    static SERIAL: AtomicU64 = AtomicU64::new(0);
    SERIAL.fetch_add(1, Ordering::Relaxed)
}

impl Refs for TypeObject {
    fn traverse(&self, visit: Visit<'_>) {
        let Some(refs) = self.class_refs.get() else {
            for &b in self.bases.borrow().iter() {
                visit(b);
            }
            for &m in self.mro.borrow().iter() {
                visit(m);
            }
            visit(self.dict);
            if let Some(m) = self.meta.get() {
                visit(m);
            }
            return;
        };
        // CPython's type_traverse: the metaclass, the dict, the MRO, the
        // bases, the base.
        if let Some(m) = self.meta.get() {
            visit(m);
        }
        visit(self.dict);
        match refs.mro {
            Some(t) => visit(t),
            None => {
                for &m in self.mro.borrow().iter() {
                    visit(m);
                }
            }
        }
        visit(refs.bases);
        visit(refs.base);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        let Some(refs) = self.class_refs.take() else {
            out.push(self.dict);
            out.append(&mut self.mro.take());
            out.append(&mut self.bases.take());
            out.extend(self.meta.take());
            return;
        };
        // CPython's type_dealloc: the base, the dict, the bases, the MRO;
        // then the metaclass.
        out.push(refs.base);
        out.push(self.dict);
        out.push(refs.bases);
        self.bases.take();
        let mro = self.mro.take();
        match refs.mro {
            Some(t) => out.push(t),
            None => out.extend(mro),
        }
        out.extend(self.meta.take());
    }
    /// CPython's type_clear breaks a class's cycles by dropping its MRO
    /// tuple (the one that holds the class itself); the class stays valid,
    /// its `mro` list now owning its items. (Only the generational
    /// collector clears, so counts are kept.)
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        if let Some(mut refs) = self.class_refs.get() {
            if let Some(t) = refs.mro.take() {
                for &m in self.mro.borrow().iter() {
                    m.inc();
                }
                self.class_refs.set(Some(refs));
                out.push(t);
            }
        }
    }
}

pub static TYPE_VT: TypeVTable = crate::object::refs_vtable::<TypeObject>("type", Tag::Type, true);
payload!(TypeObject, TYPE_VT);

impl TypeObject {
    /// The type itself followed by its MRO.
    pub fn mro_with_self(&self, me: ObjRef) -> Vec<ObjRef> {
        let mut v = Vec::with_capacity(self.mro.borrow().len() + 1);
        v.push(me);
        v.extend(self.mro.borrow().iter().copied());
        v
    }
}

/// The builtin layout of instances of `t`, a builtin type or a user
/// subclass of one (`None` for plain classes and exceptions).
pub fn builtin_layout(t: &TypeObject) -> Option<Tag> {
    match t.layout {
        InstanceLayout::Builtin(tag) => Some(tag),
        _ => None,
    }
}

#[inline]
pub fn type_of_obj<'a>(o: ObjRef) -> Option<&'a TypeObject> {
    o.get::<TypeObject>()
}

impl<C: ouro_gc_core::Collector> crate::vm::Vm<C> {
    /// A class's module as its repr shows it: a builtin type's own, a
    /// class's `__module__` from its dict (assignable; `None` when that is
    /// not a str, as CPython's `type_repr` leaves the module out).
    pub(crate) fn type_module(&mut self, cls: ObjRef) -> Option<Rc<str>> {
        let t = cls.payload::<TypeObject>();
        if t.is_builtin {
            return t.module.as_deref().map(Rc::from);
        }
        let m = self.dict_get_str(t.dict, "__module__").ok().flatten()?;
        let s = crate::types::str::str_of(m).map(Rc::from);
        self.decref(m);
        s
    }
}
