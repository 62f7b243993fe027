//! The builtins module: functions such as `print`, `len`, `sorted`, and the
//! registration helpers every native function goes through.

mod docstrings;
pub mod eval;
mod iteration;
pub(crate) mod namespace;
mod numbers;

use crate::object::{ObjExt, Tag};
use crate::text::int_ops;
use crate::types::function::{BuiltinObject, Owner, BUILTIN_VT};
use crate::types::generator::GenOutcome;
use crate::types::scalar::int_of;
use crate::types::str::{str_of, StrObject};
use crate::types::typeobj::TypeObject;
use crate::vm::{Args, NativeFn, PyResult, Vm};
use ouro_compiler::bytecode::{BinOp, CmpOp};
use ouro_gc_core::{Collector, ObjRef};

// ---- registration ----------------------------------------------------------

/// Add a native function to the vm's table; its index.
pub fn add_native<C: Collector>(vm: &mut Vm<C>, f: NativeFn<C>) -> u32 {
    vm.natives.push(f);
    (vm.natives.len() - 1) as u32
}

/// A builtin function object (new reference).
pub fn new_builtin<C: Collector>(
    vm: &mut Vm<C>,
    name: &'static str,
    f: NativeFn<C>,
    owner: Option<Owner>,
) -> ObjRef {
    let native = add_native(vm, f);
    vm.alloc(
        &BUILTIN_VT,
        BuiltinObject {
            name,
            native,
            self_: None,
            owner,
            direct: crate::interp::call::direct_builtin(name, owner),
        },
    )
    .expect("heap at start-up")
}

/// Define `name` in `dict` as a builtin function.
/// Define a builtin function in `dict`; its native index.
pub fn def_fn<C: Collector>(
    vm: &mut Vm<C>,
    dict: ObjRef,
    name: &'static str,
    f: NativeFn<C>,
) -> u32 {
    let b = new_builtin(vm, name, f, None);
    vm.dict_set_str(dict, name, b).expect("heap at start-up");
    vm.decref(b);
    last_native(vm)
}

/// The native index of the builtin made last.
fn last_native<C: Collector>(vm: &Vm<C>) -> u32 {
    (vm.natives.len() - 1) as u32
}

/// Define a method of the builtin type `type_name`; its native index.
pub fn def_method<C: Collector>(
    vm: &mut Vm<C>,
    type_name: &'static str,
    name: &'static str,
    f: NativeFn<C>,
) -> u32 {
    let t = vm.types.get(type_name);
    let d = t.payload::<TypeObject>().dict;
    let owner = Owner {
        name: type_name,
        ty: t,
        class_method: false,
    };
    let b = new_builtin(vm, name, f, Some(owner));
    vm.dict_set_str(d, name, b).expect("heap at start-up");
    vm.decref(b);
    last_native(vm)
}

/// Define a class method of the builtin type `type_name` (receives the
/// class first, whether called on the class or an instance). It is stored
/// bare, as CPython's `classmethod_descriptor`: looking it up binds it to
/// the class.
pub fn def_classmethod<C: Collector>(
    vm: &mut Vm<C>,
    type_name: &'static str,
    name: &'static str,
    f: NativeFn<C>,
) {
    let t = vm.types.get(type_name);
    let d = t.payload::<TypeObject>().dict;
    let owner = Owner {
        name: type_name,
        ty: t,
        class_method: true,
    };
    let b = new_builtin(vm, name, f, Some(owner));
    vm.dict_set_str(d, name, b).expect("heap at start-up");
    vm.decref(b);
}

/// Define a static method of the builtin type `type_name`.
pub fn def_staticmethod<C: Collector>(
    vm: &mut Vm<C>,
    type_name: &'static str,
    name: &'static str,
    f: NativeFn<C>,
) {
    use crate::types::instance::{WrapperObject, STATICMETHOD_VT};
    let t = vm.types.get(type_name);
    let d = t.payload::<TypeObject>().dict;
    let b = new_builtin(vm, name, f, None);
    let sm = vm
        .alloc(&STATICMETHOD_VT, WrapperObject::new(b))
        .expect("heap at start-up");
    vm.dict_set_str(d, name, sm).expect("heap at start-up");
    vm.decref(sm);
}

