//! Calls: argument binding (CPython's rules and messages), the `Call*`
//! instructions, calls from native code, `MakeFunction`, and instantiating
//! classes.
//!
//! A call of a Python function from the interpreter loop pushes a frame and
//! returns; the loop runs it. A call from native code (`Vm::call`) runs the
//! frame on a nested loop.

use crate::interp::frame::{Extra, Frame, OnReturn};
use crate::object::{ObjExt, Tag};
use crate::types::code::CodeObj;
use crate::types::function::{BuiltinObject, FunctionObject, Owner, FUNCTION_VT};
use crate::types::instance::{MethodObject, WrapperObject};
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::types::typeobj::TypeObject;
use crate::vm::{releases_quietly, NativeCall};
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::MakeFunctionFlags;
use ouro_gc_core::{Collector, ObjRef};

/// Arguments being bound: owned positional values and owned keyword values
/// with their (borrowed, str) names.
pub struct CallArgs {
    pub pos: Vec<ObjRef>,
    pub kw: Vec<(ObjRef, ObjRef)>,
}

/// Builtin types CPython 3.11 calls with an argument tuple (they have no
/// vectorcall), and ...
pub(super) const TUPLE_CTORS: &[&str] = &[
    "str",
    "int",
    "bytes",
    "complex",
    "bytearray",
    "zip",
    "slice",
];
/// ... builtin and module functions it calls so (METH_VARARGS; by name:
/// `sys.getsizeof` is the only native function of its name) ...
const TUPLE_BUILTINS: &[&str] = &[
    "print",
    "max",
    "min",
    "vars",
    "dir",
    "__import__",
    "getsizeof",
];
/// ... and methods of builtin types (METH_VARARGS: the tuple holds the
/// arguments after the receiver; the keyword dict, the keyword values).
const TUPLE_METHODS: &[(&str, &str)] = &[
    ("str", "format"),
    ("set", "update"),
    ("set", "union"),
    ("set", "intersection"),
    ("set", "intersection_update"),
    ("set", "difference"),
    ("set", "difference_update"),
    ("frozenset", "union"),
    ("frozenset", "intersection"),
    ("frozenset", "difference"),
];

/// May `Vm::call_builtin` call the builtin `name` (of `owner`) on the
/// arguments where they lie (with its receiver in front when bound): not
/// a bytes or bytearray method (whose buffer arguments are converted
/// first) and not one whose argument tuple CPython keeps.
pub(crate) fn direct_builtin(name: &str, owner: Option<Owner>) -> bool {
    match owner {
        Some(o) => !is_tuple_method(o.name, name) && !matches!(o.name, "bytes" | "bytearray"),
        None => !TUPLE_BUILTINS.contains(&name),
    }
}

/// Is `owner.name` in `TUPLE_METHODS`? (The name is matched first: for
/// almost every method call its length or first byte already says no.)
fn is_tuple_method(owner: &str, name: &str) -> bool {
    matches!(
        name,
        "format"
            | "update"
            | "union"
            | "intersection"
            | "intersection_update"
            | "difference"
            | "difference_update"
    ) && TUPLE_METHODS.contains(&(owner, name))
}

impl<C: Collector> Vm<C> {
    /// The `Call`, `CallKw`, `CallMethod` and `CallMethodKw` instructions.
    pub(super) fn call_instr(&mut self, argc: usize, has_kw: bool, method: bool) -> PyResult<()> {
        // A collection that came due runs before any call, to native code
        // too: CPython 3.11 collects inside the very allocation that
        // crosses the threshold, so straight-line code with no Python call
        // or loop must not put it off. (Everything is on the stack here.)
        if self.gc.due_generation().is_some() {
            self.safepoint()?;
        }
        if !has_kw && self.call_simple_function(argc, method)? {
            return Ok(());
        }
        if !has_kw && self.call_builtin(argc, method)? {
            return Ok(());
        }
        if !has_kw && self.call_builtin_type(argc, method)? {
            return Ok(());
        }
        if !has_kw && self.call_plain_class(argc, method)? {
            return Ok(());
        }
        let kwnames = if has_kw { Some(self.pop()) } else { None };
        let mut args = self.pop_n(argc);
        let callable = if method {
            let self_or_null = self.pop();
            let m = self.pop();
            if self_or_null != self.null {
                args.insert(0, self_or_null);
            }
            m
        } else {
            self.pop()
        };
        let names: Vec<ObjRef> = kwnames
            .and_then(tuple_items)
            .map(|t| t.to_vec())
            .unwrap_or_default();
        let nkw = names.len();
        let kwvals = args.split_off(args.len() - nkw);
        let call = CallArgs {
            pos: args,
            kw: names.into_iter().zip(kwvals).collect(),
        };
        self.temp_roots.extend(kwnames);
        let r = self.call_owned(callable, call, true);
        self.temp_roots
            .truncate(self.temp_roots.len() - kwnames.is_some() as usize);
        self.decref_opt(kwnames);
        if let Some(v) = r? {
            self.push(v);
        }
        Ok(())
    }

