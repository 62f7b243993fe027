//! The `sys` module: reference counts, sizes, argv, exit, the recursion
//! limit, stdout/stderr, and `_debugmallocstats`.

use crate::builtins::{arg_i64, check_args, def_method};
use crate::object::{ObjExt, Tag};
use crate::protocol::class::make_class;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let d = super::new_native_module(
        vm,
        "sys",
        &[
            ("getrefcount", getrefcount),
            ("getsizeof", getsizeof),
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("_debugmallocstats", debugmallocstats),
            ("getallocatedblocks", getallocatedblocks),
            ("_clear_type_cache", clear_type_cache),
            ("exc_info", exc_info),
            ("_getframe", crate::types::frameobj::sys_getframe),
            ("intern", intern),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("excepthook", excepthook),
            ("unraisablehook", unraisablehook),
            ("__getattr__", lazy_attr),
        ],
    );
    // `sys.__excepthook__`: the original hook, kept when a program
    // replaces `sys.excepthook`.
    let hook = crate::protocol::attr::dict_get_str_key(d, vm.intern_borrow("excepthook"))
        .expect("sys.excepthook registered");
    vm.incref(hook);
    set(vm, d, "__excepthook__", hook);
    let hook = crate::protocol::attr::dict_get_str_key(d, vm.intern_borrow("unraisablehook"))
        .expect("sys.unraisablehook registered");
    vm.incref(hook);
    set(vm, d, "__unraisablehook__", hook);
    let argv: Vec<String> = vm.config.argv.clone();
    let items: Vec<ObjRef> = argv
        .iter()
        .map(|a| vm.new_str(a).expect("heap at start-up"))
        .collect();
    let l = vm.new_list(items).expect("heap at start-up");
    set(vm, d, "argv", l);
    let m = vm.modules;
    vm.dict_set_str(d, "modules", m).expect("heap at start-up");
    let maxsize = vm.new_int_i64(i64::MAX).expect("heap at start-up");
    set(vm, d, "maxsize", maxsize);
    for (k, v) in [
        ("platform", std::env::consts::OS),
        ("byteorder", "little"),
        ("version", "3.11.7 (ouro)"),
    ] {
        let s = vm.new_str(v).expect("heap at start-up");
        set(vm, d, k, s);
    }
    let impl_name = vm.new_str("ouro").expect("heap at start-up");
    set(vm, d, "implementation_name", impl_name);
    install_streams(vm, d);
}

/// `sys`'s PEP 562 `__getattr__`: the rest of sys, written in Python in
/// `_sysinfo`.
/// `sys.excepthook(type, value, traceback)` (and `sys.__excepthook__`):
/// print the exception and its traceback to stderr, as an uncaught one is.
fn excepthook<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "excepthook", 3, 3)?;
    vm.flush_stdout();
    vm.print_exception(args.pos[1]);
    Ok(vm.new_none())
}

/// `sys.unraisablehook(args)` (and `sys.__unraisablehook__`): CPython's
/// default hook, printing an `UnraisableHookArgs` to stderr: "Exception
/// ignored in: <object>" (or the message), then the traceback.
fn unraisablehook<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "unraisablehook", 1, 1)?;
    let a = args.pos[0];
    if vm.type_name(a) != "UnraisableHookArgs" {
        return Err(vm.type_error(
            "sys.unraisablehook argument type must be UnraisableHookArgs".to_string(),
        ));
    }
    // Each field read is held until the end; a failing read releases the
    // ones before it.
    let mut fields = Vec::with_capacity(3);
    for name in ["exc_value", "err_msg", "object"] {
        match vm.getattr_str(a, name) {
            Ok(v) => fields.push(v),
            Err(e) => {
                vm.decref_all(fields);
                return Err(e);
            }
        }
    }
    let (value, err_msg, object) = (fields[0], fields[1], fields[2]);
    let none = vm.none;
    let repr = |vm: &mut Vm<C>, o: ObjRef| {
        vm.repr_string(o).unwrap_or_else(|e| {
            vm.decref(e);
            "<object repr() failed>".to_string()
        })
    };
    let msg = (err_msg != none).then(|| {
        crate::types::str::str_of(err_msg)
            .unwrap_or("Exception ignored in")
            .to_string()
    });
    let header = match (msg, object != none) {
        (Some(m), true) => format!("{m}: {}", repr(vm, object)),
        (None, true) => format!("Exception ignored in: {}", repr(vm, object)),
        (Some(m), false) => format!("{m}:"),
        (None, false) => String::new(),
    };
    if value != none {
        vm.print_unraisable_as(value, &header);
    } else if !header.is_empty() {
        vm.flush_stdout();
        vm.write_stderr(&format!("{header}\n"));
    }
    vm.decref_all(fields);
    Ok(vm.new_none())
}

