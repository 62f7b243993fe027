//! Running a program: compile, materialise code objects on the heap, run
//! the module body, report an uncaught exception, and shut down as CPython
//! does (release the main module's globals in order, running finalizers).

use crate::interp::frame::{Frame, OnReturn};
use crate::object::ObjExt;
use crate::types::module::ModuleObject;
use crate::vm::{PyResult, Vm, VmConfig};
use ouro_compiler::{CodeObject, CompileError};
use ouro_gc_core::{Collector, ObjRef};
use std::rc::Rc;

/// Print a compile error as CPython does and return exit status 1.
pub fn report_syntax_error(e: &CompileError) -> i32 {
    eprint!("{}", format_syntax_error(e));
    1
}

pub fn format_syntax_error(e: &CompileError) -> String {
    let kind = e.kind.name();
    if e.kind == ouro_compiler::ErrorKind::RecursionError {
        return format!("{kind}: {}\n", e.message);
    }
    let mut out = format!("  File \"{}\", line {}\n", e.filename, e.line);
    let trimmed = e.text.trim_start();
    if !trimmed.is_empty() {
        let cut = (e.text.chars().count() - trimmed.chars().count()) as u32;
        let col = e.col.saturating_sub(cut).max(1);
        let width = e.end_col.saturating_sub(e.col).max(1);
        out.push_str(&format!("    {}\n", trimmed.trim_end()));
        // Column 0: a tokenizer-level error, which CPython shows without a caret.
        if e.col > 0 {
            out.push_str(&format!(
                "    {}{}\n",
                " ".repeat(col as usize - 1),
                "^".repeat(width as usize)
            ));
        }
    }
    out.push_str(&format!("{kind}: {}\n", e.message));
    out
}

/// The exception for a compile error met at run time (importing a
/// module, `compile`, `exec`, `eval`): a SyntaxError (or its subclass) with
/// CPython's attributes, or a RecursionError for input nested too deep.
/// The SyntaxError (or IndentationError, TabError) object for a compile
/// error; `exec_input` when the source was compiled as a module, whose
/// last line CPython's tokenizer ends with a newline.
pub fn syntax_error_object<C: Collector>(
    vm: &mut Vm<C>,
    e: &CompileError,
    exec_input: bool,
) -> ObjRef {
    if e.kind == ouro_compiler::ErrorKind::RecursionError {
        return vm.new_error(e.kind.name(), e.message.clone());
    }
    // CPython's arguments: `(msg, (filename, lineno, offset, text,
    // end_lineno, end_offset))`, from which the attributes come.
    let made = (|| {
        let info = vm.make_all(6, |vm, i| match i {
            0 => vm.new_str(&e.filename),
            1 | 4 => vm.new_int_i64(i64::from(e.line)),
            2 => vm.new_int_i64(i64::from(e.col)),
            3 if e.text_newline || exec_input => vm.new_str(&format!("{}\n", e.text)),
            3 => vm.new_str(&e.text),
            _ => vm.new_int_i64(i64::from(e.end_col)),
        })?;
        let info = vm.new_tuple(info)?;
        let args = vm.using(info, |vm, info| {
            let msg = vm.new_str(&e.message)?;
            vm.new_tuple(vec![msg, vm.incref(info)])
        })?;
        let t = vm.types.get(e.kind.name());
        vm.new_exception_object(t, args)
    })();
    made.unwrap_or_else(|x| x)
}

impl<C: Collector> Vm<C> {
    /// Run module code (owned) with `globals` as its namespace.
    pub(crate) fn run_module_code(&mut self, code: ObjRef, globals: ObjRef) -> PyResult<ObjRef> {
        let frame = self.namespace_frame(code, globals, globals);
        self.run_frame(frame)
    }

    /// A frame running `code` (owned) with these namespaces (borrowed):
    /// module bodies, `exec` and `eval`.
    pub(crate) fn namespace_frame(
        &mut self,
        code: ObjRef,
        globals: ObjRef,
        locals: ObjRef,
    ) -> Box<Frame> {
        let builtins = self.builtins_of_globals(globals);
        let mut frame = self.new_frame(code, self.incref(globals), true, OnReturn::Value);
        frame.builtins = builtins;
        frame.locals = Some(self.incref(locals));
        frame
    }