    /// The common call: a Python function whose parameters are plain
    /// positional ones, called with positional arguments that fill them
    /// (with its defaults). The arguments (and the function) move from the
    /// caller's value stack straight into the new frame's slots, as
    /// CPython's `_PyEvalFramePushAndInit` steals them: no argument vector,
    /// nothing to check. Returns false, having touched nothing, for any
    /// other call.
    fn call_simple_function(&mut self, argc: usize, method: bool) -> PyResult<bool> {
        let stack = &self.frames.last().expect("a frame is running").stack;
        let at = stack.len() - argc - 1 - usize::from(method);
        let callable = stack[at];
        let with_self = method && stack[at + 1] != self.null;
        // A bound method that something else holds too (`f = obj.meth`, a
        // module's `random = _inst.random`): its function is called with
        // its `self` first, as CPython's `CALL` unpacks it, and the stack's
        // reference to it is dropped (which cannot free it).
        let (func, bound) = match callable.tag() {
            Tag::Function => (callable, None),
            Tag::Method if !with_self && (!C::REFCOUNTED || callable.refcnt() > 1) => {
                let m = callable.payload::<MethodObject>();
                if m.func.tag() != Tag::Function {
                    return Ok(false);
                }
                (m.func, Some(m.self_))
            }
            _ => return Ok(false),
        };
        let nargs = argc + usize::from(with_self) + usize::from(bound.is_some());
        let Some(mut frame) = self.plain_frame(func, nargs) else {
            return Ok(false);
        };
        let f = func.payload::<FunctionObject>();
        let stack = &mut self.frames.last_mut().expect("a frame is running").stack;
        let first = at + 1 + usize::from(method);
        for (slot, &v) in frame.fast[nargs - argc..].iter_mut().zip(&stack[first..]) {
            *slot = Some(v);
        }
        // (The arguments moved: handles own nothing to drop.)
        stack.truncate(first);
        if method {
            let self_or_null = stack.pop().expect("the receiver slot");
            if with_self {
                frame.fast[0] = Some(self_or_null);
            }
        }
        let top = stack.pop();
        match bound {
            None => frame.func = top,
            Some(self_) => {
                frame.fast[0] = Some(self.incref(self_));
                frame.func = Some(self.incref(func));
                self.decref(callable);
            }
        }
        let frame = self.with_cells(frame, f)?;
        if frame.code.payload::<CodeObj>().shape.resumable {
            let g = self.new_generator(frame)?;
            self.push(g);
        } else {
            self.push_frame(frame)?;
        }
        Ok(true)
    }

