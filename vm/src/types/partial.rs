//! `functools.partial` (CPython's `Modules/_functoolsmodule.c`): a
//! function with some arguments given ahead, native as CPython's is, so
//! that what a program measures through it is CPython's.
//!
//! - A call passes the stored arguments and the caller's straight to the
//!   function (`partial_vectorcall`): no tuple is made and no reference
//!   added, so `sys.getrefcount(arg)` inside the function reads as for a
//!   direct call, one more. With stored keywords the call goes the way of
//!   `partial_call`: the caller's arguments become a tuple and a dict, the
//!   stored and given ones are merged into new ones, and the function gets
//!   them unpacked again (`_PyStack_UnpackDict`).
//! - The object holds its function, its argument tuple, its keyword dict
//!   (always one, empty and untracked when there are none), a `__dict__`
//!   made on demand and, as CPython's heap type does, its type: traversed
//!   and released in that order (`partial_traverse`, `partial_clear`).
//! - `partial(p, ...)` of a partial with no `__dict__` whose class calls as
//!   partial does flattens it into one.
//! - Subclasses get the subclass layout (`types/subclass.rs`).

use crate::builtins::check_args;
use crate::interp::call::CallArgs;
use crate::object::{take_opt, ObjExt, Refs, Tag};
use crate::payload;
use crate::types::dict::dict_of;
use crate::types::tuple::tuple_items;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
use std::cell::Cell;

/// The name of the type, as `tp_name` gives it.
pub const T: &str = "functools.partial";

pub struct PartialObject {
    pub func: Cell<Option<ObjRef>>,
    /// A tuple.
    pub args: Cell<Option<ObjRef>>,
    /// A dict, never None while the object lives.
    pub kw: Cell<Option<ObjRef>>,
    pub dict: Cell<Option<ObjRef>>,
    /// The type, held by an exact partial (a subclass instance holds its
    /// class in its subclass words).
    pub ty: Cell<Option<ObjRef>>,
}

impl Refs for PartialObject {
    fn traverse(&self, visit: Visit<'_>) {
        for c in [&self.ty, &self.func, &self.args, &self.kw, &self.dict] {
            if let Some(o) = c.get() {
                visit(o);
            }
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        for c in [&self.func, &self.args, &self.kw, &self.dict, &self.ty] {
            take_opt(c, out);
        }
    }
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        for c in [&self.func, &self.args, &self.kw, &self.dict] {
            take_opt(c, out);
        }
    }
}

pub static PARTIAL_VT: TypeVTable =
    crate::object::refs_vtable::<PartialObject>(T, Tag::Partial, true);
payload!(PartialObject, PARTIAL_VT, super::subclass::PARTIAL_SUB_VT);

/// The partial payload of `o`, exact or a subclass instance.
pub fn partial_of<'a>(o: ObjRef) -> Option<&'a PartialObject> {
    o.get::<PartialObject>()
}

/// The three parts a call needs, or None once a collection cleared them.
fn parts(p: &PartialObject) -> Option<(ObjRef, ObjRef, ObjRef)> {
    Some((p.func.get()?, p.args.get()?, p.kw.get()?))
}

