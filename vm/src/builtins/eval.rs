//! Running source text at run time: the builtins `compile`, `exec` and
//! `eval`, and `PrintExpr`, which shows interactive results as
//! `sys.displayhook` does.

use crate::builtins::{check_count, check_kwargs, kwarg};
use crate::object::{ObjExt, Tag};
use crate::types::code::CodeObj;
use crate::types::str::str_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::Mode;
use ouro_gc_core::{Collector, ObjRef};

/// The text of a source argument: a str, or UTF-8 bytes.
fn source_text<C: Collector>(vm: &mut Vm<C>, o: ObjRef, fname: &str) -> PyResult<String> {
    if let Some(s) = str_of(o) {
        return Ok(s.to_string());
    }
    // (Any buffer: bytes, bytearray, memoryview, array.)
    if let Some(b) = vm.bytes_like(o)? {
        return match String::from_utf8(b) {
            Ok(s) => Ok(s),
            Err(_) => Err(vm.new_error(
                "SyntaxError",
                "source code string cannot be decoded as UTF-8".into(),
            )),
        };
    }
    let tn = vm.type_name(o);
    Err(vm.type_error(format!(
        "{fname}() arg 1 must be a string, bytes or code object, not {tn}"
    )))
}

impl<C: Collector> Vm<C> {
    /// Compile `source` as a code object (`mode` as `compile()`'s).
    fn compile_text(&mut self, source: &str, filename: &str, mode: Mode) -> PyResult<ObjRef> {
        match self.compile_warning(source, filename, mode) {
            Ok(code) => self.code_object(code),
            Err(ce) => Err(crate::run::syntax_error_object(
                self,
                &ce,
                mode == Mode::Exec,
            )),
        }
    }

    /// Run a code object with these namespaces (borrowed) and return what
    /// it returns.
    pub(crate) fn run_code_in(
        &mut self,
        code: ObjRef,
        globals: ObjRef,
        locals: ObjRef,
    ) -> PyResult<ObjRef> {
        let rc = code.payload::<CodeObj>().code.clone();
        if !rc.freevars.is_empty() {
            return Err(self
                .type_error("code object passed to exec() may not contain free variables".into()));
        }
        // A namespace without `__builtins__` gets the running frame's
        // builtins dict (CPython's `PyEval_GetBuiltins`).
        let key = self.names.builtins;
        if self
            .dict_get(globals, key)?
            .map(|v| self.decref(v))
            .is_none()
        {
            let b = self.frame_builtins();
            self.dict_set(globals, key, b)?;
        }
        let frame = self.namespace_frame(self.incref(code), globals, locals);
        self.run_frame(frame)
    }

    /// `PrintExpr`: show an interactive result (CPython's default
    /// `sys.displayhook`): None is not shown; anything else is printed with
    /// `repr` and bound to `builtins._`.
    pub(crate) fn display_value(&mut self, v: ObjRef) -> PyResult<()> {
        if v == self.none {
            return Ok(());
        }
        let d = self.builtins_dict;
        let none = self.none;
        self.dict_set_str(d, "_", none)?;
        let r = self.repr_string(v)?;
        self.out.extend_from_slice(r.as_bytes());
        self.out.push(b'\n');
        self.dict_set_str(d, "_", v)
    }
}

/// `compile(source, filename, mode, flags=0, dont_inherit=False,
/// optimize=-1)`.
pub fn compile<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let names = [
        "source",
        "filename",
        "mode",
        "flags",
        "dont_inherit",
        "optimize",
    ];
    crate::builtins::check_required(vm, &args, "compile", &names, 3)?;
    check_kwargs(vm, &args, "compile", &names)?;
    check_count(vm, args.pos.len(), "compile", 0, 6)?;
    let arg = |i: usize| args.pos.get(i).copied().or_else(|| kwarg(&args, names[i]));
    let (Some(source), Some(filename), Some(mode)) = (arg(0), arg(1), arg(2)) else {
        let missing = names[..3]
            .iter()
            .enumerate()
            .find(|&(i, _)| arg(i).is_none())
            .map_or(("source", 1), |(i, n)| (*n, i + 1));
        return Err(vm.type_error(format!(
            "compile() missing required argument '{}' (pos {})",
            missing.0, missing.1
        )));
    };
    if source.tag() == Tag::Code {
        return Ok(vm.incref(source));
    }
    let mode = match str_of(mode) {
        Some("exec") => Mode::Exec,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'".into())),
    };
    let Some(filename) = str_of(filename).map(str::to_string) else {
        let tn = vm.type_name(filename);
        return Err(vm.type_error(format!(
            "expected str, bytes or os.PathLike object, not {tn}"
        )));
    };
    let text = source_text(vm, source, "compile")?;
    vm.compile_text(&text, &filename, mode)
}

