//! Methods every object has (`object.__init__`, `__repr__`, `__str__`,
//! ...), those of exceptions, of `type`, and of `property`.

use crate::builtins::{attr_name, check_args, def_method};
use crate::object::{ObjExt, Tag};
use crate::types::function::BuiltinObject;
use crate::types::instance::{PropertyObject, PROPERTY_VT};
use crate::types::typeobj::TypeObject;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    def_method(vm, "object", "__init__", object_init);
    def_method(vm, "object", "__repr__", object_repr);
    def_method(vm, "object", "__str__", object_str);
    def_method(vm, "object", "__setattr__", object_setattr);
    def_method(vm, "object", "__delattr__", object_delattr);
    def_method(vm, "type", "__setattr__", type_setattr);
    def_method(vm, "type", "__delattr__", type_delattr);
    def_method(vm, "object", "__getattribute__", object_getattribute);
    def_method(vm, "object", "__eq__", object_eq);
    def_method(vm, "object", "__ne__", object_ne);
    def_method(vm, "object", "__hash__", object_hash);
    def_method(vm, "object", "__new__", object_new);
    crate::builtins::def_classmethod(vm, "object", "__init_subclass__", init_subclass);
    crate::builtins::def_classmethod(vm, "object", "__subclasshook__", subclasshook);
    for t in [
        "list",
        "dict",
        "tuple",
        "set",
        "frozenset",
        "enumerate",
        "BaseExceptionGroup",
        "collections.deque",
    ] {
        crate::builtins::def_classmethod(
            vm,
            t,
            "__class_getitem__",
            crate::protocol::subscript::class_getitem_alias,
        );
    }
    def_method(vm, "object", "__sizeof__", object_sizeof);
    def_method(vm, "object", "__format__", object_format);
    def_method(vm, "object", "__reduce_ex__", object_reduce_ex);
    def_method(vm, "object", "__reduce__", object_reduce);
    def_method(vm, "object", "__getstate__", object_getstate);
    def_method(vm, "object", "__dir__", object_dir);
    for name in ["__lt__", "__le__", "__gt__", "__ge__"] {
        def_method(vm, "object", name, object_order);
    }
    def_method(vm, "BaseException", "__init__", exc_init);
    def_method(vm, "BaseException", "__repr__", exc_repr);
    def_method(vm, "BaseException", "__str__", exc_str);
    def_method(vm, "BaseException", "with_traceback", exc_with_traceback);
    def_method(vm, "BaseException", "add_note", exc_add_note);
    def_method(vm, "BaseException", "__reduce__", exc_reduce);
    def_method(vm, "BaseException", "__setstate__", exc_setstate);
    def_method(vm, "type", "mro", type_mro);
    def_method(vm, "type", "__subclasses__", type_subclasses);
    def_method(vm, "function", "__get__", function_get);
    for t in [
        "method_descriptor",
        "wrapper_descriptor",
        "classmethod_descriptor",
    ] {
        def_method(vm, t, "__get__", builtin_descriptor_get);
    }
    for t in [
        "function",
        "method",
        "builtin_function_or_method",
        "method_descriptor",
        "wrapper_descriptor",
        "method-wrapper",
        "classmethod_descriptor",
    ] {
        def_method(vm, t, "__call__", call_self);
    }
    def_method(vm, "property", "getter", prop_getter);
    def_method(vm, "property", "setter", prop_setter);
    def_method(vm, "property", "deleter", prop_deleter);
    def_method(vm, "property", "__get__", prop_get);
    def_method(vm, "property", "__set__", prop_set);
    def_method(vm, "property", "__delete__", prop_delete);
    let init = vm.names.init;
    let obj_dict = vm.types.object.payload::<TypeObject>().dict;
    vm.object_init = crate::protocol::attr::dict_get_str_key(obj_dict, init)
        .expect("object.__init__ registered");
}

/// `object.__init__(self, ...)`: nothing to do; extra arguments are an
/// error unless `__new__` is what took them (CPython's object_init).
fn object_init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let Some(&me) = args.pos.first() else {
        return Err(
            vm.type_error("descriptor '__init__' of 'object' object needs an argument".to_string())
        );
    };
    if args.pos.len() > 1 || args.has_kw() {
        let cls = vm.type_of(me);
        let init = vm.names.init;
        if vm.lookup_type_attr(cls, init) != Some(vm.object_init) {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)"
                    .to_string(),
            ));
        }
        let t = cls.payload::<TypeObject>();
        if t.layout == crate::types::typeobj::InstanceLayout::Plain && vm.user_new(cls).is_none() {
            let n = t.name.to_string();
            return Err(vm.type_error(format!(
                "{n}.__init__() takes exactly one argument (the instance to initialize)"
            )));
        }
    }
    Ok(vm.new_none())
}

