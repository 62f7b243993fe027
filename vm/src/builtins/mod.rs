//! The builtins module: functions such as `print`, `len`, `sorted`, and the
//! registration helpers every native function goes through.

pub mod eval;

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
        },
    )
    .expect("heap at start-up")
}

/// Define `name` in `dict` as a builtin function.
pub fn def_fn<C: Collector>(vm: &mut Vm<C>, dict: ObjRef, name: &'static str, f: NativeFn<C>) {
    let b = new_builtin(vm, name, f, None);
    vm.dict_set_str(dict, name, b).expect("heap at start-up");
    vm.decref(b);
}

/// Define a method of the builtin type `type_name`.
pub fn def_method<C: Collector>(
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
        class_method: false,
    };
    let b = new_builtin(vm, name, f, Some(owner));
    vm.dict_set_str(d, name, b).expect("heap at start-up");
    vm.decref(b);
}

/// Define a class method of the builtin type `type_name` (receives the
/// class first, whether called on the class or an instance).
pub fn def_classmethod<C: Collector>(
    vm: &mut Vm<C>,
    type_name: &'static str,
    name: &'static str,
    f: NativeFn<C>,
) {
    use crate::types::instance::{WrapperObject, CLASSMETHOD_VT};
    let t = vm.types.get(type_name);
    let d = t.payload::<TypeObject>().dict;
    let owner = Owner {
        name: type_name,
        ty: t,
        class_method: true,
    };
    let b = new_builtin(vm, name, f, Some(owner));
    let cm = vm
        .alloc(&CLASSMETHOD_VT, WrapperObject { func: b })
        .expect("heap at start-up");
    vm.dict_set_str(d, name, cm).expect("heap at start-up");
    vm.decref(cm);
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
        .alloc(&STATICMETHOD_VT, WrapperObject { func: b })
        .expect("heap at start-up");
    vm.dict_set_str(d, name, sm).expect("heap at start-up");
    vm.decref(sm);
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
pub fn check_args<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    min: usize,
    max: usize,
) -> PyResult<()> {
    let n = args.len();
    if args.has_kw() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    check_count(vm, n, name, min, max)
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
    if let Some(i) = out[..min].iter().position(Option::is_none) {
        return Err(vm.type_error(format!(
            "{fname}() missing required argument '{}' (pos {})",
            names[i],
            i + 1
        )));
    }
    Ok(out)
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
            return Err(vm.type_error(format!(
                "{fname}() got an unexpected keyword argument '{ks}'"
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
            Err(vm.type_error(format!("{what} must be str, not {tn}")))
        }
    }
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
    match vm.index_i64(o)? {
        Some(v) => Ok(v),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
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
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("abs", abs),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("callable", callable),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("sorted", sorted),
        ("any", any),
        ("all", all),
        ("iter", iter),
        ("next", next),
        ("aiter", aiter),
        ("anext", anext),
        ("exit", crate::modules::sys::exit),
        ("quit", crate::modules::sys::exit),
        ("ord", ord),
        ("chr", chr),
        ("round", round),
        ("divmod", divmod),
        ("pow", pow),
        ("getattr", getattr),
        ("setattr", setattr),
        ("hasattr", hasattr),
        ("delattr", delattr),
        ("format", format),
        ("globals", globals),
        ("vars", vars),
        ("locals", locals),
        ("compile", crate::builtins::eval::compile),
        ("input", input),
        ("open", open),
        ("__import__", import),
        ("breakpoint", breakpoint),
        ("exec", crate::builtins::eval::exec),
        ("eval", crate::builtins::eval::eval),
        ("dir", dir),
        ("__build_class__", crate::protocol::class::build_class),
    ];
    for &(name, f) in fns {
        def_fn(vm, d, name, f);
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
    let m = vm.new_module("builtins", None).expect("heap at start-up");
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
            for (i, o, tag, want) in [(2, bases, Tag::Tuple, "tuple"), (3, ns, Tag::Dict, "dict")] {
                if o.tag() != tag {
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
                    vm.decref(cls);
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
    let mut line = String::new();
    for (i, &a) in args.pos.iter().enumerate() {
        if i > 0 {
            line.push_str(&sep);
        }
        line.push_str(&vm.str_string(a)?);
    }
    line.push_str(&end);
    let to_stderr = crate::modules::sys::is_stderr(vm, file);
    if to_stderr {
        vm.flush_stdout();
        eprint!("{line}");
    } else {
        vm.out.extend_from_slice(line.as_bytes());
        if vm.out.len() > 1 << 16 || kwarg(&args, "flush").is_some_and(|f| f == vm.true_) {
            vm.flush_stdout();
        }
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
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) => Err(vm.new_error("EOFError", "EOF when reading a line".into())),
        Ok(_) => {
            if line.ends_with('\n') {
                line.pop();
                if line.ends_with('\r') {
                    line.pop();
                }
            }
            vm.new_string(line)
        }
        Err(e) => Err(vm.new_error("OSError", e.to_string())),
    }
}

/// `open(...)`: `io.open` (files are Python objects on ouro's `_os`).
fn open<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
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
    vm.import_module(name)
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

fn radix<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str, r: u32) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let o = args.pos[0];
    let Some(io) = vm.index_object(o)? else {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
    };
    let s = int_ops::int_to_str_radix(&int_of(io).expect("an int").to_big(), r);
    vm.decref(io);
    vm.new_string(s)
}

fn hex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    radix(vm, &args, "hex", 16)
}
fn oct<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    radix(vm, &args, "oct", 8)
}
fn bin<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    radix(vm, &args, "bin", 2)
}

