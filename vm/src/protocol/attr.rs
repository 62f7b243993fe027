//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and the
//! method lookup behind `LoadMethod`. Class attributes are found along the
//! MRO; functions found on a class bind to the instance; `property`,
//! `staticmethod` and `classmethod` behave as in CPython.

use crate::object::{ObjExt, Tag};
use crate::protocol::ops::is_user;
use crate::types::dict::dict_of;
use crate::types::exception::ExceptionObject;
use crate::types::function::{BuiltinObject, FunctionObject};
use crate::types::instance::{InstanceObject, MethodObject, PropertyObject, WrapperObject};
use crate::types::module::ModuleObject;
use crate::types::str::str_of;
use crate::types::typeobj::TypeObject;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// Look a str key up in a dict without running Python code (keys compared
/// as strings). Returns a borrowed value.
pub fn dict_get_str_key(d: ObjRef, key: ObjRef) -> Option<ObjRef> {
    let dict = dict_of(d)?;
    let s = key.payload::<crate::types::str::StrObject>();
    let h = s.hash();
    if !dict.may_hold(h) {
        return None;
    }
    let found = dict
        .find(key, h, &mut |k| -> Result<bool, ()> {
            Ok(str_of(k) == Some(&*s.s))
        })
        .ok()?;
    match found {
        crate::types::dict::Found::At(ix) => dict.value(ix),
        crate::types::dict::Found::Absent(_) => None,
    }
}

/// One entry of the type attribute cache: what `lookup_type_attr` found
/// for (class, interned name) in a `TYPE_DICT_EPOCH`. Addresses stand for
/// the objects: an interned name lives as long as the vm, and a class
/// cannot be freed and its address reused without a class dict changing
/// (its own freed, or the new class's made), which ends the epoch.
#[derive(Clone, Copy, Default)]
pub struct TypeCacheEntry {
    epoch: u64,
    ty: usize,
    name: usize,
    value: Option<ObjRef>,
}

impl TypeCacheEntry {
    /// Entries in the cache (a power of two), as CPython's method cache.
    pub const SLOTS: usize = 4096;

    fn slot(t: ObjRef, name: ObjRef) -> usize {
        ((t.addr() >> 4) ^ (name.addr() >> 4).wrapping_mul(0x9E37)) & (Self::SLOTS - 1)
    }
}

/// A function, or a builtin type's method descriptor: found on a class,
/// it binds to the instance as its first argument.
pub(crate) fn is_plain_method(f: ObjRef) -> bool {
    match f.tag() {
        Tag::Function => true,
        Tag::Builtin => {
            let b = f.payload::<BuiltinObject>();
            b.self_.is_none() && b.owner.is_some_and(|o| !o.class_method)
        }
        _ => false,
    }
}

impl<C: Collector> Vm<C> {
    /// The attribute `name` of type `t` or its MRO (borrowed). Answers for
    /// interned names are kept in the type attribute cache (CPython's
    /// method cache) until any class's dict changes.
    pub fn lookup_type_attr(&self, t: ObjRef, name: ObjRef) -> Option<ObjRef> {
        if !crate::types::str::is_interned(name) {
            return Self::walk_type_attr(t, name);
        }
        let epoch = crate::types::dict::TYPE_DICT_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        let slot = &self.type_cache[TypeCacheEntry::slot(t, name)];
        let e = slot.get();
        if e.epoch == epoch && e.ty == t.addr() && e.name == name.addr() {
            return e.value;
        }
        let value = Self::walk_type_attr(t, name);
        slot.set(TypeCacheEntry {
            epoch,
            ty: t.addr(),
            name: name.addr(),
            value,
        });
        value
    }

    fn walk_type_attr(t: ObjRef, name: ObjRef) -> Option<ObjRef> {
        let ty = t.payload::<TypeObject>();
        if let Some(v) = dict_get_str_key(ty.dict, name) {
            return Some(v);
        }
        let mro = ty.mro.borrow();
        mro.iter()
            .find_map(|&m| dict_get_str_key(m.payload::<TypeObject>().dict, name))
    }

