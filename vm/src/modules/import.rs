//! `import`: modules come from `sys.modules` (the builtin ones are put
//! there at start-up), or from a `.py` file beside the main program.

use crate::object::ObjExt;
use crate::types::module::{ModuleObject, MODULE_VT};
use crate::types::str::str_of;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// Modules of ouro's own written in Python, compiled into the binary.
fn embedded_source(name: &str) -> Option<&'static str> {
    crate::modules::EMBEDDED
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, source)| *source)
}

impl<C: Collector> Vm<C> {
    /// `import name` (a new reference to the module).
    pub(crate) fn import_module(&mut self, name: ObjRef) -> PyResult<ObjRef> {
        let modules = self.modules;
        if let Some(m) = self.dict_get(modules, name)? {
            return Ok(m);
        }
        let n = str_of(name).unwrap_or("").to_string();
        if let Some((parent, child)) = n.rsplit_once('.') {
            return self.import_submodule(&n, parent, child);
        }
        if let Some(path) = self.find_module_file(&n) {
            return self.load_source_module(&n, &path);
        }
        if let Some(source) = embedded_source(&n) {
            let filename = format!("<ouro>/{n}.py");
            return self.run_source_module(&n, &filename, source.to_string());
        }
        let e = self.new_error("ModuleNotFoundError", format!("No module named '{n}'"));
        self.set_error_attrs(e, &[("name", name)]);
        Err(e)
    }

    /// `a.b`: `a` imported, then its attribute `b` if that is a module
    /// (ouro's packages are modules that set their submodules as
    /// attributes, as `os` does `os.path`), registered as `a.b`.
    fn import_submodule(&mut self, full: &str, parent: &str, child: &str) -> PyResult<ObjRef> {
        let pname = self.new_str(parent)?;
        let p = self.using(pname, |vm, pname| vm.import_module(pname))?;
        let sub = self.using(p, |vm, p| match vm.getattr_str(p, child) {
            Ok(m) if m.tag() == crate::object::Tag::Module => Ok(Some(m)),
            Ok(other) => {
                vm.decref(other);
                Ok(None)
            }
            Err(e) if vm.is_instance_of_name(e, "AttributeError") => {
                vm.decref(e);
                Ok(None)
            }
            Err(e) => Err(e),
        })?;
        let sub = match (sub, embedded_source(full)) {
            // An embedded submodule (`collections.abc`): run, registered,
            // and set on its parent.
            (None, Some(source)) => {
                let filename = format!("<ouro>/{full}.py");
                let m = self.run_source_module(full, &filename, source.to_string())?;
                let pname = self.new_str(parent)?;
                let p = self.using(pname, |vm, pname| vm.import_module(pname));
                let key = self.intern_borrow(child);
                let r = p.and_then(|p| self.using(p, |vm, p| vm.setattr(p, key, Some(m))));
                if let Err(e) = r {
                    self.with_roots(&[e], |vm| vm.decref(m));
                    return Err(e);
                }
                return Ok(m);
            }
            (sub, _) => sub,
        };
        let Some(m) = sub else {
            return Err(self.new_error(
                "ModuleNotFoundError",
                format!("No module named '{full}'; '{parent}' is not a package"),
            ));
        };
        let key = self.new_str(full)?;
        let modules = self.modules;
        let r = self.dict_set(modules, key, m);
        self.decref(key);
        r.inspect_err(|_| self.decref(m))?;
        Ok(m)
    }

