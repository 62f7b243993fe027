//! Exceptions: creating them, raising (`raise X from Y`), matching
//! (`except E`), traceback entries, and printing a CPython-format
//! traceback, with `__cause__`/`__context__` chains.

use crate::object::{ObjExt, Tag};
use crate::types::exception::{ExceptionObject, EXCEPTION_VT};
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::types::typeobj::{InstanceLayout, TypeObject};
use crate::vm::{PyResult, Vm};
use ouro_compiler::CodeObject;
use ouro_gc_core::{Collector, ObjRef};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Make an instance of the builtin exception class `name` with `args`
/// (borrowed).
pub fn make_exception<C: Collector>(
    vm: &mut Vm<C>,
    name: &str,
    args: &[ObjRef],
) -> PyResult<ObjRef> {
    let cls = vm.types.get(name);
    let items: Vec<ObjRef> = args.iter().map(|&a| vm.incref(a)).collect();
    let t = vm.new_tuple(items)?;
    let e = vm.new_exception_object(cls, t)?;
    vm.set_exception_member(e, true);
    Ok(e)
}

/// The "[Previous line repeated N more times]" line for `repeats`
/// repetitions after the first (the first 3 are printed in full).
fn flush_repeats(out: &mut String, repeats: usize) {
    if repeats >= 3 {
        let n = repeats - 2;
        let s = if n == 1 { "" } else { "s" };
        out.push_str(&format!("  [Previous line repeated {n} more time{s}]\n"));
    }
}

/// CPython 3.11's marker line under a traceback's source line: `^` under
/// the failing expression, `~~^~~` when it is a binary operation or a
/// subscript; nothing when the expression is the whole line.
fn caret_line(raw: &str, p: &ouro_compiler::bytecode::Position) -> String {
    if p.line == 0 || p.end_line < p.line {
        return String::new();
    }
    let chars_at = |byte: u32| raw.get(..byte as usize).map(|s| s.chars().count());
    let stripped = raw.trim();
    let indent = raw.chars().count() - raw.trim_start().chars().count();
    let Some(start) = chars_at(p.col) else {
        return String::new();
    };
    let end = if p.end_line == p.line {
        match chars_at(p.end_col) {
            Some(e) => e,
            None => return String::new(),
        }
    } else {
        indent + stripped.chars().count()
    };
    if end <= start || start < indent {
        return String::new();
    }
    let anchors = if p.end_line == p.line {
        let segment: String = raw.chars().skip(start).take(end - start).collect();
        ouro_compiler::caret_anchors(&segment).filter(|(l, r)| l < r && *r <= end - start)
    } else {
        None
    };
    if end - start >= stripped.chars().count() && anchors.is_none() {
        return String::new();
    }
    let marks = match anchors {
        Some((l, r)) => format!(
            "{}{}{}",
            "~".repeat(l),
            "^".repeat(r - l),
            "~".repeat(end - start - r)
        ),
        None => "^".repeat(end - start),
    };
    format!("    {}{marks}\n", " ".repeat(start - indent))
}

/// Where printing an exception tree is (CPython's `_ExceptionPrintContext`
/// in traceback.py): the nesting of exception groups, whose lines carry a
/// margin, and the exceptions already shown.
#[derive(Default)]
struct PrintCtx {
    depth: usize,
    need_close: bool,
    seen: std::collections::HashSet<ObjRef>,
}

impl PrintCtx {
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// `text` with each line indented, and margined inside a group.
    fn emit(&self, out: &mut String, text: &str, margin: char) {
        let mut prefix = self.indent();
        if self.depth > 0 {
            prefix.push(margin);
            prefix.push(' ');
        }
        for line in text.split_inclusive('\n') {
            out.push_str(&prefix);
            out.push_str(line);
        }
    }
}