    /// The instance dict of an object that has one.
    #[inline]
    pub(crate) fn instance_dict(&self, o: ObjRef) -> Option<ObjRef> {
        match o.tag() {
            Tag::Instance => o.payload::<InstanceObject>().dict.get(),
            Tag::Subclass => crate::object::sub_ext(o).dict.get(),
            Tag::Exception => o.payload::<ExceptionObject>().dict.get(),
            Tag::Function => o.payload::<FunctionObject>().dict.get(),
            Tag::StaticMethod | Tag::ClassMethod => o.payload::<WrapperObject>().dict.get(),
            Tag::Partial => o
                .payload::<crate::types::partial::PartialObject>()
                .dict
                .get(),
            Tag::Module => Some(o.payload::<ModuleObject>().dict),
            _ => None,
        }
    }

    /// For `LoadMethod`: a plain function or method descriptor found on the
    /// type (not shadowed by the instance dict), as a new reference.
    pub fn lookup_method(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        if matches!(obj.tag(), Tag::Type | Tag::Module | Tag::Super) {
            return Ok(None);
        }
        let t = self.type_of(obj);
        if t.payload::<TypeObject>().has_getattribute.get() {
            return Ok(None);
        }
        let Some(f) = self.lookup_type_attr(t, name) else {
            return Ok(None);
        };
        if !is_plain_method(f) {
            return Ok(None);
        }
        if self.values_attr(obj, name)?.is_some() {
            return Ok(None);
        }
        if let Some(d) = self.instance_dict(obj) {
            if dict_get_str_key(d, name).is_some() {
                return Ok(None);
            }
        }
        Ok(Some(self.incref(f)))
    }

