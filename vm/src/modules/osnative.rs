//! `_os`: the operating-system calls the Python-written `os`, `os.path` and
//! `io` modules (and so `open`) stand on: reading and writing whole files,
//! directories, the environment. Failures are CPython's OSError subclasses
//! with `errno`, `strerror` and `filename`.

use crate::builtins::{arg_str, check_args};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::io::Write;

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let fns: &[(&'static str, NativeFn<C>)] = &[
        ("read_bytes", read_bytes),
        ("write_bytes", write_bytes),
        ("kind", kind),
        ("listdir", listdir),
        ("getcwd", getcwd),
        ("realpath", realpath),
        ("remove", remove),
        ("mkdir", mkdir),
        ("rmdir", rmdir),
        ("rename", rename),
        ("getsize", getsize),
        ("environ", environ),
        ("getpid", getpid),
        ("abspath", abspath),
        ("stat", stat),
        ("chdir", chdir),
        ("cpu_count", cpu_count),
        ("urandom", urandom),
    ];
    super::new_native_module(vm, "_os", fns);
}

/// The OSError CPython raises for `e` on `path`: `[Errno 2] No such file
/// or directory: 'x'` as a FileNotFoundError, and so on.
fn os_error<C: Collector>(vm: &mut Vm<C>, e: &std::io::Error, path: &str) -> ObjRef {
    let errno = e.raw_os_error().unwrap_or(0);
    let strerror = match errno {
        2 => "No such file or directory".to_string(),
        13 => "Permission denied".to_string(),
        17 => "File exists".to_string(),
        20 => "Not a directory".to_string(),
        21 => "Is a directory".to_string(),
        39 => "Directory not empty".to_string(),
        _ => {
            // Rust's text ends with " (os error N)"; CPython's has none.
            let s = e.to_string();
            s.split(" (os error").next().unwrap_or(&s).to_string()
        }
    };
    let made = (|| {
        let n = vm.new_int_i64(i64::from(errno))?;
        let s = vm.new_str(&strerror);
        let s = s.inspect_err(|_| vm.decref(n))?;
        let p = vm.new_str(path);
        let p = p.inspect_err(|_| vm.decref_all([n, s]))?;
        let cls = vm.types.get("OSError");
        let r = vm.call(cls, &[n, s, p]);
        vm.decref_all([n, s, p]);
        r
    })();
    made.unwrap_or_else(|e| e)
}

fn path_arg<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, i: usize) -> PyResult<String> {
    Ok(arg_str(vm, args.pos[i], "path")?.to_string())
}

fn read_bytes<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "read_bytes", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    // The size is known first: a file the heap limit cannot hold is a
    // MemoryError, not an abort.
    if let Ok(m) = std::fs::metadata(&path) {
        vm.check_room(m.len() as usize)?;
    }
    match std::fs::read(&path) {
        Ok(b) => vm.new_bytes(b),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `write_bytes(path, data, mode)`: mode `w` (truncate), `a` (append) or
/// `x` (create, failing if it exists).
fn write_bytes<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "write_bytes", 3, 3)?;
    let path = path_arg(vm, &args, 0)?;
    let Some(data) = crate::types::bytes::bytes_of(args.pos[1]).map(<[u8]>::to_vec) else {
        return Err(vm.type_error("write_bytes() data must be bytes".into()));
    };
    let mode = arg_str(vm, args.pos[2], "mode")?.to_string();
    let mut opts = std::fs::OpenOptions::new();
    match mode.as_str() {
        "a" => opts.append(true).create(true),
        "x" => opts.write(true).create_new(true),
        _ => opts.write(true).create(true).truncate(true),
    };
    match opts.open(&path).and_then(|mut f| f.write_all(&data)) {
        Ok(()) => Ok(vm.new_none()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// 0: nothing there, 1: a file, 2: a directory, 3: something else.
fn kind<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "kind", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    let k = match std::fs::metadata(&path) {
        Err(_) => 0,
        Ok(m) if m.is_file() => 1,
        Ok(m) if m.is_dir() => 2,
        Ok(_) => 3,
    };
    vm.new_int_i64(k)
}

fn listdir<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "listdir", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    let entries = match std::fs::read_dir(&path) {
        Ok(d) => d,
        Err(e) => return Err(os_error(vm, &e, &path)),
    };
    let mut names = Vec::new();
    for e in entries.flatten() {
        names.push(e.file_name().to_string_lossy().into_owned());
    }
    let mut items = Vec::with_capacity(names.len());
    for n in names {
        match vm.new_string(n) {
            Ok(s) => items.push(s),
            Err(e) => {
                vm.decref_all(items);
                return Err(e);
            }
        }
    }
    vm.new_list(items)
}