fn abs<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "abs", 1, 1)?;
    let o = args.pos[0];
    // A non-negative exact int is its own absolute value (`long_abs`).
    let non_negative = match crate::types::scalar::int_of(o) {
        Some(crate::types::scalar::Int::Small(v)) => v >= 0,
        Some(crate::types::scalar::Int::Big(b)) => b.sign() != num_bigint::Sign::Minus,
        None => false,
    };
    if o.tag() == Tag::Int && non_negative {
        return Ok(vm.incref(o));
    }
    if let Some(r) = vm.num_unary(o, 'a')? {
        return Ok(r);
    }
    if let Some(r) = vm.try_dunder(o, "__abs__", &[])? {
        return Ok(r);
    }
    let tn = vm.type_name(o);
    Err(vm.type_error(format!("bad operand type for abs(): '{tn}'")))
}

/// The classes of an isinstance/issubclass second argument.
/// The classes `isinstance`/`issubclass` test against (borrowed): a type,
/// the items of a tuple or of a `X | Y` union, recursively, or an object
/// whose type has the `__instancecheck__`/`__subclasscheck__` hook.
fn class_list<C: Collector>(vm: &mut Vm<C>, o: ObjRef, fname: &str) -> PyResult<Vec<ObjRef>> {
    if o.tag() == Tag::Type {
        return Ok(vec![o]);
    }
    if let Some(items) = vm.tuple_of(o) {
        let mut out = Vec::new();
        for x in items {
            out.extend(class_list(vm, x, fname)?);
        }
        return Ok(out);
    }
    if crate::protocol::ops::is_user(o) {
        if vm.type_name(o) == "UnionType" {
            let args = vm.getattr_str(o, "__args__")?;
            if let Some(items) = vm.tuple_of(args) {
                // The union holds its args; `o` is held by the caller.
                vm.decref(args);
                return Ok(items);
            }
            vm.decref(args);
        }
        let hook = if fname == "isinstance" {
            "__instancecheck__"
        } else {
            "__subclasscheck__"
        };
        if vm.has_type_attr(o, hook) {
            return Ok(vec![o]);
        }
    }
    Err(vm.type_error(format!(
        "{fname}() arg 2 must be a type, a tuple of types, or a union"
    )))
}