fn object_repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    let o = args.pos[0];
    let t = vm.type_of(o);
    let ty = t.payload::<TypeObject>();
    let s = match vm.type_module(t) {
        Some(m) if &*m != "builtins" => {
            format!("<{m}.{} object at {:#x}>", ty.qualname, o.addr())
        }
        _ => format!("<{} object at {:#x}>", ty.name, o.addr()),
    };
    vm.new_string(s)
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec.
fn object_format<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__format__", 2, 2)?;
    let (o, spec) = (args.pos[0], args.pos[1]);
    let Some(spec) = crate::types::str::str_of(spec) else {
        let tn = vm.type_name(spec);
        return Err(vm.type_error(format!("__format__() argument must be str, not {tn}")));
    };
    if !spec.is_empty() {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!(
            "unsupported format string passed to {tn}.__format__"
        )));
    }
    vm.str(o)
}

/// `object.__reduce_ex__(self, protocol)`: copyreg's reduction, written
/// in Python (`_copyreduce._object_reduce_ex`).
fn object_reduce_ex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__reduce_ex__", 2, 2)?;
    vm.call_embedded(
        "_copyreduce",
        "_object_reduce_ex",
        &[args.pos[0], args.pos[1]],
    )
}

/// `object.__reduce__(self)`: the protocol-0 reduction.
fn object_reduce<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__reduce__", 1, 1)?;
    let zero = vm.new_int_i64(0)?;
    let r = vm.with_roots(&[zero], |vm| {
        vm.call_embedded("_copyreduce", "_common_reduce", &[args.pos[0], zero])
    });
    vm.decref(zero);
    r
}

/// `object.__getstate__(self)`: the instance dict (None when empty), with
/// the slots beside it.
fn object_getstate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__getstate__", 1, 1)?;
    vm.call_embedded("_copyreduce", "_object_getstate", &[args.pos[0]])
}

/// `object.__dir__(self)`: the names `dir()` lists (unsorted there).
fn object_dir<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__dir__", 1, 1)?;
    crate::builtins::namespace::attribute_names(vm, args.pos[0])
}

/// `object.__lt__` and the other orderings: NotImplemented (an order is
/// the other operand's to give, or a TypeError).
fn object_order<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "comparison", 2, 2)?;
    Ok(vm.incref(vm.not_implemented))
}

/// `object.__sizeof__`: `sys.getsizeof` without the collector head.
fn object_sizeof<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__sizeof__", 1, 1)?;
    let o = args.pos[0];
    let n = crate::modules::sys::size_of_object(o) - crate::modules::sys::head_size(o);
    vm.new_int_i64(n as i64)
}

fn object_str<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__str__", 1, 1)?;
    vm.repr(args.pos[0])
}

/// `__setattr__(o, name, value)` (`set`) or `__delattr__(o, name)` as
/// `object` and `type` define them, after `check` of the receiver.
fn set_or_del_attr<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    set: bool,
    check: fn(&mut Vm<C>, ObjRef, &str) -> PyResult<()>,
) -> PyResult<ObjRef> {
    let what = if set { "__setattr__" } else { "__delattr__" };
    let n = if set { 3 } else { 2 };
    check_args(vm, args, what, n, n)?;
    check(vm, args.pos[0], what)?;
    let name = attr_name(vm, args.pos[1])?;
    let value = set.then(|| args.pos[2]);
    vm.generic_setattr(args.pos[0], name, value)?;
    Ok(vm.new_none())
}

fn object_setattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    set_or_del_attr(vm, &args, true, hackcheck)
}

fn object_delattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    set_or_del_attr(vm, &args, false, hackcheck)
}

/// `type.__setattr__(cls, name, value)`.
fn type_setattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    set_or_del_attr(vm, &args, true, type_receiver)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    set_or_del_attr(vm, &args, false, type_receiver)
}