/// Is `f` the builtin `sys.excepthook` (so an uncaught exception is
/// printed without a call)?
pub fn is_default_excepthook(f: ObjRef) -> bool {
    f.get::<crate::types::function::BuiltinObject>()
        .is_some_and(|b| b.name == "excepthook" && b.self_.is_none())
}

fn lazy_attr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__getattr__", 1, 1)?;
    super::lazy_attr_from(vm, "sys", "_sysinfo", args.pos[0])
}

fn set<C: Collector>(vm: &mut Vm<C>, d: ObjRef, name: &str, v: ObjRef) {
    vm.dict_set_str(d, name, v).expect("heap at start-up");
    vm.decref(v);
}

/// `sys.stdout` and `sys.stderr`: instances of a small builtin class with
/// `write` and `flush`.
fn install_streams<C: Collector>(vm: &mut Vm<C>, d: ObjRef) {
    let ns = vm.new_dict().expect("heap at start-up");
    // (CPython's class is `_io.TextIOWrapper`.)
    let module = vm.new_str("_io").expect("heap at start-up");
    set(vm, ns, "__module__", module);
    let cls = make_class(vm, "TextIOWrapper", &[], ns).expect("heap at start-up");
    vm.decref(ns);
    vm.types.by_name.insert("TextIOWrapper", cls);
    def_method(vm, "TextIOWrapper", "write", write);
    def_method(vm, "TextIOWrapper", "flush", flush);
    def_method(vm, "TextIOWrapper", "writelines", writelines);
    def_method(vm, "TextIOWrapper", "isatty", isatty);
    def_method(vm, "TextIOWrapper", "fileno", fileno);
    def_method(vm, "TextIOWrapper", "writable", yes);
    def_method(vm, "TextIOWrapper", "readable", no);
    def_method(vm, "TextIOWrapper", "seekable", no);
    def_method(vm, "TextIOWrapper", "__repr__", stream_repr);
    // `sys.stdout.buffer`: the same stream taking bytes.
    let ns = vm.new_dict().expect("heap at start-up");
    let bcls = make_class(vm, "BufferedWriter", &[], ns).expect("heap at start-up");
    vm.decref(ns);
    vm.types.by_name.insert("BufferedWriter", bcls);
    def_method(vm, "BufferedWriter", "write", write_bytes);
    def_method(vm, "BufferedWriter", "flush", flush);
    def_method(vm, "BufferedWriter", "isatty", isatty);
    def_method(vm, "BufferedWriter", "fileno", fileno);
    def_method(vm, "BufferedWriter", "writable", yes);
    def_method(vm, "BufferedWriter", "readable", no);
    for (fd, name, errors) in [
        (1, "stdout", "surrogateescape"),
        (2, "stderr", "backslashreplace"),
    ] {
        let o = vm.call(cls, &[]).expect("heap at start-up");
        let b = vm.call(bcls, &[]).expect("heap at start-up");
        let attrs = |vm: &mut Vm<C>| -> PyResult<()> {
            for target in [o, b] {
                let v = vm.new_int_i64(fd)?;
                set_attr(vm, target, "_fd", v)?;
                vm.decref(v);
                let v = vm.new_string(format!("<{name}>"))?;
                set_attr(vm, target, "name", v)?;
                vm.decref(v);
            }
            set_attr(vm, o, "buffer", b)?;
            for (k, v) in [("encoding", "utf-8"), ("errors", errors), ("mode", "w")] {
                let v = vm.new_str(v)?;
                set_attr(vm, o, k, v)?;
                vm.decref(v);
            }
            let lb = vm.new_bool(false);
            let r = set_attr(vm, o, "line_buffering", lb);
            vm.decref(lb);
            r
        };
        attrs(vm).expect("heap at start-up");
        vm.decref(b);
        vm.dict_set_str(d, name, o).expect("heap at start-up");
        // `sys.__stdout__`: the stream the program started with, whatever
        // `sys.stdout` becomes.
        vm.dict_set_str(d, &format!("__{name}__"), o)
            .expect("heap at start-up");
        vm.decref(o);
    }
}