    /// Print an uncaught exception and return the exit status (SystemExit
    /// gives its code).
    fn report_uncaught(&mut self, exc: ObjRef) -> i32 {
        self.flush_stdout();
        // Rooted: printing runs the exception's `__str__`.
        self.with_roots(&[exc], |vm| {
            if vm.is_instance_of_name(exc, "SystemExit") {
                return vm.system_exit_status(exc);
            }
            vm.call_excepthook(exc);
            1
        })
    }

    /// Report an uncaught exception through `sys.excepthook` (CPython's
    /// `PyErr_Display` path): the builtin hook prints it; a program's hook
    /// is called with (type, value, traceback), and an error in it is
    /// printed before the original exception.
    fn call_excepthook(&mut self, exc: ObjRef) {
        let hook = crate::modules::sys::sys_attr(self, "excepthook");
        let hook = match hook {
            None => {
                eprintln!("sys.excepthook is missing");
                self.print_exception(exc);
                return;
            }
            Some(h) if crate::modules::sys::is_default_excepthook(h) => {
                self.print_exception(exc);
                return;
            }
            Some(h) => self.incref(h),
        };
        let r = self.with_roots(&[hook], |vm| {
            let tb = vm.getattr_str(exc, "__traceback__")?;
            let t = vm.type_of(exc);
            let r = vm.with_roots(&[tb], |vm| vm.call(hook, &[t, exc, tb]));
            vm.decref(tb);
            r
        });
        self.decref(hook);
        match r {
            Ok(v) => self.decref(v),
            Err(e) => {
                self.flush_stdout();
                eprintln!("Error in sys.excepthook:");
                self.print_exception(e);
                self.decref(e);
                eprintln!("\nOriginal exception was:");
                self.print_exception(exc);
            }
        }
        self.flush_stdout();
    }

    fn system_exit_status(&mut self, exc: ObjRef) -> i32 {
        let code = match self.getattr_str(exc, "code") {
            Ok(c) => c,
            Err(e) => {
                self.decref(e);
                return 1;
            }
        };
        let status = if code == self.none {
            0
        } else if let Ok(Some(n)) = self.index_i64(code) {
            n as i32
        } else {
            match self.str_string(code) {
                Ok(s) => eprintln!("{s}"),
                Err(e) => self.decref(e),
            }
            1
        };
        self.decref(code);
        status
    }

    /// The `atexit` callbacks, last registered first, when the program
    /// imported `atexit` (CPython runs them first thing at finalization).
    fn run_atexit(&mut self) {
        let key = self.intern_borrow("atexit");
        let Ok(Some(m)) = self.dict_get(self.modules, key) else {
            return;
        };
        match self.using(m, |vm, m| vm.call_method_named(m, "_run_exitfuncs", &[])) {
            Ok(r) => self.decref(r),
            Err(e) => {
                self.print_exception(e);
                self.decref(e);
            }
        }
    }

    /// Release the main module's globals in insertion order, each key then
    /// its value, as CPython's final clearing of `__main__` does; their
    /// finalizers run now.
    fn shutdown(&mut self) {
        // Tracebacks printed from here on (a finalizer's error) show no
        // source lines: CPython's, finalizing, can no longer read them.
        self.sources.clear();
        // CPython collects garbage with `__main__` still intact (the
        // cycles a program dropped are finalized first) unless the program
        // disabled the collector (`_PyGC_CollectIfEnabled`), and again,
        // whatever it said, once the module's globals are gone (the cycles
        // they held).
        if self.gc.generations().enabled {
            self.shutdown_collection();
        }
        let Some(main) = self.main_module.take() else {
            return;
        };
        if !C::REFCOUNTED {
            // Without counts nothing dies as the globals are released: the
            // main module just stops being a root, and the collection
            // finalizes what it held while its globals are still intact.
            let key = self.intern_borrow("__main__");
            let _ = self.dict_pop(self.modules, key);
            self.handled = None;
            let modules = self.remove_modules();
            self.restore_builtins();
            self.shutdown_collection();
            self.wipe_modules(modules);
            return;
        }
        // CPython's shutdown: the module leaves sys.modules and dies. Its
        // dict, when in no cycle, dies with it, releasing its entries in
        // order (key, then value). In a cycle with the functions and
        // classes the program defined, it is left to the final collection,
        // which runs every finalizer in its list order before it clears
        // anything; `refcount`, which has no cycle detector, approximates
        // that (`finalize_globals`) and releases the globals in order.
        let d = main.payload::<ModuleObject>().dict;
        self.incref(d);
        let key = self.intern_borrow("__main__");
        if let Ok(Some(m)) = self.dict_pop(self.modules, key) {
            self.decref(m);
        }
        self.decref(main);
        let modules = self.remove_modules();
        self.restore_builtins();
        if C::NAME == "refcount" && d.refcnt() > 1 {
            self.temp_roots.push(d);
            self.finalize_globals(d);
            let entries = crate::types::dict::dict_of(d).expect("dict").take_all();
            // Rooted until each is released: a finalizer or weakref
            // callback run by an earlier one may reach a safepoint.
            self.decref_all(entries.into_iter().flat_map(|e| [e.key, e.value]));
            self.temp_roots.pop();
        }
        self.decref(d);
        if let Some(h) = self.handled.take() {
            self.decref(h);
        }
        self.shutdown_collection();
        self.wipe_modules(modules);
        self.flush_stdout();
    }

