//! Builtin modules, each in its own file: `sys`, `gc`, `copy`, `math`,
//! and `_ouro` (ouro's own introspection hooks, used by tests).

pub mod copy;
pub mod gc;
mod libm;
pub mod math;
mod mt19937;
mod osnative;
pub mod ouro;
pub mod sys;
mod tbformat;
pub mod time;
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
    ("_copyreduce", include_str!("_copyreduce.py")),
    ("dataclasses", include_str!("dataclasses.py")),
    ("struct", include_str!("struct.py")),
    ("collections", include_str!("collections.py")),
    ("array", include_str!("array.py")),
    ("enum", include_str!("enum.py")),
    ("abc", include_str!("abc.py")),
    ("cmath", include_str!("cmath.py")),
    ("_collections_abc", include_str!("_collections_abc.py")),
    ("collections.abc", include_str!("collections_abc.py")),
    ("textwrap", include_str!("textwrap.py")),
    ("keyword", include_str!("keyword.py")),
    ("warnings", include_str!("warnings.py")),
    ("fractions", include_str!("fractions.py")),
    ("statistics", include_str!("statistics.py")),
    ("_sysinfo", include_str!("_sysinfo.py")),
];

/// Create `sys.modules` and every builtin module in it.
pub fn install_all<C: Collector>(vm: &mut Vm<C>) {
    vm.modules = vm.new_dict().expect("heap at start-up");
    let b = vm.builtins;
    register(vm, "builtins", b);
    sys::install(vm);
    gc::install(vm);
    copy::install(vm);
    ouro::install(vm);
    weakref::install(vm);
    math::install(vm);
    mt19937::install(vm);
    time::install(vm);
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
    let m = vm.new_module(name, None).expect("heap at start-up");
    let d = m.payload::<ModuleObject>().dict;
    for &(fname, f) in fns {
        crate::builtins::def_fn(vm, d, fname, f);
    }
    register(vm, name, m);
    vm.decref(m);
    d
}