fn getcwd<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getcwd", 0, 0)?;
    match std::env::current_dir() {
        Ok(p) => vm.new_string(p.to_string_lossy().into_owned()),
        Err(e) => Err(os_error(vm, &e, ".")),
    }
}

/// The path with every symbolic link resolved, or None when some part of
/// it does not exist (the caller falls back to the absolute path).
fn realpath<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "realpath", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    match std::fs::canonicalize(&path) {
        Ok(p) => vm.new_string(p.to_string_lossy().into_owned()),
        Err(_) => Ok(vm.new_none()),
    }
}

fn abspath<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "abspath", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    match std::path::absolute(&path) {
        Ok(p) => vm.new_string(p.to_string_lossy().into_owned()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// A one-path operation that returns nothing.
fn path_op<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    op: fn(&str) -> std::io::Result<()>,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let path = path_arg(vm, args, 0)?;
    match op(&path) {
        Ok(()) => Ok(vm.new_none()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn remove<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    path_op(vm, &args, "remove", |p| std::fs::remove_file(p))
}

fn mkdir<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    path_op(vm, &args, "mkdir", |p| std::fs::create_dir(p))
}

fn rmdir<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    path_op(vm, &args, "rmdir", |p| std::fs::remove_dir(p))
}

fn rename<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "rename", 2, 2)?;
    let (a, b) = (path_arg(vm, &args, 0)?, path_arg(vm, &args, 1)?);
    match std::fs::rename(&a, &b) {
        Ok(()) => Ok(vm.new_none()),
        Err(e) => Err(os_error(vm, &e, &a)),
    }
}

/// `stat(path, follow)`: the tuple (mode, ino, dev, nlink, uid, gid, size,
/// atime, mtime, ctime) as floats for the times, from `stat(2)`.
fn stat<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use std::os::unix::fs::MetadataExt;
    check_args(vm, &args, "stat", 2, 2)?;
    let path = path_arg(vm, &args, 0)?;
    let follow = vm.is_true(args.pos[1])?;
    let m = match follow {
        true => std::fs::metadata(&path),
        false => std::fs::symlink_metadata(&path),
    };
    let m = match m {
        Ok(m) => m,
        Err(e) => return Err(os_error(vm, &e, &path)),
    };
    let time = |s: i64, ns: i64| s as f64 + ns as f64 * 1e-9;
    let ints = [
        i64::from(m.mode()),
        m.ino() as i64,
        m.dev() as i64,
        m.nlink() as i64,
        i64::from(m.uid()),
        i64::from(m.gid()),
        m.size() as i64,
    ];
    let floats = [
        time(m.atime(), m.atime_nsec()),
        time(m.mtime(), m.mtime_nsec()),
        time(m.ctime(), m.ctime_nsec()),
    ];
    let mut items = Vec::with_capacity(10);
    for v in ints {
        match vm.new_int_i64(v) {
            Ok(o) => items.push(o),
            Err(e) => {
                vm.decref_all(items);
                return Err(e);
            }
        }
    }
    for v in floats {
        match vm.new_float(v) {
            Ok(o) => items.push(o),
            Err(e) => {
                vm.decref_all(items);
                return Err(e);
            }
        }
    }
    vm.new_tuple(items)
}

fn chdir<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "chdir", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    match std::env::set_current_dir(&path) {
        Ok(()) => Ok(vm.new_none()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn cpu_count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "cpu_count", 0, 0)?;
    match std::thread::available_parallelism() {
        Ok(n) => vm.new_int_i64(n.get() as i64),
        Err(_) => Ok(vm.new_none()),
    }
}

/// `urandom(n)`: n bytes from the kernel's random source.
fn urandom<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use std::io::Read;
    check_args(vm, &args, "urandom", 1, 1)?;
    let n = crate::builtins::arg_i64(vm, args.pos[0])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    vm.check_room(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let r = std::fs::File::open("/dev/urandom").and_then(|mut f| f.read_exact(&mut buf));
    match r {
        Ok(()) => vm.new_bytes(buf),
        Err(e) => Err(os_error(vm, &e, "/dev/urandom")),
    }
}

fn getsize<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getsize", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    match std::fs::metadata(&path) {
        Ok(m) => vm.new_int_i64(m.len() as i64),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn environ<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "environ", 0, 0)?;
    let d = vm.new_dict()?;
    vm.fill(d, |vm, d| {
        for (k, v) in std::env::vars() {
            let v = vm.new_string(v)?;
            let r = vm.dict_set_str(d, &k, v);
            vm.decref(v);
            r?;
        }
        Ok(())
    })
}

fn getpid<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "getpid", 0, 0)?;
    vm.new_int_i64(i64::from(std::process::id()))
}