    /// CPython's `finalize_restore_builtins`: the builtins dict is
    /// emptied and refilled from the copy taken before the program ran,
    /// so that a function or object the program stored there (holding
    /// `__main__`'s globals) dies before the final collection.
    fn restore_builtins(&mut self) {
        let copy = std::mem::take(&mut self.builtins_copy);
        if copy.is_empty() {
            return;
        }
        let d = self.builtins_dict;
        let mut old = Vec::new();
        crate::types::dict::dict_of(d)
            .expect("builtins dict")
            .release_into(&mut old);
        // Refilled first (a finalizer run by the release below may look
        // up a builtin), then the old entries released in order. (At exit
        // the heap limit is no reason to keep the old entries: errors are
        // dropped.)
        for kv in copy.chunks(2) {
            if let Err(e) = self.dict_set(d, kv[0], kv[1]) {
                self.decref(e);
            }
        }
        if let Err(e) = self.sync_account(d) {
            self.decref(e);
        }
        self.decref_all(old);
        self.decref_all(copy);
    }

    /// CPython's `finalize_remove_modules` for every module but `sys`
    /// and `builtins` (ouro's own library and native ones too): each, in `sys.modules` order, is replaced there by None, so that
    /// one nothing else holds dies now. Returns each with a weak reference
    /// to it, for `wipe_modules` after the collection; under `refcount`,
    /// which cannot collect a module dict in a cycle (one defining a
    /// function or class always is), with its dict too.
    fn remove_modules(&mut self) -> Vec<(ObjRef, Option<ObjRef>)> {
        let entries = crate::types::dict::dict_of(self.modules)
            .expect("sys.modules is a dict")
            .snapshot();
        let mut out = Vec::new();
        for e in entries {
            let Some(m) = e.value.get::<ModuleObject>() else {
                continue;
            };
            // `sys` and `builtins` are wiped last, by nobody here: their
            // dicts hold what the finalizers still run on.
            if matches!(crate::types::str::str_of(e.key), Some("sys" | "builtins")) {
                continue;
            }
            let Ok(wr) = crate::modules::weakref::new_ref(self, e.value, None) else {
                continue;
            };
            let dict = (C::NAME == "refcount").then(|| self.incref(m.dict));
            let key = self.incref(e.key);
            let r = self.dict_set(self.modules, key, self.none);
            self.decref(key);
            if let Err(err) = r {
                self.decref(err);
            }
            // (Rooted until `wipe_modules`: a tracing collection does not
            // see what Rust holds.)
            self.temp_roots.push(wr);
            self.temp_roots.extend(dict);
            out.push((wr, dict));
        }
        out
    }

    /// CPython's `finalize_modules_clear_weaklist`: the globals of each
    /// module `remove_modules` removed that is still alive after the
    /// collection are wiped, the last imported first
    /// (`_PyModule_ClearDict`). Under `refcount`, also those of a module
    /// that died while its dict lives on in a cycle, which CPython's
    /// collection would have finalized.
    fn wipe_modules(&mut self, modules: Vec<(ObjRef, Option<ObjRef>)>) {
        if modules.is_empty() {
            return;
        }
        for &(wr, dict) in modules.iter().rev() {
            let live = crate::modules::weakref::referent(wr);
            let d = match (live, dict) {
                (Some(m), _) => Some(m.payload::<ModuleObject>().dict),
                (None, Some(d)) if d.refcnt() > 1 => Some(d),
                _ => None,
            };
            if let Some(d) = d {
                let d = self.incref(d);
                self.using(d, |vm, d| vm.wipe_module_dict(d));
            }
        }
        let rooted: usize = modules
            .iter()
            .map(|(_, d)| 1 + usize::from(d.is_some()))
            .sum();
        let at = self.temp_roots.len() - rooted;
        debug_assert_eq!(self.temp_roots[at], modules[0].0);
        self.temp_roots.truncate(at);
        let held = modules
            .into_iter()
            .flat_map(|(wr, dict)| dict.into_iter().chain([wr]));
        let held: Vec<ObjRef> = held.collect();
        self.decref_all(held);
        self.shutdown_collection();
    }