/// Define a property of the builtin type `type_name`: `get` reads it;
/// `set`, when given, answers both assignment and deletion (a read-only
/// member's error, say).
pub fn def_property<C: Collector>(
    vm: &mut Vm<C>,
    type_name: &'static str,
    name: &'static str,
    get: NativeFn<C>,
    set: Option<NativeFn<C>>,
    doc: &str,
) {
    use crate::types::instance::{PropertyObject, PROPERTY_VT};
    let fget = new_builtin(vm, name, get, None);
    let fset = set.map(|f| new_builtin(vm, name, f, None));
    let doc = vm.new_str(doc).expect("heap at start-up");
    let p = PropertyObject {
        fget: Some(fget),
        fset: fset.map(|f| vm.incref(f)),
        fdel: fset,
        doc: Some(doc),
    };
    let p = vm.alloc(&PROPERTY_VT, p).expect("heap at start-up");
    let d = vm.types.get(type_name).payload::<TypeObject>().dict;
    vm.dict_set_str(d, name, p).expect("heap at start-up");
    vm.decref(p);
}

/// Make `f` the constructor of the builtin type `type_name` (called with
/// the type first).
pub fn set_ctor<C: Collector>(vm: &mut Vm<C>, type_name: &'static str, f: NativeFn<C>) {
    let i = add_native(vm, f);
    vm.types
        .get(type_name)
        .payload::<TypeObject>()
        .ctor
        .set(Some(i));
}

// ---- argument checking ---------------------------------------------------------

/// Check the positional count of a builtin (`name() takes exactly one
/// argument (2 given)` and friends) and that no keywords were passed
/// unless `kw_ok`.
#[inline(always)]
pub fn check_args<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    // The common case: a count in range without keywords is right both
    // for a function and for a method (counted with its receiver).
    if (min..=max).contains(&n) && !args.has_kw() && (min > 0 || n > 0) {
        return Ok(());
    }
    check_args_missed(vm, args, name, min, max)
}

/// `check_args` past its common case (kept out of line: every builtin
/// inlines the common one).
#[inline(never)]
fn check_args_missed<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if let Some(owner) = vm.native_call.method_of(args.pos) {
        // A method: CPython counts without the receiver and names
        // `METH_NOARGS`/`METH_O` methods `type.name` (the type's
        // `__qualname__`: `deque`, not `collections.deque`).
        let owner = owner.rsplit('.').next().unwrap_or(owner);
        let (n, min, max) = (n - 1, min.saturating_sub(1), max.saturating_sub(1));
        let msg = if args.has_kw() {
            format!("{owner}.{name}() takes no keyword arguments")
        } else if (min..=max).contains(&n) {
            return Ok(());
        } else if max == 0 {
            format!("{owner}.{name}() takes no arguments ({n} given)")
        } else if min == 1 && max == 1 {
            format!("{owner}.{name}() takes exactly one argument ({n} given)")
        } else {
            return check_count(vm, n, name, min, max);
        };
        return Err(vm.type_error(msg));
    }
    if args.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_count(vm, n, name, min, max)
}

/// The count check of a builtin that takes keywords too (CPython's
/// `PyArg_ParseTupleAndKeywords`, whose wording differs from the other
/// checks): `int() takes at most 2 arguments (3 given)`.
pub fn check_at_most<C: Collector>(
    vm: &mut Vm<C>,
    n: usize,
    name: &str,
    max: usize,
) -> PyResult<()> {
    if n <= max {
        return Ok(());
    }
    let s = if max == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{name}() takes at most {max} argument{s} ({n} given)"
    )))
}