fn type_receiver<C: Collector>(vm: &mut Vm<C>, o: ObjRef, what: &str) -> PyResult<()> {
    if o.tag() != Tag::Type {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!(
            "descriptor '{what}' requires a 'type' object but received a '{tn}'"
        )));
    }
    Ok(())
}

/// CPython's `hackcheck`: `object.__setattr__` cannot be applied to a
/// class (whose type's own `__setattr__` keeps its attribute cache right).
fn hackcheck<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, what: &str) -> PyResult<()> {
    if obj.tag() == Tag::Type {
        return Err(vm.type_error(format!("can't apply this {what} to type object")));
    }
    Ok(())
}

fn object_getattribute<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__getattribute__", 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    vm.object_getattribute(args.pos[0], name)
}

/// `object.__eq__`: identity, else NotImplemented.
fn object_eq<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__eq__", 2, 2)?;
    Ok(if args.pos[0] == args.pos[1] {
        vm.new_bool(true)
    } else {
        vm.incref(vm.not_implemented)
    })
}

/// `object.__ne__`: the inverse of `__eq__`, unless that is NotImplemented.
fn object_ne<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__ne__", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    // CPython calls this slot wrapper through an argument tuple `(a, b)`,
    // then slices `(b,)` out of it: `__eq__` sees one more reference to
    // `a` and two more to `b`.
    let eq = vm.holding_args_tuple(&[a, b], |vm| {
        vm.holding_args_tuple(&[b], |vm| vm.try_dunder(a, "__eq__", &[b]))
    });
    match eq? {
        Some(r) => {
            let t = vm.truth_owned(r);
            Ok(vm.new_bool(!t?))
        }
        None => Ok(vm.incref(vm.not_implemented)),
    }
}

/// `object.__hash__`: from the object's address.
fn object_hash<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__hash__", 1, 1)?;
    vm.new_int_i64(crate::protocol::compare::pointer_hash(args.pos[0]))
}

/// `object.__init_subclass__()`: the end of the chain, which takes no
/// class keywords.
fn init_subclass<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if !args.kwnames.is_empty() || args.pos.len() > 1 {
        let cn = args
            .pos
            .first()
            .and_then(|c| c.get::<TypeObject>())
            .map_or_else(|| "object".to_string(), |t| t.qualname.to_string());
        return Err(vm.type_error(format!(
            "{cn}.__init_subclass__() takes no keyword arguments"
        )));
    }
    Ok(vm.new_none())
}

/// `object.__subclasshook__(sub)`: NotImplemented (no opinion).
fn subclasshook<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    Ok(vm.incref(vm.not_implemented))
}

/// `object.__new__(cls, ...)`: a new, uninitialised instance of `cls`.
fn object_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let Some(&cls) = args.pos.first().filter(|c| c.tag() == Tag::Type) else {
        return Err(match args.pos.first() {
            Some(&x) => {
                let tn = vm.type_name(x);
                vm.type_error(format!("object.__new__(X): X is not a type object ({tn})"))
            }
            None => vm.type_error("object.__new__(): not enough arguments".to_string()),
        });
    };
    if cls.payload::<TypeObject>().is_builtin && cls != vm.types.object {
        let n = cls.payload::<TypeObject>().name.to_string();
        return Err(vm.type_error(format!(
            "object.__new__({n}) is not safe, use {n}.__new__()"
        )));
    }
    // CPython's object_new: extra arguments are an error when the class
    // overrides `__new__`, or does not override `__init__`.
    if args.pos.len() > 1 || args.has_kw() {
        if vm.user_new(cls).is_some() {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)".into(),
            ));
        }
        let init = vm.names.init;
        if vm.lookup_type_attr(cls, init) == Some(vm.object_init) {
            let n = cls.payload::<TypeObject>().name.to_string();
            return Err(vm.type_error(format!("{n}() takes no arguments")));
        }
    }
    let rest: Vec<ObjRef> = args.pos[1..].to_vec();
    vm.new_instance(
        cls,
        &crate::interp::call::CallArgs {
            pos: rest,
            kw: Vec::new(),
        },
    )
}

