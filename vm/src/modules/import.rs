//! `import`: CPython's `importlib._bootstrap` in Rust. A module comes from
//! `sys.modules` (the builtin ones are put there at start-up), else from
//! `sys.path`: `name.py`, a package directory `name/__init__.py`, or a
//! directory without one (a namespace package); else from the modules
//! ouro ships written in Python. A submodule is searched for in its
//! package's `__path__`, and relative imports resolve against the
//! importing module's `__package__`.

use crate::object::{ObjExt, Tag};
use crate::types::module::{ModuleObject, MODULE_VT};
use crate::types::str::str_of;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::path::{Path, PathBuf};

/// Modules of ouro's own written in Python, compiled into the binary.
fn embedded_source(name: &str) -> Option<&'static str> {
    crate::modules::EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| *source)
}

/// Where a module's source was found on a search path.
enum Found {
    /// `name.py`.
    File(PathBuf),
    /// `name/__init__.py`, in the directory `name`.
    Package { dir: PathBuf, init: PathBuf },
    /// A directory `name` without `__init__.py` (PEP 420).
    Namespace(PathBuf),
}

/// The first of `dirs` that holds the module `name` (the last part of a
/// dotted name): a package or a module in an earlier directory wins, and a
/// namespace directory counts only when no directory has either (as
/// CPython's `PathFinder`).
fn search(dirs: &[String], name: &str) -> Option<Found> {
    let mut namespace = None;
    for d in dirs {
        let base = Path::new(if d.is_empty() { "." } else { d });
        let dir = base.join(name);
        let init = dir.join("__init__.py");
        if init.is_file() {
            return Some(Found::Package { dir, init });
        }
        let file = base.join(format!("{name}.py"));
        if file.is_file() {
            return Some(Found::File(file));
        }
        if namespace.is_none() && dir.is_dir() {
            namespace = Some(dir);
        }
    }
    namespace.map(Found::Namespace)
}