    /// `_PyModule_ClearDict`: every global whose name starts with one
    /// underscore is set to None, then every other but `__builtins__`, in
    /// the dict's order (their finalizers run as they go).
    fn wipe_module_dict(&mut self, d: ObjRef) {
        for underscored in [true, false] {
            let keys: Vec<ObjRef> = crate::types::dict::dict_of(d)
                .expect("a module dict")
                .snapshot()
                .iter()
                .map(|e| self.incref(e.key))
                .collect();
            self.with_owned(keys, |vm, keys| {
                for &k in keys {
                    let Some(name) = crate::types::str::str_of(k) else {
                        continue;
                    };
                    let single = name.starts_with('_') && !name[1..].starts_with('_');
                    let wipe = match underscored {
                        true => single,
                        false => name != "__builtins__",
                    };
                    let current = crate::protocol::attr::dict_get_str_key(d, k);
                    if !wipe || current.is_none_or(|v| v == vm.none) {
                        continue;
                    }
                    if let Err(e) = vm.dict_set(d, k, vm.none) {
                        vm.decref(e);
                    }
                }
            });
        }
    }

    /// A full collection at shutdown (CPython's `_PyGC_CollectNoFail`: no
    /// `gc.callbacks`, whatever `gc.disable()` said).
    fn shutdown_collection(&mut self) {
        let g = self.gc.generations_mut();
        if g.collecting {
            return;
        }
        g.collecting = true;
        self.logged_collection(
            ouro_gc_core::GENERATIONS - 1,
            ouro_gc_core::Reason::Shutdown,
        );
        self.gc.generations_mut().collecting = false;
        self.flush_stdout();
    }

    /// `refcount`'s stand-in for CPython's final collection of a main
    /// dict in a cycle, which runs the finalizers of the module's objects
    /// while its globals are still intact. Here, the objects the globals refer to directly and that
    /// die with the module get their `__del__` run first, in insertion
    /// order; objects inside containers are finalized as the containers
    /// are released afterwards.
    fn finalize_globals(&mut self, d: ObjRef) {
        let values: Vec<ObjRef> = crate::types::dict::dict_of(d)
            .expect("dict")
            .snapshot()
            .iter()
            .map(|e| e.value)
            .collect();
        // How many globals name each object (`alias = first`).
        let mut names: std::collections::HashMap<ObjRef, usize> = std::collections::HashMap::new();
        for &v in &values {
            *names.entry(v).or_default() += 1;
        }
        // Held while the finalizers run: one may delete other globals.
        self.with_owned(values, |vm, values| {
            for &v in values {
                // Held only by the globals (and once more by this loop for
                // each): it dies with them.
                if v.refcnt() == 2 * names[&v] {
                    crate::protocol::finalize::run_finalizer(vm, v, false);
                }
            }
        });
    }

    /// Compile `source`, printing the warnings compiling it raises on
    /// stderr as CPython's default warning filter does (`file:line:
    /// SyntaxWarning: message`, then the line, when the file has one).
    /// (Modules compiled for import warn nothing: CPython compiles them
    /// once into its `__pycache__`, and warns only that first time.)
    pub(crate) fn compile_warning(
        &mut self,
        source: &str,
        filename: &str,
        mode: ouro_compiler::Mode,
    ) -> Result<Rc<CodeObject>, ouro_compiler::CompileError> {
        let (code, warnings) = ouro_compiler::compile_warned(source, filename, mode);
        if !warnings.is_empty() {
            self.flush_stdout();
        }
        for w in warnings {
            if self.warnings_imported() {
                // The program may have filters or a `catch_warnings`: the
                // warnings module decides; an error filter makes the
                // warning the SyntaxError it describes.
                match self.warn_at(&w, filename) {
                    Ok(()) => continue,
                    Err(e) => {
                        self.decref(e);
                        return Err(w.at);
                    }
                }
            }
            eprintln!("{filename}:{}: {}: {}", w.line, w.category, w.message);
            if !filename.starts_with('<') {
                if let Some(line) = source.lines().nth(w.line as usize - 1) {
                    eprintln!("  {}", line.trim());
                }
            }
        }
        code
    }