fn isinstance<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "isinstance", 2, 2)?;
    let classes = class_list(vm, args.pos[1], "isinstance")?;
    for c in classes {
        let found = match c.tag() {
            Tag::Type => vm.instance_check(args.pos[0], c)?,
            _ => {
                let r = vm.call_method_named(c, "__instancecheck__", &[args.pos[0]])?;
                vm.truth_owned(r)?
            }
        };
        if found {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn issubclass<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "issubclass", 2, 2)?;
    if args.pos[0].tag() != Tag::Type {
        return Err(vm.type_error("issubclass() arg 1 must be a class".to_string()));
    }
    let classes = class_list(vm, args.pos[1], "issubclass")?;
    for c in classes {
        let found = match c.tag() {
            Tag::Type => vm.subclass_check(args.pos[0], c)?,
            _ => {
                let r = vm.call_method_named(c, "__subclasscheck__", &[args.pos[0]])?;
                vm.truth_owned(r)?
            }
        };
        if found {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn callable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "callable", 1, 1)?;
    let r = vm.is_callable(args.pos[0]);
    Ok(vm.new_bool(r))
}

impl<C: Collector> Vm<C> {
    /// `callable(o)`.
    pub(crate) fn is_callable(&self, o: ObjRef) -> bool {
        match o.tag() {
            Tag::Function | Tag::Builtin | Tag::Method | Tag::Type => true,
            _ => {
                let t = self.type_of(o);
                self.lookup_type_attr(t, self.names.call).is_some()
            }
        }
    }
}

/// `min`/`max`: one iterable or several arguments, `key=`, `default=`.
fn min_max<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    op: CmpOp,
) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, name, &["key", "default"])?;
    if args.is_empty() {
        return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0")));
    }
    let key = kwarg(&args, "key").filter(|&k| k != vm.none);
    let default = kwarg(&args, "default");
    let items = if args.len() == 1 {
        vm.iterate(args.pos[0])?
    } else {
        if default.is_some() {
            return Err(vm.type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        args.pos.iter().map(|&a| vm.incref(a)).collect()
    };
    let r = vm.with_roots(&items.clone(), |vm| pick_extreme(vm, &items, key, op));
    vm.decref_all(items);
    match r? {
        Some(best) => Ok(best),
        None => match default {
            Some(d) => Ok(vm.incref(d)),
            None => Err(vm.value_error(format!("{name}() arg is an empty sequence"))),
        },
    }
}

fn pick_extreme<C: Collector>(
    vm: &mut Vm<C>,
    items: &[ObjRef],
    key: Option<ObjRef>,
    op: CmpOp,
) -> PyResult<Option<ObjRef>> {
    let mut best: Option<(ObjRef, ObjRef)> = None;
    let mut keys = Vec::new();
    let base = vm.temp_roots.len();
    let result = (|| {
        for &x in items {
            let k = match key {
                Some(f) => vm.call(f, &[x])?,
                None => vm.incref(x),
            };
            keys.push(k);
            vm.temp_roots.push(k);
            let better = match best {
                None => true,
                Some((_, bk)) => {
                    let r = vm.compare(k, bk, op)?;
                    let t = vm.truth_owned(r);
                    t?
                }
            };
            if better {
                best = Some((x, k));
            }
        }
        Ok(best.map(|(x, _)| vm.incref(x)))
    })();
    vm.temp_roots.truncate(base);
    vm.decref_all(keys);
    result
}

fn min<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    min_max(vm, args, "min", CmpOp::Lt)
}

fn max<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    min_max(vm, args, "max", CmpOp::Gt)
}

fn sum<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "sum", &["start"])?;
    if args.len() > 2 {
        return Err(vm.type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    check_count(vm, args.len(), "sum", 1, 2)?;
    let start = args.pos.get(1).copied().or_else(|| kwarg(&args, "start"));
    if let Some(s) = start {
        if matches!(s.tag(), Tag::Str) {
            return Err(
                vm.type_error("sum() can't sum strings [use ''.join(seq) instead]".to_string())
            );
        }
    }
    let items = vm.iterate(args.pos[0])?;
    let mut acc = match start {
        Some(s) => vm.incref(s),
        None => vm.new_int_i64(0)?,
    };
    let mut res = Ok(());
    let base = vm.temp_roots.len();
    vm.temp_roots.extend_from_slice(&items);
    for &x in &items {
        vm.temp_roots.push(acc);
        let r = vm.binary_op(acc, x, BinOp::Add, false);
        vm.temp_roots.pop();
        match r {
            Ok(v) => {
                vm.decref(acc);
                acc = v;
            }
            Err(e) => {
                res = Err(e);
                break;
            }
        }
    }
    vm.temp_roots.truncate(base);
    vm.decref_all(items);
    match res {
        Ok(()) => Ok(acc),
        Err(e) => {
            vm.decref(acc);
            Err(e)
        }
    }
}

fn sorted<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "sorted", &["key", "reverse"])?;
    if args.len() != 1 {
        return Err(vm.type_error(format!("sorted expected 1 argument, got {}", args.len())));
    }
    let list = vm.list_from(Some(args.pos[0]))?;
    let (key, reverse) = (kwarg(&args, "key"), kwarg(&args, "reverse"));
    let r = vm.with_roots(&[list], |vm| {
        crate::types::list::sort_list(vm, list, key, reverse)
    });
    match r {
        Ok(()) => Ok(list),
        Err(e) => {
            vm.decref(list);
            Err(e)
        }
    }
}