pub fn check_count<C: Collector>(
    vm: &mut Vm<C>,
    n: usize,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    if n >= min && n <= max {
        return Ok(());
    }
    let msg = if min == max && min == 1 {
        format!("{name}() takes exactly one argument ({n} given)")
    } else if min == max && min == 0 {
        format!("{name}() takes no arguments ({n} given)")
    } else if min == max {
        format!(
            "{name} expected {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    Err(vm.type_error(msg))
}

/// The value of keyword argument `name`, if passed.
pub fn kwarg(args: &Args<'_>, name: &str) -> Option<ObjRef> {
    args.kwnames
        .iter()
        .position(|&k| str_of(k) == Some(name))
        .map(|i| args.kwvals[i])
}

/// Bind the arguments of a builtin whose parameters can all be given by
/// position or by name (Argument Clinic's parsing, with its messages):
/// `names[i]` is `Some(value)` (borrowed) when given; the first `min` are
/// required.
pub fn bind_args<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    min: usize,
) -> PyResult<Vec<Option<ObjRef>>> {
    let n = args.pos.len() + args.kwnames.len();
    if n > names.len() {
        let s = if names.len() == 1 { "" } else { "s" };
        return Err(vm.type_error(format!(
            "{fname}() takes at most {} argument{s} ({n} given)",
            names.len()
        )));
    }
    check_required(vm, args, fname, names, min)?;
    let mut out: Vec<Option<ObjRef>> = names.iter().map(|_| None).collect();
    for (slot, &v) in out.iter_mut().zip(args.pos) {
        *slot = Some(v);
    }
    for (&k, &v) in args.kwnames.iter().zip(args.kwvals) {
        let ks = str_of(k).unwrap_or("");
        let Some(i) = names.iter().position(|&p| p == ks) else {
            return Err(vm.type_error(format!(
                "'{ks}' is an invalid keyword argument for {fname}()"
            )));
        };
        if out[i].is_some() {
            return Err(vm.type_error(format!(
                "argument for {fname}() given by name ('{ks}') and position ({})",
                i + 1
            )));
        }
        out[i] = Some(v);
    }
    Ok(out)
}

/// The first of a builtin's `min` required parameters (`names`, in order)
/// given neither by position nor by keyword: Argument Clinic reports it
/// before any keyword it does not know.
pub fn check_required<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    fname: &str,
    names: &[&str],
    min: usize,
) -> PyResult<()> {
    let named = |n: &str| args.kwnames.iter().any(|&k| str_of(k) == Some(n));
    match (args.pos.len()..min.min(names.len())).find(|&i| !named(names[i])) {
        Some(i) => Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        ))),
        None => Ok(()),
    }
}

/// Reject keywords other than `allowed`.
pub fn check_kwargs<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    fname: &str,
    allowed: &[&str],
) -> PyResult<()> {
    for &k in args.kwnames {
        let ks = str_of(k).unwrap_or("");
        if !allowed.contains(&ks) {
            // Argument Clinic's wording (`_PyArg_UnpackKeywords`), which
            // every builtin taking keywords uses.
            return Err(vm.type_error(format!(
                "'{ks}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}

/// A str argument.
pub fn arg_str<'a, C: Collector>(vm: &mut Vm<C>, o: ObjRef, what: &str) -> PyResult<&'a str> {
    match str_of(o) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(match what {
                "" => format!("must be str, not {tn}"),
                _ => format!("{what} must be str, not {tn}"),
            }))
        }
    }
}

/// The argument count of a method CPython parses with `PyArg_ParseTuple`
/// (`str.find`, `str.count`, ...): its own messages, counted without the
/// receiver.
/// A str argument checked by Argument Clinic, whose message names None
/// as `None` (`_PyArg_BadArgument`): "{what} must be str, not int".
pub(crate) fn clinic_str<'a, C: Collector>(
    vm: &mut Vm<C>,
    o: ObjRef,
    what: &str,
) -> PyResult<&'a str> {
    match crate::types::str::str_of(o) {
        Some(s) => Ok(s),
        None => {
            let tn = if o == vm.none {
                "None".to_string()
            } else {
                vm.type_name(o)
            };
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
}

pub fn check_varargs<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.pos.len().saturating_sub(1);
    if !args.has_kw() && (min..=max).contains(&n) {
        return Ok(());
    }
    if args.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let (bound, which) = if n < min {
        (min, "least")
    } else {
        (max, "most")
    };
    let s = if bound == 1 { "" } else { "s" };
    Err(vm.type_error(format!(
        "{name}() takes at {which} {bound} argument{s} ({n} given)"
    )))
}

/// An attribute name argument as the interned str (borrowed: the intern
/// table holds it), or CPython's TypeError for a name that is not a str.
pub fn attr_name<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    match str_of(o) {
        Some(s) => Ok(vm.intern_borrow(s)),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("attribute name must be string, not '{tn}'")))
        }
    }
}

