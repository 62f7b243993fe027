//! Attributes that are not in any dict: `__class__`, `__dict__`, a
//! function's `__name__` and `__defaults__`, an exception's `args`, a
//! type's `__mro__`, a slice's `start`, ...

use crate::object::{ObjExt, Tag};
use crate::types::code::{KEPT_NAMES, KEPT_QUALNAME};
use crate::types::dict::dict_of;
use crate::types::exception::ExceptionObject;
use crate::types::function::{BuiltinObject, FunctionObject};
use crate::types::instance::MethodObject;
use crate::types::scalar::{int_of, RangeObject, SliceObject};
use crate::types::str::str_of;
use crate::types::typeobj::TypeObject;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// A special attribute of `obj`, if `name` is one it has.
pub fn get<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, name: ObjRef) -> PyResult<Option<ObjRef>> {
    let n = str_of(name).unwrap_or("");
    // A number's parts are its builtin value's, for subclass instances too.
    let numeric = matches!(n, "real" | "imag" | "numerator" | "denominator");
    let tag = if numeric {
        crate::object::layout_tag(obj)
    } else {
        obj.tag()
    };
    let v = match (tag, n) {
        (_, "__class__") => vm.incref(vm.type_of(obj)),
        (
            Tag::Instance
            | Tag::Exception
            | Tag::Function
            | Tag::Subclass
            | Tag::StaticMethod
            | Tag::ClassMethod
            | Tag::Partial,
            "__dict__",
        ) => {
            let d = match vm.attribute_dict(obj)? {
                Some(d) => d,
                // `object()` and `__slots__` instances have none at all.
                None if matches!(obj.tag(), Tag::Instance | Tag::Subclass)
                    && !crate::protocol::slots::has_dict(vm, obj) =>
                {
                    return Ok(None)
                }
                None => vm.create_instance_dict(obj)?,
            };
            // Asked for, it is a dict object of its own from now on.
            vm.materialize_instance_dict(d);
            vm.incref(d)
        }
        (Tag::Instance | Tag::Subclass, "__weakref__") => {
            if !crate::modules::weakref::weakrefable(vm, obj) {
                return Ok(None);
            }
            let first = vm
                .weakrefs
                .get(&obj.addr())
                .and_then(|l| l.first().copied());
            vm.incref(first.unwrap_or(vm.none))
        }
        (Tag::WeakRef | Tag::Subclass, "__callback__")
            if crate::object::layout_tag(obj) == Tag::WeakRef =>
        {
            let cb = obj
                .payload::<crate::types::weakref::WeakRefObject>()
                .callback
                .get();
            vm.incref(cb.unwrap_or(vm.none))
        }
        (Tag::Member | Tag::GetSet, _) => return crate::protocol::slots::descr_attr(vm, obj, n),
        (Tag::Exception, _) => return exception_attr(vm, obj, n),
        (Tag::Generator, _) => return vm.generator_attr(obj, n),
        (Tag::Frame, _) => return vm.frame_attr(obj, n),
        (Tag::Traceback, _) => return vm.traceback_attr(obj, n),
        (Tag::Function, _) => return function_attr(vm, obj, n),
        (Tag::Method, "__func__") => vm.incref(obj.payload::<MethodObject>().func),
        (Tag::Method, "__self__") => vm.incref(obj.payload::<MethodObject>().self_),
        (Tag::Method, "__name__" | "__qualname__" | "__doc__") => {
            let f = obj.payload::<MethodObject>().func;
            return vm.getattr(f, name).map(Some);
        }
        (Tag::Builtin, "__doc__") => {
            let b = obj.payload::<BuiltinObject>();
            let key = match b.owner {
                Some(o) => Some(format!("{}.{}", o.name, b.name)),
                // A function of the builtins module (not one of another
                // module's that shares its name).
                None if b.self_.is_none() && {
                    let key = vm.intern_borrow(b.name);
                    crate::protocol::attr::dict_get_str_key(vm.builtins_dict, key) == Some(obj)
                } =>
                {
                    Some(format!("builtins.{}", b.name))
                }
                None => None,
            };
            match key.and_then(|k| crate::builtins::docstring(&k)) {
                Some(text) => vm.new_str(text)?,
                None => vm.new_none(),
            }
        }
        (Tag::Builtin, "__name__") => {
            let s = obj.payload::<BuiltinObject>().name;
            vm.new_str(s)?
        }
        (Tag::Property, "fget" | "fset" | "fdel") => {
            let p = obj.payload::<crate::types::instance::PropertyObject>();
            let f = match n {
                "fget" => p.fget,
                "fset" => p.fset,
                _ => p.fdel,
            };
            vm.incref(f.unwrap_or(vm.none))
        }
        // CPython's property_get___isabstractmethod__: any accessor's.
        (Tag::Property, "__isabstractmethod__") => {
            let p = obj.payload::<crate::types::instance::PropertyObject>();
            let mut abstract_ = false;
            for f in [p.fget, p.fset, p.fdel].into_iter().flatten() {
                let key = vm.intern_borrow("__isabstractmethod__");
                match vm.getattr(f, key) {
                    Ok(v) => {
                        if vm.truth_owned(v)? {
                            abstract_ = true;
                            break;
                        }
                    }
                    Err(e) if vm.is_instance_of_name(e, "AttributeError") => vm.decref(e),
                    Err(e) => return Err(e),
                }
            }
            vm.new_bool(abstract_)
        }
        (Tag::Property, "__doc__") => {
            let p = obj.payload::<crate::types::instance::PropertyObject>();
            match (p.doc, p.fget) {
                (Some(d), _) => vm.incref(d),
                (None, Some(f)) => return vm.getattr_str(f, "__doc__").map(Some),
                (None, None) => vm.new_none(),
            }
        }
        (Tag::StaticMethod | Tag::ClassMethod, "__func__" | "__wrapped__") => {
            vm.incref(obj.payload::<crate::types::instance::WrapperObject>().func)
        }
        (Tag::Cell, "cell_contents") => {
            match obj.payload::<crate::types::cell::CellObject>().value.get() {
                Some(v) => vm.incref(v),
                None => return Err(vm.value_error("Cell is empty".into())),
            }
        }
        (Tag::Builtin, "__module__") => {
            match obj.payload::<BuiltinObject>().owner.is_some()
                || obj.payload::<BuiltinObject>().self_.is_some()
            {
                true => vm.new_none(),
                false => vm.new_str("builtins")?,
            }
        }
        (Tag::Builtin, "__qualname__") => {
            let b = obj.payload::<BuiltinObject>();
            match &b.owner {
                Some(o) => vm.new_string(format!("{}.{}", o.name, b.name))?,
                None => vm.new_str(b.name)?,
            }
        }
        (Tag::Builtin, "__self__") => {
            let b = obj.payload::<BuiltinObject>();
            match (b.self_, b.owner) {
                (Some(s), _) => vm.incref(s),
                // (A type's `__new__` is bound to the type.)
                (None, Some(o)) if b.name == "__new__" => vm.incref(o.ty),
                // Descriptors (`list.append`) have no `__self__`.
                (None, Some(_)) => return Ok(None),
                // A module's function: the module (CPython's `m_self`),
                // found as the one whose dict holds this very object.
                (None, None) => {
                    let m = module_holding(vm, obj).unwrap_or(vm.none);
                    vm.incref(m)
                }
            }
        }
        (Tag::Builtin, "__objclass__") => {
            let b = obj.payload::<BuiltinObject>();
            match b.owner {
                Some(o) if b.self_.is_none() || b.type_name() == "method-wrapper" => {
                    if b.name == "__new__" {
                        return Ok(None);
                    }
                    vm.incref(o.ty)
                }
                _ => return Ok(None),
            }
        }
        (Tag::Slice, "start" | "stop" | "step") => {
            let s = obj.payload::<SliceObject>();
            vm.incref(match n {
                "start" => s.start,
                "stop" => s.stop,
                _ => s.step,
            })
        }
        (Tag::Range, "start" | "stop" | "step") => {
            let s = obj.payload::<RangeObject>();
            vm.incref(match n {
                "start" => s.start,
                "stop" => s.stop,
                _ => s.step,
            })
        }
        // (`int_int`: an exact int is its own real part and numerator.)
        (Tag::Int, "real" | "numerator") if obj.tag() == Tag::Int => vm.incref(obj),
        (Tag::Int | Tag::Bool, "real" | "numerator") => {
            let i = int_of(obj).expect("int");
            vm.new_int(i)?
        }
        (Tag::Int | Tag::Bool, "imag") => vm.new_int_i64(0)?,
        (Tag::Int | Tag::Bool, "denominator") => vm.new_int_i64(1)?,
        (Tag::Complex, "real" | "imag") => {
            let (re, im) = crate::types::complex::complex_of(obj).expect("complex");
            vm.new_float(if n == "real" { re } else { im })?
        }
        (Tag::Float, "real") if obj.tag() == Tag::Float => vm.incref(obj),
        (Tag::Float, "real") => crate::types::slot_wrappers::exact_float(vm, obj)?,
        (Tag::Float, "imag") => vm.new_float(0.0)?,
        (Tag::Code, _) if n.starts_with("co_") => return code_attr(vm, obj, n),
        // `d.keys().mapping`: a read-only view of the dict.
        (Tag::DictView, "mapping") => {
            let d = obj.payload::<crate::types::iter::DictViewObject>().dict;
            return vm
                .call_embedded("_mappingproxy", "mappingproxy", &[d])
                .map(Some);
        }
        (Tag::Module, "__dict__") => {
            vm.incref(obj.payload::<crate::types::module::ModuleObject>().dict)
        }
        _ => return Ok(None),
    };
    Ok(Some(v))
}