    /// A call of a builtin function or method with at most three
    /// arguments and no keywords (`l.append(x)`, `d.popleft()`, `len(s)`):
    /// the native function is called on the arguments where they lie on
    /// the value stack (copied to a small array: no vector), then they are
    /// released as `call_owned` releases them — the receiver and
    /// arguments, then the callable. Returns false, having touched
    /// nothing, for any other call (a bound builtin, a bytes method, whose
    /// buffer arguments are converted first, and the calls whose argument
    /// tuple CPython keeps, among them).
    fn call_builtin(&mut self, argc: usize, method: bool) -> PyResult<bool> {
        const MAX: usize = 3;
        let (at, depth, callable) = self.callee_at(argc, method);
        if argc > MAX || callable.tag() != Tag::Builtin {
            return Ok(false);
        }
        let b = callable.payload::<BuiltinObject>();
        let null = self.null;
        let skip = usize::from(method && self.frame().stack[at + 1] == null);
        debug_assert_eq!(
            b.direct,
            !match b.owner {
                Some(o) => is_tuple_method(o.name, b.name) || self.is_bytes_owner(o.ty),
                None => TUPLE_BUILTINS.contains(&b.name),
            },
            "{}: direct",
            b.name
        );
        // (A bound builtin called with a receiver of its own on the stack
        // is no plain call.)
        if !b.direct || (b.self_.is_some() && method && skip == 0) {
            return Ok(false);
        }
        let mut items = [callable; MAX + 2];
        items[..depth].copy_from_slice(&self.frame().stack[at..]);
        let given = &items[1 + skip..depth];
        if b.self_.is_none() {
            if let Some(r) = crate::builtins::quick_call(self, b.native, given) {
                return self.finish_in_place(at, r, given, callable);
            }
        }
        // A bound builtin (`[].append`, a module's `random = _inst.random`)
        // gets its receiver first, held by the builtin on the stack.
        let mut with_self = [callable; MAX + 1];
        let pos = match b.self_ {
            Some(s) => {
                with_self[0] = s;
                with_self[1..=given.len()].copy_from_slice(given);
                &with_self[..=given.len()]
            }
            None => given,
        };
        if let Some(owner) = b.owner {
            self.check_receiver(b.name, owner, pos.first().copied())?;
        }
        let f = self.natives[b.native as usize];
        self.native_call = NativeCall::new(b.owner.map(|o| o.name), pos);
        // (The arguments stay on the value stack, rooted, while it runs.)
        let r = f(
            self,
            Args {
                pos,
                kwnames: &[],
                kwvals: &[],
            },
        );
        self.finish_in_place(at, r, given, callable)
    }

    /// The value stack's callable at a call of `argc` arguments (`method`:
    /// with the receiver slot): its index, the call's depth and itself.
    fn callee_at(&mut self, argc: usize, method: bool) -> (usize, usize, ObjRef) {
        let stack = &self.frame().stack;
        let depth = argc + 1 + usize::from(method);
        let at = stack.len() - depth;
        (at, depth, stack[at])
    }

    /// End a call made on the operands where they lie on the value stack
    /// (from `at` up): cut them off, release `released` (the caller's
    /// references, in order) with the outcome rooted, push the result.
    /// (`released` then `last`.)
    fn finish_in_place(
        &mut self,
        at: usize,
        r: PyResult<ObjRef>,
        released: &[ObjRef],
        last: ObjRef,
    ) -> PyResult<bool> {
        self.frame().stack.truncate(at);
        // Until a release may run code, nothing need be rooted (most often
        // none does: the arguments and the callable live on elsewhere).
        let mut quiet = 0;
        while let Some(&o) = released.get(quiet).filter(|&&o| releases_quietly(o)) {
            self.decref(o);
            quiet += 1;
        }
        if quiet == released.len() && releases_quietly(last) {
            self.decref(last);
        } else {
            self.temp_roots.push(*r.as_ref().unwrap_or_else(|e| e));
            self.decref_all(released[quiet..].iter().copied().chain([last]));
            self.temp_roots.pop();
        }
        self.push(r?);
        Ok(true)
    }

    /// A call of a builtin type with a native constructor (`float(x)`,
    /// `int(s)`, `list(t)`) with at most three arguments and no keywords:
    /// the constructor runs on the class and the arguments copied from the
    /// value stack (where they stay, rooted, meanwhile; no vector), then
    /// they are released as `instantiate_plain` releases them. Returns
    /// false, having touched nothing, for any other call.
    fn call_builtin_type(&mut self, argc: usize, method: bool) -> PyResult<bool> {
        const MAX: usize = 3;
        let (at, _, cls) = self.callee_at(argc, method);
        if argc > MAX || cls.tag() != Tag::Type {
            return Ok(false);
        }
        let t = cls.payload::<TypeObject>();
        // (A builtin type's metaclass is `type`: no `__call__` of its own.)
        let Some(ctor) = t.ctor.get().filter(|_| t.is_builtin) else {
            return Ok(false);
        };
        let stack = &self.frames.last().expect("a frame is running").stack;
        if method && stack[at + 1] != self.null {
            return Ok(false);
        }
        let mut items = [cls; MAX + 1];
        items[1..=argc].copy_from_slice(&stack[stack.len() - argc..]);
        let pos = &items[..=argc];
        let f = self.natives[ctor as usize];
        let call = |vm: &mut Self| {
            vm.native_call = NativeCall::new(None, pos);
            let args = Args {
                pos,
                kwnames: &[],
                kwvals: &[],
            };
            f(vm, args)
        };
        let r = if TUPLE_CTORS.contains(&&*t.name.get()) {
            self.holding_args_tuple(&pos[1..], call)
        } else {
            call(self)
        };
        self.finish_in_place(at, r, &pos[1..], cls)
    }