/// An integer argument as i64.
pub fn arg_i64<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<i64> {
    // Argument Clinic's Py_ssize_t converter: `__index__`, then
    // PyLong_AsSsize_t, whose overflow has its own message.
    let too_big = |vm: &mut Vm<C>| {
        vm.new_error(
            "OverflowError",
            "Python int too large to convert to C ssize_t".to_string(),
        )
    };
    if let Some(crate::types::scalar::Int::Big(b)) = crate::types::scalar::int_of(o) {
        if num_traits::ToPrimitive::to_i64(b).is_none() {
            return Err(too_big(vm));
        }
    }
    match vm.index_i64_or(o, "OverflowError") {
        Ok(Some(v)) => Ok(v),
        Ok(None) => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
        Err(e) if vm.is_instance_of_name(e, "OverflowError") => {
            vm.decref(e);
            Err(too_big(vm))
        }
        Err(e) => Err(e),
    }
}

/// Argument Clinic's C int converter (`_PyLong_AsInt`).
pub fn arg_c_int<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<i32> {
    let v = match arg_i64(vm, o) {
        Ok(v) => i32::try_from(v).ok(),
        Err(e) if vm.is_instance_of_name(e, "OverflowError") => {
            vm.decref(e);
            None
        }
        Err(e) => return Err(e),
    };
    v.ok_or_else(|| {
        vm.new_error(
            "OverflowError",
            "Python int too large to convert to C int".to_string(),
        )
    })
}

/// `PyNumber_AsSsize_t(o, NULL)`: an index value, an int past 64 bits
/// clamped to the range (`round`'s digits, `int()`'s base).
pub fn arg_i64_clamped<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<i64> {
    if let Some(crate::types::scalar::Int::Big(b)) = crate::types::scalar::int_of(o) {
        if num_traits::ToPrimitive::to_i64(b).is_none() {
            return Ok(if num_traits::Signed::is_negative(b) {
                i64::MIN
            } else {
                i64::MAX
            });
        }
    }
    arg_i64(vm, o)
}

// ---- installation --------------------------------------------------------------