fn exception_attr<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, n: &str) -> PyResult<Option<ObjRef>> {
    let e = obj.payload::<ExceptionObject>();
    let v = match n {
        "args" => vm.incref(e.args.get()),
        "__cause__" => e
            .cause
            .get()
            .map_or_else(|| vm.new_none(), |c| vm.incref(c)),
        "__context__" => e
            .context
            .get()
            .map_or_else(|| vm.new_none(), |c| vm.incref(c)),
        "__suppress_context__" => vm.new_bool(e.suppress_context.get()),
        "name"
            if vm.is_instance_of_name(obj, "NameError")
                || vm.is_instance_of_name(obj, "AttributeError")
                || vm.is_instance_of_name(obj, "ImportError") =>
        {
            vm.new_none()
        }
        "obj" if vm.is_instance_of_name(obj, "AttributeError") => vm.new_none(),
        "encoding" | "object" | "start" | "end" | "reason"
            if vm.is_instance_of_name(obj, "UnicodeError")
                && crate::types::tuple::tuple_items(e.args.get()).is_some_and(|a| a.len() == 5) =>
        {
            let a = crate::types::tuple::tuple_items(e.args.get()).expect("checked");
            let i = ["encoding", "object", "start", "end", "reason"]
                .iter()
                .position(|&k| k == n)
                .expect("one of them");
            vm.incref(a[i])
        }
        "path" if vm.is_instance_of_name(obj, "ImportError") => vm.new_none(),
        // ImportError_init: the message when there is exactly one argument.
        "msg" if vm.is_instance_of_name(obj, "ImportError") => {
            match crate::types::tuple::tuple_items(e.args.get()).unwrap_or(&[]) {
                [m] => vm.incref(*m),
                _ => vm.new_none(),
            }
        }
        // SyntaxError_init: `(msg, (filename, lineno, offset, text[,
        // end_lineno, end_offset]))`.
        "msg"
        | "filename"
        | "lineno"
        | "offset"
        | "text"
        | "end_lineno"
        | "end_offset"
        | "print_file_and_line"
            if vm.is_instance_of_name(obj, "SyntaxError") =>
        {
            let args = crate::types::tuple::tuple_items(e.args.get()).unwrap_or(&[]);
            let field = match (n, args) {
                ("msg", [m, ..]) => Some(*m),
                (_, [_, info]) => {
                    let i = [
                        "filename",
                        "lineno",
                        "offset",
                        "text",
                        "end_lineno",
                        "end_offset",
                    ]
                    .iter()
                    .position(|&k| k == n);
                    let items = match info.tag() {
                        Tag::Tuple | Tag::List => vm.seq_items(*info),
                        _ => Vec::new(),
                    };
                    i.and_then(|i| items.get(i).copied())
                }
                _ => None,
            };
            vm.incref(field.unwrap_or(vm.none))
        }
        "message" | "exceptions" if e.group.get().is_some() => {
            let parts =
                crate::types::tuple::tuple_items(e.group.get().expect("a group")).expect("a tuple");
            vm.incref(parts[usize::from(n == "exceptions")])
        }
        "__traceback__" => vm.incref(e.traceback.get().unwrap_or(vm.none)),
        "errno" | "strerror" if vm.is_instance_of_name(obj, "OSError") => {
            let args = crate::types::tuple::tuple_items(e.args.get())
                .unwrap_or(&[])
                .to_vec();
            match (args.len() >= 2, n) {
                (true, "errno") => vm.incref(args[0]),
                (true, _) => vm.incref(args[1]),
                _ => vm.new_none(),
            }
        }
        "filename" | "filename2" if vm.is_instance_of_name(obj, "OSError") => vm.new_none(),
        "value" | "code" if e.member.get().is_some() => {
            let stop = vm.is_instance_of_name(obj, "StopIteration");
            if stop != (n == "value") {
                return Ok(None);
            }
            vm.incref(e.member.get().expect("a member"))
        }
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// A code object's `co_qualname` (a new reference): made once and kept;
/// for a top-level function its interned name, as CPython's compiler
/// gives it.
pub(crate) fn code_qualname<C: Collector>(vm: &mut Vm<C>, code: ObjRef) -> PyResult<ObjRef> {
    let c = code.payload::<crate::types::code::CodeObj>();
    if let Some(q) = c.kept(KEPT_QUALNAME) {
        return Ok(vm.incref(q));
    }
    let q = if c.code.qualname == c.code.name {
        vm.intern(&c.code.name)
    } else {
        vm.new_str(&c.code.qualname)?
    };
    c.keep(KEPT_QUALNAME, vm.incref(q));
    Ok(q)
}

/// A code object's `co_*` attributes (CPython 3.11's names and flags).
fn code_attr<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, n: &str) -> PyResult<Option<ObjRef>> {
    let c = obj.payload::<crate::types::code::CodeObj>();
    let code = c.code.clone();
    let strs = |vm: &mut Vm<C>, v: &[String]| -> PyResult<ObjRef> {
        let mut items = Vec::with_capacity(v.len());
        for s in v {
            match vm.new_str(s) {
                Ok(o) => items.push(o),
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref_all(items));
                    return Err(e);
                }
            }
        }
        vm.new_tuple(items)
    };
    let v = match n {
        // The same objects each time, as CPython's code object holds them:
        // the name and the file name interned (every code object of a file
        // shares the one file name), the qualified name kept.
        "co_name" => vm.intern(&code.name),
        "co_qualname" => code_qualname(vm, obj)?,
        "co_filename" => vm.intern(&code.filename),
        "co_firstlineno" => vm.new_int_i64(i64::from(code.first_line))?,
        "co_argcount" => vm.new_int_i64(i64::from(code.argcount))?,
        "co_posonlyargcount" => vm.new_int_i64(i64::from(code.posonlyargcount))?,
        "co_kwonlyargcount" => vm.new_int_i64(i64::from(code.kwonlyargcount))?,
        "co_nlocals" => vm.new_int_i64(code.varnames.len() as i64)?,
        "co_stacksize" => vm.new_int_i64(i64::from(code.max_stack))?,
        "co_varnames" => strs(vm, &code.varnames)?,
        "co_cellvars" => strs(vm, &code.cellvars)?,
        "co_freevars" => strs(vm, &code.freevars)?,
        "co_names" => match c.kept(KEPT_NAMES) {
            Some(t) => vm.incref(t),
            None => {
                let items = c.names().iter().map(|&n| vm.incref(n)).collect();
                let t = vm.new_tuple(items)?;
                c.keep(KEPT_NAMES, vm.incref(t));
                t
            }
        },
        "co_consts" => vm.incref(c.consts_tuple()),
        "co_flags" => {
            let f = code.flags;
            let mut bits = 0i64;
            for (on, bit) in [
                (f.optimized, 0x1),
                (f.optimized, 0x2),
                (f.varargs, 0x4),
                (f.varkeywords, 0x8),
                (f.generator, 0x20),
                (f.coroutine, 0x80),
                (f.async_generator, 0x200),
            ] {
                if on {
                    bits |= bit;
                }
            }
            vm.new_int_i64(bits)?
        }
        "co_code" => vm.new_bytes(Vec::new())?,
        _ => return Ok(None),
    };
    Ok(Some(v))
}