fn exc_init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let e = args.pos[0];
    if e.tag() != Tag::Exception {
        return Err(
            vm.type_error("descriptor '__init__' requires a 'BaseException' object".to_string())
        );
    }
    // The keywords some exceptions take (CPython's NameError_init,
    // AttributeError_init, ImportError_init); others take none.
    if args.has_kw() {
        let allowed: &[&str] = if vm.is_instance_of_name(e, "ImportError") {
            &["name", "path"]
        } else if vm.is_instance_of_name(e, "AttributeError") {
            &["name", "obj"]
        } else if vm.is_instance_of_name(e, "NameError") {
            &["name"]
        } else {
            &[]
        };
        let tn = vm.type_name(e);
        for &k in args.kwnames {
            let ks = crate::types::str::str_of(k).unwrap_or("");
            if !allowed.contains(&ks) {
                return Err(match allowed.is_empty() {
                    true => vm.type_error(format!("{tn}() takes no keyword arguments")),
                    false => {
                        vm.type_error(format!("'{ks}' is an invalid keyword argument for {tn}()"))
                    }
                });
            }
        }
    }
    vm.exception_init(e, &args.pos[1..])?;
    let pairs: Vec<(&str, ObjRef)> = args
        .kwnames
        .iter()
        .zip(args.kwvals)
        .map(|(&k, &v)| (crate::types::str::str_of(k).unwrap_or(""), v))
        .collect();
    if !pairs.is_empty() {
        vm.set_error_attrs(e, &pairs);
    }
    Ok(vm.new_none())
}

fn exc_repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    let s = vm.exception_repr(args.pos[0])?;
    vm.new_string(s)
}

fn exc_str<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__str__", 1, 1)?;
    vm.exception_str(args.pos[0])
}

/// `e.add_note(note)`: appended to the list `e.__notes__`, made on the
/// first note.
fn exc_add_note<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "add_note", 2, 2)?;
    let (e, note) = (args.pos[0], args.pos[1]);
    if crate::types::str::str_of(note).is_none() {
        let tn = vm.type_name(note);
        return Err(vm.type_error(format!("note must be a str, not '{tn}'")));
    }
    let key = vm.intern_borrow("__notes__");
    let notes = match vm.getattr(e, key) {
        Ok(n) => n,
        Err(x) if vm.is_instance_of_name(x, "AttributeError") => {
            vm.decref(x);
            let n = vm.new_list(Vec::new())?;
            vm.with_roots(&[n], |vm| vm.setattr(e, key, Some(n)))
                .inspect_err(|_| vm.decref(n))?;
            n
        }
        Err(x) => return Err(x),
    };
    vm.using(notes, |vm, notes| {
        if notes.tag() != Tag::List {
            let msg = "Cannot add note: __notes__ is not a list";
            return Err(vm.type_error(msg.into()));
        }
        let note = vm.incref(note);
        vm.list_append(notes, note)
    })?;
    Ok(vm.new_none())
}

/// The attributes builtin exceptions keep in their structs in CPython
/// (ouro keeps them in the dict): not part of the state `__reduce__`
/// gives.
fn exception_fields<C: Collector>(vm: &Vm<C>, e: ObjRef) -> &'static [&'static str] {
    if vm.is_instance_of_name(e, "OSError") {
        &[
            "errno",
            "strerror",
            "filename",
            "filename2",
            "characters_written",
        ]
    } else if vm.is_instance_of_name(e, "ImportError") {
        &["name", "path", "msg"]
    } else if vm.is_instance_of_name(e, "AttributeError") {
        &["name", "obj"]
    } else if vm.is_instance_of_name(e, "NameError") {
        &["name"]
    } else {
        &[]
    }
}