/// Create the builtins module with every builtin function, type and
/// exception class.
pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let d = vm.new_dict().expect("heap at start-up");
    vm.builtins_dict = d;
    let fns: &[(&'static str, NativeFn<C>)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("id", id),
        ("hash", hash),
        ("hex", numbers::hex),
        ("oct", numbers::oct),
        ("bin", numbers::bin),
        ("abs", numbers::abs),
        ("isinstance", namespace::isinstance),
        ("issubclass", namespace::issubclass),
        ("callable", namespace::callable),
        ("min", iteration::min),
        ("max", iteration::max),
        ("sum", iteration::sum),
        ("sorted", iteration::sorted),
        ("any", iteration::any),
        ("all", iteration::all),
        ("iter", iteration::iter),
        ("next", iteration::next),
        ("aiter", iteration::aiter),
        ("anext", iteration::anext),
        ("exit", crate::modules::sys::exit),
        ("quit", crate::modules::sys::exit),
        ("ord", numbers::ord),
        ("chr", numbers::chr),
        ("round", numbers::round),
        ("divmod", numbers::divmod),
        ("pow", numbers::pow),
        ("getattr", namespace::getattr),
        ("setattr", namespace::setattr),
        ("hasattr", namespace::hasattr),
        ("delattr", namespace::delattr),
        ("format", format),
        ("globals", namespace::globals),
        ("vars", namespace::vars),
        ("locals", namespace::locals),
        ("compile", crate::builtins::eval::compile),
        ("input", input),
        ("open", open),
        ("__import__", import),
        ("breakpoint", breakpoint),
        ("exec", crate::builtins::eval::exec),
        ("eval", crate::builtins::eval::eval),
        ("dir", namespace::dir),
        ("__build_class__", crate::protocol::class::build_class),
    ];
    for &(name, f) in fns {
        let native = def_fn(vm, d, name, f);
        match name {
            "len" => vm.native_len = native,
            "isinstance" => vm.native_isinstance = native,
            _ => {}
        }
    }
    let names: Vec<&'static str> = vm.types.by_name.keys().copied().collect();
    for name in names {
        if !name.contains("iterator") && !name.starts_with("dict_") && !is_hidden_type(name) {
            let t = vm.types.get(name);
            vm.dict_set_str(d, name, t).expect("heap at start-up");
        }
    }
    let os_error = vm.types.get("OSError");
    for (name, o) in [
        ("None", vm.none),
        ("Ellipsis", vm.ellipsis),
        ("NotImplemented", vm.not_implemented),
        ("True", vm.true_),
        ("False", vm.false_),
        ("__debug__", vm.true_),
        ("EnvironmentError", os_error),
        ("IOError", os_error),
    ] {
        vm.dict_set_str(d, name, o).expect("heap at start-up");
    }
    crate::types::ctors::install(vm);
    let m = vm
        .new_module("builtins", crate::modules::import::ModuleOrigin::Native)
        .expect("heap at start-up");
    let md = m.payload::<crate::types::module::ModuleObject>().dict;
    vm.dict_update(md, d, false).expect("heap at start-up");
    vm.builtins = m;
    vm.dict_set_str(md, "__builtins__", m).ok();
    // From now on the module's own dict is where builtins are looked up
    // (`__name__` included, as CPython's), not the dict it was filled from.
    let md = vm.incref(md);
    let filled = std::mem::replace(&mut vm.builtins_dict, md);
    vm.decref(filled);
}

fn is_hidden_type(name: &str) -> bool {
    matches!(
        name,
        "NoneType"
            | "NotImplementedType"
            | "ellipsis"
            | "function"
            | "builtin_function_or_method"
            | "method_descriptor"
            | "wrapper_descriptor"
            | "method-wrapper"
            | "classmethod_descriptor"
            | "method"
            | "code"
            | "module"
            | "cell"
            | "frame"
            | "callable_iterator"
            | "iterator"
            | "generator"
            | "coroutine"
            | "async_generator"
            | "async_generator_asend"
            | "async_generator_athrow"
            | "anext_awaitable"
            | "getset_descriptor"
            | "member_descriptor"
            | "traceback"
            | "coroutine_wrapper"
    ) || name.contains('.')
}

