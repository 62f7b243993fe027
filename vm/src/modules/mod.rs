//! Builtin modules, each in its own file: `sys`, `gc`, `copy`, `math`,
//! and `_ouro` (ouro's own introspection hooks, used by tests).

pub mod import;

pub mod copy;
pub mod gc;
mod heapq_bisect;
mod json_native;
mod libm;
pub mod math;
mod math_kernels;
pub(crate) mod mt19937;
mod operator;
mod osnative;
pub mod ouro;
pub mod sys;
mod tbformat;
pub mod time;
mod unicodedata;
pub mod weakref;

use crate::object::ObjExt;
use crate::types::module::ModuleObject;
use crate::vm::{NativeFn, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// Standard modules written in Python, shipped inside the binary and
/// compiled when first imported (a `NAME.py` beside the program wins).
pub const EMBEDDED: &[(&str, &str)] = &[
    ("weakref", weakref::WEAKREF_PY),
    ("itertools", include_str!("itertools.py")),
    ("operator", include_str!("operator.py")),
    ("functools", include_str!("functools.py")),
    ("heapq", include_str!("heapq.py")),
    ("bisect", include_str!("bisect.py")),
    ("contextlib", include_str!("contextlib.py")),
    ("string", include_str!("string.py")),
    ("random", include_str!("random.py")),
    ("json", include_str!("json.py")),
    ("re", include_str!("re.py")),
    ("types", include_str!("types.py")),
    ("typing", include_str!("typing.py")),
    ("os", include_str!("os.py")),
    ("posixpath", include_str!("posixpath.py")),
    ("io", include_str!("io.py")),
    ("__future__", include_str!("__future__.py")),
    ("traceback", include_str!("traceback.py")),
    ("linecache", include_str!("linecache.py")),
    ("_copyreduce", include_str!("_copyreduce.py")),
    ("_ouro_graph", include_str!("_ouro_graph.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("struct", include_str!("struct.py")),
    ("collections", include_str!("collections.py")),
    ("array", include_str!("array.py")),
    ("enum", include_str!("enum.py")),
    ("abc", include_str!("abc.py")),
    ("cmath", include_str!("cmath.py")),
    ("_collections_abc", include_str!("_collections_abc.py")),
    ("ctypes", include_str!("ctypes.py")),
    ("collections.abc", include_str!("collections_abc.py")),
    ("textwrap", include_str!("textwrap.py")),
    ("keyword", include_str!("keyword.py")),
    ("warnings", include_str!("warnings.py")),
    ("fractions", include_str!("fractions.py")),
    ("statistics", include_str!("statistics.py")),
    ("_sysinfo", include_str!("_sysinfo.py")),
    ("_timecal", include_str!("_timecal.py")),
    ("_memoryview", include_str!("_memoryview.py")),
    ("_mappingproxy", include_str!("_mappingproxy.py")),
    ("datetime", include_str!("datetime.py")),
    ("decimal", include_str!("decimal.py")),
    ("inspect", include_str!("inspect.py")),
    ("atexit", include_str!("atexit.py")),
    ("codecs", include_str!("codecs.py")),
    ("asyncio", include_str!("asyncio.py")),
    ("pickle", include_str!("pickle.py")),
    ("argparse", include_str!("argparse.py")),
    ("importlib", include_str!("importlib.py")),
    ("getopt", include_str!("getopt.py")),
    ("platform", include_str!("platform.py")),
    ("_operator", include_str!("_operator.py")),
    (
        "urllib",
        "\"\"\"urllib: the package of `urllib.parse`.\"\"\"\n",
    ),
    ("urllib.parse", include_str!("urllib_parse.py")),
    ("difflib", include_str!("difflib.py")),
    ("logging", include_str!("logging.py")),
    ("timeit", include_str!("timeit.py")),
    ("unittest", include_str!("unittest.py")),
    ("binascii", include_str!("binascii.py")),
    ("base64", include_str!("base64.py")),
    ("hashlib", include_str!("hashlib.py")),
    ("hmac", include_str!("hmac.py")),
    ("zlib", include_str!("zlib.py")),
    ("secrets", include_str!("secrets.py")),
    ("uuid", include_str!("uuid.py")),
    ("csv", include_str!("csv.py")),
    ("calendar", include_str!("calendar.py")),
    ("colorsys", include_str!("colorsys.py")),
    ("copyreg", include_str!("copyreg.py")),
    ("errno", include_str!("errno.py")),
    ("fnmatch", include_str!("fnmatch.py")),
    ("graphlib", include_str!("graphlib.py")),
    ("html", include_str!("html.py")),
    ("numbers", include_str!("numbers.py")),
    ("pprint", include_str!("pprint.py")),
    ("queue", include_str!("queue.py")),
    ("reprlib", include_str!("reprlib.py")),
    ("shlex", include_str!("shlex.py")),
    ("stat", include_str!("stat.py")),
    ("glob", include_str!("glob.py")),
    ("shutil", include_str!("shutil.py")),
    ("tempfile", include_str!("tempfile.py")),
    ("pathlib", include_str!("pathlib.py")),
    ("contextvars", include_str!("contextvars.py")),
];

impl<C: Collector> Vm<C> {
    /// Call the function `name` of the embedded Python module `module`
    /// (imported on first use) with borrowed `args`: for the parts of
    /// builtin behaviour written in Python (`mappingproxy`).
    /// `warnings.warn(message, category)` from native code, attributed to
    /// the running Python frame: shown, ignored or raised as the filters
    /// say (`category` names a builtin warning class).
    pub(crate) fn warn(&mut self, category: &str, message: &str) -> crate::vm::PyResult<()> {
        let msg = self.new_str(message)?;
        let cat = self.types.get(category);
        let r = self.with_roots(&[msg], |vm| {
            vm.call_embedded("warnings", "warn", &[msg, cat])
        });
        self.decref(msg);
        self.decref(r?);
        Ok(())
    }

    pub(crate) fn call_embedded(
        &mut self,
        module: &str,
        name: &str,
        args: &[ObjRef],
    ) -> crate::vm::PyResult<ObjRef> {
        let m = self.intern_borrow(module);
        let m = self.import_module(m)?;
        let f = self.using(m, |vm, m| vm.getattr_str(m, name))?;
        self.using(f, |vm, f| vm.call(f, args))
    }
}

/// A native module's PEP 562 `__getattr__` answer: the attribute `name` of
/// the embedded Python module `source` (imported on first use), then kept
/// in the module `owner` so the next lookup finds it directly.
pub(crate) fn lazy_attr_from<C: Collector>(
    vm: &mut Vm<C>,
    owner: &str,
    source: &str,
    name: ObjRef,
) -> crate::vm::PyResult<ObjRef> {
    let n = crate::types::str::str_of(name).unwrap_or("").to_string();
    let missing = |vm: &mut Vm<C>| {
        let msg = format!("module '{owner}' has no attribute '{n}'");
        vm.attr_error_for_module(msg, owner, name)
    };
    let dunder = n.starts_with("__") && n.ends_with("__");
    if dunder && !matches!(n.as_str(), "__stdin__" | "__stdout__" | "__stderr__") {
        return Err(missing(vm));
    }
    let m = vm.intern_borrow(source);
    let src = vm.import_module(m)?;
    let v = vm.using(src, |vm, src| {
        let d = src.payload::<crate::types::module::ModuleObject>().dict;
        crate::protocol::attr::dict_get_str_key(d, name).map(|v| vm.incref(v))
    });
    let Some(v) = v else {
        return Err(missing(vm));
    };
    let key = vm.intern_borrow(owner);
    if let Some(o) = crate::protocol::attr::dict_get_str_key(vm.modules, key) {
        let d = o.payload::<crate::types::module::ModuleObject>().dict;
        if let Err(e) = vm.with_roots(&[v], |vm| vm.dict_set(d, name, v)) {
            vm.with_roots(&[e], |vm| vm.decref(v));
            return Err(e);
        }
    }
    Ok(v)
}

/// Create `sys.modules` and every builtin module in it.
pub fn install_all<C: Collector>(vm: &mut Vm<C>) {
    vm.modules = vm.new_dict().expect("heap at start-up");
    let b = vm.builtins;
    register(vm, "builtins", b);
    sys::install(vm);
    gc::install(vm);
    heapq_bisect::install(vm);
    json_native::install(vm);
    operator::install(vm);
    // `_itertools`: the native iterators `itertools` takes.
    let d = new_native_module(vm, "_itertools", &[]);
    for name in [
        "permutations",
        "combinations",
        "combinations_with_replacement",
        "product",
        "zip_longest",
    ] {
        let t = vm.types.get(&format!("itertools.{name}"));
        vm.dict_set_str(d, name, t).expect("heap at start-up");
    }
    // `_collections`: the native types `collections` takes.
    let d = new_native_module(
        vm,
        "_collections",
        &[("_count_elements", crate::types::dict::count_elements)],
    );
    for (name, ty) in [
        ("deque", "collections.deque"),
        ("_deque_iterator", "_collections._deque_iterator"),
        (
            "_deque_reverse_iterator",
            "_collections._deque_reverse_iterator",
        ),
    ] {
        let t = vm.types.get(ty);
        vm.dict_set_str(d, name, t).expect("heap at start-up");
    }
    // `_functools`: the native `partial` that `functools` takes.
    let d = new_native_module(vm, "_functools", &[]);
    let t = vm.types.get("functools.partial");
    vm.dict_set_str(d, "partial", t).expect("heap at start-up");
    copy::install(vm);
    ouro::install(vm);
    weakref::install(vm);
    math::install(vm);
    mt19937::install(vm);
    time::install(vm);
    unicodedata::install(vm);
    osnative::install(vm);
    tbformat::install(vm);
}

/// Put a module into `sys.modules`.
pub fn register<C: Collector>(vm: &mut Vm<C>, name: &str, m: ObjRef) {
    let modules = vm.modules;
    let k = vm.new_str(name).expect("heap at start-up");
    vm.dict_set(modules, k, m).expect("heap at start-up");
    vm.decref(k);
}

/// A new builtin module with these functions, registered in `sys.modules`;
/// returns its dict (borrowed: the module holds it).
pub fn new_native_module<C: Collector>(
    vm: &mut Vm<C>,
    name: &'static str,
    fns: &[(&'static str, NativeFn<C>)],
) -> ObjRef {
    let m = vm
        .new_module(name, crate::modules::import::ModuleOrigin::Native)
        .expect("heap at start-up");
    let d = m.payload::<ModuleObject>().dict;
    for &(fname, f) in fns {
        crate::builtins::def_fn(vm, d, fname, f);
    }
    register(vm, name, m);
    vm.decref(m);
    d
}
