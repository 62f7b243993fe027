//! Metaclasses: `class A(metaclass=M)`, the metaclass derived from the
//! bases, `__prepare__`, and `type`'s own `__new__`/`__init__`/`__call__`
//! that a metaclass reaches through `super()` (CPython's `type_new`,
//! `type_call`, `_PyType_CalculateMetaclass`, `builtin___build_class__`).
//!
//! A class whose metaclass is not `type` records it in `TypeObject::meta`;
//! `type_of` answers it, and `ops::is_user` treats such a class as an
//! instance of a user class, so `len(Color)`, `Color[...]`, `repr(Color)`
//! and `for m in Color` find the metaclass's dunders.

use crate::builtins::{check_args, def_classmethod, def_method, def_staticmethod};
use crate::interp::call::CallArgs;
use crate::object::{ObjExt, Tag};
use crate::types::str::str_of;
use crate::types::typeobj::TypeObject;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

impl<C: Collector> Vm<C> {
    /// CPython's `_PyType_CalculateMetaclass`: the most derived of `meta`
    /// and the bases' metaclasses, which must form a chain.
    pub(crate) fn calculate_metaclass(
        &mut self,
        meta: ObjRef,
        bases: &[ObjRef],
    ) -> PyResult<ObjRef> {
        let mut winner = meta;
        for &b in bases {
            let t = self.type_of(b);
            if self.is_subclass(winner, t) {
                continue;
            }
            if self.is_subclass(t, winner) {
                winner = t;
                continue;
            }
            return Err(self.type_error(
                "metaclass conflict: the metaclass of a derived class must be a (non-strict) \
                 subclass of the metaclasses of all its bases"
                    .to_string(),
            ));
        }
        Ok(winner)
    }

    /// The namespace for a class body: `meta.__prepare__(name, bases,
    /// **kw)`, which must give a dict (or an instance of a dict subclass,
    /// whose `__setitem__` then sees each assignment of the body).
    pub(crate) fn prepare_namespace(
        &mut self,
        meta: ObjRef,
        name: ObjRef,
        bases: ObjRef,
        kw: &[(ObjRef, ObjRef)],
    ) -> PyResult<ObjRef> {
        if meta == self.types.type_ {
            return self.new_dict();
        }
        let prepare = match self.getattr_str(meta, "__prepare__") {
            Ok(p) => p,
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                return self.new_dict();
            }
            Err(e) => return Err(e),
        };
        let args = CallArgs {
            pos: vec![name, bases],
            kw: kw.to_vec(),
        };
        let ns = self.using(prepare, |vm, p| vm.call_args(p, &args))?;
        if crate::types::dict::dict_of(ns).is_none() {
            let mn = match meta.get::<TypeObject>() {
                Some(t) => t.name.to_string(),
                None => self.type_name(meta),
            };
            let tn = self.type_name(ns);
            self.decref(ns);
            return Err(self.type_error(format!(
                "{mn}.__prepare__() must return a mapping, not {tn}"
            )));
        }
        Ok(ns)
    }

    /// `type.__new__(mcs, name, bases, ns, **kw)`: a new class whose
    /// metaclass is the most derived of `mcs` and the bases' (a more
    /// derived one with its own `__new__` makes it instead), then
    /// `__set_name__` and `__init_subclass__(**kw)`.
    pub(crate) fn type_new(
        &mut self,
        mcs: ObjRef,
        args: &[ObjRef],
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult<ObjRef> {
        let [name, bases, ns] = args else {
            return Err(self.type_error("type.__new__() takes exactly 3 arguments".to_string()));
        };
        let Some(name_s) = str_of(*name).map(str::to_string) else {
            let tn = self.type_name(*name);
            return Err(self.type_error(format!("type.__new__() argument 1 must be str, not {tn}")));
        };
        let Some(base_list) = self.tuple_of(*bases) else {
            let tn = self.type_name(*bases);
            return Err(
                self.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}"))
            );
        };
        if crate::types::dict::dict_of(*ns).is_none() {
            let tn = self.type_name(*ns);
            return Err(
                self.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"))
            );
        }
        let winner = self.calculate_metaclass(mcs, &base_list)?;
        if winner != mcs && self.own_new(winner) {
            let new = self.getattr_str(winner, "__new__")?;
            let mut pos = vec![winner];
            pos.extend_from_slice(args);
            let call = CallArgs { pos, kw };
            return self.using(new, |vm, new| vm.call_args(new, &call));
        }
        let cls = crate::protocol::class::make_class(self, &name_s, &base_list, *ns)?;
        if winner != self.types.type_ {
            let t = cls.payload::<TypeObject>();
            t.meta.set(Some(self.incref(winner)));
            crate::protocol::class::refresh_has_del(self, cls);
        }
        match self.with_roots(&[cls], |vm| {
            crate::protocol::class::class_hooks(vm, cls, kw)
        }) {
            Ok(()) => Ok(cls),
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref(cls));
                Err(e)
            }
        }
    }

    /// Does the metaclass `m` define `__new__` in a class of its own
    /// (not `type`'s)?
    fn own_new(&mut self, m: ObjRef) -> bool {
        let key = self.names.new;
        self.lookup_type_attr(m, key)
            .is_some_and(|f| f.tag() != Tag::Builtin)
    }

    /// The user `__call__` of the metaclass of `cls`, if it has one
    /// (borrowed): calling the class calls it.
    pub(crate) fn meta_call(&mut self, cls: ObjRef) -> Option<ObjRef> {
        let meta = cls.payload::<TypeObject>().meta.get()?;
        let key = self.names.call;
        self.lookup_type_attr(meta, key)
            .filter(|f| f.tag() != Tag::Builtin)
    }

    /// `isinstance(o, cls)` with the metaclass's `__instancecheck__`.
    pub(crate) fn instance_check(&mut self, o: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if self.type_of(o) == cls {
            return Ok(true);
        }
        if crate::protocol::ops::is_user(cls) {
            if let Some(r) = self.call_special(cls, "__instancecheck__", &[o])? {
                return self.truth_owned(r);
            }
        }
        if self.is_instance(o, cls) {
            return Ok(true);
        }
        // `object_isinstance`: else the class `o.__class__` claims (a proxy
        // passes on its referent's). Asked only of a class that defines
        // `__class__` itself or its own `__getattribute__`: for every
        // other object it is its type.
        if !crate::protocol::ops::is_user(o) {
            return Ok(false);
        }
        let t = self.type_of(o);
        let key = self.intern_borrow("__class__");
        let custom = self.lookup_type_attr(t, key).is_some()
            || t.payload::<crate::types::typeobj::TypeObject>()
                .has_getattribute
                .get();
        if !custom {
            return Ok(false);
        }
        let claimed = match self.getattr(o, key) {
            Ok(c) => c,
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                return Ok(false);
            }
            Err(e) => return Err(e),
        };
        let r = claimed != t && claimed.tag() == Tag::Type && self.is_subclass(claimed, cls);
        self.decref(claimed);
        Ok(r)
    }

    /// `issubclass(sub, cls)` with the metaclass's `__subclasscheck__`.
    pub(crate) fn subclass_check(&mut self, sub: ObjRef, cls: ObjRef) -> PyResult<bool> {
        if crate::protocol::ops::is_user(cls) {
            if let Some(r) = self.call_special(cls, "__subclasscheck__", &[sub])? {
                return self.truth_owned(r);
            }
        }
        Ok(self.is_subclass(sub, cls))
    }
}