impl<C: Collector> Vm<C> {
    /// `cls(func, *args, **keywords)` for `cls` partial or a subclass
    /// (`partial_new`); `args` are borrowed.
    pub(crate) fn new_partial(&mut self, cls: ObjRef, args: &CallArgs) -> PyResult<ObjRef> {
        let Some(&first) = args.pos.first() else {
            return Err(self.type_error("type 'partial' takes at least one argument".to_string()));
        };
        let (mut func, mut pargs, mut pkw) = (first, None, None);
        if let Some(inner) = partial_of(first).filter(|_| self.calls_as_partial(first)) {
            if inner.dict.get().is_none() {
                if let Some((f, a, k)) = parts(inner) {
                    (func, pargs, pkw) = (f, Some(a), Some(k));
                }
            }
        }
        if !self.is_callable(func) {
            return Err(self.type_error("the first argument must be callable".to_string()));
        }
        let given: Vec<ObjRef> = args.pos[1..].iter().map(|&a| self.incref(a)).collect();
        let stored: Vec<ObjRef> = pargs
            .and_then(tuple_items)
            .unwrap_or(&[])
            .iter()
            .map(|&a| self.incref(a))
            .collect();
        let all: Vec<ObjRef> = stored.into_iter().chain(given).collect();
        let t = self.new_tuple(all)?;
        let kw = match pkw.filter(|&k| dict_of(k).is_some_and(|d| !d.is_empty())) {
            Some(k) => self.with_roots(&[t], |vm| vm.dict_copy(k)),
            None => self.with_roots(&[t], |vm| vm.new_dict()),
        };
        let kw = match kw {
            Ok(kw) => kw,
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref(t));
                return Err(e);
            }
        };
        let payload = PartialObject {
            func: Cell::new(Some(self.incref(func))),
            args: Cell::new(Some(t)),
            kw: Cell::new(Some(kw)),
            dict: Cell::new(None),
            ty: Cell::new(None),
        };
        let exact = cls == self.types.get(T);
        let p = if exact {
            payload.ty.set(Some(self.incref(cls)));
            self.alloc(&PARTIAL_VT, payload)?
        } else {
            self.alloc_sub(&PARTIAL_VT, payload, &[], cls)?
        };
        // The keywords go in with the object rooted (a key's `__eq__` may
        // run when the stored keywords are overridden).
        let filled = self.with_roots(&[p], |vm| {
            for &(k, v) in &args.kw {
                vm.dict_set(kw, k, v)?;
            }
            Ok(())
        });
        match filled {
            Ok(()) => Ok(p),
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref(p));
                Err(e)
            }
        }
    }

    /// Does calling `o` (a partial or a subclass instance) run partial's
    /// own call (CPython checks `tp_call == partial_call`)?
    fn calls_as_partial(&self, o: ObjRef) -> bool {
        let t = self.type_of(o);
        let base = self.types.get(T);
        let call = self.names.call;
        t == base || self.lookup_type_attr(t, call) == self.lookup_type_attr(base, call)
    }

    /// `p(*args, **kw)` (borrowed arguments).
    pub(crate) fn call_partial(&mut self, p: ObjRef, args: &CallArgs) -> PyResult<ObjRef> {
        let Some((func, pargs, pkw)) = partial_of(p).and_then(parts) else {
            return Err(self.type_error("'functools.partial' object is not callable".to_string()));
        };
        // Held while the function runs: it may change the partial
        // (`__setstate__`) under its own call.
        let held = [self.incref(func), self.incref(pargs), self.incref(pkw)];
        let stored = dict_of(pkw).map_or(0, |d| d.len());
        let r = self.with_roots(&held, |vm| {
            if stored == 0 {
                let mut pos = tuple_items(pargs).unwrap_or(&[]).to_vec();
                pos.extend_from_slice(&args.pos);
                let kw = args.kw.clone();
                vm.call_args(func, &CallArgs { pos, kw })
            } else {
                vm.call_partial_with_keywords(func, pargs, pkw, args)
            }
        });
        self.decref_all(held);
        r
    }

    /// `partial_call` with stored keywords: the arguments as a tuple and a
    /// dict (`_PyObject_MakeTpCall`), merged with the stored ones, then
    /// unpacked for the function (`_PyStack_UnpackDict`), all held until
    /// it returns.
    fn call_partial_with_keywords(
        &mut self,
        func: ObjRef,
        pargs: ObjRef,
        pkw: ObjRef,
        args: &CallArgs,
    ) -> PyResult<ObjRef> {
        let mut made: Vec<ObjRef> = Vec::new();
        let r = (|| {
            let given: Vec<ObjRef> = args.pos.iter().map(|&a| self.incref(a)).collect();
            made.push(self.new_tuple(given)?);
            let kwd = self.with_roots(&made, |vm| vm.new_dict())?;
            made.push(kwd);
            for &(k, v) in &args.kw {
                self.with_roots(&made, |vm| vm.dict_set(kwd, k, v))?;
            }
            // (With no stored arguments the tuple of the given ones is
            // used as it is.)
            let stored = tuple_items(pargs).unwrap_or(&[]);
            let args2 = if stored.is_empty() {
                made[0]
            } else {
                let all: Vec<ObjRef> = stored
                    .iter()
                    .chain(tuple_items(made[0]).unwrap_or(&[]))
                    .map(|&a| self.incref(a))
                    .collect();
                let t = self.with_roots(&made, |vm| vm.new_tuple(all))?;
                made.push(t);
                t
            };
            let kw2 = self.with_roots(&made, |vm| vm.dict_copy(pkw))?;
            made.push(kw2);
            self.with_roots(&made, |vm| vm.dict_update(kw2, kwd, false))?;
            let pos: Vec<ObjRef> = tuple_items(args2)
                .unwrap_or(&[])
                .iter()
                .map(|&a| self.incref(a))
                .collect();
            let kw: Vec<(ObjRef, ObjRef)> = dict_of(kw2)
                .expect("a dict")
                .snapshot()
                .into_iter()
                .map(|e| (e.key, self.incref(e.value)))
                .collect();
            // The unpacked references are rooted with the rest (the
            // verifier counts every reference a root holds).
            made.extend(&pos);
            made.extend(kw.iter().map(|&(_, v)| v));
            let call = CallArgs { pos, kw };
            self.with_roots(&made, |vm| vm.call_args(func, &call))
        })();
        self.decref_all(made);
        r
    }
}