/// The namespaces `exec`/`eval` run in: the given ones, or the caller's.
fn namespaces<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    fname: &str,
) -> PyResult<(ObjRef, ObjRef)> {
    let given = |i: usize, name: &str| {
        args.pos
            .get(i)
            .copied()
            .or_else(|| kwarg(args, name))
            .filter(|&o| o != vm.none)
    };
    let (globals, locals) = (given(1, "globals"), given(2, "locals"));
    if let Some(g) = globals {
        // (A dict subclass is a dict here, as for `PyDict_Check`; its
        // overrides go unused, as CPython's name lookups ignore them.)
        if crate::object::layout_tag(g) != Tag::Dict {
            let tn = vm.type_name(g);
            let mapping = vm.has_type_attr(g, "__getitem__");
            return Err(vm.type_error(match (fname, mapping) {
                ("exec", _) => format!("exec() globals must be a dict, not {tn}"),
                (_, true) => "globals must be a real dict; try eval(expr, {}, mapping)".into(),
                _ => "globals must be a dict".to_string(),
            }));
        }
    }
    if let Some(l) = locals {
        if l.tag() != Tag::Dict {
            let tn = vm.type_name(l);
            return Err(vm.type_error(format!(
                "locals must be a mapping (ouro supports dicts), not {tn}"
            )));
        }
    }
    Ok(match (globals, locals) {
        (Some(g), Some(l)) => (vm.incref(g), vm.incref(l)),
        (Some(g), None) => (vm.incref(g), vm.incref(g)),
        (None, l) => {
            let f = vm.frames.last().expect("a builtin runs in a frame");
            let g = vm.incref(f.globals);
            let l = match l {
                Some(l) => vm.incref(l),
                None => {
                    let l = crate::builtins::namespace::locals(vm, Args::new(&[]));
                    l.inspect_err(|_| vm.decref(g))?
                }
            };
            (g, l)
        }
    })
}

fn run_source<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    fname: &str,
    mode: Mode,
) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, fname, &["globals", "locals", "closure"])?;
    check_count(vm, args.pos.len(), fname, 1, 3)?;
    let source = args.pos[0];
    let code = if source.tag() == Tag::Code {
        (vm.incref(source), vm.ast_arena.len())
    } else {
        let text = source_text(vm, source, fname)?;
        // eval ignores leading spaces and tabs (CPython strips them).
        let text = match mode {
            Mode::Eval => text.trim_start_matches([' ', '\t']).to_string(),
            _ => text,
        };
        // Run as parsed: the AST lives until the code has run.
        match vm.compile_warning(&text, "<string>", mode) {
            Ok(code) => vm.code_object_holding_ast(code)?,
            Err(ce) => return Err(crate::run::syntax_error_object(vm, &ce, mode == Mode::Exec)),
        }
    };
    let (code, mark) = code;
    let (g, l) = match namespaces(vm, &args, fname) {
        Ok(ns) => ns,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(code));
            vm.release_arena(mark);
            return Err(e);
        }
    };
    let r = vm.with_roots(&[code, g, l], |vm| vm.run_code_in(code, g, l));
    vm.release_holding(&r, [code, g, l]);
    vm.release_arena(mark);
    match mode {
        Mode::Eval => r,
        _ => r.map(|v| {
            vm.decref(v);
            vm.new_none()
        }),
    }
}

/// `exec(source, globals=None, locals=None)`: None.
pub fn exec<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    run_source(vm, args, "exec", Mode::Exec)
}

/// `eval(source, globals=None, locals=None)`: the expression's value.
pub fn eval<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    run_source(vm, args, "eval", Mode::Eval)
}