    /// Has the program imported `warnings` (is it in `sys.modules`)?
    fn warnings_imported(&mut self) -> bool {
        let modules = self.modules;
        matches!(self.dict_get_str(modules, "warnings"), Ok(Some(m)) if {
            self.decref(m);
            true
        })
    }

    /// `warnings.warn_explicit(message, category, filename, line)` for a
    /// compiler warning.
    fn warn_at(&mut self, w: &ouro_compiler::CompileWarning, filename: &str) -> PyResult<()> {
        let msg = self.new_str(&w.message)?;
        let file = match self.new_str(filename) {
            Ok(f) => f,
            Err(e) => {
                self.decref(msg);
                return Err(e);
            }
        };
        let line = self.new_int_i64(i64::from(w.line));
        let r = match line {
            Ok(line) => {
                let cat = self.types.get(w.category);
                let r = self.with_roots(&[msg, file, line], |vm| {
                    vm.call_embedded("warnings", "warn_explicit", &[msg, cat, file, line])
                });
                self.decref(line);
                r
            }
            Err(e) => Err(e),
        };
        self.decref(msg);
        self.decref(file);
        self.decref(r?);
        Ok(())
    }

    /// Write buffered program output to stdout.
    pub fn flush_stdout(&mut self) {
        use std::io::Write;
        if !self.out.is_empty() {
            let mut so = std::io::stdout().lock();
            let _ = so.write_all(&self.out);
            let _ = so.flush();
            self.out.clear();
        }
    }

    /// Run a whole program; returns the process exit status.
    pub fn run_source(&mut self, source: &str, filename: &str) -> i32 {
        let code = match self.compile_warning(source, filename, ouro_compiler::Mode::Exec) {
            Ok(c) => c,
            Err(e) => return report_syntax_error(&e),
        };
        // Tracebacks quote lines of files; `-c` and stdin programs have
        // none to show (python3 shows none either).
        if !matches!(filename, "<string>" | "<stdin>") {
            self.sources.insert(filename.to_string(), source.into());
        }
        let status = match self.run_main(code, filename) {
            Ok(()) => 0,
            Err(exc) => {
                let s = self.report_uncaught(exc);
                self.decref(exc);
                s
            }
        };
        self.run_atexit();
        self.flush_stdout();
        self.heap_snapshot("exit");
        // A heap that fails verification is not released object by object:
        // a wrong count would free a live object, and shutdown would then
        // release it again (the run ends with the verification's status).
        if !self.config.verify_heap || self.verify_heap("exit") == 0 {
            self.shutdown();
        }
        self.trace_summary();
        if self.config.stats {
            crate::stats::print_stats(self);
        }
        status
    }

    fn run_main(&mut self, code: Rc<CodeObject>, filename: &str) -> PyResult<()> {
        let file = if filename == "<string>" {
            None
        } else {
            Some(filename)
        };
        let d = self.make_main_module(file)?;
        let (code_obj, mark) = self.code_object_holding_ast(code)?;
        let r = self.run_module_code(code_obj, d);
        self.release_arena(mark);
        self.decref(r?);
        Ok(())
    }

    /// Create `__main__` (in `sys.modules` too); its dict, borrowed.
    fn make_main_module(&mut self, file: Option<&str>) -> PyResult<ObjRef> {
        if self.builtins_copy.is_empty() {
            let entries = crate::types::dict::dict_of(self.builtins_dict)
                .expect("builtins dict")
                .snapshot();
            self.builtins_copy = entries
                .iter()
                .flat_map(|e| [e.key, e.value])
                .map(|o| self.incref(o))
                .collect();
        }
        let main = self.new_module("__main__", crate::modules::import::ModuleOrigin::Main(file))?;
        self.main_module = Some(main);
        let modules = self.modules;
        let key = self.new_str("__main__")?;
        let r = self.dict_set(modules, key, main);
        self.decref(key);
        r?;
        Ok(main.payload::<ModuleObject>().dict)
    }

    // ---- the interactive prompt ------------------------------------------

    /// Get ready to run interactive input in a fresh `__main__`.
    pub fn start_interactive(&mut self) {
        if let Err(e) = self.make_main_module(None) {
            self.print_exception(e);
            self.decref(e);
        }
    }