/// `type(x)` and `type(name, bases, dict)`.
pub fn type_call<C: Collector>(
    vm: &mut Vm<C>,
    args: &crate::interp::call::CallArgs,
) -> PyResult<ObjRef> {
    match args.pos.len() {
        1 => Ok(vm.incref(vm.type_of(args.pos[0]))),
        3 => {
            let name = arg_str(vm, args.pos[0], "type.__new__() argument 1")?.to_string();
            let (bases, ns) = (args.pos[1], args.pos[2]);
            // (Subclasses of tuple and dict are accepted, as CPython's
            // PyTuple_Check and PyDict_Check accept them.)
            for (i, o, tag, want) in [(2, bases, Tag::Tuple, "tuple"), (3, ns, Tag::Dict, "dict")] {
                if crate::object::layout_tag(o) != tag {
                    let tn = vm.type_name(o);
                    return Err(vm.type_error(format!(
                        "type.__new__() argument {i} must be {want}, not {tn}"
                    )));
                }
            }
            let bases = vm.tuple_of(bases).unwrap_or_default();
            let cls = crate::protocol::class::make_class(vm, &name, &bases, ns)?;
            match vm.with_roots(&[cls], |vm| {
                crate::protocol::class::class_hooks(vm, cls, Vec::new())
            }) {
                Ok(()) => Ok(cls),
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref(cls));
                    Err(e)
                }
            }
        }
        _ => Err(vm.type_error("type() takes 1 or 3 arguments".to_string())),
    }
}

// ---- the functions -------------------------------------------------------------

fn print<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "print", &["sep", "end", "file", "flush"])?;
    let text_of = |vm: &mut Vm<C>, name: &str, dflt: &str| -> PyResult<String> {
        match kwarg(&args, name) {
            Some(o) if o == vm.none => Ok(dflt.to_string()),
            Some(o) => match str_of(o) {
                Some(s) => Ok(s.to_string()),
                None => {
                    let tn = vm.type_name(o);
                    Err(vm.type_error(format!("{name} must be None or a string, not {tn}")))
                }
            },
            None => Ok(dflt.to_string()),
        }
    };
    let sep = text_of(vm, "sep", " ")?;
    let end = text_of(vm, "end", "\n")?;
    let file = match kwarg(&args, "file").filter(|&f| f != vm.none) {
        Some(f) => Some(f),
        None => crate::modules::sys::sys_attr(vm, "stdout"),
    };
    let Some(file) = file else {
        return Err(vm.new_error("RuntimeError", "lost sys.stdout".into()));
    };
    if file == vm.none {
        return Ok(vm.new_none());
    }
    let wrapper = vm.types.get("TextIOWrapper");
    if vm.type_of(file) != wrapper {
        // Any object with `write`: each piece written in turn, as CPython.
        let file = vm.incref(file);
        let r = vm.with_roots(&[file], |vm| {
            for (i, &a) in args.pos.iter().enumerate() {
                if i > 0 {
                    write_piece(vm, file, &sep)?;
                }
                let s = vm.str(a)?;
                let r = vm.using(s, |vm, s| vm.call_method_named(file, "write", &[s]));
                vm.decref(r?);
            }
            write_piece(vm, file, &end)?;
            if let Some(f) = kwarg(&args, "flush") {
                if vm.is_true(f)? {
                    let r = vm.call_method_named(file, "flush", &[])?;
                    vm.decref(r);
                }
            }
            Ok(())
        });
        vm.decref(file);
        r?;
        return Ok(vm.new_none());
    }
    // Each piece goes out as soon as it is converted, as CPython writes
    // it (a `__str__` that prints, or raises, shows where it ran). The
    // stream is the one the object was made for, whichever `sys` name
    // holds it (`sys.stderr = sys.stdout` prints to stdout).
    let to_stderr = crate::modules::sys::stream_fd(vm, file)? == 2;
    let emit = |vm: &mut Vm<C>, text: &str| {
        if to_stderr {
            vm.flush_stdout();
            eprint!("{text}");
        } else {
            vm.out.extend_from_slice(text.as_bytes());
        }
    };
    for (i, &a) in args.pos.iter().enumerate() {
        if i > 0 {
            emit(vm, &sep);
        }
        let s = vm.str_string(a)?;
        emit(vm, &s);
    }
    emit(vm, &end);
    if !to_stderr
        && (vm.out.len() > 1 << 16 || kwarg(&args, "flush").is_some_and(|f| f == vm.true_))
    {
        vm.flush_stdout();
    }
    Ok(vm.new_none())
}

