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
        ("open", fd_open),
        ("close", fd_close),
        ("read", fd_read),
        ("write", fd_write),
        ("chmod", chmod),
        ("utime", utime),
        ("symlink", symlink),
        ("readlink", readlink),
        ("stdin_readline", stdin_readline),
        ("uname", uname),
        ("libc_version", libc_version),
    ];
    super::new_native_module(vm, "_os", fns);
}

/// `_os.uname()`: (sysname, nodename, release, version, machine), as the
/// kernel reports them under /proc/sys/kernel (what uname(2) returns).
fn uname<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "uname", 0, 0)?;
    let kernel = |name: &str| {
        std::fs::read_to_string(format!("/proc/sys/kernel/{name}"))
            .map(|s| s.trim_end_matches('\n').to_string())
            .unwrap_or_default()
    };
    let parts = [
        kernel("ostype"),
        kernel("hostname"),
        kernel("osrelease"),
        kernel("version"),
        std::env::consts::ARCH.to_string(),
    ];
    let items = vm.make_all(parts.len(), |vm, i| vm.new_str(&parts[i]))?;
    vm.new_tuple(items)
}

/// `_os.libc_version()`: the version of the GNU C library this process
/// runs on ("2.36"), read from the library's own banner ("... release
/// version 2.36"); "" when there is none to read.
fn libc_version<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "libc_version", 0, 0)?;
    let found = (|| {
        let maps = std::fs::read_to_string("/proc/self/maps").ok()?;
        let path = maps
            .lines()
            .filter_map(|l| l.split_whitespace().nth(5))
            .find(|p| {
                p.rsplit('/')
                    .next()
                    .is_some_and(|f| f.starts_with("libc.so"))
            })?;
        let image = std::fs::read(path).ok()?;
        let marker = b"release version ";
        let at = image.windows(marker.len()).position(|w| w == marker)? + marker.len();
        let version: String = image[at..]
            .iter()
            .take_while(|b| b.is_ascii_digit() || **b == b'.')
            .map(|&b| b as char)
            .collect();
        Some(version.trim_end_matches('.').to_string())
    })();
    vm.new_string(found.unwrap_or_default())
}

/// `_os.stdin_readline()`: one line of standard input as it is, newline
/// and all ("" at the end).
fn stdin_readline<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "stdin_readline", 0, 0)?;
    let line = crate::builtins::read_stdin_line(vm)?;
    vm.new_string(line)
}

/// The OSError CPython raises for `e` on `path`: `[Errno 2] No such file
/// or directory: 'x'` as a FileNotFoundError, and so on.
fn os_error<C: Collector>(vm: &mut Vm<C>, e: &std::io::Error, path: &str) -> ObjRef {
    os_error2(vm, e, path, None)
}

/// `os_error` for a two-path call (rename, symlink): `[Errno 2] No such
/// file or directory: 'a' -> 'b'`, with `filename2`.
fn os_error2<C: Collector>(
    vm: &mut Vm<C>,
    e: &std::io::Error,
    path: &str,
    path2: Option<&str>,
) -> ObjRef {
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
        let Some(path2) = path2 else {
            let r = vm.call(cls, &[n, s, p]);
            vm.decref_all([n, s, p]);
            return r;
        };
        let p2 = vm.new_str(path2);
        let p2 = p2.inspect_err(|_| vm.decref_all([n, s, p]))?;
        let none = vm.new_none();
        let r = vm.call(cls, &[n, s, p, none, p2]);
        vm.decref_all([n, s, p, none, p2]);
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
                vm.with_roots(&[e], |vm| vm.decref_all(items));
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
        Err(e) => Err(os_error2(vm, &e, &a, Some(&b))),
    }
}