fn any_all<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    want: bool,
) -> PyResult<ObjRef> {
    check_args(vm, &args, name, 1, 1)?;
    let it = vm.get_iter(args.pos[0])?;
    let r = vm.with_roots(&[it], |vm| loop {
        match vm.next(it)? {
            Some(v) => {
                let t = vm.with_roots(&[v], |vm| vm.is_true(v));
                vm.decref(v);
                if t? == want {
                    return Ok(want);
                }
            }
            None => return Ok(!want),
        }
    });
    vm.decref(it);
    Ok(vm.new_bool(r?))
}

fn any<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    any_all(vm, args, "any", true)
}

fn all<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    any_all(vm, args, "all", false)
}

fn iter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "iter", 1, 2)?;
    if args.len() == 2 {
        if !vm.is_callable(args.pos[0]) {
            return Err(vm.type_error("iter(v, w): v must be callable".into()));
        }
        let state = crate::types::iter::IterState::Callable {
            func: Some(vm.incref(args.pos[0])),
            sentinel: vm.incref(args.pos[1]),
        };
        return vm.alloc(
            &crate::types::iter::ITER_VT,
            crate::types::iter::IterObject::new(state),
        );
    }
    vm.get_iter(args.pos[0])
}

fn next<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "next", 1, 2)?;
    let it = args.pos[0];
    if !vm.is_iterator(it) {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an iterator")));
    }
    let default = args.pos.get(1).copied();
    // A generator's return value and a `__next__`'s own StopIteration
    // reach the caller as they are when there is no default.
    let r = if it.tag() == Tag::Generator {
        match vm.gen_send(it, vm.none)? {
            GenOutcome::Yield(v) => Ok(Some(v)),
            GenOutcome::Return(v) if default.is_none() => Err(vm.stop_iteration(v)),
            GenOutcome::Return(v) => {
                vm.decref(v);
                Ok(None)
            }
        }
    } else if crate::protocol::ops::is_user(it) && default.is_none() {
        vm.try_dunder(it, "__next__", &[])
    } else {
        vm.next(it)
    };
    match r? {
        Some(v) => Ok(v),
        None => match default {
            Some(d) => Ok(vm.incref(d)),
            None => {
                crate::interp::exceptions::make_exception(vm, "StopIteration", &[]).and_then(Err)
            }
        },
    }
}

/// `aiter(o)`: `o.__aiter__()`, which must be an asynchronous iterator.
fn aiter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "aiter", 1, 1)?;
    let o = args.pos[0];
    if let Some(r) = vm.async_gen_aiter(o) {
        return Ok(r);
    }
    let r = match crate::protocol::ops::is_user(o) {
        true => vm.try_dunder(o, "__aiter__", &[])?,
        false => None,
    };
    let Some(r) = r else {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterable")));
    };
    if crate::types::generator::kind_of(r) != Some(crate::types::generator::GenKind::AsyncGenerator)
        && !vm.has_type_attr(r, "__anext__")
    {
        let tn = vm.type_name(r);
        vm.decref(r);
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{tn}'"
        )));
    }
    Ok(r)
}

/// `anext(it[, default])`: `it.__anext__()`; with a default, an awaitable
/// that gives the default for `StopAsyncIteration`.
fn anext<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use crate::types::generator::{kind_of, GenKind};
    check_args(vm, &args, "anext", 1, 2)?;
    let it = args.pos[0];
    let r = if kind_of(it) == Some(GenKind::AsyncGenerator) {
        use crate::types::asyncgen::OpKind;
        Some(vm.new_async_gen_op(OpKind::Send, it, &[vm.none])?)
    } else if crate::protocol::ops::is_user(it) {
        vm.try_dunder(it, "__anext__", &[])?
    } else {
        None
    };
    let Some(r) = r else {
        let tn = vm.type_name(it);
        return Err(vm.type_error(format!("'{tn}' object is not an async iterator")));
    };
    match args.pos.get(1) {
        None => Ok(r),
        Some(&d) => vm.using(r, |vm, r| {
            vm.new_async_gen_op(crate::types::asyncgen::OpKind::AnextDefault, r, &[d])
        }),
    }
}