/// `input([prompt])`: the prompt written (stdout flushed first), a line
/// read from stdin without its newline; EOFError at the end of input.
fn input<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "input", 0, 1)?;
    if let Some(&p) = args.pos.first() {
        let s = vm.str_string(p)?;
        vm.out.extend_from_slice(s.as_bytes());
    }
    vm.flush_stdout();
    // A program that replaced `sys.stdin` is read through it, as CPython's
    // `input` reads `sys.stdin.readline()`.
    let replaced = crate::protocol::attr::dict_get_str_key(vm.modules, vm.intern_borrow("sys"))
        .and_then(|sys| sys.get::<crate::types::module::ModuleObject>())
        .and_then(|m| crate::protocol::attr::dict_get_str_key(m.dict, vm.intern_borrow("stdin")))
        .filter(|&s| vm.type_name(s) != "_Stdin");
    let mut line = match replaced {
        Some(stdin) => {
            let stdin = vm.incref(stdin);
            let l = vm.using(stdin, |vm, s| vm.call_method_named(s, "readline", &[]))?;
            let text = str_of(l).map(str::to_string);
            vm.decref(l);
            match text {
                Some(t) => t,
                None => return Err(vm.type_error("object.readline() returned non-string".into())),
            }
        }
        None => read_stdin_line(vm)?,
    };
    if line.is_empty() {
        return Err(vm.new_error("EOFError", "EOF when reading a line".into()));
    }
    // Only the newline goes: stdin does not translate `\r\n` on POSIX.
    if line.ends_with('\n') {
        line.pop();
    }
    vm.new_string(line)
}