    /// For a call of the Python function `func` (borrowed) with `nargs`
    /// positional arguments and no keywords: when its parameters are plain
    /// positional ones that those fill (with its defaults), its new frame,
    /// with the defaults in place and the arguments' slots (the first
    /// `nargs`) for the caller to fill.
    #[inline(always)]
    pub(super) fn plain_frame(&mut self, func: ObjRef, nargs: usize) -> Option<Box<Frame>> {
        let f = func.payload::<FunctionObject>();
        let code = f.code.get();
        let shape = code.payload::<CodeObj>().shape;
        let nparams = shape.argcount as usize;
        if !shape.positional_only || nargs > nparams {
            return None;
        }
        // Borrowed from the defaults tuple, which the function keeps alive.
        let defaults: &[ObjRef] = match nparams - nargs {
            0 => &[],
            missing => match f.defaults.get().and_then(tuple_items) {
                Some(d) if d.len() >= missing => &d[d.len() - missing..],
                _ => return None,
            },
        };
        // (The globals are borrowed from `func`, which the caller makes
        // the frame's.)
        let mut frame = self.new_frame(self.incref(code), f.globals, false, OnReturn::Value);
        for (slot, &d) in frame.fast[nargs..].iter_mut().zip(defaults) {
            *slot = Some(self.incref(d));
        }
        Some(frame)
    }

    /// `CallFunctionEx`: `f(*args, **kwargs)`.
    pub(super) fn call_ex(&mut self, has_kwargs: bool) -> PyResult<()> {
        if self.peek(1 + usize::from(has_kwargs)).tag() != Tag::Tuple {
            self.star_args_to_tuple(has_kwargs)?;
        }
        let kwargs = if has_kwargs { Some(self.pop()) } else { None };
        let args = self.pop();
        let callable = self.pop();
        let mut kw = Vec::new();
        if let Some(d) = kwargs {
            let entries = crate::types::dict::dict_of(d)
                .expect("kwargs dict")
                .snapshot();
            // CPython's _PyStack_UnpackDict.
            if entries.iter().any(|e| str_of(e.key).is_none()) {
                self.decref_all([callable, args, d]);
                return Err(self.type_error("keywords must be strings".to_string()));
            }
            // (Borrowed from `d` until made owned below.)
            kw = entries.into_iter().map(|e| (e.key, e.value)).collect();
        }
        if !matches!(callable.tag(), Tag::Function | Tag::Method | Tag::Type) {
            return self.call_ex_passing_tuple(callable, args, kwargs, kw);
        }
        let pos: Vec<ObjRef> = tuple_items(args)
            .unwrap_or(&[])
            .iter()
            .map(|&a| self.incref(a))
            .collect();
        for &(_, v) in &kw {
            self.incref(v);
        }
        let unpacked = !kw.is_empty();
        let base = self.temp_roots.len();
        self.temp_roots.push(args);
        self.temp_roots.extend(kwargs);
        let depth = self.frames.len();
        if callable.tag() == Tag::Type && self.meta_call(callable).is_none() {
            self.star_tuple = Some(args);
            self.star_dict = kwargs;
        }
        let r = self.call_owned(callable, CallArgs { pos, kw }, true);
        self.star_tuple = None;
        self.star_dict = None;
        self.temp_roots.truncate(base);
        // A Python function runs in a frame pushed for this loop: the
        // caller holds the arguments until it returns.
        let pushed = matches!(r, Ok(None))
            && self.frames.len() == depth + 1
            && self.frame().on_return == OnReturn::Value;
        if pushed {
            let held = crate::interp::frame::CallArgsHeld {
                args,
                kwargs,
                unpacked,
                stack: false,
                receiver: None,
            };
            held.each_extra(Extra::Unpacked, |o| {
                self.incref(o);
            });
            self.frame().on_return = OnReturn::CallArgs(held);
            return Ok(());
        }
        self.decref(args);
        self.decref_opt(kwargs);
        if let Some(v) = r? {
            self.push(v);
        }
        Ok(())
    }