/// What a new module's dict starts with, CPython's per kind of module.
pub enum ModuleOrigin<'a> {
    /// A module written in Rust (`sys`, `gc`, `builtins`).
    Native,
    /// `__main__`, run from this file (none for `-c` or the prompt).
    Main(Option<&'a str>),
    /// Python source: its file, its `__package__`, and for a package its
    /// directory (`__path__`).
    Source {
        file: &'a str,
        package: &'a str,
        path: Option<&'a str>,
    },
    /// A namespace package: its directory.
    Namespace(&'a str),
}

impl<C: Collector> Vm<C> {
    /// The module `name` itself, imported if need be (a new reference), as
    /// `importlib.import_module` gives it.
    pub(crate) fn import_module(&mut self, name: ObjRef) -> PyResult<ObjRef> {
        let n = str_of(name).unwrap_or("").to_string();
        self.import_absolute(&n)
    }

    /// `IMPORT_NAME` (`fromlist` is on the stack top): the import system's
    /// own `__import__`, or the function a program bound to
    /// `builtins.__import__` in its place, called as CPython's
    /// `import_name` calls it.
    pub(crate) fn import_statement(
        &mut self,
        name: ObjRef,
        level: i64,
        fromlist: ObjRef,
    ) -> PyResult<ObjRef> {
        let globals = self.frame().globals;
        let builtins = self.frame_builtins();
        let Some(f) = self.dict_get_str(builtins, "__import__")? else {
            return Err(self.new_error("ImportError", "__import__ not found".into()));
        };
        let own = f
            .get::<crate::types::function::BuiltinObject>()
            .is_some_and(|b| b.name == "__import__" && b.self_.is_none());
        if own {
            self.decref(f);
            return self.import_name(name, Some(globals), fromlist, level);
        }
        let locals = self.frame().locals.unwrap_or(self.none);
        let level = self.new_int_i64(level);
        let r = match level {
            Ok(level) => {
                let r = self.with_roots(&[f, level], |vm| {
                    vm.call(f, &[name, globals, locals, fromlist, level])
                });
                self.decref(level);
                r
            }
            Err(e) => Err(e),
        };
        self.decref(f);
        r
    }

    /// `IMPORT_NAME`, and `__import__(name, globals, locals, fromlist,
    /// level)`: what the statement works on (a new reference). Without a
    /// fromlist, `import a.b` binds the top package `a`; with one, the
    /// module itself, with the fromlist's submodules imported.
    pub(crate) fn import_name(
        &mut self,
        name: ObjRef,
        globals: Option<ObjRef>,
        fromlist: ObjRef,
        level: i64,
    ) -> PyResult<ObjRef> {
        let n = str_of(name).unwrap_or("").to_string();
        if level < 0 {
            return Err(self.value_error("level must be >= 0".into()));
        }
        let full = if level > 0 {
            self.resolve_relative(&n, globals, level)?
        } else {
            n.clone()
        };
        if full.is_empty() {
            return Err(self.value_error("Empty module name".into()));
        }
        let m = self.import_absolute(&full)?;
        let names = if fromlist == self.none {
            Vec::new()
        } else {
            match self.with_roots(&[m], |vm| vm.iterate(fromlist)) {
                Ok(names) => names,
                Err(e) => {
                    self.release_holding(&e, [m]);
                    return Err(e);
                }
            }
        };
        if !names.is_empty() {
            let r = self.with_roots(&[m], |vm| {
                vm.with_items(names, |vm, names| {
                    vm.import_fromlist(m, &full, names, false)
                })
            });
            return match r {
                Ok(()) => Ok(m),
                Err(e) => {
                    self.release_holding(&e, [m]);
                    Err(e)
                }
            };
        }
        // `import a.b.c` binds `a`; in a package, `from . import` always
        // has a fromlist, and `__import__('b.c', level=1)` gives `pkg.b`.
        let first = n.split('.').next().unwrap_or("");
        let target = if level == 0 {
            first.to_string()
        } else if n.is_empty() {
            return Ok(m);
        } else {
            let cut = n.len() - first.len();
            full[..full.len() - cut].to_string()
        };
        if target == full {
            return Ok(m);
        }
        self.decref(m);
        self.import_absolute(&target)
    }

    /// CPython's `_handle_fromlist`: for a package, each name that is not
    /// yet an attribute is imported as a submodule (a missing one is left
    /// for `IMPORT_FROM` to report); `*` stands for the package's
    /// `__all__`.
    fn import_fromlist(
        &mut self,
        m: ObjRef,
        full: &str,
        names: &[ObjRef],
        from_all: bool,
    ) -> PyResult<()> {
        let Some(d) = m.get::<ModuleObject>().map(|mo| mo.dict) else {
            return Ok(());
        };
        if crate::protocol::attr::dict_get_str_key(d, self.intern_borrow("__path__")).is_none() {
            return Ok(());
        }
        for &x in names {
            let Some(xs) = str_of(x).map(str::to_string) else {
                let where_ = if from_all {
                    format!("{full}.__all__")
                } else {
                    "``from list''".to_string()
                };
                let tn = self.type_name(x);
                return Err(self.type_error(format!("Item in {where_} must be str, not {tn}")));
            };
            if xs == "*" {
                if from_all {
                    continue;
                }
                if let Some(all) =
                    crate::protocol::attr::dict_get_str_key(d, self.intern_borrow("__all__"))
                {
                    let items = self.using(self.incref(all), |vm, all| vm.iterate(all))?;
                    self.with_items(items, |vm, items| vm.import_fromlist(m, full, items, true))?;
                }
                continue;
            }
            if crate::protocol::attr::dict_get_str_key(d, x).is_some() {
                continue;
            }
            let sub = format!("{full}.{xs}");
            match self.import_absolute(&sub) {
                Ok(s) => self.decref(s),
                Err(e) if self.is_missing_module(e, &sub) => self.decref(e),
                Err(e) => return Err(e),
            }
        }
        Ok(())
    }

    /// Is `e` the ModuleNotFoundError for the module `name` itself (not
    /// for something that module imports)?
    fn is_missing_module(&mut self, e: ObjRef, name: &str) -> bool {
        if !self.is_instance_of_name(e, "ModuleNotFoundError") {
            return false;
        }
        match self.getattr_str(e, "name") {
            Ok(n) => {
                let same = str_of(n) == Some(name);
                self.decref(n);
                same
            }
            Err(e2) => {
                self.decref(e2);
                false
            }
        }
    }

    /// The absolute name of a relative import (`from ..a import b` is
    /// `level` 2, `name` "a"), from the importing module's `__package__`,
    /// or else its `__name__` (and `__path__`), as CPython's
    /// `resolve_name`.
    fn resolve_relative(
        &mut self,
        name: &str,
        globals: Option<ObjRef>,
        level: i64,
    ) -> PyResult<String> {
        let Some(g) = globals.filter(|g| g.tag() == Tag::Dict) else {
            return Err(self.new_error("KeyError", "'__name__' not in globals".into()));
        };
        let package = match self.dict_get_str(g, "__package__")? {
            Some(p) if p != self.none => {
                let s = str_of(p).map(str::to_string);
                self.decref(p);
                match s {
                    Some(s) => s,
                    None => return Err(self.type_error("package must be a string".into())),
                }
            }
            other => {
                if let Some(p) = other {
                    self.decref(p);
                }
                let Some(n) = self.dict_get_str(g, "__name__")? else {
                    return Err(self.new_error("KeyError", "'__name__' not in globals".into()));
                };
                let s = str_of(n).map(str::to_string);
                self.decref(n);
                let Some(s) = s else {
                    return Err(self.type_error("__name__ must be a string".into()));
                };
                let is_package =
                    crate::protocol::attr::dict_get_str_key(g, self.intern_borrow("__path__"))
                        .is_some();
                if is_package {
                    s
                } else {
                    s.rsplit_once('.')
                        .map_or(String::new(), |(p, _)| p.to_string())
                }
            }
        };
        if package.is_empty() {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import with no known parent package".into(),
            ));
        }
        let pieces: Vec<&str> = package.rsplitn(level as usize, '.').collect();
        if (pieces.len() as i64) < level {
            return Err(self.new_error(
                "ImportError",
                "attempted relative import beyond top-level package".into(),
            ));
        }
        let base = pieces.last().copied().unwrap_or("");
        Ok(if name.is_empty() {
            base.to_string()
        } else {
            format!("{base}.{name}")
        })
    }

    /// `sys.modules[full]`, a new reference, if it is there.
    fn imported(&mut self, full: &str) -> PyResult<Option<ObjRef>> {
        let modules = self.modules;
        let key = self.new_str(full)?;
        let m = self.using(key, |vm, key| vm.dict_get(modules, key))?;
        match m {
            Some(m) if m == self.none => {
                self.decref(m);
                let e = self.missing_module(
                    full,
                    format!("import of {full} halted; None in sys.modules"),
                );
                Err(e)
            }
            m => Ok(m),
        }
    }

    fn missing_module(&mut self, full: &str, msg: String) -> ObjRef {
        let e = self.new_error("ModuleNotFoundError", msg);
        if let Ok(n) = self.new_str(full) {
            self.set_error_attrs(e, &[("name", n)]);
            self.decref(n);
        }
        e
    }

    /// The module with the absolute dotted name `full` (a new reference):
    /// its parent packages are imported first.
    fn import_absolute(&mut self, full: &str) -> PyResult<ObjRef> {
        if full.is_empty() {
            return Err(self.value_error("Empty module name".into()));
        }
        if let Some(m) = self.imported(full)? {
            return Ok(m);
        }
        let Some((parent, child)) = full.rsplit_once('.') else {
            let dirs = self.search_path();
            if let Some(found) = search(&dirs, full) {
                return self.load_found(full, "", found);
            }
            if let Some(source) = embedded_source(full) {
                let filename = format!("<ouro>/{full}.py");
                return self.run_source_module(full, &filename, source.to_string(), "", None);
            }
            return Err(self.missing_module(full, format!("No module named '{full}'")));
        };
        let p = self.import_absolute(parent)?;
        self.using(p, |vm, p| vm.import_child(full, parent, child, p))
    }

    /// The submodule `full` (`parent.child`) of `p`, the module `parent`
    /// (borrowed, rooted): found on the package's `__path__` and set as
    /// its attribute once it has run.
    fn import_child(
        &mut self,
        full: &str,
        parent: &str,
        child: &str,
        p: ObjRef,
    ) -> PyResult<ObjRef> {
        // Running the package may have imported it.
        if let Some(m) = self.imported(full)? {
            return Ok(m);
        }
        let path = p.get::<ModuleObject>().and_then(|mo| {
            crate::protocol::attr::dict_get_str_key(mo.dict, self.intern_borrow("__path__"))
        });
        let Some(path) = path else {
            return self.native_submodule(full, parent, child, p);
        };
        let dirs: Vec<String> = match path.tag() {
            Tag::List | Tag::Tuple => self
                .seq_items(path)
                .iter()
                .filter_map(|&o| str_of(o).map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        let Some(found) = search(&dirs, child) else {
            return Err(self.missing_module(full, format!("No module named '{full}'")));
        };
        let m = self.load_found(full, parent, found)?;
        let key = self.intern_borrow(child);
        let r = self.with_roots(&[m], |vm| vm.setattr(p, key, Some(m)));
        match r {
            Ok(()) => Ok(m),
            Err(e) => {
                self.release_holding(&e, [m]);
                Err(e)
            }
        }
    }

    /// `a.b` where `a` is not a package on disk: ouro's native and
    /// embedded packages set their submodules as attributes (as `os` does
    /// `os.path`), or ship them embedded (`collections.abc`).
    fn native_submodule(
        &mut self,
        full: &str,
        parent: &str,
        child: &str,
        p: ObjRef,
    ) -> PyResult<ObjRef> {
        let sub = match self.getattr_str(p, child) {
            Ok(m) if m.tag() == Tag::Module => Some(m),
            Ok(other) => {
                self.decref(other);
                None
            }
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                None
            }
            Err(e) => return Err(e),
        };
        let m = match (sub, embedded_source(full)) {
            (Some(m), _) => m,
            (None, Some(source)) => {
                let filename = format!("<ouro>/{full}.py");
                let m =
                    self.run_source_module(full, &filename, source.to_string(), parent, None)?;
                let key = self.intern_borrow(child);
                if let Err(e) = self.with_roots(&[m], |vm| vm.setattr(p, key, Some(m))) {
                    self.release_holding(&e, [m]);
                    return Err(e);
                }
                return Ok(m);
            }
            (None, None) => {
                return Err(self.missing_module(
                    full,
                    format!("No module named '{full}'; '{parent}' is not a package"),
                ))
            }
        };
        self.register_module(full, m)
    }

    /// Put `m` (owned) in `sys.modules` as `full`; `m`, or the error with
    /// `m` released.
    fn register_module(&mut self, full: &str, m: ObjRef) -> PyResult<ObjRef> {
        let modules = self.modules;
        let r = self.with_roots(&[m], |vm| {
            let key = vm.new_str(full)?;
            vm.using(key, |vm, key| vm.dict_set(modules, key, m))
        });
        match r {
            Ok(()) => Ok(m),
            Err(e) => {
                self.release_holding(&e, [m]);
                Err(e)
            }
        }
    }

    /// The directories a top-level import searches: the str entries of
    /// `sys.path` (an empty one is the working directory); before the
    /// program has made `sys.path` (the `sys` module builds it on first
    /// use) or when it is not a list, what it would start as, the main
    /// script's real directory.
    fn search_path(&mut self) -> Vec<String> {
        if let Some(dirs) = self.sys_path_entries() {
            return dirs;
        }
        let Some(main) = self
            .config
            .argv
            .first()
            .filter(|m| !matches!(m.as_str(), "" | "-c" | "-"))
        else {
            return vec![String::new()];
        };
        let dir = match main.rsplit_once('/') {
            Some((d, _)) if !d.is_empty() => d,
            _ => ".",
        };
        let real = std::fs::canonicalize(dir).map(|p| p.to_string_lossy().into_owned());
        vec![real.unwrap_or_else(|_| dir.to_string())]
    }

    /// The str entries of `sys.path`, if it is a list.
    fn sys_path_entries(&mut self) -> Option<Vec<String>> {
        let key = self.intern_borrow("sys");
        let sys = crate::protocol::attr::dict_get_str_key(self.modules, key)?;
        let d = sys.get::<ModuleObject>()?.dict;
        let path = crate::protocol::attr::dict_get_str_key(d, self.intern_borrow("path"))?;
        let items = crate::types::list::list_of(path)?.snapshot();
        Some(
            items
                .iter()
                .filter_map(|&o| str_of(o).map(str::to_string))
                .collect(),
        )
    }

    /// Run what `search` found as the module `full`, whose package (for a
    /// plain module) is `package`.
    fn load_found(&mut self, full: &str, package: &str, found: Found) -> PyResult<ObjRef> {
        let (file, path) = match found {
            Found::File(file) => (file, None),
            Found::Package { dir, init } => (init, Some(dir)),
            Found::Namespace(dir) => {
                let dir = dir.to_string_lossy().into_owned();
                let m = self.new_module(full, ModuleOrigin::Namespace(&dir))?;
                return self.register_module(full, m);
            }
        };
        let filename = file.to_string_lossy().into_owned();
        let source = std::fs::read_to_string(&file)
            .map_err(|e| self.new_error("ImportError", format!("cannot read {filename}: {e}")))?;
        let package = if path.is_some() { full } else { package };
        let path = path.map(|p| p.to_string_lossy().into_owned());
        self.run_source_module(full, &filename, source, package, path.as_deref())
    }

    /// Compile and run a module's source in a new module registered as
    /// `name` in `sys.modules`; what `sys.modules` holds under that name
    /// afterwards (a module may replace itself there, as in CPython).
    fn run_source_module(
        &mut self,
        name: &str,
        filename: &str,
        source: String,
        package: &str,
        path: Option<&str>,
    ) -> PyResult<ObjRef> {
        let filename = filename.to_string();
        let code = match ouro_compiler::compile_module(&source, &filename) {
            Ok(c) => c,
            Err(ce) => return Err(crate::run::syntax_error_object(self, &ce, true)),
        };
        self.sources.insert(filename.clone(), source.into());
        let origin = ModuleOrigin::Source {
            file: &filename,
            package,
            path,
        };
        let module = self.new_module(name, origin)?;
        let modules = self.modules;
        let key = self.new_str(name)?;
        let r = self.dict_set(modules, key, module);
        self.decref(key);
        r?;
        let d = module.payload::<ModuleObject>().dict;
        let code_obj = match self.code_object(code) {
            Ok(c) => c,
            Err(e) => {
                self.forget_module(name, module);
                return Err(e);
            }
        };
        // The module, which this function owns, is rooted while its body
        // runs (sys.modules holds it too, but a program may remove it).
        self.initializing.push(module);
        let r = self.with_roots(&[module], |vm| vm.run_module_code(code_obj, d));
        self.initializing.pop();
        match r {
            Ok(v) => {
                self.decref(v);
                match self.with_roots(&[module], |vm| vm.imported(name)) {
                    Ok(Some(m)) => {
                        self.decref(module);
                        Ok(m)
                    }
                    Ok(None) => Ok(module),
                    Err(e) => {
                        self.release_holding(&e, [module]);
                        Err(e)
                    }
                }
            }
            Err(e) => {
                self.with_roots(&[e], |vm| vm.forget_module(name, module));
                Err(e)
            }
        }
    }

    /// A module whose import failed leaves `sys.modules` (as CPython's
    /// `remove_module`) and this function's reference is dropped.
    fn forget_module(&mut self, name: &str, module: ObjRef) {
        let modules = self.modules;
        if let Ok(key) = self.new_str(name) {
            if let Err(e) = self.dict_del(modules, key) {
                self.decref(e);
            }
            self.decref(key);
        }
        self.decref(module);
    }

    /// A new module, its dict filled in CPython's order for its origin:
    /// `module_init_dict`'s `__name__`, `__doc__`, `__package__`,
    /// `__loader__`, `__spec__` (strs and None, so the dict is not yet
    /// tracked), then, after the module object exists, what import or
    /// `pymain` adds. The order matters to the cycle detector as in
    /// CPython: the module joins the collector's list before its dict
    /// (which `__builtins__` makes tracked), so a collection that reaches
    /// the module reaches the dict in place.
    pub fn new_module(&mut self, name: &str, origin: ModuleOrigin<'_>) -> PyResult<ObjRef> {
        let d = self.new_dict()?;
        let filled = (|| {
            let n = self.new_str(name)?;
            let r = self.dict_set_str(d, "__name__", n);
            self.decref(n);
            r?;
            self.dict_set_str(d, "__doc__", self.none)?;
            if let ModuleOrigin::Native = origin {
                return Ok(());
            }
            let package = match origin {
                ModuleOrigin::Source { package, .. } => Some(package),
                ModuleOrigin::Namespace(_) => Some(name),
                _ => None,
            };
            match package {
                Some(p) => {
                    let p = self.new_str(p)?;
                    let r = self.dict_set_str(d, "__package__", p);
                    self.decref(p);
                    r?;
                }
                None => self.dict_set_str(d, "__package__", self.none)?,
            }
            self.dict_set_str(d, "__loader__", self.none)?;
            self.dict_set_str(d, "__spec__", self.none)
        })();
        if let Err(e) = filled {
            self.release_holding(&e, [d]);
            return Err(e);
        }
        let n = crate::protocol::attr::dict_get_str_key(d, self.intern_borrow("__name__"))
            .expect("just set");
        let n = self.incref(n);
        let m = match self.alloc(&MODULE_VT, ModuleObject { name: n, dict: d }) {
            Ok(m) => m,
            Err(e) => {
                self.release_holding(&e, [n, d]);
                return Err(e);
            }
        };
        let filled = self.with_roots(&[m], |vm| vm.fill_module_dict(d, origin));
        match filled {
            Ok(()) => Ok(m),
            Err(e) => {
                self.release_holding(&e, [m]);
                Err(e)
            }
        }
    }

    /// What a module's dict gets once the module exists.
    fn fill_module_dict(&mut self, d: ObjRef, origin: ModuleOrigin<'_>) -> PyResult<()> {
        let set_str = |vm: &mut Self, key: &str, value: &str| {
            let v = vm.new_str(value)?;
            let r = vm.dict_set_str(d, key, v);
            vm.decref(v);
            r
        };
        let set_path = |vm: &mut Self, dir: &str| {
            let s = vm.new_str(dir)?;
            let l = vm.using(s, |vm, s| vm.new_list(vec![vm.incref(s)]))?;
            vm.using(l, |vm, l| vm.dict_set_str(d, "__path__", l))
        };
        match origin {
            ModuleOrigin::Native => self.dict_set_str(d, "__builtins__", self.builtins),
            ModuleOrigin::Main(file) => {
                let a = self.new_dict()?;
                self.using(a, |vm, a| vm.dict_set_str(d, "__annotations__", a))?;
                self.dict_set_str(d, "__builtins__", self.builtins)?;
                if let Some(f) = file {
                    set_str(self, "__file__", f)?;
                    self.dict_set_str(d, "__cached__", self.none)?;
                }
                Ok(())
            }
            ModuleOrigin::Source { file, path, .. } => {
                if let Some(dir) = path {
                    set_path(self, dir)?;
                }
                set_str(self, "__file__", file)?;
                self.dict_set_str(d, "__cached__", self.none)?;
                self.dict_set_str(d, "__builtins__", self.builtins)
            }
            ModuleOrigin::Namespace(dir) => {
                self.dict_set_str(d, "__file__", self.none)?;
                set_path(self, dir)
            }
        }
    }

    /// `from m import name`: the attribute, or else the submodule
    /// `m.name` already in `sys.modules` (a circular import that has not
    /// yet set it on its package), or CPython's ImportError.
    pub(crate) fn import_from(&mut self, m: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        match self.getattr(m, name) {
            Ok(v) => return Ok(v),
            Err(e) if self.is_instance_of_name(e, "AttributeError") => self.decref(e),
            Err(e) => return Err(e),
        }
        let n = str_of(name).unwrap_or("?").to_string();
        let pkgname = match self.getattr_str(m, "__name__") {
            Ok(p) => {
                let s = str_of(p).map(str::to_string);
                self.decref(p);
                s
            }
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                None
            }
            Err(e) => return Err(e),
        };
        if let Some(p) = &pkgname {
            if let Some(sub) = self.imported(&format!("{p}.{n}"))? {
                return Ok(sub);
            }
        }
        let file = m.get::<ModuleObject>().and_then(|mo| {
            let f =
                crate::protocol::attr::dict_get_str_key(mo.dict, self.intern_borrow("__file__"))?;
            str_of(f).map(str::to_string)
        });
        let shown = |s: &str| crate::text::str_repr::str_repr(s);
        let msg = match (&pkgname, &file) {
            (None, _) => format!(
                "cannot import name {} from '<unknown module name>' (unknown location)",
                shown(&n)
            ),
            (Some(p), None) => format!(
                "cannot import name {} from {} (unknown location)",
                shown(&n),
                shown(p)
            ),
            (Some(p), Some(f)) if self.initializing.contains(&m) => format!(
                "cannot import name {} from partially initialized module {} (most likely due to a circular import) ({f})",
                shown(&n),
                shown(p)
            ),
            (Some(p), Some(f)) => format!("cannot import name {} from {} ({f})", shown(&n), shown(p)),
        };
        let e = self.new_error("ImportError", msg);
        let mut attrs = Vec::new();
        if let Some(p) = &pkgname {
            attrs.push(("name", self.new_str(p)?));
        }
        if let Some(f) = &file {
            attrs.push(("path", self.new_str(f)?));
        }
        self.set_error_attrs(e, &attrs);
        for (_, v) in attrs {
            self.decref(v);
        }
        Err(e)
    }

    /// `from m import *`: the names of the module's `__all__`, or else
    /// every name of its dict not starting with `_` (CPython's
    /// `import_all_from`).
    pub(crate) fn import_star(&mut self, m: ObjRef) -> PyResult<()> {
        let (names, from_all) = match self.getattr_str(m, "__all__") {
            Ok(all) => (self.using(all, |vm, all| vm.iterate(all))?, true),
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                let Some(mo) = m.get::<ModuleObject>() else {
                    return Err(self.new_error(
                        "ImportError",
                        "from-import-* object has no __dict__ and no __all__".into(),
                    ));
                };
                let keys: Vec<ObjRef> = crate::types::dict::dict_of(mo.dict)
                    .expect("dict")
                    .snapshot()
                    .iter()
                    .map(|e| self.incref(e.key))
                    .collect();
                (keys, false)
            }
            Err(e) => return Err(e),
        };
        let ns = self.frame().locals.unwrap_or(self.frame().globals);
        // Each value is looked up when it is stored, as CPython does: storing
        // one name may release an old value whose `__del__` changes the
        // module.
        self.with_items(names, |vm, names| {
            names.iter().try_for_each(|&k| {
                let Some(ks) = str_of(k) else {
                    let mn = m
                        .get::<ModuleObject>()
                        .and_then(|mo| str_of(mo.name))
                        .unwrap_or("?")
                        .to_string();
                    let (what, field) = if from_all {
                        ("Item", "__all__")
                    } else {
                        ("Key", "__dict__")
                    };
                    let tn = vm.type_name(k);
                    return Err(
                        vm.type_error(format!("{what} in {mn}.{field} must be str, not {tn}"))
                    );
                };
                if !from_all && ks.starts_with('_') {
                    return Ok(());
                }
                let v = vm.getattr(m, k)?;
                let r = vm.with_roots(&[v], |vm| vm.dict_set(ns, k, v));
                vm.decref(v);
                r
            })
        })
    }
}