    /// `obj.name` (new reference).
    pub fn getattr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        if is_user(obj)
            && obj.tag() != Tag::Type
            && self
                .type_of(obj)
                .payload::<TypeObject>()
                .has_getattribute
                .get()
        {
            return self
                .user_getattribute(obj, name)
                .map_err(|e| self.with_attr_context(e, obj, name));
        }
        self.getattr_with(obj, name, true)
            .map_err(|e| self.with_attr_context(e, obj, name))
    }

    /// `obj.name`, or None where `getattr` would raise AttributeError:
    /// CPython's `_PyObject_LookupAttr` (`hasattr`, `getattr` with a
    /// default). For an object found by the default lookup, with no
    /// `__getattribute__` or `__getattr__` of its class to call, a missing
    /// attribute makes no exception at all (as CPython's generic lookup
    /// with `suppress`); otherwise an AttributeError raised is dropped.
    pub fn getattr_opt(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let generic = !matches!(obj.tag(), Tag::Type | Tag::Module | Tag::Super)
            && !(is_user(obj)
                && (self
                    .type_of(obj)
                    .payload::<TypeObject>()
                    .has_getattribute
                    .get()
                    || self.has_type_attr(obj, "__getattr__")));
        let r = match generic {
            true => self.lookup_attr(obj, name),
            false => self.getattr(obj, name).map(Some),
        };
        match r {
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                Ok(None)
            }
            r => r,
        }
    }

    /// CPython's `set_attribute_error_context`: an AttributeError leaving
    /// an attribute lookup gets the `name` and `obj` it lacks.
    fn with_attr_context(&mut self, e: ObjRef, obj: ObjRef, name: ObjRef) -> ObjRef {
        if !self.is_instance_of_name(e, "AttributeError") {
            return e;
        }
        let key = self.intern_borrow("name");
        let has = e
            .get::<crate::types::exception::ExceptionObject>()
            .and_then(|x| x.dict.get())
            .is_some_and(|d| dict_get_str_key(d, key).is_some());
        if !has {
            self.set_error_attrs(e, &[("name", name), ("obj", obj)]);
        }
        e
    }

    /// `object.__getattribute__(obj, name)`: the default lookup, without
    /// the class's `__getattr__` (which only `getattr` adds).
    pub(crate) fn object_getattribute(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        self.getattr_with(obj, name, false)
    }

    fn getattr_with(&mut self, obj: ObjRef, name: ObjRef, hook: bool) -> PyResult<ObjRef> {
        match obj.tag() {
            Tag::Type => self.type_getattr(obj, name),
            Tag::Module => {
                let d = obj.payload::<ModuleObject>().dict;
                if let Some(v) = dict_get_str_key(d, name) {
                    return Ok(self.incref(v));
                }
                if str_of(name) == Some("__dict__") {
                    return Ok(self.incref(d));
                }
                // The module type's own (`__class__`, `__repr__`, ...).
                if let Some(v) = self.lookup_attr(obj, name)? {
                    return Ok(v);
                }
                // PEP 562: a module's own `__getattr__` answers the rest.
                let hook = self.intern_borrow("__getattr__");
                if let Some(f) = dict_get_str_key(d, hook) {
                    let f = self.incref(f);
                    return self.using(f, |vm, f| vm.call(f, &[name]));
                }
                let m = str_of(obj.payload::<ModuleObject>().name)
                    .unwrap_or("?")
                    .to_string();
                let n = str_of(name).unwrap_or("?").to_string();
                let msg = format!("module '{m}' has no attribute '{n}'");
                Err(self.attr_error(msg, obj, name))
            }
            Tag::Super => self.super_getattr(obj, name),
            _ => self.generic_getattr(obj, name, hook),
        }
    }

    /// `obj.name` through the class's own `__getattribute__`; when that
    /// raises AttributeError, `__getattr__` (CPython's
    /// slot_tp_getattr_hook).
    fn user_getattribute(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let r = self.call_special_bound(obj, "__getattribute__", &[name]);
        match r {
            Ok(Some(v)) => Ok(v),
            Ok(None) => self.generic_getattr(obj, name, true),
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                if !self.has_type_attr(obj, "__getattr__") {
                    return Err(e);
                }
                self.decref(e);
                match self.call_special_bound(obj, "__getattr__", &[name])? {
                    Some(v) => Ok(v),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
            Err(e) => Err(e),
        }
    }

    /// `getattr` with a Rust name.
    /// `obj.name(*args)`: an attribute looked up and called.
    pub fn call_method_named(
        &mut self,
        obj: ObjRef,
        name: &str,
        args: &[ObjRef],
    ) -> PyResult<ObjRef> {
        let m = self.getattr_str(obj, name)?;
        let r = self.with_roots(&[m], |vm| vm.call(m, args));
        self.decref(m);
        r
    }

    pub fn getattr_str(&mut self, obj: ObjRef, name: &str) -> PyResult<ObjRef> {
        // Borrowed: the intern table holds it (and is a root).
        let k = self.intern_borrow(name);
        self.getattr(obj, k)
    }

    /// The default attribute lookup; with `hook`, `__getattr__` answers
    /// what it does not find.
    /// An AttributeError raised by a descriptor (a property getter) also
    /// falls back to `__getattr__` (CPython's `slot_tp_getattr_hook`).
    fn generic_getattr(&mut self, obj: ObjRef, name: ObjRef, hook: bool) -> PyResult<ObjRef> {
        let hook = hook && is_user(obj);
        match self.lookup_attr(obj, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) if !hook => Err(self.no_attribute(obj, name)),
            Err(e) if !hook || !self.is_instance_of_name(e, "AttributeError") => Err(e),
            r => {
                let missing = r.err();
                if let Some(e) = missing {
                    if !self.has_type_attr(obj, "__getattr__") {
                        return Err(e);
                    }
                }
                self.decref_opt(missing);
                match self.call_special_bound(obj, "__getattr__", &[name])? {
                    Some(r) => Ok(r),
                    None => Err(self.no_attribute(obj, name)),
                }
            }
        }
    }

    /// The default lookup without `__getattr__`: None when nothing is
    /// found (no exception made).
    fn lookup_attr(&mut self, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let t = self.type_of(obj);
        let descr = self.lookup_type_attr(t, name);
        if let Some(p) = descr.filter(|d| d.tag() == Tag::Property) {
            return self.property_get(p, obj, name).map(Some);
        }
        if let Some(m) = descr.filter(|d| d.tag() == Tag::Member) {
            return crate::protocol::slots::member_get(self, m, obj).map(Some);
        }
        // A data descriptor (with __set__ or __delete__) wins over the
        // instance dict; a plain one (only __get__) loses to it.
        let user_descr = descr.filter(|&d| is_user(d) && self.has_type_attr(d, "__get__"));
        if let Some(d) = user_descr.filter(|&d| self.is_data_descriptor(d)) {
            return self.descriptor_get(d, obj, t).map(Some);
        }
        if let Some(v) = self.values_attr(obj, name)? {
            return Ok(Some(self.incref(v)));
        }
        if let Some(d) = self.instance_dict(obj) {
            if let Some(v) = dict_get_str_key(d, name) {
                return Ok(Some(self.incref(v)));
            }
        }
        if let Some(d) = user_descr {
            return self.descriptor_get(d, obj, t).map(Some);
        }
        if let Some(v) = crate::protocol::special_attrs::get(self, obj, name)? {
            return Ok(Some(v));
        }
        if let Some(d) = descr {
            return self.bind(d, obj, t).map(Some);
        }
        if obj.tag() == Tag::Method {
            // A bound method passes other attributes on to its function
            // (CPython's `method_getattro`): `obj.f.cache_info()`.
            let f = obj.payload::<crate::types::instance::MethodObject>().func;
            return self.getattr(f, name).map(Some);
        }
        Ok(None)
    }

    pub(crate) fn no_attribute(&mut self, obj: ObjRef, name: ObjRef) -> ObjRef {
        let n = str_of(name).unwrap_or("?").to_string();
        let msg = match obj.tag() {
            Tag::Type => {
                let cn = obj.payload::<TypeObject>().name.to_string();
                format!("type object '{cn}' has no attribute '{n}'")
            }
            Tag::Module => {
                let mn = str_of(obj.payload::<ModuleObject>().name).unwrap_or("?");
                format!("module '{mn}' has no attribute '{n}'")
            }
            _ => {
                let tn = self.type_name(obj);
                format!("'{tn}' object has no attribute '{n}'")
            }
        };
        self.attr_error(msg, obj, name)
    }

    /// A module's AttributeError, with the module (from `sys.modules`) as
    /// its `obj`.
    pub(crate) fn attr_error_for_module(
        &mut self,
        msg: String,
        module: &str,
        name: ObjRef,
    ) -> ObjRef {
        let key = self.intern_borrow(module);
        match dict_get_str_key(self.modules, key) {
            Some(m) => self.attr_error(msg, m, name),
            None => self.new_error("AttributeError", msg),
        }
    }

    /// An AttributeError with its `name` and `obj` (which the traceback's
    /// "Did you mean" uses).
    pub(crate) fn attr_error(&mut self, msg: String, obj: ObjRef, name: ObjRef) -> ObjRef {
        let e = self.new_error("AttributeError", msg);
        self.set_error_attrs(e, &[("name", name), ("obj", obj)]);
        e
    }

    /// Bind an attribute found on `t`, the class of `obj`, as attribute
    /// access does: a user descriptor's `__get__`, else `bind`.
    pub(crate) fn bind_class_attr(
        &mut self,
        d: ObjRef,
        obj: ObjRef,
        t: ObjRef,
    ) -> PyResult<ObjRef> {
        if is_user(d) && self.has_type_attr(d, "__get__") {
            return self.descriptor_get(d, obj, t);
        }
        self.bind(d, obj, t)
    }

    /// Bind a class attribute found for an instance.
    fn bind(&mut self, d: ObjRef, obj: ObjRef, t: ObjRef) -> PyResult<ObjRef> {
        match d.tag() {
            Tag::Function => self.new_method(self.incref(d), self.incref(obj)),
            // A builtin type's method binds; a builtin function (`len`
            // stored as a class attribute) does not, as in CPython.
            // (A class method binds to the class.)
            Tag::Builtin
                if {
                    let b = d.payload::<BuiltinObject>();
                    b.self_.is_none() && b.owner.is_some()
                } =>
            {
                let class_method = d
                    .payload::<BuiltinObject>()
                    .owner
                    .is_some_and(|o| o.class_method);
                self.bind_builtin(d, if class_method { t } else { obj })
            }
            Tag::StaticMethod => Ok(self.incref(d.payload::<WrapperObject>().func)),
            Tag::ClassMethod => self.classmethod_get(d, t),
            _ => Ok(self.incref(d)),
        }
    }

    /// `classmethod.__get__` for the class `owner`: the wrapped callable's
    /// own `__get__(owner, owner)` when it has one (CPython 3.11 chains
    /// them: `classmethod(property(f))` reads `f(owner)`), so a function
    /// becomes a method bound to the class.
    pub(crate) fn classmethod_get(&mut self, cm: ObjRef, owner: ObjRef) -> PyResult<ObjRef> {
        let f = cm.payload::<WrapperObject>().func;
        match f.tag() {
            Tag::Property => {
                let name = self.intern_borrow("?");
                self.property_get(f, owner, name)
            }
            Tag::StaticMethod | Tag::ClassMethod => self.bind(f, owner, owner),
            _ if is_user(f) && self.has_type_attr(f, "__get__") => {
                self.descriptor_get(f, owner, owner)
            }
            _ => self.new_method(self.incref(f), self.incref(owner)),
        }
    }

    pub(crate) fn property_get(
        &mut self,
        p: ObjRef,
        obj: ObjRef,
        name: ObjRef,
    ) -> PyResult<ObjRef> {
        match p.payload::<PropertyObject>().fget {
            Some(f) => {
                // Held while it runs: the getter may delete the property.
                let p = self.incref(p);
                let r = self.with_roots(&[p], |vm| vm.call(f, &[obj]));
                self.decref(p);
                r
            }
            None => {
                let n = str_of(name).unwrap_or("?").to_string();
                let tn = self.type_name(obj);
                Err(self.new_error(
                    "AttributeError",
                    format!("property '{n}' of '{tn}' object has no getter"),
                ))
            }
        }
    }

    /// `cls.name`; when that raises AttributeError, the metaclass's
    /// `__getattr__` (CPython's slot_tp_getattr_hook).
    fn type_getattr(&mut self, cls: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let Some(meta) = cls.payload::<TypeObject>().meta.get() else {
            return self.type_getattribute(cls, name);
        };
        let key = self.intern_borrow("__getattr__");
        let Some(f) = self
            .lookup_type_attr(meta, key)
            .filter(|f| f.tag() == Tag::Function)
        else {
            return self.type_getattribute(cls, name);
        };
        let f = self.incref(f);
        let r = match self.with_roots(&[f], |vm| vm.type_getattribute(cls, name)) {
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                self.with_roots(&[f], |vm| vm.call(f, &[cls, name]))
            }
            r => r,
        };
        self.decref(f);
        r
    }

    /// `type.__getattribute__`: the class's MRO, then its metaclass's.
    fn type_getattribute(&mut self, cls: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        if let Some(v) = crate::protocol::special_attrs::type_get(self, cls, name)? {
            return Ok(v);
        }
        if let Some(d) = self
            .lookup_type_attr(cls, name)
            .filter(|&d| is_user(d) && self.has_type_attr(d, "__get__"))
        {
            let none = self.none;
            return self.descriptor_get(d, none, cls);
        }
        if let Some(v) = self.lookup_type_attr(cls, name) {
            return self.unwrap_descriptor(v, cls);
        }
        // Then the metaclass's attributes, bound to the class.
        let meta = self.type_of(cls);
        if let Some(v) = self.lookup_type_attr(meta, name) {
            if v.tag() == Tag::Property {
                return self.property_get(v, cls, name);
            }
            if is_user(v) && self.has_type_attr(v, "__get__") {
                return self.descriptor_get(v, cls, meta);
            }
            return self.bind(v, cls, meta);
        }
        let tn = cls.payload::<TypeObject>().name.to_string();
        let n = str_of(name).unwrap_or("?").to_string();
        let msg = format!("type object '{tn}' has no attribute '{n}'");
        Err(self.attr_error(msg, cls, name))
    }

    fn super_getattr(&mut self, sup: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let s = sup.payload::<crate::types::instance::SuperObject>();
        let start = s.type_;
        // An unbound super, or `__class__`: the super object's own.
        let (Some(obj), false) = (s.obj, str_of(name) == Some("__class__")) else {
            return self.super_own_attr(sup, name);
        };
        let obj_type = self.super_obj_type(sup).expect("bound");
        // The first class after `start` on the MRO (the type first) whose
        // dict has the name; none when `start` is not on it.
        let found = {
            let mro = obj_type.payload::<TypeObject>().mro.borrow();
            let mut classes = std::iter::once(obj_type).chain(mro.iter().copied());
            match classes.any(|m| m == start) {
                true => {
                    classes.find_map(|m| dict_get_str_key(m.payload::<TypeObject>().dict, name))
                }
                false => None,
            }
        };
        if let Some(v) = found {
            // `super(C, C).f` is C's f unbound; `super(M, cls).f` (cls
            // an instance of the metaclass M) binds to cls.
            if obj == obj_type {
                return self.unwrap_descriptor(v, obj);
            }
            if v.tag() == Tag::Property {
                return self.property_get(v, obj, name);
            }
            if v.tag() == Tag::Member {
                return crate::protocol::slots::member_get(self, v, obj);
            }
            return self.bind(v, obj, obj_type);
        }
        self.super_own_attr(sup, name)
    }

    /// CPython's supercheck: the class whose MRO a bound super searches. A
    /// class that derives from the start class stands for itself;
    /// anything else (an instance, or a class that is an instance of a
    /// metaclass) for its type.
    pub(crate) fn super_obj_type(&self, sup: ObjRef) -> Option<ObjRef> {
        let s = sup.payload::<crate::types::instance::SuperObject>();
        let obj = s.obj?;
        Some(
            if obj.tag() == Tag::Type && self.is_subclass(obj, s.type_) {
                obj
            } else {
                self.type_of(obj)
            },
        )
    }

    /// The super object's own attributes (`__thisclass__`, `__self__`,
    /// `__self_class__`, and the rest of `object`'s).
    fn super_own_attr(&mut self, sup: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        let s = sup.payload::<crate::types::instance::SuperObject>();
        let own = match str_of(name) {
            Some("__thisclass__") => Some(s.type_),
            Some("__self__") => Some(s.obj.unwrap_or(self.none)),
            Some("__self_class__") => Some(self.super_obj_type(sup).unwrap_or(self.none)),
            Some("__class__") => Some(self.type_of(sup)),
            _ => None,
        };
        if let Some(v) = own {
            return Ok(self.incref(v));
        }
        let t = self.type_of(sup);
        if let Some(v) = self.lookup_type_attr(t, name) {
            return self.bind_class_attr(v, sup, t);
        }
        let n = str_of(name).unwrap_or("?").to_string();
        Err(self.new_error(
            "AttributeError",
            format!("'super' object has no attribute '{n}'"),
        ))
    }

    /// `obj.name = v` (`Some`) or `del obj.name` (`None`).
    pub fn setattr(&mut self, obj: ObjRef, name: ObjRef, v: Option<ObjRef>) -> PyResult<()> {
        if is_user(obj) {
            let t = self.type_of(obj);
            let hook_name = if v.is_some() {
                self.names.setattr
            } else {
                self.names.delattr
            };
            if let Some(hook) = self
                .lookup_type_attr(t, hook_name)
                .filter(|h| h.tag() == Tag::Function)
            {
                let hook = self.incref(hook);
                let mut args = vec![obj, name];
                args.extend(v);
                let r = self.with_roots(&[hook], |vm| vm.call(hook, &args));
                self.decref(hook);
                return r.map(|r| self.decref(r));
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__`: descriptors, then the instance dict.
    pub(crate) fn generic_setattr(
        &mut self,
        obj: ObjRef,
        name: ObjRef,
        v: Option<ObjRef>,
    ) -> PyResult<()> {
        if obj.tag() == Tag::Deque {
            // (`deque.maxlen`, read-only.)
            let t = self.type_of(obj);
            if let Some(p) = self
                .lookup_type_attr(t, name)
                .filter(|d| d.tag() == Tag::Property)
            {
                return self.property_set(p, obj, name, v);
            }
        }
        match obj.tag() {
            Tag::Instance
            | Tag::Exception
            | Tag::Function
            | Tag::Subclass
            | Tag::StaticMethod
            | Tag::ClassMethod
            | Tag::Partial => {
                let t = self.type_of(obj);
                if let Some(p) = self
                    .lookup_type_attr(t, name)
                    .filter(|d| d.tag() == Tag::Property)
                {
                    return self.property_set(p, obj, name, v);
                }
                if let Some(m) = self
                    .lookup_type_attr(t, name)
                    .filter(|d| d.tag() == Tag::Member)
                {
                    return crate::protocol::slots::member_set(self, m, obj, v);
                }
                let hook = if v.is_some() { "__set__" } else { "__delete__" };
                if let Some(d) = self
                    .lookup_type_attr(t, name)
                    .filter(|&d| is_user(d) && self.has_type_attr(d, hook))
                {
                    let d = self.incref(d);
                    let mut args = vec![obj];
                    args.extend(v);
                    let r = self.with_roots(&[d], |vm| vm.try_dunder(d, hook, &args));
                    self.decref(d);
                    self.decref_opt(r?);
                    return Ok(());
                }
                if let Some(r) = crate::protocol::special_attrs::set(self, obj, name, v)? {
                    return Ok(r);
                }
                let d = match self.attribute_dict(obj)? {
                    Some(d) => d,
                    None if !matches!(obj.tag(), Tag::Instance | Tag::Subclass) => {
                        self.create_instance_dict(obj)?
                    }
                    None if v.is_some() && crate::protocol::slots::has_dict(self, obj) => {
                        self.create_instance_dict(obj)?
                    }
                    None => return Err(self.no_attribute(obj, name)),
                };
                self.instance_dict_store(d, obj, name, v)
            }
            Tag::Type => self.type_setattr(obj, name, v),
            Tag::Module => {
                let d = obj.payload::<ModuleObject>().dict;
                self.dict_store(d, obj, name, v)
            }
            Tag::Generator if self.set_generator_attr(obj, str_of(name).unwrap_or(""), v)? => {
                Ok(())
            }
            _ if matches!(
                str_of(name),
                Some("__class__" | "tb_next" | "cell_contents")
            ) =>
            {
                if let Some(r) = crate::protocol::special_attrs::set(self, obj, name, v)? {
                    return Ok(r);
                }
                Err(self.no_attribute(obj, name))
            }
            _ => {
                let t = self.type_of(obj);
                let tn = self.type_name(obj);
                let n = str_of(name).unwrap_or("?").to_string();
                if self.lookup_type_attr(t, name).is_some() {
                    return Err(self.new_error(
                        "AttributeError",
                        format!("'{tn}' object attribute '{n}' is read-only"),
                    ));
                }
                Err(self.new_error(
                    "AttributeError",
                    format!("'{tn}' object has no attribute '{n}'"),
                ))
            }
        }
    }

    fn dict_store(
        &mut self,
        d: ObjRef,
        obj: ObjRef,
        name: ObjRef,
        v: Option<ObjRef>,
    ) -> PyResult<()> {
        match v {
            Some(v) => self.dict_set(d, name, v),
            None => {
                if self.dict_del(d, name)? {
                    Ok(())
                } else {
                    Err(self.no_attribute(obj, name))
                }
            }
        }
    }

    /// Store (or delete) `name` in `obj`'s attribute dict `d`. A name that
    /// did not fit the class's shared keys makes the dict the instance's
    /// own dict object, as in CPython.
    pub(crate) fn instance_dict_store(
        &mut self,
        d: ObjRef,
        obj: ObjRef,
        name: ObjRef,
        v: Option<ObjRef>,
    ) -> PyResult<()> {
        let shared = crate::types::dict::dict_of(d).is_some_and(|x| x.shared_id() != 0);
        let r = match self.add_exact_str(d, name, v) {
            Some(r) => r,
            None => self.dict_store(d, obj, name, v),
        };
        if shared && crate::types::dict::dict_of(d).is_some_and(|x| x.shared_id() == 0) {
            self.materialize_instance_dict(d);
        }
        r
    }

    /// `dict_set(d, name, v)` when `name` is an exact str the dict lacks
    /// and finding that out runs no code (a new attribute, most often in
    /// `__init__`), without the general insert's hashing and comparing;
    /// None, nothing done, otherwise.
    #[inline]
    fn add_exact_str(
        &mut self,
        d: ObjRef,
        name: ObjRef,
        v: Option<ObjRef>,
    ) -> Option<PyResult<()>> {
        let v = v?;
        let remade = crate::types::dict::dict_of(d)?.add_exact_str(name, v)?;
        self.incref(name);
        self.incref(v);
        self.maintain_tracking(d, name, v);
        Some(match remade {
            true => self.sync_account(d),
            false => Ok(()),
        })
    }

    /// Give `obj` its `__dict__`; an instance's is hidden until the
    /// program asks for it (see `DictObject::is_hidden`).
    pub(crate) fn create_instance_dict(&mut self, obj: ObjRef) -> PyResult<ObjRef> {
        let managed = match obj.tag() {
            Tag::Instance => true,
            Tag::Subclass => crate::types::sharedkeys::managed_base(obj.vtable().name),
            _ => false,
        };
        let d = if managed {
            self.new_split_instance_dict(obj)?
        } else {
            self.new_dict()?
        };
        match obj.tag() {
            Tag::Exception => obj.payload::<ExceptionObject>().dict.set(Some(d)),
            Tag::Function => obj.payload::<FunctionObject>().dict.set(Some(d)),
            Tag::StaticMethod | Tag::ClassMethod => {
                obj.payload::<WrapperObject>().dict.set(Some(d))
            }
            Tag::Subclass => crate::object::sub_ext(obj).dict.set(Some(d)),
            Tag::Partial => obj
                .payload::<crate::types::partial::PartialObject>()
                .dict
                .set(Some(d)),
            _ => obj.payload::<InstanceObject>().dict.set(Some(d)),
        }
        Ok(d)
    }

    pub(crate) fn property_set(
        &mut self,
        p: ObjRef,
        obj: ObjRef,
        name: ObjRef,
        v: Option<ObjRef>,
    ) -> PyResult<()> {
        let prop = p.payload::<PropertyObject>();
        let (f, what) = if v.is_some() {
            (prop.fset, "setter")
        } else {
            (prop.fdel, "deleter")
        };
        let Some(f) = f else {
            let n = str_of(name).unwrap_or("?").to_string();
            let tn = self.type_name(obj);
            return Err(self.new_error(
                "AttributeError",
                format!("property '{n}' of '{tn}' object has no {what}"),
            ));
        };
        let mut args = vec![obj];
        args.extend(v);
        let p = self.incref(p);
        let r = self.with_roots(&[p], |vm| vm.call(f, &args));
        self.decref(p);
        self.decref(r?);
        Ok(())
    }

    fn type_setattr(&mut self, cls: ObjRef, name: ObjRef, v: Option<ObjRef>) -> PyResult<()> {
        let t = cls.payload::<TypeObject>();
        if t.is_builtin {
            let n = str_of(name).unwrap_or("?").to_string();
            return Err(self.type_error(format!(
                "cannot set '{n}' attribute of immutable type '{}'",
                t.name
            )));
        }
        match (str_of(name), v) {
            (Some(n @ ("__name__" | "__qualname__" | "__module__")), None) => {
                return Err(self.type_error(format!(
                    "cannot delete '{n}' attribute of immutable type '{}'",
                    t.name
                )));
            }
            (Some(n @ ("__name__" | "__qualname__")), Some(v)) => {
                let Some(s) = str_of(v) else {
                    let tn = self.type_name(v);
                    return Err(self.type_error(format!(
                        "can only assign string to {}.{n}, not '{tn}'",
                        t.name
                    )));
                };
                if n == "__qualname__" {
                    t.qualname.set(s);
                } else if s.contains('\0') {
                    return Err(
                        self.value_error("type name must not contain null characters".to_string())
                    );
                } else {
                    t.name.set(s);
                }
                return Ok(());
            }
            _ => {}
        }
        let d = t.dict;
        self.dict_store(d, cls, name, v)?;
        if name == self.names.del || str_of(name) == Some("__getattribute__") {
            crate::protocol::class::refresh_has_del(self, cls);
        }
        Ok(())
    }

    /// Does the type of `o` define `name` (a dunder)?
    pub(crate) fn has_type_attr(&mut self, o: ObjRef, name: &str) -> bool {
        let t = self.type_of(o);
        let key = self.intern_borrow(name);
        self.lookup_type_attr(t, key).is_some()
    }

    fn is_data_descriptor(&mut self, d: ObjRef) -> bool {
        self.has_type_attr(d, "__set__") || self.has_type_attr(d, "__delete__")
    }

    /// `d.__get__(obj, owner)` for a user descriptor found on a class.
    fn descriptor_get(&mut self, d: ObjRef, obj: ObjRef, owner: ObjRef) -> PyResult<ObjRef> {
        // CPython's `slot_tp_descr_get`: the type's `__get__` called as
        // found, unbound, with the descriptor first (a `__get__` that is
        // itself an instance with a `__get__` is called, not bound again).
        let t = self.type_of(d);
        let Some(get) = self.lookup_type_attr(t, self.names.get) else {
            return Ok(self.incref(d));
        };
        let (d, get) = (self.incref(d), self.incref(get));
        let r = self.with_roots(&[d, get], |vm| vm.call(get, &[d, obj, owner]));
        self.decref(get);
        self.decref(d);
        r
    }

    /// The bound-method pieces of a method object (for `__func__`, `__self__`).
    pub(crate) fn method_parts(&self, m: ObjRef) -> (ObjRef, ObjRef) {
        let p = m.payload::<MethodObject>();
        (p.func, p.self_)
    }
}