/// `stat(path, follow)`: the tuple (mode, ino, dev, nlink, uid, gid, size,
/// atime_ns, mtime_ns, ctime_ns, atime, mtime, ctime), the last three as
/// floats, from `stat(2)`.
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
    let whole_ns = |s: i64, ns: i64| s * 1_000_000_000 + ns;
    let ints = [
        i64::from(m.mode()),
        m.ino() as i64,
        m.dev() as i64,
        m.nlink() as i64,
        i64::from(m.uid()),
        i64::from(m.gid()),
        m.size() as i64,
        whole_ns(m.atime(), m.atime_nsec()),
        whole_ns(m.mtime(), m.mtime_nsec()),
        whole_ns(m.ctime(), m.ctime_nsec()),
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
                vm.with_roots(&[e], |vm| vm.decref_all(items));
                return Err(e);
            }
        }
    }
    for v in floats {
        match vm.new_float(v) {
            Ok(o) => items.push(o),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(items));
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

thread_local! {
    /// The files `open` opened, by their descriptor, until `close`.
    static FDS: std::cell::RefCell<std::collections::HashMap<i32, std::fs::File>> =
        std::cell::RefCell::new(std::collections::HashMap::new());
}

/// The OSError for a descriptor `open` did not give (or `close` closed).
fn bad_fd<C: Collector>(vm: &mut Vm<C>) -> ObjRef {
    // CPython's has no filename: `[Errno 9] Bad file descriptor`.
    let made = (|| {
        let n = vm.new_int_i64(9)?;
        let s = vm.new_str("Bad file descriptor");
        let s = s.inspect_err(|_| vm.decref(n))?;
        let cls = vm.types.get("OSError");
        let r = vm.call(cls, &[n, s]);
        vm.decref_all([n, s]);
        r
    })();
    made.unwrap_or_else(|e| e)
}

/// `open(path, flags, mode)`: a descriptor, as `open(2)` with the O_*
/// flags of Linux.
fn fd_open<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use std::os::fd::AsRawFd;
    use std::os::unix::fs::OpenOptionsExt;
    check_args(vm, &args, "open", 3, 3)?;
    let path = path_arg(vm, &args, 0)?;
    let flags = crate::builtins::arg_i64(vm, args.pos[1])? as i32;
    let mode = crate::builtins::arg_i64(vm, args.pos[2])? as u32;
    let access = flags & 3;
    let mut opts = std::fs::OpenOptions::new();
    opts.read(access == 0 || access == 2)
        .write(access == 1 || access == 2)
        .mode(mode)
        .custom_flags(flags & !3);
    match opts.open(&path) {
        Ok(f) => {
            let fd = f.as_raw_fd();
            FDS.with(|t| t.borrow_mut().insert(fd, f));
            vm.new_int_i64(i64::from(fd))
        }
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn fd_close<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "close", 1, 1)?;
    let fd = crate::builtins::arg_i64(vm, args.pos[0])? as i32;
    match FDS.with(|t| t.borrow_mut().remove(&fd)) {
        Some(f) => {
            drop(f);
            Ok(vm.new_none())
        }
        None => Err(bad_fd(vm)),
    }
}

/// `read(fd, n)`: at most n bytes from the descriptor's position.
fn fd_read<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use std::io::Read;
    check_args(vm, &args, "read", 2, 2)?;
    let fd = crate::builtins::arg_i64(vm, args.pos[0])? as i32;
    let n = crate::builtins::arg_i64(vm, args.pos[1])?;
    if n < 0 {
        return Err(vm.value_error("negative argument not allowed".into()));
    }
    vm.check_room(n as usize)?;
    let mut buf = vec![0u8; n as usize];
    let r = FDS.with(|t| t.borrow_mut().get_mut(&fd).map(|f| f.read(&mut buf)));
    match r {
        Some(Ok(got)) => {
            buf.truncate(got);
            vm.new_bytes(buf)
        }
        Some(Err(e)) => Err(os_error(vm, &e, "")),
        None => Err(bad_fd(vm)),
    }
}

/// `write(fd, data)`: the number of bytes written.
fn fd_write<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "write", 2, 2)?;
    let fd = crate::builtins::arg_i64(vm, args.pos[0])? as i32;
    let Some(data) = crate::types::bytes::bytes_of(args.pos[1]).map(<[u8]>::to_vec) else {
        return Err(vm.type_error("write() data must be bytes".into()));
    };
    let r = FDS.with(|t| t.borrow_mut().get_mut(&fd).map(|f| f.write(&data)));
    match r {
        Some(Ok(n)) => vm.new_int_i64(n as i64),
        Some(Err(e)) => Err(os_error(vm, &e, "")),
        None => Err(bad_fd(vm)),
    }
}

fn chmod<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use std::os::unix::fs::PermissionsExt;
    check_args(vm, &args, "chmod", 2, 2)?;
    let path = path_arg(vm, &args, 0)?;
    let mode = crate::builtins::arg_i64(vm, args.pos[1])? as u32;
    match std::fs::set_permissions(&path, std::fs::Permissions::from_mode(mode)) {
        Ok(()) => Ok(vm.new_none()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

/// `utime(path, atime_ns, mtime_ns)`: None for a time means now.
fn utime<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "utime", 3, 3)?;
    let path = path_arg(vm, &args, 0)?;
    let mut times = [std::time::SystemTime::now(); 2];
    for (i, t) in times.iter_mut().enumerate() {
        let o = args.pos[i + 1];
        if o == vm.none {
            continue;
        }
        let ns = crate::builtins::arg_i64(vm, o)?;
        let d = std::time::Duration::from_nanos(ns.unsigned_abs());
        let base = std::time::UNIX_EPOCH;
        *t = if ns >= 0 {
            base + d
        } else {
            base.checked_sub(d).unwrap_or(base)
        };
    }
    let ft = std::fs::FileTimes::new()
        .set_accessed(times[0])
        .set_modified(times[1]);
    match std::fs::File::open(&path).and_then(|f| f.set_times(ft)) {
        Ok(()) => Ok(vm.new_none()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}

fn symlink<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "symlink", 2, 2)?;
    let (a, b) = (path_arg(vm, &args, 0)?, path_arg(vm, &args, 1)?);
    match std::os::unix::fs::symlink(&a, &b) {
        Ok(()) => Ok(vm.new_none()),
        Err(e) => Err(os_error2(vm, &e, &a, Some(&b))),
    }
}

fn readlink<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "readlink", 1, 1)?;
    let path = path_arg(vm, &args, 0)?;
    match std::fs::read_link(&path) {
        Ok(p) => vm.new_string(p.to_string_lossy().into_owned()),
        Err(e) => Err(os_error(vm, &e, &path)),
    }
}