fn set_attr<C: Collector>(vm: &mut Vm<C>, o: ObjRef, name: &str, v: ObjRef) -> PyResult<()> {
    let key = vm.intern_borrow(name);
    vm.setattr(o, key, Some(v))
}

/// `stream.writelines(lines)`: each written in turn.
fn writelines<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "writelines", 2, 2)?;
    let lines = vm.iterate(args.pos[1])?;
    vm.with_items(lines, |vm, lines| {
        for &line in lines {
            let r = write(vm, Args::new(&[args.pos[0], line]))?;
            vm.decref(r);
        }
        Ok(())
    })?;
    Ok(vm.new_none())
}

/// The file descriptor (1 or 2) a standard stream object writes to.
/// Is `o` the builtin stream ouro made for the process's descriptor `fd`
/// (what `sys.stdout`/`sys.stderr` are until a program replaces them)?
pub fn is_process_stream<C: Collector>(vm: &mut Vm<C>, o: ObjRef, fd: i64) -> bool {
    let ours = vm.types.by_name.get("TextIOWrapper").copied();
    if o.tag() != Tag::Instance || Some(vm.type_of(o)) != ours {
        return false;
    }
    let key = vm.intern_borrow("_fd");
    let d = match vm.attribute_dict(o) {
        Ok(d) => d,
        Err(e) => {
            vm.decref(e);
            None
        }
    };
    d.and_then(|d| crate::protocol::attr::dict_get_str_key(d, key))
        .and_then(crate::types::scalar::int_of)
        .and_then(|i| i.as_i64())
        == Some(fd)
}

/// The descriptor a stream object of ouro's writes to (its `_fd`).
pub(crate) fn stream_fd<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<i64> {
    let v = vm.getattr_str(o, "_fd")?;
    let fd = crate::types::scalar::int_of(v)
        .and_then(|i| i.as_i64())
        .unwrap_or(1);
    vm.decref(v);
    Ok(fd)
}

/// `<_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>`.
fn stream_repr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__repr__", 1, 1)?;
    let mut text = "<_io.TextIOWrapper".to_string();
    for name in ["name", "mode", "encoding"] {
        let v = vm.getattr_str(args.pos[0], name)?;
        let r = vm.using(v, |vm, v| vm.repr_string(v))?;
        text.push_str(&format!(" {name}={r}"));
    }
    text.push('>');
    vm.new_string(text)
}

fn isatty<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use std::io::IsTerminal;
    check_args(vm, &args, "isatty", 1, 1)?;
    let tty = match stream_fd(vm, args.pos[0])? {
        2 => std::io::stderr().is_terminal(),
        _ => std::io::stdout().is_terminal(),
    };
    Ok(vm.new_bool(tty))
}

fn fileno<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "fileno", 1, 1)?;
    let fd = stream_fd(vm, args.pos[0])?;
    vm.new_int_i64(fd)
}

fn yes<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    Ok(vm.new_bool(true))
}

fn no<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    Ok(vm.new_bool(false))
}