fn ord<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "ord", 1, 1)?;
    let o = args.pos[0];
    if let Some(b) = crate::types::bytearray::buffer_of(o) {
        if b.len() != 1 {
            return Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )));
        }
        return vm.new_int_i64(i64::from(b[0]));
    }
    let Some(s) = o.get::<StrObject>() else {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("ord() expected string of length 1, but {tn} found")));
    };
    if s.chars != 1 {
        return Err(vm.type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars
        )));
    }
    vm.new_int_i64(s.char_at(0) as i64)
}

fn chr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "chr", 1, 1)?;
    let i = arg_i64(vm, args.pos[0])?;
    match u32::try_from(i)
        .ok()
        .filter(|&v| v < 0x110000)
        .and_then(char::from_u32)
    {
        Some(c) => vm.new_str(c.encode_utf8(&mut [0; 4])),
        None if (0..0x110000).contains(&i) => vm.new_str("\u{fffd}"),
        None => Err(vm.value_error("chr() arg not in range(0x110000)".to_string())),
    }
}

fn round<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = bind_args(vm, &args, "round", &["number", "ndigits"], 1)?;
    let x = a[0].expect("required");
    let nd = a[1].filter(|&n| n != vm.none);
    crate::types::scalar::round(vm, x, nd)
}

fn divmod<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "divmod", 2, 2)?;
    let (a, b) = (args.pos[0], args.pos[1]);
    if crate::protocol::numeric::num_of(a).is_none()
        || crate::protocol::numeric::num_of(b).is_none()
    {
        if crate::protocol::ops::is_user(a) {
            if let Some(r) = vm.try_dunder(a, "__divmod__", &[b])? {
                return Ok(r);
            }
        } else if let Some(r) = crate::types::slot_wrappers::num_divmod(vm, a, b)? {
            return Ok(r);
        }
        if crate::protocol::ops::is_user(b) {
            if let Some(r) = vm.try_dunder(b, "__rdivmod__", &[a])? {
                return Ok(r);
            }
        }
        let (ta, tb) = (vm.type_name(a), vm.type_name(b));
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"
        )));
    }
    let q = vm.binary_op(a, b, BinOp::FloorDiv, false)?;
    let r = match vm.binary_op(a, b, BinOp::Mod, false) {
        Ok(r) => r,
        Err(e) => {
            vm.decref(q);
            return Err(e);
        }
    };
    vm.new_tuple(vec![q, r])
}

fn pow<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let p = bind_args(vm, &args, "pow", &["base", "exp", "mod"], 2)?;
    let (base, exp) = (p[0].expect("required"), p[1].expect("required"));
    if let Some(m) = p[2].filter(|&m| m != vm.none) {
        // A user class's `__pow__` takes the modulus (never `__rpow__`).
        if crate::protocol::ops::is_user(base) {
            if let Some(r) = vm.try_dunder(base, "__pow__", &[exp, m])? {
                if r != vm.not_implemented {
                    return Ok(r);
                }
                vm.decref(r);
            }
        }
        if [base, exp, m]
            .iter()
            .any(|&o| crate::protocol::ops::is_user(o))
        {
            let names: Vec<String> = [base, exp, m].iter().map(|&o| vm.type_name(o)).collect();
            return Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                names[0], names[1], names[2]
            )));
        }
        let (a, b, m) = (int_of(base), int_of(exp), int_of(m));
        let (Some(a), Some(b), Some(m)) = (a, b, m) else {
            return Err(vm.type_error(
                "pow() 3rd argument not allowed unless all arguments are integers".to_string(),
            ));
        };
        return match int_ops::pow_mod(&a.to_big(), &b.to_big(), &m.to_big()) {
            Ok(v) => vm.new_bigint(v),
            Err(e) => Err(vm.int_error(e)),
        };
    }
    vm.binary_op(base, exp, BinOp::Pow, false)
}