/// One line of the process's standard input with its newline ("" at the
/// end of input).
pub(crate) fn read_stdin_line<C: Collector>(vm: &mut Vm<C>) -> PyResult<String> {
    let mut raw = Vec::new();
    use std::io::BufRead;
    match std::io::stdin().lock().read_until(b'\n', &mut raw) {
        Ok(_) => Ok(String::from_utf8_lossy(&raw).into_owned()),
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

/// `open(...)`: `io.open` (files are Python objects on ouro's `_os`).
fn open<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if args.pos.is_empty() && kwarg(&args, "file").is_none() {
        return Err(vm.type_error("open() missing required argument 'file' (pos 1)".into()));
    }
    let name = vm.intern_borrow("io");
    let module = vm.import_module(name)?;
    let f = vm.using(module, |vm, m| vm.getattr_str(m, "open"))?;
    let call = crate::interp::call::CallArgs {
        pos: args.pos.to_vec(),
        kw: args.kw_pairs(),
    };
    let r = vm.with_roots(&[f], |vm| vm.call_args(f, &call));
    vm.decref(f);
    r
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`.
fn import<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(
        vm,
        &args,
        "__import__",
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let Some(name) = args.pos.first().copied().or_else(|| kwarg(&args, "name")) else {
        return Err(vm.type_error("__import__() missing required argument 'name' (pos 1)".into()));
    };
    if name.tag() != Tag::Str {
        return Err(vm.type_error("module name must be a string".into()));
    }
    let arg = |i: usize, kw: &str| args.pos.get(i).copied().or_else(|| kwarg(&args, kw));
    let globals = arg(1, "globals").filter(|&g| g != vm.none);
    let fromlist = arg(3, "fromlist").unwrap_or(vm.none);
    let level = match arg(4, "level") {
        None => 0,
        Some(l) => match crate::types::scalar::int_of(l) {
            Some(i) => i.as_i64().unwrap_or(i64::MAX),
            None => {
                let tn = vm.type_name(l);
                return Err(
                    vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
                );
            }
        },
    };
    vm.import_name(name, globals, fromlist, level)
}

/// `breakpoint()`: ouro has no debugger; it says so and goes on.
fn breakpoint<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    vm.flush_stdout();
    eprintln!("breakpoint(): ouro has no debugger (pdb); the program continues");
    Ok(vm.new_none())
}

/// `file.write(text)` for `print`.
fn write_piece<C: Collector>(vm: &mut Vm<C>, file: ObjRef, text: &str) -> PyResult<()> {
    let s = vm.new_str(text)?;
    let r = vm.using(s, |vm, s| vm.call_method_named(file, "write", &[s]));
    vm.decref(r?);
    Ok(())
}

/// `len(x)`, `isinstance(x, c)` and `l.append(x)` on an exact list, of
/// the builtins themselves (native index `native`, the arguments `given`,
/// borrowed, a method's receiver first) straight to their work, as CPython
/// 3.11's `CALL_NO_KW_LEN`, `CALL_NO_KW_ISINSTANCE` and
/// `CALL_NO_KW_LIST_APPEND`; None for any other call.
pub(crate) fn quick_call<C: Collector>(
    vm: &mut Vm<C>,
    native: u32,
    given: &[ObjRef],
) -> Option<PyResult<ObjRef>> {
    match *given {
        [x] if native == vm.native_len => Some(vm.len(x).and_then(|n| vm.new_int_i64(n as i64))),
        [x, c] if native == vm.native_isinstance => {
            Some(namespace::isinstance_of(vm, x, c).map(|t| vm.new_bool(t)))
        }
        [l, x] if native == vm.native_list_append && l.tag() == Tag::List => {
            let x = vm.incref(x);
            Some(vm.list_append(l, x).map(|()| vm.new_none()))
        }
        _ => None,
    }
}

fn len<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "len", 1, 1)?;
    let n = vm.len(args.pos[0])?;
    vm.new_int_i64(n as i64)
}

fn repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "repr", 1, 1)?;
    vm.repr(args.pos[0])
}

fn ascii<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "ascii", 1, 1)?;
    vm.ascii(args.pos[0])
}

fn id<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "id", 1, 1)?;
    vm.new_bigint(num_bigint::BigInt::from(args.pos[0].addr()))
}

fn hash<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "hash", 1, 1)?;
    let h = vm.hash(args.pos[0])?;
    vm.new_int_i64(h)
}

fn format<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "format", 1, 2)?;
    if let Some(&spec) = args.pos.get(1) {
        clinic_str(vm, spec, "format() argument 2")?;
    }
    vm.format(args.pos[0], args.pos.get(1).copied())
}

/// CPython 3.11's `__doc__` for a builtin: `"builtins.len"`, a type
/// (`"list"`) or a type's method (`"list.append"`).
pub fn docstring(key: &str) -> Option<&'static str> {
    let docs = docstrings::DOCSTRINGS;
    docs.binary_search_by(|&(k, _)| k.cmp(key))
        .ok()
        .map(|i| docs[i].1)
}

/// Give every builtin type its `__doc__` (CPython's text, or None), in its
/// dict, where class attribute lookup finds it for the type, its instances
/// and subclasses that set none.
pub fn install_type_docs<C: Collector>(vm: &mut Vm<C>) {
    let mut names: Vec<&'static str> = vm.types.by_name.keys().copied().collect();
    names.sort_unstable();
    for name in names {
        let d = vm.types.get(name).payload::<TypeObject>().dict;
        if crate::protocol::attr::dict_get_str_key(d, vm.names.doc).is_some() {
            continue;
        }
        let doc = match docstring(name) {
            Some(text) => vm.new_str(text).expect("heap at start-up"),
            None => vm.new_none(),
        };
        vm.dict_set_str(d, "__doc__", doc)
            .expect("heap at start-up");
        vm.decref(doc);
    }
}