    /// `f(*t, **d)` for an `f` that is neither a Python function nor a
    /// class (a builtin, an object with `__call__`): as CPython's
    /// `PyObject_Call` it gets the items of `t` and the entries of `d`
    /// themselves (`kw`, borrowed: `t` and `d` hold them, rooted
    /// meanwhile), where a call from the value stack has the stack's own
    /// references; an object's `__call__` also takes `t` and `d` as its
    /// argument tuple and keyword dict (`star_tuple`, `star_dict`) instead
    /// of making them. `callable`, `t` and `d` are owned and released
    /// after.
    fn call_ex_passing_tuple(
        &mut self,
        callable: ObjRef,
        t: ObjRef,
        d: Option<ObjRef>,
        kw: Vec<(ObjRef, ObjRef)>,
    ) -> PyResult<()> {
        let pos = tuple_items(t).unwrap_or(&[]).to_vec();
        let base = self.temp_roots.len();
        self.temp_roots.extend([callable, t]);
        self.temp_roots.extend(d);
        let user = crate::protocol::ops::is_user(callable);
        self.star_tuple = user.then_some(t);
        self.star_dict = d.filter(|_| user);
        let r = self.call_args(callable, &CallArgs { pos, kw });
        self.star_tuple = None;
        self.star_dict = None;
        self.temp_roots.truncate(base);
        self.release_holding(&r, [t, callable].into_iter().chain(d));
        self.push(r?);
        Ok(())
    }

    /// Call `callable` (owned) with owned arguments. With `in_loop`, a
    /// Python function gets a frame pushed for the running loop and `None`
    /// is returned; otherwise the result.
    fn call_owned(
        &mut self,
        callable: ObjRef,
        args: CallArgs,
        in_loop: bool,
    ) -> PyResult<Option<ObjRef>> {
        match callable.tag() {
            Tag::Function if in_loop => {
                let frame = self.function_frame(callable, args, OnReturn::Value)?;
                if frame.rc.flags.resumable() {
                    return self.new_generator(frame).map(Some);
                }
                self.push_frame(frame)?;
                Ok(None)
            }
            Tag::Method => {
                let m = callable.payload::<MethodObject>();
                let (func, self_) = (self.incref(m.func), self.incref(m.self_));
                self.decref(callable);
                let mut args = args;
                args.pos.insert(0, self_);
                self.call_owned(func, args, in_loop)
            }
            Tag::Type if in_loop => self.instantiate(callable, args, true),
            _ => {
                // Keep the callable and arguments rooted while native code
                // runs: it may call back into Python and reach a safepoint.
                let base = self.temp_roots.len();
                self.temp_roots.push(callable);
                self.temp_roots.extend_from_slice(&args.pos);
                self.temp_roots.extend(args.kw.iter().map(|&(_, v)| v));
                let r = self.call_args(callable, &args);
                // Released as one batch, with the result (or the raised
                // exception) rooted: an argument's `__del__` may reach a
                // safepoint.
                self.temp_roots.truncate(base);
                self.temp_roots.push(*r.as_ref().unwrap_or_else(|e| e));
                let mut pos = args.pos;
                let kw = args.kw.into_iter().map(|(_, v)| v);
                self.decref_all(pos.drain(..).chain(kw).chain([callable]));
                self.temp_roots.truncate(base);
                self.recycle_args(pos);
                r.map(Some)
            }
        }
    }

    /// `f(*x)` with `x` not a tuple: replace it on the stack with a tuple
    /// of its items, or raise CPython's `check_args_iterable` error naming
    /// the function.
    fn star_args_to_tuple(&mut self, has_kwargs: bool) -> PyResult<()> {
        let depth = 1 + usize::from(has_kwargs);
        let x = self.peek(depth);
        if !self.can_iterate(x) {
            let tn = self.type_name(x);
            let fs = self.function_str(self.peek(depth + 1));
            return Err(self.type_error(format!(
                "{fs} argument after * must be an iterable, not {tn}"
            )));
        }
        let items = self.iterate(x)?;
        let t = self.new_tuple(items)?;
        let slot = self.frame().stack.len() - depth;
        let old = std::mem::replace(&mut self.frame().stack[slot], t);
        self.decref(old);
        Ok(())
    }

    /// Push a ready frame for the running loop (a safepoint).
    #[inline(always)]
    pub(super) fn push_frame(&mut self, frame: Box<Frame>) -> PyResult<()> {
        if self.frames.len() >= self.recursion_limit {
            self.release_frame(frame);
            return Err(self.recursion_error());
        }
        self.frames.push(frame);
        if let Err(e) = self.safepoint() {
            let frame = self.frames.pop().expect("pushed above");
            self.with_roots(&[e], |vm| vm.release_frame(frame));
            return Err(e);
        }
        Ok(())
    }