impl<C: Collector> Vm<C> {
    /// A new exception object of class `cls` with the args tuple `args`
    /// (owned).
    pub fn new_exception_object(&mut self, cls: ObjRef, args: ObjRef) -> PyResult<ObjRef> {
        let e = ExceptionObject {
            class: Cell::new(self.incref(cls)),
            dict: Cell::new(None),
            args: Cell::new(args),
            traceback: Cell::new(None),
            cause: Cell::new(None),
            context: Cell::new(None),
            suppress_context: Cell::new(false),
            group: Cell::new(None),
            suggestion: RefCell::new(None),
            member: Cell::new(None),
        };
        let e = self.alloc(&EXCEPTION_VT, e)?;
        // (None until `__init__` sets it, as CPython's `BaseException_new`
        // leaves it.)
        self.set_exception_member(e, false);
        let os_error = self.types.get("OSError");
        if self.is_subclass(cls, os_error) {
            if let Err(x) = self.init_os_error(e) {
                self.decref(e);
                return Err(x);
            }
        }
        Ok(e)
    }

    /// `StopIteration.value` (the first argument, or None) and
    /// `SystemExit.code` (None, the one argument, or the tuple of them) from
    /// the exception's `args` (`from_args`), as their `__init__` sets them;
    /// or None.
    pub(crate) fn set_exception_member(&mut self, e: ObjRef, from_args: bool) {
        let x = e.payload::<ExceptionObject>();
        let args = x.args.get();
        let items = if from_args {
            tuple_items(args).unwrap_or(&[])
        } else {
            &[]
        };
        let v = if self.is_instance_of_name(e, "StopIteration") {
            items.first().copied().unwrap_or(self.none)
        } else if self.is_instance_of_name(e, "SystemExit") {
            match items {
                [] => self.none,
                [one] => *one,
                _ => args,
            }
        } else {
            return;
        };
        let old = x.member.replace(Some(self.incref(v)));
        self.decref_opt(old);
    }

    /// `OSError(errno, strerror, filename[, winerror[, filename2]])`: the
    /// file names are attributes and `args` keeps the first two (CPython's
    /// `oserror_init`).
    pub(crate) fn init_os_error(&mut self, e: ObjRef) -> PyResult<()> {
        let x = e.payload::<ExceptionObject>();
        let items = tuple_items(x.args.get()).unwrap_or(&[]).to_vec();
        if !(3..=5).contains(&items.len()) {
            return Ok(());
        }
        let d = match self.instance_dict(e) {
            Some(d) => d,
            None => self.create_instance_dict(e)?,
        };
        self.dict_set_str(d, "filename", items[2])?;
        if let Some(&f2) = items.get(4) {
            self.dict_set_str(d, "filename2", f2)?;
        }
        let two = vec![self.incref(items[0]), self.incref(items[1])];
        let two = self.new_tuple(two)?;
        let old = x.args.replace(two);
        self.decref(old);
        Ok(())
    }

    /// An exception of the builtin class `name` with one str argument. If
    /// even that cannot be allocated, the preallocated MemoryError.
    pub fn new_error(&mut self, name: &str, msg: String) -> ObjRef {
        let made = self.new_string(msg).and_then(|m| {
            let r = make_exception(self, name, &[m]);
            self.decref(m);
            r
        });
        match made {
            Ok(e) => e,
            Err(mem) => mem,
        }
    }

    pub fn type_error(&mut self, msg: String) -> ObjRef {
        self.new_error("TypeError", msg)
    }

    pub fn value_error(&mut self, msg: String) -> ObjRef {
        self.new_error("ValueError", msg)
    }

    pub fn recursion_error(&mut self) -> ObjRef {
        self.new_error(
            "RecursionError",
            "maximum recursion depth exceeded".to_string(),
        )
    }

    /// `KeyError(key)`.
    pub fn key_error(&mut self, key: ObjRef) -> ObjRef {
        make_exception(self, "KeyError", &[key]).unwrap_or_else(|m| m)
    }

    /// Is `o` an instance of the builtin class `name` (or a subclass)?
    pub fn is_instance_of_name(&self, o: ObjRef, name: &str) -> bool {
        let t = self.types.get(name);
        self.is_instance(o, t)
    }