    /// Run one complete piece of interactive input (a statement, or a
    /// compound statement) in `__main__`: results are shown, an exception
    /// is printed and the session goes on. `Some(status)` when the program
    /// asked to exit (`SystemExit`, `exit()`).
    pub fn run_interactive(&mut self, source: &str) -> Option<i32> {
        let filename = "<stdin>";
        let code = match self.compile_warning(source, filename, ouro_compiler::Mode::Single) {
            Ok(c) => c,
            Err(e) => {
                self.flush_stdout();
                report_syntax_error(&e);
                return None;
            }
        };
        // (Like python3's prompt, tracebacks show no `<stdin>` lines.)
        let Some(main) = self.main_module else {
            return Some(1);
        };
        let d = main.payload::<ModuleObject>().dict;
        let r = self.code_object_holding_ast(code).and_then(|(c, mark)| {
            let r = self.run_module_code(c, d);
            self.release_arena(mark);
            r
        });
        let status = match r {
            Ok(v) => {
                self.decref(v);
                None
            }
            Err(exc) if self.is_instance_of_name(exc, "SystemExit") => {
                let s = self.report_uncaught(exc);
                self.decref(exc);
                Some(s)
            }
            Err(exc) => {
                self.report_uncaught(exc);
                self.decref(exc);
                None
            }
        };
        self.flush_stdout();
        if self.config.verify_heap {
            self.verify_heap("interactive");
        }
        status
    }

    /// End the session as a program ends (finalizers, shutdown
    /// collections, `--stats`).
    pub fn finish_interactive(&mut self) {
        self.run_atexit();
        self.flush_stdout();
        self.heap_snapshot("exit");
        self.shutdown();
        self.trace_summary();
        if self.config.stats {
            crate::stats::print_stats(self);
        }
    }
}

/// What the interactive prompt's line reader gives back.
pub enum Input {
    Line(String),
    /// Ctrl-C: the pending input is dropped.
    Interrupted,
    /// Ctrl-D or the end of input: the session ends.
    End,
}

/// An interactive session under collector `C`: `read(prompt)` gives each
/// line (`>>> ` first, `... ` while a statement is incomplete); each
/// complete statement runs in `__main__` at once, results shown. Returns
/// the exit status.
pub fn run_interactive_session<C: Collector>(
    config: VmConfig,
    mut read: impl FnMut(&str) -> Input,
) -> i32 {
    let mut vm: Vm<C> = Vm::new(config);
    vm.start_interactive();
    let mut status = 0;
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match read(prompt) {
            Input::Line(line) => {
                buffer.push_str(&line);
                buffer.push('\n');
                if buffer.trim().is_empty() {
                    buffer.clear();
                    continue;
                }
                if ouro_compiler::is_incomplete(&buffer) {
                    continue;
                }
                let source = std::mem::take(&mut buffer);
                if let Some(s) = vm.run_interactive(&source) {
                    status = s;
                    break;
                }
            }
            Input::Interrupted => {
                buffer.clear();
                eprintln!("KeyboardInterrupt");
            }
            Input::End => break,
        }
    }
    vm.finish_interactive();
    finish_vm(vm, status)
}

/// The exit status of a run whose `--verify-heap` found problems.
pub const VERIFY_FAILED: i32 = 70;

/// Compile and run `source` under collector `C`; the exit status.
pub fn run_program<C: Collector>(config: VmConfig, source: &str, filename: &str) -> i32 {
    let mut vm: Vm<C> = Vm::new(config);
    let status = vm.run_source(source, filename);
    finish_vm(vm, status)
}

/// Free everything and check the heap's accounting; the exit status.
fn finish_vm<C: Collector>(mut vm: Vm<C>, status: i32) -> i32 {
    vm.flush_stdout();
    let failures = vm.verify_failures;
    let left = vm.teardown();
    if left != 0 {
        // Every object was freed: bytes still counted mean the heap's
        // accounting is wrong, a vm bug (every corpus run checks this).
        eprintln!("ouro: internal error: {left} heap bytes in use after teardown");
        return VERIFY_FAILED;
    }
    if failures > 0 {
        eprintln!("verify-heap: {failures} problem(s) found");
        // A heap that fails verification is a vm bug: a run that would
        // otherwise succeed must not look successful (EX_SOFTWARE).
        if status == 0 {
            return VERIFY_FAILED;
        }
    }
    status
}
