//! Instances of user classes (and of `object`), plus the small wrapper
//! layouts: bound methods, staticmethod, classmethod, property, super.

use crate::object::{take_opt, Refs, Tag};
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
        std::ptr::eq(vt, &INSTANCE_VT) || std::ptr::eq(vt, &BARE_OBJECT_VT)
    }
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

/// `staticmethod(f)` and `classmethod(f)`: one wrapped callable.
pub struct WrapperObject {
    pub func: ObjRef,
}
impl Refs for WrapperObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.func);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.func);
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
}
impl Refs for PropertyObject {
    fn traverse(&self, visit: Visit<'_>) {
        for f in [self.fget, self.fset, self.fdel].into_iter().flatten() {
            visit(f);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.extend([self.fget, self.fset, self.fdel].into_iter().flatten());
    }
}
pub static PROPERTY_VT: TypeVTable =
    crate::object::refs_vtable::<PropertyObject>("property", Tag::Property, true);
payload!(PropertyObject, PROPERTY_VT);

/// `super(type, obj)`: attribute lookup starts after `type` in obj's MRO.
pub struct SuperObject {
    pub type_: ObjRef,
    pub obj: ObjRef,
}
impl Refs for SuperObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.type_);
        visit(self.obj);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.type_);
        out.push(self.obj);
    }
}
pub static SUPER_VT: TypeVTable =
    crate::object::refs_vtable::<SuperObject>("super", Tag::Super, true);
payload!(SuperObject, SUPER_VT);