    /// Call any callable from native code with borrowed arguments; returns
    /// a new reference.
    pub fn call(&mut self, callable: ObjRef, args: &[ObjRef]) -> PyResult<ObjRef> {
        // (A plain Python function's frame takes the arguments as they
        // are: no vector.)
        if callable.tag() == Tag::Function {
            if let Some(frame) = self.plain_frame(callable, args.len()) {
                return self.run_plain_call(callable, frame, args);
            }
        }
        self.call_args(
            callable,
            &CallArgs {
                pos: args.to_vec(),
                kw: Vec::new(),
            },
        )
    }

    /// Run the frame `plain_frame` made for a call of `callable` with
    /// `args` (borrowed), which fill its first slots.
    fn run_plain_call(
        &mut self,
        callable: ObjRef,
        mut frame: Box<Frame>,
        args: &[ObjRef],
    ) -> PyResult<ObjRef> {
        for (slot, &a) in frame.fast.iter_mut().zip(args) {
            *slot = Some(self.incref(a));
        }
        frame.func = Some(self.incref(callable));
        let frame = self.with_cells(frame, callable.payload::<FunctionObject>())?;
        if frame.rc.flags.resumable() {
            return self.new_generator(frame);
        }
        self.run_frame(frame)
    }

    /// Call with borrowed positional and keyword arguments.
    pub fn call_args(&mut self, callable: ObjRef, args: &CallArgs) -> PyResult<ObjRef> {
        match callable.tag() {
            Tag::Function => {
                if args.kw.is_empty() {
                    if let Some(frame) = self.plain_frame(callable, args.pos.len()) {
                        return self.run_plain_call(callable, frame, &args.pos);
                    }
                }
                let owned = self.own_args(args);
                let frame = self.function_frame(self.incref(callable), owned, OnReturn::Value)?;
                if frame.rc.flags.resumable() {
                    return self.new_generator(frame);
                }
                self.run_frame(frame)
            }
            Tag::Builtin => {
                let b = callable.payload::<BuiltinObject>();
                if let Some(owner) = b.owner {
                    self.check_receiver(b.name, owner, b.self_.or(args.pos.first().copied()))?;
                }
                if b.owner.is_some_and(|o| self.is_bytes_owner(o.ty))
                    && args.pos.iter().any(|&x| self.is_exported_buffer(x))
                {
                    return self.call_with_buffers_as_bytes(callable, args);
                }
                let f = self.natives[b.native as usize];
                let (kwnames, kwvals): (Vec<ObjRef>, Vec<ObjRef>) = args.kw.iter().copied().unzip();
                let owner = b.owner.map(|o| o.name);
                let tuple_method = owner.is_some_and(|o| is_tuple_method(o, b.name));
                match b.self_ {
                    Some(s) => {
                        let mut pos = Vec::with_capacity(args.pos.len() + 1);
                        pos.push(s);
                        pos.extend_from_slice(&args.pos);
                        self.native_call = NativeCall::new(owner, &pos);
                        let call = |vm: &mut Self| {
                            f(
                                vm,
                                Args {
                                    pos: &pos,
                                    kwnames: &kwnames,
                                    kwvals: &kwvals,
                                },
                            )
                        };
                        if tuple_method {
                            let held: Vec<ObjRef> =
                                pos[1..].iter().chain(&kwvals).copied().collect();
                            self.holding_args_tuple(&held, call)
                        } else {
                            call(self)
                        }
                    }
                    None if tuple_method && !args.pos.is_empty() => {
                        self.native_call = NativeCall::new(owner, &args.pos);
                        let held: Vec<ObjRef> =
                            args.pos[1..].iter().chain(&kwvals).copied().collect();
                        self.holding_args_tuple(&held, |vm| {
                            f(
                                vm,
                                Args {
                                    pos: &args.pos,
                                    kwnames: &kwnames,
                                    kwvals: &kwvals,
                                },
                            )
                        })
                    }
                    None if b.owner.is_none() && TUPLE_BUILTINS.contains(&b.name) => {
                        self.native_call = NativeCall::new(None, &args.pos);
                        self.holding_args_tuple(&args.pos, |vm| {
                            f(
                                vm,
                                Args {
                                    pos: &args.pos,
                                    kwnames: &kwnames,
                                    kwvals: &kwvals,
                                },
                            )
                        })
                    }
                    _ => {
                        self.native_call = NativeCall::new(owner, &args.pos);
                        f(
                            self,
                            Args {
                                pos: &args.pos,
                                kwnames: &kwnames,
                                kwvals: &kwvals,
                            },
                        )
                    }
                }
            }
            Tag::Method => {
                let m = callable.payload::<MethodObject>();
                let mut pos = Vec::with_capacity(args.pos.len() + 1);
                pos.push(m.self_);
                pos.extend_from_slice(&args.pos);
                // The method object, which the caller holds, keeps both alive.
                self.call_args(
                    m.func,
                    &CallArgs {
                        pos,
                        kw: args.kw.clone(),
                    },
                )
            }
            Tag::Type => {
                let owned = self.own_args(args);
                let r = self.instantiate(self.incref(callable), owned, false)?;
                Ok(r.expect("not in loop: instantiate returns the instance"))
            }
            Tag::WeakRef => crate::modules::weakref::call(self, callable, args),
            Tag::Partial => self.call_partial(callable, args),
            _ => {
                // `__call__` is looked up on the type only (an instance
                // attribute of that name is not what calling does).
                let call = self.names.call;
                let t = self.type_of(callable);
                let found = match self.lookup_type_attr(t, call) {
                    Some(f) if crate::protocol::attr::is_plain_method(f) => {
                        let mut pos = vec![callable];
                        pos.extend_from_slice(&args.pos);
                        Some((self.incref(f), pos))
                    }
                    Some(d) => Some((self.bind_class_attr(d, callable, t)?, args.pos.clone())),
                    None => None,
                };
                // (`f(*t, **d)` passes `t` and `d`, which are the argument
                // tuple and keyword dict then; with keywords, the function
                // gets them unpacked again, with the object.)
                let (star_t, star_d) = (self.star_tuple.take(), self.star_dict.take());
                let star = star_t.is_some_and(|t| self.is_star_call(args, t, star_d));
                match found {
                    Some((f, pos)) if star => {
                        let mut unpacked = Vec::new();
                        if !args.kw.is_empty() {
                            unpacked.extend_from_slice(&pos);
                            unpacked.extend(args.kw.iter().map(|&(_, v)| v));
                        }
                        let r = self.with_roots(&[f], |vm| {
                            vm.nested(" while calling a Python object", |vm| {
                                vm.holding_args_tuple(&unpacked, |vm| {
                                    vm.call_args(
                                        f,
                                        &CallArgs {
                                            pos,
                                            kw: args.kw.clone(),
                                        },
                                    )
                                })
                            })
                        });
                        self.decref(f);
                        r
                    }
                    Some((f, pos)) => {
                        // `slot_tp_call` gets the argument tuple and
                        // keyword dict, and with keywords unpacks them
                        // again, with the object, for the function.
                        let mut extra: Vec<ObjRef> = args.pos.clone();
                        extra.extend(args.kw.iter().map(|&(_, v)| v));
                        if !args.kw.is_empty() {
                            extra.extend_from_slice(&pos);
                            extra.extend(args.kw.iter().map(|&(_, v)| v));
                        }
                        // (An instance whose class's `__call__` is itself
                        // an instance would recurse without end:
                        // `Py_EnterRecursiveCall` stops it.)
                        let r = self.with_roots(&[f], |vm| {
                            vm.nested(" while calling a Python object", |vm| {
                                vm.holding_args_tuple(&extra, |vm| {
                                    vm.call_args(
                                        f,
                                        &CallArgs {
                                            pos,
                                            kw: args.kw.clone(),
                                        },
                                    )
                                })
                            })
                        });
                        self.decref(f);
                        r
                    }
                    None => {
                        let tn = self.type_name(callable);
                        Err(self.type_error(format!("'{tn}' object is not callable")))
                    }
                }
            }
        }
    }