/// `BaseException.__reduce__`: `(type, args)`, with the instance's
/// attributes as a third item when it has any (CPython's
/// `BaseException_reduce`, `OSError_reduce`, `ImportError_reduce`).
fn exc_reduce<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__reduce__", 1, 1)?;
    let e = args.pos[0];
    let Some(x) = e.get::<crate::types::exception::ExceptionObject>() else {
        let tn = vm.type_name(e);
        return Err(vm.type_error(format!(
            "descriptor '__reduce__' requires a 'BaseException' object but received a '{tn}'"
        )));
    };
    let skip = exception_fields(vm, e);
    let state = vm.new_dict()?;
    let filled = vm.with_roots(&[state], |vm| -> PyResult<Vec<ObjRef>> {
        if let Some(d) = x.dict.get() {
            let entries = crate::types::dict::dict_of(d).expect("dict").snapshot();
            for en in entries {
                if crate::types::str::str_of(en.key).is_some_and(|k| skip.contains(&k)) {
                    continue;
                }
                vm.dict_set(state, en.key, en.value)?;
            }
        }
        let mut a = crate::types::tuple::tuple_items(x.args.get())
            .unwrap_or(&[])
            .to_vec();
        if vm.is_instance_of_name(e, "ImportError") {
            for k in ["name", "path"] {
                let v = vm.getattr_str(e, k)?;
                let r = if v != vm.none {
                    vm.dict_set_str(state, k, v)
                } else {
                    Ok(())
                };
                vm.decref(v);
                r?;
            }
        }
        if vm.is_instance_of_name(e, "OSError") && a.len() == 2 {
            let f = vm.getattr_str(e, "filename")?;
            let f2 = vm.getattr_str(e, "filename2")?;
            let (fv, f2v) = (f, f2);
            vm.decref(f);
            vm.decref(f2);
            if fv != vm.none {
                a.push(fv);
                if f2v != vm.none {
                    a.push(vm.none);
                    a.push(f2v);
                }
            }
        }
        Ok(a.into_iter().map(|o| vm.incref(o)).collect())
    });
    let a = match filled {
        Ok(a) => a,
        Err(err) => {
            vm.release_holding(&err, [state]);
            return Err(err);
        }
    };
    let a = match vm.new_tuple(a) {
        Ok(t) => t,
        Err(err) => {
            vm.release_holding(&err, [state]);
            return Err(err);
        }
    };
    let t = vm.incref(vm.type_of(e));
    let has_state = crate::types::dict::dict_of(state).is_some_and(|d| !d.is_empty());
    if has_state {
        vm.new_tuple(vec![t, a, state])
    } else {
        vm.decref(state);
        vm.new_tuple(vec![t, a])
    }
}

/// `BaseException.__setstate__(state)`: each item of the dict set as an
/// attribute.
fn exc_setstate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__setstate__", 2, 2)?;
    let (e, state) = (args.pos[0], args.pos[1]);
    if state != vm.none {
        let Some(d) = crate::types::dict::dict_of(state) else {
            return Err(vm.type_error("state is not a dictionary".into()));
        };
        let entries: Vec<ObjRef> = d
            .snapshot()
            .iter()
            .flat_map(|en| [en.key, en.value])
            .collect();
        vm.with_owned(entries, |vm, kv| {
            kv.chunks(2)
                .try_for_each(|p| vm.setattr(e, p[0], Some(p[1])))
        })?;
    }
    Ok(vm.new_none())
}

fn exc_with_traceback<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "with_traceback", 2, 2)?;
    vm.set_traceback(args.pos[0], args.pos[1])?;
    Ok(vm.incref(args.pos[0]))
}

/// `f.__get__(obj, type=None)`: f itself for no object, else bound to it.
fn function_get<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__get__", 2, 3)?;
    let (f, obj) = (args.pos[0], args.pos[1]);
    if obj == vm.none {
        return Ok(vm.incref(f));
    }
    vm.new_method(vm.incref(f), vm.incref(obj))
}

/// `descr.__get__(obj, type=None)` for a builtin type's method: itself for
/// no object, else bound to the object (a class method: to the class),
/// which must be an instance of the method's type.
fn builtin_descriptor_get<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__get__", 2, 3)?;
    let (d, obj) = (args.pos[0], args.pos[1]);
    let cls = args.pos.get(2).copied().filter(|&c| c != vm.none);
    let Some(owner) = d.get::<BuiltinObject>().and_then(|b| b.owner) else {
        return Ok(vm.incref(d));
    };
    let name = d.payload::<BuiltinObject>().name;
    if obj == vm.none && cls.is_none() {
        return Err(vm.type_error("__get__(None, None) is invalid".to_string()));
    }
    if owner.class_method {
        let cls = cls.unwrap_or_else(|| vm.type_of(obj));
        if cls.tag() != Tag::Type {
            let tn = vm.type_name(cls);
            return Err(vm.type_error(format!(
                "descriptor '{name}' for type '{}' needs a type, not a '{tn}' as arg 2",
                owner.name
            )));
        }
        if !vm.is_subclass(cls, owner.ty) {
            let got = cls.payload::<TypeObject>().name.to_string();
            return Err(vm.type_error(format!(
                "descriptor '{name}' requires a subtype of '{}' but received '{got}'",
                owner.name
            )));
        }
        return vm.bind_builtin(d, cls);
    }
    if obj == vm.none {
        return Ok(vm.incref(d));
    }
    if !vm.is_instance(obj, owner.ty) {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(format!(
            "descriptor '{name}' for '{}' objects doesn't apply to a '{tn}' object",
            owner.name
        )));
    }
    vm.bind_builtin(d, obj)
}