    pub fn is_instance(&self, o: ObjRef, cls: ObjRef) -> bool {
        self.is_subclass(self.type_of(o), cls)
    }

    pub fn is_subclass(&self, t: ObjRef, cls: ObjRef) -> bool {
        t == cls
            || t.get::<TypeObject>()
                .is_some_and(|ty| ty.mro.borrow().contains(&cls))
    }

    pub(crate) fn is_exception_class(&self, t: ObjRef) -> bool {
        t.get::<TypeObject>()
            .is_some_and(|ty| ty.layout == InstanceLayout::Exception)
    }

    /// The exception to raise for `raise v [from cause]`.
    pub(crate) fn make_raisable(&mut self, v: ObjRef, cause: Option<ObjRef>) -> ObjRef {
        let exc = match self.as_exception(v, "exceptions must derive from BaseException") {
            Ok(e) => e,
            Err(e) => return e,
        };
        if let Some(c) = cause {
            let cause_exc = if c == self.none {
                None
            } else {
                // Rooted: making the cause may run its class's `__init__`.
                let made = self.with_roots(&[exc], |vm| {
                    vm.as_exception(c, "exception causes must derive from BaseException")
                });
                match made {
                    Ok(ce) => Some(ce),
                    Err(e) => {
                        self.with_roots(&[e], |vm| vm.decref(exc));
                        return e;
                    }
                }
            };
            let e = exc.payload::<ExceptionObject>();
            let old = e.cause.replace(cause_exc);
            e.suppress_context.set(true);
            self.decref_opt(old);
        }
        exc
    }

    /// An exception instance from an instance or a class (instantiated).
    fn as_exception(&mut self, v: ObjRef, msg: &str) -> PyResult<ObjRef> {
        if v.tag() == Tag::Exception {
            return Ok(self.incref(v));
        }
        if self.is_exception_class(v) {
            let e = self.call(v, &[])?;
            if e.tag() == Tag::Exception {
                return Ok(e);
            }
            self.decref(e);
        }
        Err(self.type_error(msg.to_string()))
    }