    fn own_args(&self, args: &CallArgs) -> CallArgs {
        CallArgs {
            pos: args.pos.iter().map(|&a| self.incref(a)).collect(),
            kw: args.kw.iter().map(|&(k, v)| (k, self.incref(v))).collect(),
        }
    }

    /// `MakeFunction`: build a function from the code object on top and the
    /// optional items below it.
    pub(super) fn make_function(&mut self, flags: MakeFunctionFlags) -> PyResult<()> {
        let code = self.pop();
        let mut pop_if = |present: bool| if present { Some(self.pop()) } else { None };
        let closure = pop_if(flags.closure);
        let annotations = pop_if(flags.annotations);
        let kwdefaults = pop_if(flags.kwdefaults);
        let defaults = pop_if(flags.defaults);
        let rc = code.payload::<CodeObj>().code.clone();
        let globals = self.frame().globals;
        let globals = self.incref(globals);
        let name = self.intern(&rc.name);
        // The code's `co_qualname` itself, as CPython's function takes it.
        let qualname = crate::protocol::special_attrs::code_qualname(self, code);
        let module = {
            let key = self.names.name;
            self.dict_get(globals, key)?
                .unwrap_or_else(|| self.new_none())
        };
        let doc = match (
            rc.flags.optimized,
            code.payload::<CodeObj>().consts().first(),
        ) {
            (true, Some(&c)) if c.tag() == Tag::Str => self.incref(c),
            _ => self.new_none(),
        };
        let f = FunctionObject {
            code: code.into(),
            globals,
            name: name.into(),
            qualname: qualname?.into(),
            module: module.into(),
            defaults: defaults.into(),
            kwdefaults: kwdefaults.into(),
            closure,
            dict: None.into(),
            doc: doc.into(),
            annotations: annotations.into(),
            builtins: self.frame_builtins_owned().into(),
        };
        let func = self.alloc(&FUNCTION_VT, f)?;
        self.push(func);
        Ok(())
    }