/// `type.__new__(mcs, ...)`: with one argument after `mcs`, `type(x)`.
fn new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let Some(&mcs) = args.pos.first() else {
        return Err(vm.type_error("type.__new__(): not enough arguments".to_string()));
    };
    let type_ = vm.types.type_;
    if mcs.tag() != Tag::Type || !vm.is_subclass(mcs, type_) {
        let tn = match mcs.get::<TypeObject>() {
            Some(t) => t.name.to_string(),
            None => vm.type_name(mcs),
        };
        return Err(vm.type_error(format!("type.__new__({tn}): {tn} is not a subtype of type")));
    }
    if args.pos.len() == 2 && mcs == type_ && args.kwnames.is_empty() {
        return Ok(vm.incref(vm.type_of(args.pos[1])));
    }
    vm.type_new(mcs, &args.pos[1..], args.kw_pairs())
}

/// `type.__init__(cls, ...)`: nothing to do (the class is made).
fn init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let n = args.pos.len();
    if n != 2 && n != 4 {
        return Err(vm.type_error("type.__init__() takes 1 or 3 arguments".to_string()));
    }
    Ok(vm.new_none())
}

/// `type.__call__(cls, *args, **kw)`: make and initialise an instance,
/// without the metaclass's own `__call__` (which is what calls this).
fn call<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let Some(&cls) = args.pos.first().filter(|c| c.tag() == Tag::Type) else {
        return Err(vm.type_error("descriptor '__call__' requires a 'type' object".to_string()));
    };
    let call = CallArgs {
        pos: args.pos[1..].iter().map(|&a| vm.incref(a)).collect(),
        kw: args
            .kwnames
            .iter()
            .zip(args.kwvals)
            // (The names are borrowed, as in every `CallArgs`.)
            .map(|(&k, &v)| (k, vm.incref(v)))
            .collect(),
    };
    let r = vm.instantiate_plain(vm.incref(cls), call, false)?;
    Ok(r.expect("a call outside the loop returns its result"))
}

/// `type.__prepare__(name, bases, **kw)`: an empty dict.
fn prepare<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    vm.new_dict()
}

fn repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    vm.builtin_repr_object(args.pos[0])
}

fn instancecheck<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__instancecheck__", 2, 2)?;
    let r = vm.is_instance(args.pos[1], args.pos[0]);
    Ok(vm.new_bool(r))
}

fn subclasscheck<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__subclasscheck__", 2, 2)?;
    let r = vm.is_subclass(args.pos[1], args.pos[0]);
    Ok(vm.new_bool(r))
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    def_staticmethod(vm, "type", "__new__", new);
    def_method(vm, "type", "__init__", init);
    def_method(vm, "type", "__call__", call);
    def_method(vm, "type", "__repr__", repr);
    def_method(vm, "type", "__instancecheck__", instancecheck);
    def_method(vm, "type", "__subclasscheck__", subclasscheck);
    def_classmethod(vm, "type", "__prepare__", prepare);
}