fn getattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getattr", 2, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    let r = vm.getattr(args.pos[0], name);
    match (r, args.pos.get(2)) {
        (Err(e), Some(&d)) if vm.is_instance_of_name(e, "AttributeError") => {
            vm.decref(e);
            Ok(vm.incref(d))
        }
        (r, _) => r,
    }
}

fn setattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "setattr", 3, 3)?;
    let name = attr_name(vm, args.pos[1])?;
    let r = vm.setattr(args.pos[0], name, Some(args.pos[2]));
    r.map(|_| vm.new_none())
}

fn hasattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "hasattr", 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    let r = vm.getattr(args.pos[0], name);
    match r {
        Ok(v) => {
            vm.decref(v);
            Ok(vm.new_bool(true))
        }
        Err(e) if vm.is_instance_of_name(e, "AttributeError") => {
            vm.decref(e);
            Ok(vm.new_bool(false))
        }
        Err(e) => Err(e),
    }
}

fn delattr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "delattr", 2, 2)?;
    let name = attr_name(vm, args.pos[1])?;
    let r = vm.setattr(args.pos[0], name, None);
    r.map(|_| vm.new_none())
}

fn format<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "format", 1, 2)?;
    vm.format(args.pos[0], args.pos.get(1).copied())
}

fn globals<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "globals", 0, 0)?;
    let g = vm.frame().globals;
    Ok(vm.incref(g))
}

/// `locals()`: the namespace of a module or class body, or a function's
/// locals copied into its frame's own dict (the same dict each call, as in
/// CPython 3.11).
pub(crate) fn locals<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "locals", 0, 0)?;
    let top = vm.frames.len() - 1;
    vm.fast_to_locals(crate::types::frameobj::FrameAt::Stack(top))
}

/// `dir([obj])`: the sorted names of an object's attributes (its dict and
/// its class's), or of the current namespace.
/// `dir(o)` as a list.
pub(crate) fn dir_list<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    dir(vm, Args::new(&[o]))
}

fn dir<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "dir", 0, 1)?;
    let Some(&o) = args.pos.first() else {
        let ns = locals(vm, Args::new(&[]))?;
        let keys = vm.iterate(ns);
        vm.decref(ns);
        let l = vm.new_list(keys?)?;
        return sort_names(vm, l);
    };
    // A class's own `__dir__` answers for its instances (not for the class
    // itself, whose `__dir__` is its metaclass's).
    if crate::protocol::ops::is_user(o) && o.tag() != Tag::Type {
        let t = vm.type_of(o);
        let key = vm.intern_borrow("__dir__");
        if vm
            .lookup_type_attr(t, key)
            .is_some_and(|f| f.tag() == Tag::Function)
        {
            let r = vm.call_method_named(o, "__dir__", &[])?;
            let items = vm.using(r, |vm, r| vm.iterate(r))?;
            let l = vm.new_list(items)?;
            return sort_names(vm, l);
        }
    }
    let mut dicts: Vec<ObjRef> = vm.instance_dict(o).into_iter().collect();
    let classes = match o.get::<TypeObject>() {
        Some(t) => t.mro_with_self(o),
        None => {
            let t = vm.type_of(o);
            t.payload::<TypeObject>().mro_with_self(t)
        }
    };
    if o.tag() != Tag::Module {
        dicts.extend(classes.iter().map(|c| c.payload::<TypeObject>().dict));
    }
    let mut names: Vec<String> = Vec::new();
    for d in dicts {
        for e in crate::types::dict::dict_of(d).expect("dict").snapshot() {
            if let Some(s) = str_of(e.key) {
                names.push(s.to_string());
            }
        }
    }
    names.sort();
    names.dedup();
    let mut objs = Vec::with_capacity(names.len());
    for n in names {
        objs.push(vm.new_string(n)?);
    }
    vm.new_list(objs)
}

fn sort_names<C: Collector>(vm: &mut Vm<C>, l: ObjRef) -> PyResult<ObjRef> {
    vm.fill(l, |vm, l| crate::types::list::sort_list(vm, l, None, None))
}

fn vars<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "vars", 0, 1)?;
    if args.is_empty() {
        return locals(vm, Args::new(&[]));
    }
    vm.getattr_str(args.pos[0], "__dict__").map_err(|e| {
        vm.decref(e);
        vm.type_error("vars() argument must have __dict__ attribute".to_string())
    })
}