    /// Run `f` with one more reference to each of `args`: the argument
    /// tuple CPython 3.11 makes for a callable without vectorcall
    /// (`TUPLE_CTORS`, `TUPLE_BUILTINS`), which a dunder it calls sees in
    /// `sys.getrefcount`. (No object is made: the references are the
    /// tuple's.)
    pub(crate) fn holding_args_tuple<R>(
        &mut self,
        args: &[ObjRef],
        f: impl FnOnce(&mut Self) -> R,
    ) -> R {
        // Counted, and rooted (what a tracing collector's count on demand
        // sees).
        for &a in args {
            self.incref(a);
        }
        let base = self.temp_roots.len();
        self.temp_roots.extend_from_slice(args);
        let r = f(self);
        self.temp_roots.truncate(base);
        for &a in args {
            // (The caller holds them too: nothing dies here.)
            self.decref(a);
        }
        r
    }

    /// Unwrap staticmethod/classmethod objects found on a class.
    pub(crate) fn unwrap_descriptor(&mut self, v: ObjRef, owner: ObjRef) -> PyResult<ObjRef> {
        match v.tag() {
            Tag::StaticMethod => Ok(self.incref(v.payload::<WrapperObject>().func)),
            Tag::ClassMethod => self.classmethod_get(v, owner),
            Tag::Builtin
                if v.payload::<BuiltinObject>()
                    .owner
                    .is_some_and(|o| o.class_method)
                    && v.payload::<BuiltinObject>().self_.is_none() =>
            {
                self.bind_builtin(v, owner)
            }
            _ => Ok(self.incref(v)),
        }
    }

    /// A builtin type's method (borrowed) bound to `obj` (borrowed): what
    /// `[].append` and `dict.fromkeys` are.
    pub(crate) fn bind_builtin(&mut self, method: ObjRef, obj: ObjRef) -> PyResult<ObjRef> {
        let b = method.payload::<BuiltinObject>();
        let bound = BuiltinObject {
            name: b.name,
            native: b.native,
            self_: Some(self.incref(obj)),
            owner: b.owner,
            direct: b.direct,
        };
        let r = self.alloc(&crate::types::function::BUILTIN_VT, bound);
        if r.is_err() {
            self.decref(obj);
        }
        r
    }

    pub fn new_method(&mut self, func: ObjRef, self_: ObjRef) -> PyResult<ObjRef> {
        let r = self.alloc(
            &crate::types::instance::METHOD_VT,
            MethodObject { func, self_ },
        );
        if r.is_err() {
            self.decref(func);
            self.decref(self_);
        }
        r
    }
}

/// Does calling the Python function `f` make a generator?
pub(crate) fn is_generator_function(f: ObjRef) -> bool {
    let code = f.payload::<FunctionObject>().code.get();
    code.payload::<CodeObj>().code.flags.resumable()
}