/// `sys.stdout.buffer.write(b)`: the bytes as they are.
fn write_bytes<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use std::io::Write;
    check_args(vm, &args, "write", 2, 2)?;
    let Some(b) = crate::types::bytearray::buffer_of(args.pos[1]) else {
        let tn = vm.type_name(args.pos[1]);
        return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
    };
    let b = b.into_owned();
    if stream_fd(vm, args.pos[0])? == 2 {
        vm.flush_stdout();
        let _ = std::io::stderr().write_all(&b);
    } else {
        vm.out.extend_from_slice(&b);
    }
    vm.new_int_i64(b.len() as i64)
}

/// The current value of `sys.NAME` (borrowed), if it is set.
pub fn sys_attr<C: Collector>(vm: &mut Vm<C>, name: &str) -> Option<ObjRef> {
    let sys = sys_dict(vm)?;
    let key = vm.intern_borrow(name);
    crate::protocol::attr::dict_get_str_key(sys, key)
}

fn sys_dict<C: Collector>(vm: &mut Vm<C>) -> Option<ObjRef> {
    let m = crate::protocol::attr::dict_get_str_key(vm.modules, vm.intern_borrow("sys"))?;
    Some(m.payload::<crate::types::module::ModuleObject>().dict)
}

fn write<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "write", 2, 2)?;
    let s = crate::builtins::arg_str(vm, args.pos[1], "write() argument")?.to_string();
    // The stream the object was made for, even after `sys.stderr` is
    // replaced.
    if stream_fd(vm, args.pos[0])? == 2 {
        vm.flush_stdout();
        eprint!("{s}");
    } else {
        vm.out.extend_from_slice(s.as_bytes());
    }
    vm.new_int_i64(s.chars().count() as i64)
}

fn flush<C: Collector>(vm: &mut Vm<C>, _args: Args<'_>) -> PyResult<ObjRef> {
    vm.flush_stdout();
    Ok(vm.new_none())
}

fn getrefcount<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys.getrefcount", 1, 1)?;
    let n = crate::modules::ouro::refcount_of(vm, args.pos[0]);
    vm.new_int_i64(n as i64)
}

/// ouro's real size of `o` (MEMORY-MODEL.md item 17): its block
/// (collector head, header, payload), the buffers it owns, and an
/// instance's hidden dict, which holds its attributes where CPython 3.11
/// keeps them inline and which the program never sees as an object.
pub fn size_of_object(o: ObjRef) -> usize {
    let vt = o.vtable();
    let n = ouro_gc_core::Heap::block_size(o) + (vt.extra_size)(o);
    let dict = match o.tag() {
        crate::object::Tag::Subclass => crate::object::sub_ext(o).dict.get(),
        _ => o
            .get::<crate::types::instance::InstanceObject>()
            .and_then(|i| i.dict.get()),
    };
    let hidden = dict.filter(|&d| (d.vtable().hidden)(d));
    n + hidden.map_or(0, size_of_object)
}

/// The collector head in front of `o`, which `__sizeof__` leaves out.
pub fn head_size(o: ObjRef) -> usize {
    if o.is_container() {
        ouro_gc_core::GC_HEAD_SIZE
    } else {
        0
    }
}

/// `sys.getsizeof(o[, default])`: a class's own `__sizeof__` (plus the
/// collector head, as CPython adds `PyGC_Head`), else `size_of_object`.
fn getsizeof<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getsizeof", 1, 2)?;
    let o = args.pos[0];
    let t = vm.type_of(o);
    let key = vm.intern_borrow("__sizeof__");
    let user = vm
        .lookup_type_attr(t, key)
        .is_some_and(|f| f.tag() == Tag::Function);
    if !user {
        return vm.new_int_i64(size_of_object(o) as i64);
    }
    let n = vm.call_special_bound(o, "__sizeof__", &[]).and_then(|r| {
        let r = r.expect("__sizeof__ found above");
        let n = vm.index_i64(r);
        vm.decref(r);
        match n {
            Ok(Some(n)) => Ok(n),
            Ok(None) => Err(vm.type_error("an integer is required".to_string())),
            Err(e) => Err(e),
        }
    });
    let n = match (n, args.pos.get(1)) {
        (Err(e), Some(&default)) if vm.is_instance_of_name(e, "TypeError") => {
            vm.decref(e);
            return Ok(vm.incref(default));
        }
        (n, _) => n?,
    };
    if n < 0 {
        return Err(vm.value_error("__sizeof__() should return >= 0".to_string()));
    }
    vm.new_int_i64(n.saturating_add(head_size(o) as i64))
}