    /// `except t:` — does `exc` match the class or tuple of classes `t`?
    pub(crate) fn exception_matches(&mut self, exc: ObjRef, t: ObjRef) -> PyResult<bool> {
        let classes: Vec<ObjRef> = match tuple_items(t) {
            Some(items) => items.to_vec(),
            None => vec![t],
        };
        for &c in &classes {
            if !self.is_exception_class(c) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed"
                        .to_string(),
                ));
            }
        }
        Ok(classes.iter().any(|&c| self.is_instance(exc, c)))
    }

    /// Set `exc.__context__` to the exception being handled, if any (done
    /// when an exception is raised inside a handler).
    /// The exception being handled as `sys.exc_info()` sees it: the
    /// running frame's, or else the nearest one of the code that resumed
    /// the running generators (CPython's `_PyErr_GetTopmostException`).
    pub(crate) fn topmost_handled(&self) -> Option<ObjRef> {
        self.handled
            .or_else(|| self.exc_stack.iter().rev().find_map(|e| *e))
    }

    pub(crate) fn set_context(&mut self, exc: ObjRef) {
        if self.unchained.take() == Some(exc) {
            return;
        }
        let Some(h) = self.topmost_handled() else {
            return;
        };
        if h == exc || exc.tag() != Tag::Exception {
            return;
        }
        let e = exc.payload::<ExceptionObject>();
        if e.context.get().is_none() {
            e.context.set(Some(self.incref(h)));
        }
    }

    /// How a traceback names the exception's class: its qualified name,
    /// with its module unless that is `__main__` or `builtins`.
    fn exception_type_label(&mut self, exc: ObjRef) -> String {
        let t = self.type_of(exc);
        let name = t.payload::<TypeObject>().qualname.to_string();
        match self.type_module(t) {
            Some(m) if &*m != "__main__" && &*m != "builtins" => format!("{m}.{name}"),
            _ => name,
        }
    }

    /// The line CPython prints last: `TypeName: message`.
    pub fn exception_summary(&mut self, exc: ObjRef) -> String {
        let name = self.exception_type_label(exc);
        let msg = match self.str(exc) {
            Ok(s) => {
                let m = str_of(s).unwrap_or("").to_string();
                self.decref(s);
                m
            }
            Err(e) => {
                self.decref(e);
                "<exception str() failed>".to_string()
            }
        };
        if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        }
    }

    /// What CPython's `print_exception` shows for a SyntaxError (one with
    /// `print_file_and_line`): its file and line, the source line with
    /// carets under `offset`..`end_offset`, and the bare message; `None`
    /// when its attributes do not allow that (the usual summary then).
    fn syntax_error_text(&mut self, exc: ObjRef) -> Option<String> {
        if !self.is_instance_of_name(exc, "SyntaxError") {
            return None;
        }
        let get = |vm: &mut Self, name: &str| match vm.getattr_str(exc, name) {
            Ok(v) => Some(v),
            Err(e) => {
                vm.decref(e);
                None
            }
        };
        let fields: Vec<Option<ObjRef>> =
            ["msg", "filename", "lineno", "offset", "end_offset", "text"]
                .iter()
                .map(|n| get(self, n))
                .collect();
        let int = |o: Option<ObjRef>| {
            o.and_then(crate::types::scalar::int_of)
                .and_then(|i| i.as_i64())
        };
        let text_of = |o: Option<ObjRef>| o.and_then(str_of).map(str::to_string);
        let lineno = int(fields[2]);
        let msg = match fields[0] {
            Some(m) if m != self.none => match self.str(m) {
                Ok(s) => {
                    let t = str_of(s).unwrap_or("").to_string();
                    self.decref(s);
                    t
                }
                Err(e) => {
                    self.decref(e);
                    String::new()
                }
            },
            _ => String::new(),
        };
        let filename = text_of(fields[1]).unwrap_or_else(|| "<string>".to_string());
        let (offset, end_offset, text) = (int(fields[3]), int(fields[4]), text_of(fields[5]));
        for f in fields.into_iter().flatten() {
            self.decref(f);
        }
        let lineno = lineno?;
        let name = self.exception_type_label(exc);
        let mut out = format!("  File \"{filename}\", line {lineno}\n");
        if let Some(text) = text {
            let stripped = text.trim_start_matches([' ', '\t', '\x0c']);
            let indent = (text.chars().count() - stripped.chars().count()) as i64;
            let line = stripped.trim_end_matches('\n');
            out.push_str(&format!("    {line}\n"));
            if let Some(off) = offset {
                let col = (off - 1 - indent).min(line.chars().count() as i64);
                if col >= 0 {
                    let end = match end_offset {
                        Some(e) if e > off => e - 1 - indent,
                        _ => col + 1,
                    };
                    let width = (end - col).max(1) as usize;
                    out.push_str(&format!(
                        "    {}{}\n",
                        " ".repeat(col as usize),
                        "^".repeat(width)
                    ));
                }
            }
        }
        out.push_str(&if msg.is_empty() {
            name
        } else {
            format!("{name}: {msg}")
        });
        Some(out)
    }

    /// The text `print_exception` prints; with `chain` false, only `exc`
    /// itself (no causes or contexts).
    pub fn format_exception_text(&mut self, exc: ObjRef, chain: bool) -> String {
        let mut out = String::new();
        let mut ctx = PrintCtx::default();
        let e = self.incref(exc);
        self.with_items(vec![e], |vm, _| match chain {
            true => vm.format_exception_chain(exc, &mut ctx, &mut out),
            false => vm.format_one(exc, &mut ctx, &mut out),
        });
        out
    }

    /// Print `exc` with its traceback and chained exceptions to stderr.
    pub fn print_exception(&mut self, exc: ObjRef) {
        let out = self.format_exception_text(exc, true);
        self.write_stderr(&out);
    }

    /// Write `text` to `sys.stderr`, as CPython's error reports go: the
    /// process's stderr unless the program replaced the stream (with a
    /// `StringIO`, say); None drops it, and a failing `write` is ignored.
    pub fn write_stderr(&mut self, text: &str) {
        let stream = self.sys_module().and_then(|sys| {
            let d = sys.payload::<crate::types::module::ModuleObject>().dict;
            let key = self.intern_borrow("stderr");
            crate::protocol::attr::dict_get_str_key(d, key)
        });
        let ours = stream.is_none_or(|s| crate::modules::sys::is_process_stream(self, s, 2));
        let Some(stream) = stream.filter(|_| !ours) else {
            eprint!("{text}");
            return;
        };
        if stream == self.none {
            return;
        }
        let stream = self.incref(stream);
        let r = match self.new_str(text) {
            Ok(s) => self.using(s, |vm, s| vm.call_method_named(stream, "write", &[s])),
            Err(e) => Err(e),
        };
        match r {
            Ok(v) => self.decref(v),
            Err(e) => self.decref(e),
        }
        self.decref(stream);
    }

    /// The chain is collected first, each link counted and rooted: a
    /// `__str__` run while formatting may rebind `__cause__` or
    /// `__context__` and free the rest of the chain. Collected in a loop,
    /// so a chain of any length needs no Rust recursion.
    fn format_exception_chain(&mut self, exc: ObjRef, ctx: &mut PrintCtx, out: &mut String) {
        const CAUSE: &str =
            "\nThe above exception was the direct cause of the following exception:\n\n";
        const CONTEXT: &str =
            "\nDuring handling of the above exception, another exception occurred:\n\n";
        let mut chain = vec![(self.incref(exc), "")];
        ctx.seen.insert(exc);
        let mut cur = exc;
        while let Some(e) = cur.get::<ExceptionObject>() {
            let seen = &ctx.seen;
            let next = if let Some(c) = e.cause.get().filter(|c| !seen.contains(c)) {
                (c, CAUSE)
            } else if let Some(c) = e
                .context
                .get()
                .filter(|c| !seen.contains(c) && !e.suppress_context.get())
            {
                (c, CONTEXT)
            } else {
                break;
            };
            ctx.seen.insert(next.0);
            chain.push((self.incref(next.0), next.1));
            cur = next.0;
        }
        let held: Vec<ObjRef> = chain.iter().map(|&(e, _)| e).collect();
        self.with_items(held, |vm, _| {
            // Oldest first; each is followed by the text that links it to
            // the newer one it caused or was handled in.
            for &(e, link) in chain.iter().rev() {
                vm.format_one(e, ctx, out);
                ctx.emit(out, link, '|');
            }
        });
    }

    /// One exception: its traceback and last line, and for an exception
    /// group its sub-exceptions in boxes (traceback.py's
    /// `TracebackException.format`).
    fn format_one(&mut self, exc: ObjRef, ctx: &mut PrintCtx, out: &mut String) {
        const MAX_GROUP_WIDTH: usize = 15;
        const MAX_GROUP_DEPTH: usize = 10;
        let stack = self.format_stack_entries(exc);
        let mut only = match self.syntax_error_text(exc) {
            Some(text) => text,
            None => self.exception_summary(exc),
        };
        if let Some(s) = self.suggestion_for(exc) {
            only.push_str(&format!(". Did you mean: '{s}'?"));
        }
        only.push('\n');
        self.format_notes(exc, &mut only);
        let Some(excs) = crate::types::exception_group::group_exceptions(exc) else {
            if !stack.is_empty() {
                ctx.emit(out, "Traceback (most recent call last):\n", '|');
                ctx.emit(out, &stack, '|');
            }
            ctx.emit(out, &only, '|');
            return;
        };
        if ctx.depth > MAX_GROUP_DEPTH {
            let text = format!("... (max_group_depth is {MAX_GROUP_DEPTH})\n");
            ctx.emit(out, &text, '|');
            return;
        }
        let excs = excs.to_vec();
        let toplevel = ctx.depth == 0;
        if toplevel {
            ctx.depth += 1;
        }
        if !stack.is_empty() {
            let margin = if toplevel { '+' } else { '|' };
            ctx.emit(
                out,
                "Exception Group Traceback (most recent call last):\n",
                margin,
            );
            ctx.emit(out, &stack, '|');
        }
        ctx.emit(out, &only, '|');
        let n = excs.len().min(MAX_GROUP_WIDTH + 1);
        ctx.need_close = false;
        for (i, &sub) in excs.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                ctx.need_close = true;
            }
            let truncated = i >= MAX_GROUP_WIDTH;
            let title = if truncated {
                "...".to_string()
            } else {
                (i + 1).to_string()
            };
            let corner = if i == 0 { "+-" } else { "  " };
            out.push_str(&format!(
                "{}{corner}+---------------- {title} ----------------\n",
                ctx.indent()
            ));
            ctx.depth += 1;
            if truncated {
                let remaining = excs.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                ctx.emit(out, &format!("and {remaining} more exception{s}\n"), '|');
            } else {
                self.format_exception_chain(sub, ctx, out);
            }
            if last && ctx.need_close {
                out.push_str(&format!(
                    "{}+------------------------------------\n",
                    ctx.indent()
                ));
                ctx.need_close = false;
            }
            ctx.depth -= 1;
        }
        if toplevel {
            ctx.depth = 0;
        }
    }

    /// The `File ..., line ...` lines of `exc`'s traceback, with source
    /// lines and carets.
    fn format_stack_entries(&mut self, exc: ObjRef) -> String {
        let mut out = String::new();
        let tb = exc.get::<ExceptionObject>().and_then(|e| e.traceback.get());
        let mut last: Option<(Rc<CodeObject>, u32)> = None;
        let mut repeats = 0usize;
        for t in crate::types::frameobj::chain(tb) {
            let t = t.payload::<crate::types::frameobj::TracebackObject>();
            let code = t
                .frame
                .payload::<crate::types::frameobj::FrameObject>()
                .code;
            let code = code.payload::<crate::types::code::CodeObj>().code.clone();
            let line = t.line;
            // CPython prints a line repeated more than 3 times in a row once
            // per repetition up to 3, then "[Previous line repeated N more times]".
            let same = last
                .as_ref()
                .is_some_and(|(c, l)| Rc::ptr_eq(c, &code) && *l == line);
            if same {
                repeats += 1;
                if repeats >= 3 {
                    continue;
                }
            } else {
                flush_repeats(&mut out, repeats);
                repeats = 0;
                last = Some((code.clone(), line));
            }
            out.push_str(&format!(
                "  File \"{}\", line {}, in {}\n",
                code.filename, line, code.name
            ));
            if let Some(text) = self.source_line(&code.filename, line) {
                out.push_str(&format!("    {}\n", text.trim()));
                if let Some(p) = code.positions.get(t.instr) {
                    out.push_str(&caret_line(&text, p));
                }
            }
        }
        flush_repeats(&mut out, repeats);
        out
    }

    /// "Did you mean" for a NameError (found when raised) or an
    /// AttributeError (among `dir(obj)`), as CPython's printer adds it.
    fn suggestion_for(&mut self, exc: ObjRef) -> Option<String> {
        let x = exc.get::<ExceptionObject>()?;
        if self.is_instance_of_name(exc, "NameError") {
            return x.suggestion.borrow().as_deref().map(str::to_string);
        }
        if !self.is_instance_of_name(exc, "AttributeError") {
            return None;
        }
        let d = x.dict.get()?;
        let (name, obj) = (
            crate::protocol::attr::dict_get_str_key(d, self.intern_borrow("name"))?,
            crate::protocol::attr::dict_get_str_key(d, self.intern_borrow("obj"))?,
        );
        let n = str_of(name)?.to_string();
        let held = [self.incref(name), self.incref(obj)];
        let listing = self.with_roots(&held, |vm| crate::builtins::namespace::dir_list(vm, obj));
        self.decref_all(held);
        let listing = match listing {
            Ok(l) => l,
            Err(e) => {
                self.decref(e);
                return None;
            }
        };
        let items = crate::types::list::list_of(listing)
            .map(|l| l.snapshot())
            .unwrap_or_default();
        let names: Vec<&str> = items.iter().filter_map(|&o| str_of(o)).collect();
        let r = crate::interp::suggestions::suggest(&names, &n).map(str::to_string);
        self.decref(listing);
        r
    }

    /// The notes `e.add_note()` added, one per line after the last line
    /// (CPython's `print_exception_notes`).
    fn format_notes(&mut self, exc: ObjRef, out: &mut String) {
        // Looked up in the exception's dict, where `add_note` keeps them
        // (no AttributeError made for the usual exception without notes).
        let key = self.intern_borrow("__notes__");
        let notes = exc
            .get::<ExceptionObject>()
            .and_then(|e| e.dict.get())
            .and_then(|d| crate::protocol::attr::dict_get_str_key(d, key));
        let Some(notes) = notes else { return };
        let notes = self.incref(notes);
        let items = match notes.tag() {
            Tag::List | Tag::Tuple => self.iterate(notes),
            _ => {
                let r = self.repr_string(notes);
                self.decref(notes);
                let text = r.unwrap_or_else(|e| {
                    self.decref(e);
                    "<__notes__ repr() failed>".to_string()
                });
                out.push_str(&text);
                out.push('\n');
                return;
            }
        };
        self.decref(notes);
        let Ok(items) = items else { return };
        self.with_items(items, |vm, items| {
            for &note in items {
                let text = match vm.str(note) {
                    Ok(s) => {
                        let t = str_of(s).unwrap_or("").to_string();
                        vm.decref(s);
                        t
                    }
                    Err(e) => {
                        vm.decref(e);
                        "<note str() failed>".to_string()
                    }
                };
                out.push_str(&text);
                out.push('\n');
            }
        });
    }

    /// Line `n` of a source file the vm has loaded.
    pub fn source_line(&self, filename: &str, n: u32) -> Option<String> {
        let src = self.sources.get(filename)?;
        src.lines()
            .nth(n.checked_sub(1)? as usize)
            .map(str::to_string)
            .filter(|l| !l.trim().is_empty())
    }

    /// "Exception ignored in: ..." for errors in `__del__` and callbacks.
    /// CPython's default `sys.unraisablehook`: the object, then the
    /// exception with its traceback (not the exceptions it was raised
    /// during).
    pub fn print_unraisable(&mut self, exc: ObjRef, context: &str) {
        self.report_unraisable(exc, &format!("Exception ignored in: {context}"), None);
    }

    /// Report an exception nobody can catch (CPython's
    /// `PyErr_WriteUnraisable`): to the program's own
    /// `sys.unraisablehook` when it set one, called with CPython's
    /// `sys.UnraisableHookArgs` (`object` what it happened in, the
    /// message None); otherwise printed under `header`.
    pub fn report_unraisable(&mut self, exc: ObjRef, header: &str, object: Option<ObjRef>) {
        // An exception that never passed through a frame (a generator's
        // "ignored GeneratorExit") gets one entry for the frame running
        // now, as CPython's `_PyErr_WriteUnraisableMsg` gives it.
        let untraced = exc
            .get::<ExceptionObject>()
            .is_some_and(|e| e.traceback.get().is_none());
        if untraced && !self.frames.is_empty() {
            self.add_traceback(exc);
        }
        let Some(hook) = self.custom_unraisablehook() else {
            return self.print_unraisable_as(exc, header);
        };
        // Both held (and rooted) while the hook runs: the caller's
        // reference to `exc` may be one no root shows.
        let hook = self.incref(hook);
        let exc = self.incref(exc);
        let r = self.with_roots(&[hook, exc], |vm| {
            let cls = vm.sys_attr("_UnraisableHookArgs")?;
            let t = vm.type_of(exc);
            let tb = exc
                .get::<ExceptionObject>()
                .and_then(|e| e.traceback.get())
                .unwrap_or(vm.none);
            let obj = object.unwrap_or(vm.none);
            let fields = [t, exc, tb, vm.none, obj].map(|o| vm.incref(o));
            let fields = vm.new_tuple(fields.to_vec());
            let args = match fields {
                Ok(f) => vm.using(f, |vm, f| vm.call(cls, &[f])),
                Err(e) => Err(e),
            };
            vm.decref(cls);
            let args = args?;
            // (Untracked, as CPython's PyStructSequence_New leaves it.)
            if args.is_tracked() {
                ouro_gc_core::gclist::untrack(args);
            }
            vm.using(args, |vm, args| vm.call(hook, &[args]))
        });
        match r {
            Ok(v) => self.decref(v),
            Err(e) => self.using(e, |vm, e| {
                let what = vm.repr_string(hook).unwrap_or_else(|e2| {
                    vm.decref(e2);
                    "<hook>".to_string()
                });
                vm.print_unraisable_as(
                    e,
                    &format!("Exception ignored in sys.unraisablehook: {what}"),
                );
            }),
        }
        self.decref(exc);
        self.decref(hook);
    }

    /// `sys.unraisablehook` when the program replaced the default one.
    fn custom_unraisablehook(&mut self) -> Option<ObjRef> {
        let sys = self.sys_module()?;
        let d = sys.payload::<crate::types::module::ModuleObject>().dict;
        let key = self.intern_borrow("unraisablehook");
        let hook = crate::protocol::attr::dict_get_str_key(d, key)?;
        let default = hook
            .get::<crate::types::function::BuiltinObject>()
            .is_some_and(|b| b.name == "unraisablehook" && b.self_.is_none());
        (!default && hook != self.none).then_some(hook)
    }

    /// The `sys` module (borrowed), while `sys.modules` has it.
    fn sys_module(&mut self) -> Option<ObjRef> {
        let key = self.intern_borrow("sys");
        crate::protocol::attr::dict_get_str_key(self.modules, key)
            .filter(|m| m.tag() == Tag::Module)
    }

    /// `sys.<name>` (a new reference).
    fn sys_attr(&mut self, name: &str) -> PyResult<ObjRef> {
        match self.sys_module() {
            Some(sys) => self.getattr_str(sys, name),
            None => Err(self.new_error("RuntimeError", "lost sys".to_string())),
        }
    }

    /// `print_unraisable` under another first line (CPython's
    /// `_PyErr_WriteUnraisableMsg`: "Exception ignored in atexit callback").
    pub fn print_unraisable_as(&mut self, exc: ObjRef, header: &str) {
        self.flush_stdout();
        let out = self.format_exception_text(exc, false);
        self.write_stderr(&format!("{header}\n{out}"));
    }

    /// Call `f(args)` (all borrowed) for its effect, as CPython calls a
    /// finalizer or a callback: the result is dropped, an exception is
    /// reported as unraisable, naming `f`, and goes no further.
    pub fn call_unraisable(&mut self, f: ObjRef, args: &[ObjRef]) {
        let f = self.incref(f);
        match self.with_roots(&[f], |vm| vm.call(f, args)) {
            Ok(v) => self.decref(v),
            // Reported with the exception rooted: its `__str__` runs.
            Err(e) => self.with_roots(&[f], |vm| {
                vm.using(e, |vm, e| {
                    let what = vm.repr_string(f).unwrap_or_else(|e2| {
                        vm.decref(e2);
                        "<callable>".to_string()
                    });
                    vm.report_unraisable(e, &format!("Exception ignored in: {what}"), Some(f));
                })
            }),
        }
        self.decref(f);
    }
}