    /// `name.py` in the first directory of `sys.path` that has it (an
    /// empty entry is the working directory); the main script's directory
    /// when `sys.path` is not a list.
    fn find_module_file(&mut self, name: &str) -> Option<std::path::PathBuf> {
        let file = format!("{name}.py");
        let dirs: Vec<String> = match self.sys_path_entries() {
            Some(dirs) => dirs,
            None => {
                let main = self.config.argv.first()?;
                let dir = std::path::Path::new(main).parent()?;
                vec![dir.to_string_lossy().into_owned()]
            }
        };
        dirs.iter()
            .map(|d| std::path::Path::new(if d.is_empty() { "." } else { d }).join(&file))
            .find(|p| p.is_file())
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

    fn load_source_module(&mut self, name: &str, path: &std::path::Path) -> PyResult<ObjRef> {
        let filename = path.to_string_lossy().to_string();
        let source = std::fs::read_to_string(path)
            .map_err(|e| self.new_error("ImportError", format!("cannot read {filename}: {e}")))?;
        self.run_source_module(name, &filename, source)
    }

    /// Compile and run a module's source in a new module registered as
    /// `name` in `sys.modules`.
    fn run_source_module(
        &mut self,
        name: &str,
        filename: &str,
        source: String,
    ) -> PyResult<ObjRef> {
        let filename = filename.to_string();
        let code = match ouro_compiler::compile_module(&source, &filename) {
            Ok(c) => c,
            Err(ce) => return Err(crate::run::syntax_error_object(self, &ce)),
        };
        self.sources.insert(filename.clone(), source.into());
        let module = self.new_module(name, Some(&filename))?;
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
        let r = self.with_roots(&[module], |vm| vm.run_module_code(code_obj, d));
        match r {
            Ok(v) => {
                self.decref(v);
                Ok(module)
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

    /// A new module. Its dict holds `__name__` and `__doc__`, then, after
    /// the module object exists, `__builtins__` and `__file__`. The order
    /// matters to the cycle detector as in CPython: a dict holding only
    /// strs and None is not tracked, so the module joins the collector's
    /// list before its dict (which `__builtins__` makes tracked), and a
    /// collection that reaches the module reaches the dict in place.
    pub fn new_module(&mut self, name: &str, file: Option<&str>) -> PyResult<ObjRef> {
        let d = self.new_dict()?;
        let n = self.new_str(name)?;
        self.dict_set_str(d, "__name__", n)?;
        self.dict_set_str(d, "__doc__", self.none)?;
        let m = self.alloc(&MODULE_VT, ModuleObject { name: n, dict: d })?;
        let filled = (|| {
            self.dict_set_str(d, "__builtins__", self.builtins)?;
            if let Some(f) = file {
                let fo = self.new_str(f)?;
                let r = self.dict_set_str(d, "__file__", fo);
                self.decref(fo);
                r?;
            }
            Ok(())
        })();
        match filled {
            Ok(()) => Ok(m),
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref(m));
                Err(e)
            }
        }
    }

    /// `from m import name`.
    pub(crate) fn import_from(&mut self, m: ObjRef, name: ObjRef) -> PyResult<ObjRef> {
        match self.getattr(m, name) {
            Ok(v) => Ok(v),
            Err(e) => {
                self.decref(e);
                let n = str_of(name).unwrap_or("?").to_string();
                let mn = m
                    .get::<ModuleObject>()
                    .and_then(|mo| str_of(mo.name))
                    .unwrap_or("?")
                    .to_string();
                let e = self.new_error(
                    "ImportError",
                    format!("cannot import name '{n}' from '{mn}' (unknown location)"),
                );
                let mname = self.new_str(&mn)?;
                self.set_error_attrs(e, &[("name", mname)]);
                self.decref(mname);
                Err(e)
            }
        }
    }

    /// `from m import *`: every public name into the running namespace.
    pub(crate) fn import_star(&mut self, m: ObjRef) -> PyResult<()> {
        let Some(mo) = m.get::<ModuleObject>() else {
            return Ok(());
        };
        let keys: Vec<ObjRef> = crate::types::dict::dict_of(mo.dict)
            .expect("dict")
            .snapshot()
            .iter()
            .map(|e| e.key)
            .filter(|&k| str_of(k).is_some_and(|k| !k.starts_with('_')))
            .collect();
        let ns = self.frame().locals.unwrap_or(self.frame().globals);
        // Each value is looked up when it is stored, as CPython does: storing
        // one name may release an old value whose `__del__` changes the
        // module.
        self.with_owned(keys, |vm, keys| {
            keys.iter().try_for_each(|&k| {
                let v = vm.getattr(m, k)?;
                let r = vm.with_roots(&[v], |vm| vm.dict_set(ns, k, v));
                vm.decref(v);
                r
            })
        })
    }
}