pub(crate) fn exit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "exit", 0, 1)?;
    let e = crate::interp::exceptions::make_exception(vm, "SystemExit", args.pos)?;
    Err(e)
}

fn getrecursionlimit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys.getrecursionlimit", 0, 0)?;
    vm.new_int_i64(vm.recursion_limit as i64)
}

fn setrecursionlimit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys.setrecursionlimit", 1, 1)?;
    let n = arg_i64(vm, args.pos[0])?;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1".to_string()));
    }
    let depth = vm.frames.len();
    if (n as usize) <= depth {
        return Err(vm.new_error(
            "RecursionError",
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit = (n as usize).min(10_000_000);
    Ok(vm.new_none())
}

fn debugmallocstats<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys._debugmallocstats", 0, 0)?;
    let mut s = String::new();
    let _ = vm.heap.blocks_ref().write_debug_stats(&mut s);
    vm.flush_stdout();
    eprint!("{s}");
    Ok(vm.new_none())
}

/// `sys.getallocatedblocks()`: the blocks the private heap has handed
/// out and not taken back (large objects count one each).
fn getallocatedblocks<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys.getallocatedblocks", 0, 0)?;
    let s = vm.heap.blocks_ref().stats();
    vm.new_int_i64((s.blocks_in_use + s.large_objects) as i64)
}

/// `sys._clear_type_cache()`: nothing a program can observe to clear
/// (CPython's drops its attribute lookup cache).
fn clear_type_cache<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys._clear_type_cache", 0, 0)?;
    Ok(vm.new_none())
}

fn exc_info<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys.exc_info", 0, 0)?;
    match vm.topmost_handled() {
        Some(e) => {
            let t = vm.incref(vm.type_of(e));
            let tb = e
                .payload::<crate::types::exception::ExceptionObject>()
                .traceback
                .get();
            let tb = vm.incref(tb.unwrap_or(vm.none));
            let e = vm.incref(e);
            vm.new_tuple(vec![t, e, tb])
        }
        None => {
            let n = [vm.new_none(), vm.new_none(), vm.new_none()];
            vm.new_tuple(n.to_vec())
        }
    }
}

fn intern<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys.intern", 1, 1)?;
    let o = args.pos[0];
    let s = crate::builtins::arg_str(vm, o, "intern() argument")?.to_string();
    if o.tag() != Tag::Str {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("can't intern {tn}")));
    }
    // CPython's `PyUnicode_InternInPlace`: a str not yet interned becomes
    // the interned one itself (`sys.intern(s) is s`). (It keeps the plain
    // str layout, so the type attribute cache passes it by: correct, only
    // slower for that name.)
    if !vm.interned.contains_key(s.as_str()) && s.chars().nth(1).is_some() {
        let held = vm.incref(o);
        vm.interned.insert(s.into(), held);
        return Ok(vm.incref(o));
    }
    Ok(vm.intern(&s))
}

fn get_int_max_str_digits<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "sys.get_int_max_str_digits", 0, 0)?;
    vm.new_int_i64(vm.int_max_str_digits as i64)
}

fn set_int_max_str_digits<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_kwargs(vm, &args, "set_int_max_str_digits", &["maxdigits"])?;
    let Some(&n) = args
        .pos
        .first()
        .or(crate::builtins::kwarg(&args, "maxdigits").as_ref())
    else {
        return Err(vm.type_error(
            "set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)".into(),
        ));
    };
    let n = arg_i64(vm, n)?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640".to_string()));
    }
    vm.int_max_str_digits = n as usize;
    Ok(vm.new_none())
}