/// The partial a method was called on.
fn me<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<ObjRef> {
    match args.pos.first() {
        Some(&p) if partial_of(p).is_some() => Ok(p),
        _ => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'functools.partial' object"
        ))),
    }
}

/// `partial(func, *args, **keywords)`: the type comes first.
fn ctor<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let call = args.after_first();
    vm.new_partial(args.pos[0], &call)
}

/// `p.__call__(*args, **kw)` (a subclass instance is called this way).
fn call<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let p = me(vm, &args, "__call__")?;
    let call = args.after_first();
    vm.call_partial(p, &call)
}

/// `repr(p)`: `functools.partial(func, 1, x=2)`, the subclass's name for
/// a subclass, `...` inside itself (CPython's `Py_ReprEnter`).
fn repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    let p = me(vm, &args, "__repr__")?;
    if vm.repr_stack.contains(&p) {
        return vm.new_str("...");
    }
    let Some((func, pargs, pkw)) = partial_of(p).and_then(parts) else {
        return vm.new_str("functools.partial(...)");
    };
    let held = [vm.incref(func), vm.incref(pargs), vm.incref(pkw)];
    vm.repr_stack.push(p);
    let text = vm.with_roots(&held, |vm| {
        let mut list = String::new();
        for &a in tuple_items(pargs).unwrap_or(&[]) {
            list.push_str(", ");
            list.push_str(&vm.repr_string(a)?);
        }
        for e in dict_of(pkw).expect("a dict").snapshot() {
            let (k, v) = (vm.incref(e.key), vm.incref(e.value));
            let r = vm.with_roots(&[k, v], |vm| {
                Ok(format!(", {}={}", vm.str_string(k)?, vm.repr_string(v)?))
            });
            vm.decref_all([k, v]);
            list.push_str(&r?);
        }
        Ok::<_, ObjRef>(format!("({}{list})", vm.repr_string(func)?))
    });
    vm.repr_stack.pop();
    vm.decref_all(held);
    let name = if p.tag() == Tag::Partial {
        T.to_string()
    } else {
        let t = vm.type_of(p);
        t.payload::<crate::types::typeobj::TypeObject>()
            .name
            .to_string()
    };
    let text = text?;
    vm.new_string(format!("{name}{text}"))
}

/// `p.__reduce__()`: `(type(p), (func,), (func, args, keywords or None,
/// __dict__ or None))`.
fn reduce<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__reduce__", 1, 1)?;
    let p = me(vm, &args, "__reduce__")?;
    let po = partial_of(p).expect("a partial");
    let Some((func, pargs, pkw)) = parts(po) else {
        return Err(vm.type_error("a cleared partial cannot be reduced".to_string()));
    };
    let kw = if dict_of(pkw).is_some_and(|d| !d.is_empty()) {
        pkw
    } else {
        vm.none
    };
    let dict = po.dict.get().unwrap_or(vm.none);
    let state = [func, pargs, kw, dict].map(|o| vm.incref(o));
    let state = vm.new_tuple(state.to_vec())?;
    let f = vm.incref(func);
    let ctor_args = vm.with_roots(&[state], |vm| vm.new_tuple(vec![f]));
    let ctor_args = match ctor_args {
        Ok(a) => a,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(state));
            return Err(e);
        }
    };
    let t = vm.incref(vm.type_of(p));
    vm.new_tuple(vec![t, ctor_args, state])
}