/// `f.__call__(*args, **kwargs)`: call `f`.
fn call_self<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let Some((&f, rest)) = args.pos.split_first() else {
        return Err(
            vm.type_error("descriptor '__call__' of 'object' object needs an argument".to_string())
        );
    };
    let call = crate::interp::call::CallArgs {
        pos: rest.to_vec(),
        kw: args.kw_pairs(),
    };
    vm.call_args(f, &call)
}

/// `cls.__subclasses__()`: the live classes that name `cls` as a base, in
/// the order they were made (found among the tracked objects).
fn type_subclasses<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__subclasses__", 1, 1)?;
    let cls = args.pos[0];
    if cls.tag() != Tag::Type {
        return Err(
            vm.type_error("descriptor '__subclasses__' requires a 'type' object".to_string())
        );
    }
    // The builtin types (made at start-up, not tracked) and the tracked
    // ones.
    let builtin: Vec<ObjRef> = vm.types.by_name.values().copied().collect();
    let mut subs: Vec<ObjRef> = vm
        .gc
        .generations()
        .objects(None)
        .into_iter()
        .chain(builtin)
        .filter(|&o| {
            o.tag() == Tag::Type
                && !(C::REFCOUNTED && o.refcnt() == 0)
                && o.payload::<TypeObject>().bases.borrow().contains(&cls)
        })
        .collect();
    subs.sort_by_key(|&o| o.payload::<TypeObject>().serial);
    subs.dedup();
    let items: Vec<ObjRef> = subs.into_iter().map(|o| vm.incref(o)).collect();
    vm.new_list(items)
}

fn type_mro<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "mro", 1, 1)?;
    let t = args.pos[0];
    let Some(ty) = t.get::<TypeObject>() else {
        return Err(vm.type_error("descriptor 'mro' requires a 'type' object".to_string()));
    };
    let items: Vec<ObjRef> = ty
        .mro_with_self(t)
        .into_iter()
        .map(|x| vm.incref(x))
        .collect();
    vm.new_list(items)
}

/// A copy of a property with one accessor replaced.
fn prop_with<C: Collector>(vm: &mut Vm<C>, args: Args<'_>, which: usize) -> PyResult<ObjRef> {
    check_args(vm, &args, "property", 2, 2)?;
    let Some(p) = args.pos[0].get::<PropertyObject>() else {
        return Err(vm.type_error("descriptor requires a 'property' object".to_string()));
    };
    let mut parts = [p.fget, p.fset, p.fdel, p.doc];
    parts[which] = Some(args.pos[1]);
    let [fget, fset, fdel, doc] = parts.map(|o| o.map(|x| vm.incref(x)));
    vm.alloc(
        &PROPERTY_VT,
        PropertyObject {
            fget,
            fset,
            fdel,
            doc,
        },
    )
}

/// `property.__get__(obj, type=None)`: the getter's value; the property
/// itself for no instance.
fn prop_get<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__get__", 2, 3)?;
    let (p, obj) = (args.pos[0], args.pos[1]);
    if obj == vm.none {
        return Ok(vm.incref(p));
    }
    let name = vm.intern_borrow("?");
    vm.property_get(p, obj, name)
}

/// `property.__set__(obj, value)`.
fn prop_set<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__set__", 3, 3)?;
    let name = vm.intern_borrow("?");
    vm.property_set(args.pos[0], args.pos[1], name, Some(args.pos[2]))?;
    Ok(vm.new_none())
}

/// `property.__delete__(obj)`.
fn prop_delete<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__delete__", 2, 2)?;
    let name = vm.intern_borrow("?");
    vm.property_set(args.pos[0], args.pos[1], name, None)?;
    Ok(vm.new_none())
}

fn prop_getter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    prop_with(vm, args, 0)
}
fn prop_setter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    prop_with(vm, args, 1)
}
fn prop_deleter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    prop_with(vm, args, 2)
}