fn function_attr<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, n: &str) -> PyResult<Option<ObjRef>> {
    let f = obj.payload::<FunctionObject>();
    let opt = |vm: &Vm<C>, o: Option<ObjRef>| o.map_or_else(|| vm.new_none(), |o| vm.incref(o));
    let v = match n {
        "__name__" => vm.incref(f.name.get()),
        "__qualname__" => vm.incref(f.qualname.get()),
        "__module__" => vm.incref(f.module.get()),
        "__doc__" => vm.incref(f.doc.get()),
        "__code__" => vm.incref(f.code.get()),
        "__globals__" => vm.incref(f.globals),
        "__defaults__" => opt(vm, f.defaults.get()),
        "__kwdefaults__" => opt(vm, f.kwdefaults.get()),
        "__closure__" => opt(vm, f.closure),
        // Made empty when first asked for, as CPython's func_get_annotations.
        "__annotations__" => match f.annotations.get() {
            Some(a) => vm.incref(a),
            None => {
                let d = vm.new_dict()?;
                f.annotations.set(Some(vm.incref(d)));
                d
            }
        },
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// A special attribute of a class.
pub fn type_get<C: Collector>(
    vm: &mut Vm<C>,
    cls: ObjRef,
    name: ObjRef,
) -> PyResult<Option<ObjRef>> {
    let t = cls.payload::<TypeObject>();
    let v = match str_of(name).unwrap_or("") {
        // A builtin type named "module.Name" (`weakref.ReferenceType`) is
        // `Name` of `module`, as CPython reads its `tp_name`.
        "__name__" if t.is_builtin => {
            let n = t.name.get();
            vm.new_str(n.rsplit('.').next().unwrap_or(&n))?
        }
        "__qualname__" if t.is_builtin => {
            let n = t.qualname.get();
            vm.new_str(n.rsplit('.').next().unwrap_or(&n))?
        }
        "__module__" if t.is_builtin => {
            let n = t.name.get();
            vm.new_str(n.rsplit_once('.').map_or("builtins", |(m, _)| m))?
        }
        // A class keeps its name objects (`ht_name`, `ht_qualname`: the
        // same object at each read, and the compiled constant the class
        // statement passed): here, the interned str of the name.
        "__name__" => vm.intern(&t.name.get()),
        "__qualname__" => vm.intern(&t.qualname.get()),
        "__bases__" if t.class_refs.get().is_some() => {
            vm.incref(t.class_refs.get().expect("checked").bases)
        }
        "__bases__" => {
            let b: Vec<ObjRef> = t.bases.borrow().iter().map(|&b| vm.incref(b)).collect();
            vm.new_tuple(b)?
        }
        "__base__" if t.class_refs.get().is_some() => {
            vm.incref(t.class_refs.get().expect("checked").base)
        }
        "__base__" => {
            let b = t.bases.borrow().first().copied().unwrap_or(vm.none);
            vm.incref(b)
        }
        "__mro__" if t.class_refs.get().and_then(|r| r.mro).is_some() => {
            vm.incref(t.class_refs.get().and_then(|r| r.mro).expect("checked"))
        }
        "__mro__" => {
            let m: Vec<ObjRef> = t
                .mro_with_self(cls)
                .into_iter()
                .map(|b| vm.incref(b))
                .collect();
            vm.new_tuple(m)?
        }
        // A read-only view of the class's dict, made afresh at each read.
        "__dict__" => vm.call_embedded("_mappingproxy", "mappingproxy", &[t.dict])?,
        "__class__" => vm.incref(vm.type_of(cls)),
        "__doc__" => match crate::protocol::attr::dict_get_str_key(t.dict, name) {
            Some(d) => vm.incref(d),
            None => vm.new_none(),
        },
        _ => return Ok(None),
    };
    Ok(Some(v))
}

/// Assign a special attribute; `Some(())` if `name` was one.
pub fn set<C: Collector>(
    vm: &mut Vm<C>,
    obj: ObjRef,
    name: ObjRef,
    v: Option<ObjRef>,
) -> PyResult<Option<()>> {
    let n = str_of(name).unwrap_or("");
    if matches!(n, "__dict__" | "__class__") {
        // Inline values are read by the class's keys: a new dict or class
        // takes over from the dict they stand for (CPython makes it too).
        vm.values_to_dict(obj)?;
    }
    match (obj.tag(), n, v) {
        // `cell_set_contents`: assignable and deletable (an empty cell
        // too).
        (Tag::Cell, "cell_contents", v) => {
            let cell = &obj.payload::<crate::types::cell::CellObject>().value;
            let old = cell.replace(v.map(|v| vm.incref(v)));
            vm.decref_opt(old);
            return Ok(Some(()));
        }
        (Tag::Instance | Tag::Subclass, "__dict__", _)
            if !crate::protocol::slots::has_dict(vm, obj) =>
        {
            return Ok(None)
        }
        (Tag::Function, "__dict__", None) => {
            return Err(vm.type_error("cannot delete __dict__".to_string()));
        }
        (Tag::Instance | Tag::Exception | Tag::Function | Tag::Subclass, "__dict__", v) => {
            if let Some(v) = v.filter(|v| v.tag() != Tag::Dict) {
                let tn = vm.type_name(v);
                return Err(vm.type_error(format!(
                    "__dict__ must be set to a dictionary, not a '{tn}'"
                )));
            }
            let cell = match obj.tag() {
                Tag::Instance => &obj.payload::<crate::types::instance::InstanceObject>().dict,
                Tag::Exception => &obj.payload::<ExceptionObject>().dict,
                Tag::Subclass => &crate::object::sub_ext(obj).dict,
                _ => &obj.payload::<FunctionObject>().dict,
            };
            let old = cell.replace(v.map(|v| vm.incref(v)));
            vm.decref_opt(old);
        }
        (Tag::Exception, "args", Some(v)) => {
            let items = vm.iterate(v)?;
            let t = vm.new_tuple(items)?;
            let old = obj.payload::<ExceptionObject>().args.replace(t);
            vm.decref(old);
        }
        (Tag::Exception, "value" | "code", Some(v))
            if obj.payload::<ExceptionObject>().member.get().is_some()
                && vm.is_instance_of_name(obj, "StopIteration") == (n == "value") =>
        {
            let old = obj
                .payload::<ExceptionObject>()
                .member
                .replace(Some(vm.incref(v)));
            vm.decref_opt(old);
        }
        (Tag::Exception, "__traceback__", Some(v)) => vm.set_traceback(obj, v)?,
        (Tag::Exception, "__traceback__", None) => {
            return Err(vm.type_error("__traceback__ may not be deleted".into()));
        }
        (Tag::Traceback, "tb_next", v) => vm.set_tb_next(obj, v)?,
        (Tag::Exception, "__cause__" | "__context__", Some(v)) => {
            // The traceback printer follows these links as exceptions.
            let cause = n == "__cause__";
            if v != vm.none && v.tag() != Tag::Exception {
                let what = if cause { "cause" } else { "context" };
                return Err(vm.type_error(format!(
                    "exception {what} must be None or derive from BaseException"
                )));
            }
            let e = obj.payload::<ExceptionObject>();
            let new = (v != vm.none).then(|| vm.incref(v));
            let old = if cause {
                e.suppress_context.set(true);
                e.cause.replace(new)
            } else {
                e.context.replace(new)
            };
            vm.decref_opt(old);
        }
        (Tag::Function, "__name__" | "__qualname__", Some(v)) if v.tag() != Tag::Str => {
            return Err(vm.type_error(format!("{n} must be set to a string object")));
        }
        (Tag::Function, "__defaults__", Some(v)) if v != vm.none && v.tag() != Tag::Tuple => {
            return Err(vm.type_error("__defaults__ must be set to a tuple object".to_string()));
        }
        (Tag::Function, "__name__" | "__qualname__" | "__doc__" | "__module__", Some(v)) => {
            let f = obj.payload::<FunctionObject>();
            let cell = match n {
                "__name__" => &f.name,
                "__qualname__" => &f.qualname,
                "__module__" => &f.module,
                _ => &f.doc,
            };
            let old = cell.replace(vm.incref(v));
            vm.decref(old);
        }
        (Tag::Function, "__annotations__", Some(v)) if v != vm.none && v.tag() != Tag::Dict => {
            return Err(vm.type_error("__annotations__ must be set to a dict object".to_string()));
        }
        (Tag::Function, "__annotations__", v) => {
            let new = v.filter(|&v| v != vm.none).map(|v| vm.incref(v));
            let old = obj.payload::<FunctionObject>().annotations.replace(new);
            vm.decref_opt(old);
        }
        (Tag::Function, "__code__", Some(v)) => {
            let Some(new) = v.get::<crate::types::code::CodeObj>() else {
                return Err(vm.type_error("__code__ must be set to a code object".to_string()));
            };
            let f = obj.payload::<FunctionObject>();
            // (The closure's cells are the old code's free variables: the
            // new code must have as many, as CPython's func_set_code checks.)
            let nfree = new.code.freevars.len();
            let nclosure = f
                .closure
                .and_then(crate::types::tuple::tuple_items)
                .map_or(0, <[_]>::len);
            if nfree != nclosure {
                let name = str_of(f.name.get()).unwrap_or("?").to_string();
                return Err(vm.value_error(format!(
                    "{name}() requires a code object with {nclosure} free vars, not {nfree}"
                )));
            }
            let old = f.code.replace(vm.incref(v));
            vm.decref(old);
        }
        (Tag::Function, "__code__", None) => {
            return Err(vm.type_error("__code__ must be set to a code object".to_string()));
        }
        (Tag::Function, "__globals__" | "__closure__" | "__builtins__", _) => {
            return Err(vm.new_error("AttributeError", "readonly attribute".to_string()));
        }
        (Tag::Function, "__kwdefaults__", Some(v)) if v != vm.none && v.tag() != Tag::Dict => {
            return Err(vm.type_error("__kwdefaults__ must be set to a dict object".to_string()));
        }
        (Tag::Function, "__kwdefaults__", v) => {
            let new = v.filter(|&v| v != vm.none).map(|v| vm.incref(v));
            let old = obj.payload::<FunctionObject>().kwdefaults.replace(new);
            vm.decref_opt(old);
        }
        (Tag::Function, "__defaults__", Some(v)) => {
            let new = if v == vm.none {
                None
            } else {
                Some(vm.incref(v))
            };
            let old = obj.payload::<FunctionObject>().defaults.replace(new);
            vm.decref_opt(old);
        }
        (_, "__class__", Some(v)) => crate::protocol::slots::set_class(vm, obj, v)?,
        (_, "__class__", None) => {
            return Err(vm.type_error("can't delete __class__ attribute".to_string()));
        }
        _ => return Ok(None),
    }
    Ok(Some(()))
}

impl<C: Collector> Vm<C> {
    /// An instance's hidden attribute dict becomes a dict object of its
    /// own, counted and tracked as any dict is (CPython 3.11 materializes
    /// one from the inline values when `__dict__` is asked for, or when a
    /// new attribute name does not fit the class's shared keys).
    pub(crate) fn materialize_instance_dict(&mut self, d: ObjRef) {
        let dict = dict_of(d).expect("an attribute dict");
        if !dict.is_hidden() {
            return;
        }
        dict.set_hidden(false);
        self.gc.generations_mut().count_materialized();
        let holds_container = dict.snapshot().iter().any(|e| {
            ouro_gc_core::Tracking::may_be_tracked(e.key)
                || ouro_gc_core::Tracking::may_be_tracked(e.value)
        });
        if holds_container {
            self.gc.generations_mut().track(d);
        }
    }
}

/// The module in `sys.modules` whose dict holds the builtin function `f`
/// under its own name (borrowed).
fn module_holding<C: Collector>(vm: &mut Vm<C>, f: ObjRef) -> Option<ObjRef> {
    let key = vm.intern_borrow(f.payload::<BuiltinObject>().name);
    let modules = dict_of(vm.modules)?.snapshot();
    modules.into_iter().map(|e| e.value).find(|&m| {
        m.get::<crate::types::module::ModuleObject>()
            .is_some_and(|mo| crate::protocol::attr::dict_get_str_key(mo.dict, key) == Some(f))
    })
}