/// `p.__setstate__((func, args, keywords, dict))`, as `partial_setstate`.
fn setstate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__setstate__", 2, 2)?;
    let p = me(vm, &args, "__setstate__")?;
    let invalid = |vm: &mut Vm<C>| Err(vm.type_error("invalid partial state".to_string()));
    let state = match tuple_items(args.pos[1]) {
        Some(s) if args.pos[1].tag() == Tag::Tuple && s.len() == 4 => s,
        _ => return invalid(vm),
    };
    let [func, fargs, kw, dict] = [state[0], state[1], state[2], state[3]];
    let none = vm.none;
    // (CPython takes any object as the `__dict__`; ouro's attribute code
    // needs a dict there, so anything else is refused as invalid.)
    if !vm.is_callable(func)
        || tuple_items(fargs).is_none()
        || (kw != none && dict_of(kw).is_none())
        || (dict != none && dict_of(dict).is_none())
    {
        return invalid(vm);
    }
    let fargs = if fargs.tag() == Tag::Tuple {
        vm.incref(fargs)
    } else {
        let items = tuple_items(fargs).unwrap_or(&[]).to_vec();
        let items = items.into_iter().map(|a| vm.incref(a)).collect();
        vm.new_tuple(items)?
    };
    let kw = match kw {
        k if k == none => vm.with_roots(&[fargs], |vm| vm.new_dict()),
        k if k.tag() == Tag::Dict => Ok(vm.incref(k)),
        k => vm.with_roots(&[fargs], |vm| vm.dict_copy(k)),
    };
    let kw = match kw {
        Ok(k) => k,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(fargs));
            return Err(e);
        }
    };
    let dict = (dict != none).then(|| vm.incref(dict));
    let po = partial_of(p).expect("a partial");
    let old = [
        po.func.replace(Some(vm.incref(func))),
        po.args.replace(Some(fargs)),
        po.kw.replace(Some(kw)),
        po.dict.replace(dict),
    ];
    vm.decref_all(old.into_iter().flatten());
    Ok(vm.new_none())
}

/// The getter of `func`, `args` or `keywords`.
fn part<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, which: usize) -> PyResult<ObjRef> {
    let p = me(vm, args, "partial attribute")?;
    let po = partial_of(p).expect("a partial");
    let v = [&po.func, &po.args, &po.kw][which].get();
    Ok(vm.incref(v.unwrap_or(vm.none)))
}

fn get_func<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    part(vm, &args, 0)
}

fn get_args<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    part(vm, &args, 1)
}

fn get_keywords<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    part(vm, &args, 2)
}

/// The setter and deleter of the three read-only members.
fn readonly<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    Err(vm.new_error("AttributeError", "readonly attribute".to_string()))
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    crate::builtins::set_ctor(vm, T, ctor);
    let fns: &[(&'static str, crate::vm::NativeFn<C>)] = &[
        ("__call__", call),
        ("__repr__", repr),
        ("__reduce__", reduce),
        ("__setstate__", setstate),
    ];
    for &(name, f) in fns {
        crate::builtins::def_method(vm, T, name, f);
    }
    crate::builtins::def_classmethod(
        vm,
        T,
        "__class_getitem__",
        crate::protocol::subscript::class_getitem_alias,
    );
    let members: &[(&'static str, crate::vm::NativeFn<C>, &str)] = &[
        (
            "func",
            get_func,
            "function object to use in future partial calls",
        ),
        (
            "args",
            get_args,
            "tuple of arguments to future partial calls",
        ),
        (
            "keywords",
            get_keywords,
            "dictionary of keyword arguments to future partial calls",
        ),
    ];
    for &(name, get, doc) in members {
        crate::builtins::def_property(vm, T, name, get, Some(readonly), doc);
    }
}
