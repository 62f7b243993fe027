//! Asynchronous generators' awaitables: what `agen.__anext__()`,
//! `asend(v)`, `athrow(...)` and `aclose()` return, and `anext(it,
//! default)`'s awaitable (CPython's `async_generator_asend`,
//! `async_generator_athrow` and `anext_awaitable` in
//! `Objects/genobject.c` and `Objects/iterobject.c`).
//!
//! An asynchronous generator is a `GeneratorObject` of kind
//! `AsyncGenerator` (`types/generator.rs`); nothing drives it but these
//! objects. Each is an iterator that an `await` (or an event loop's
//! `send`) runs: resuming the generator, it passes on what an `await`
//! inside the generator yields, and ends (`StopIteration(v)`) when the
//! generator's frame reaches a `yield v` — a yield the compiler marks with
//! `AsyncGenWrap` — or with `StopAsyncIteration` when the generator
//! returns.

use crate::object::{ObjExt, Refs, Tag};
use crate::payload;
use crate::types::generator::{kind_of, yielded_wrapped, GenKind, GenOutcome, GeneratorObject};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
use std::cell::Cell;

/// Which awaitable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OpKind {
    /// `__anext__()` / `asend(v)`: `args` is `[v]`.
    Send,
    /// `athrow(typ[, val[, tb]])`: `args` as given.
    Throw,
    /// `aclose()`: no `args`.
    Close,
    /// `anext(it, default)`: `target` is what `it.__anext__()` returned,
    /// `args` is `[default]`.
    AnextDefault,
    /// `coro.__await__()`: CPython's `coroutine_wrapper`, an iterator that
    /// passes `send`/`throw`/`close` straight to the coroutine `target`.
    CoroWrapper,
}

/// CPython's `AwaitableState`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum OpState {
    Init,
    Iter,
    Closed,
}

pub struct AsyncGenOp {
    pub kind: OpKind,
    /// The asynchronous generator (owned), or the iterator `anext`'s
    /// default wraps.
    target: ObjRef,
    /// Owned.
    args: Vec<ObjRef>,
    state: Cell<OpState>,
}

impl Refs for AsyncGenOp {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.target);
        for &a in &self.args {
            visit(a);
        }
    }

    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.target);
        out.extend_from_slice(&self.args);
    }
}

pub static ASYNC_GEN_OP_VT: TypeVTable =
    crate::object::refs_vtable::<AsyncGenOp>("async_generator_asend", Tag::AsyncGenOp, true);
payload!(AsyncGenOp, ASYNC_GEN_OP_VT);

fn op<'a>(o: ObjRef) -> &'a AsyncGenOp {
    o.payload::<AsyncGenOp>()
}

fn agen<'a>(o: ObjRef) -> &'a GeneratorObject {
    o.payload::<GeneratorObject>()
}

/// The Python type name of an awaitable.
pub fn type_name(o: ObjRef) -> &'static str {
    match op(o).kind {
        OpKind::Send => "async_generator_asend",
        OpKind::Throw | OpKind::Close => "async_generator_athrow",
        OpKind::AnextDefault => "anext_awaitable",
        OpKind::CoroWrapper => "coroutine_wrapper",
    }
}

/// Is `o` one of the asynchronous generators' awaitables (which are their
/// own awaitable iterators), not a coroutine wrapper?
pub fn is_awaitable_op(o: ObjRef) -> bool {
    o.tag() == Tag::AsyncGenOp && op(o).kind != OpKind::CoroWrapper
}

const REUSE_ANEXT: &str = "cannot reuse already awaited __anext__()/asend()";
const REUSE_ATHROW: &str = "cannot reuse already awaited aclose()/athrow()";
const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

impl<C: Collector> Vm<C> {
    /// A new awaitable of `kind` over `target`, with `args` (borrowed).
    pub(crate) fn new_async_gen_op(
        &mut self,
        kind: OpKind,
        target: ObjRef,
        args: &[ObjRef],
    ) -> PyResult<ObjRef> {
        let target = self.incref(target);
        let args: Vec<ObjRef> = args.iter().map(|&a| self.incref(a)).collect();
        let o = AsyncGenOp {
            kind,
            target,
            args: args.clone(),
            state: Cell::new(OpState::Init),
        };
        self.alloc(&ASYNC_GEN_OP_VT, o).inspect_err(|_| {
            self.decref(target);
            self.decref_all(args);
        })
    }

    /// CPython's `async_gen_unwrap_value`: a marked yield of the generator
    /// ends the awaitable with its value; its return is
    /// `StopAsyncIteration`.
    fn async_gen_unwrap(&mut self, g: ObjRef, r: PyResult<GenOutcome>) -> PyResult<GenOutcome> {
        let p = agen(g);
        match r {
            Ok(GenOutcome::Yield(v)) if yielded_wrapped(g) => {
                p.running_async.set(false);
                Ok(GenOutcome::Return(v))
            }
            Ok(GenOutcome::Yield(v)) => Ok(GenOutcome::Yield(v)),
            Ok(GenOutcome::Return(v)) => {
                self.decref(v);
                p.closed.set(true);
                p.running_async.set(false);
                Err(self.bare_error("StopAsyncIteration"))
            }
            Err(e) => {
                if self.is_instance_of_name(e, "StopAsyncIteration")
                    || self.is_instance_of_name(e, "GeneratorExit")
                {
                    p.closed.set(true);
                }
                p.running_async.set(false);
                Err(e)
            }
        }
    }

    /// An exception of the builtin class `name` without arguments.
    fn bare_error(&mut self, name: &str) -> ObjRef {
        crate::interp::exceptions::make_exception(self, name, &[]).unwrap_or_else(|e| e)
    }

    /// `send(v)` (`v` borrowed; None for `__next__`) on any of the
    /// awaitables.
    pub(crate) fn async_gen_op_send(&mut self, o: ObjRef, v: ObjRef) -> PyResult<GenOutcome> {
        let p = op(o);
        if p.kind == OpKind::CoroWrapper {
            return self.gen_send(p.target, v);
        }
        let r = match p.kind {
            OpKind::CoroWrapper => unreachable!("handled above"),
            OpKind::Send => self.asend_send(o, v),
            OpKind::Throw | OpKind::Close => self.athrow_send(o, v),
            OpKind::AnextDefault => {
                let r = self
                    .awaitable_iter(p.target, 0)
                    .and_then(|it| self.using(it, |vm, it| vm.send_to(it, v)));
                self.anext_default_result(o, r)
            }
        };
        if !matches!(r, Ok(GenOutcome::Yield(_))) {
            p.state.set(OpState::Closed);
        }
        r
    }

    /// CPython's `async_gen_asend_send`.
    fn asend_send(&mut self, o: ObjRef, mut v: ObjRef) -> PyResult<GenOutcome> {
        let p = op(o);
        let g = p.target;
        match p.state.get() {
            OpState::Closed => return Err(self.new_error("RuntimeError", REUSE_ANEXT.into())),
            OpState::Init => {
                if agen(g).running_async.get() {
                    let msg = "anext(): asynchronous generator is already running";
                    return Err(self.new_error("RuntimeError", msg.into()));
                }
                if v == self.none {
                    v = p.args[0];
                }
                p.state.set(OpState::Iter);
            }
            OpState::Iter => {}
        }
        agen(g).running_async.set(true);
        let r = self.gen_send(g, v);
        self.async_gen_unwrap(g, r)
    }

    /// CPython's `async_gen_athrow_send` (`aclose()` when `kind` is
    /// `Close`).
    fn athrow_send(&mut self, o: ObjRef, v: ObjRef) -> PyResult<GenOutcome> {
        let p = op(o);
        let g = p.target;
        let ag = agen(g);
        let closing = p.kind == OpKind::Close;
        if p.state.get() == OpState::Closed {
            return Err(self.new_error("RuntimeError", REUSE_ATHROW.into()));
        }
        if ag.state.get() == crate::types::generator::GenState::Finished {
            return Ok(GenOutcome::Return(self.new_none()));
        }
        let r = if p.state.get() == OpState::Init {
            if ag.running_async.get() {
                let which = if closing { "aclose" } else { "athrow" };
                let msg = format!("{which}(): asynchronous generator is already running");
                return Err(self.new_error("RuntimeError", msg));
            }
            if ag.closed.get() {
                return Err(self.bare_error("StopAsyncIteration"));
            }
            if v != self.none {
                let msg = "can't send non-None value to a just-started coroutine";
                return Err(self.new_error("RuntimeError", msg.into()));
            }
            p.state.set(OpState::Iter);
            ag.running_async.set(true);
            if closing {
                ag.closed.set(true);
                let exit = self.types.get("GeneratorExit");
                self.gen_throw(g, &[exit], false)
            } else {
                if p.args.len() > 3 {
                    let n = p.args.len();
                    let msg = format!("athrow expected at most 3 arguments, got {n}");
                    return Err(self.type_error(msg));
                }
                let args = p.args.clone();
                let r = self.gen_throw(g, &args, false);
                return self.async_gen_unwrap(g, r);
            }
        } else {
            let r = self.gen_send(g, v);
            if !closing {
                return self.async_gen_unwrap(g, r);
            }
            r
        };
        self.aclose_result(g, r)
    }

    /// What `aclose()`'s awaitable makes of the generator's response to
    /// `GeneratorExit`: a marked yield is an error, the generator's end is
    /// the awaitable's.
    fn aclose_result(&mut self, g: ObjRef, r: PyResult<GenOutcome>) -> PyResult<GenOutcome> {
        let ag = agen(g);
        match r {
            Ok(GenOutcome::Yield(v)) if yielded_wrapped(g) => {
                self.decref(v);
                ag.running_async.set(false);
                Err(self.new_error("RuntimeError", IGNORED_EXIT.into()))
            }
            Ok(GenOutcome::Yield(v)) => Ok(GenOutcome::Yield(v)),
            Ok(GenOutcome::Return(v)) => {
                ag.running_async.set(false);
                self.decref(v);
                Ok(GenOutcome::Return(self.new_none()))
            }
            Err(e) => {
                ag.running_async.set(false);
                if self.is_instance_of_name(e, "StopAsyncIteration")
                    || self.is_instance_of_name(e, "GeneratorExit")
                {
                    self.decref(e);
                    return Ok(GenOutcome::Return(self.new_none()));
                }
                Err(e)
            }
        }
    }

    /// `anext(it, default)`: the iterator's `StopAsyncIteration` is the
    /// default.
    fn anext_default_result(&mut self, o: ObjRef, r: PyResult<GenOutcome>) -> PyResult<GenOutcome> {
        match r {
            Err(e) if self.is_instance_of_name(e, "StopAsyncIteration") => {
                self.decref(e);
                Ok(GenOutcome::Return(self.incref(op(o).args[0])))
            }
            r => r,
        }
    }

    /// `throw(typ[, val[, tb]])` (borrowed) on any of the awaitables.
    fn async_gen_op_throw(&mut self, o: ObjRef, t: &[ObjRef]) -> PyResult<GenOutcome> {
        let p = op(o);
        let g = p.target;
        if p.kind == OpKind::CoroWrapper {
            return self.gen_throw(g, t, true);
        }
        if p.state.get() == OpState::Closed {
            let msg = match p.kind {
                OpKind::Send => REUSE_ANEXT,
                _ => REUSE_ATHROW,
            };
            return Err(self.new_error("RuntimeError", msg.into()));
        }
        let r = match p.kind {
            OpKind::CoroWrapper => unreachable!("handled above"),
            OpKind::Send | OpKind::Throw => {
                let r = self.gen_throw(g, t, true);
                self.async_gen_unwrap(g, r)
            }
            OpKind::Close => {
                let r = self.gen_throw(g, t, true);
                self.aclose_result(g, r)
            }
            OpKind::AnextDefault => {
                let r = self
                    .awaitable_iter(g, 0)
                    .and_then(|it| self.using(it, |vm, it| vm.throw_into(it, t)));
                self.anext_default_result(o, r)
            }
        };
        if !matches!(r, Ok(GenOutcome::Yield(_))) {
            p.state.set(OpState::Closed);
        }
        r
    }

    /// `it.throw(...)` for an iterator that is not a generator.
    fn throw_into(&mut self, it: ObjRef, t: &[ObjRef]) -> PyResult<GenOutcome> {
        if it.tag() == Tag::Generator {
            return self.gen_throw(it, t, true);
        }
        if it.tag() == Tag::AsyncGenOp {
            return self.async_gen_op_throw(it, t);
        }
        let name = self.intern_borrow("throw");
        let m = self.getattr(it, name)?;
        let r = self.using(m, |vm, m| vm.call(m, t));
        match r {
            Ok(v) => Ok(GenOutcome::Yield(v)),
            Err(e) if self.is_instance_of_name(e, "StopIteration") => {
                let v = self.stop_iteration_value(e);
                self.decref(e);
                Ok(GenOutcome::Return(v))
            }
            Err(e) => Err(e),
        }
    }

    /// `aiter(o)` and `async for`'s `o.__aiter__()`: an asynchronous
    /// generator is its own.
    pub(crate) fn async_gen_aiter(&mut self, o: ObjRef) -> Option<ObjRef> {
        (kind_of(o) == Some(GenKind::AsyncGenerator)).then(|| self.incref(o))
    }
}

/// The receiver of a method of the awaitables or the generator, and its
/// arguments after it, checked.
fn receiver<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &'a Args<'_>,
    name: &str,
    n: (usize, usize),
) -> PyResult<(ObjRef, &'a [ObjRef])> {
    let o = args.pos[0];
    let rest = &args.pos[1..];
    let tn = match o.tag() {
        Tag::AsyncGenOp => type_name(o),
        _ => "async_generator",
    };
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{tn}.{name}() takes no keyword arguments")));
    }
    let given = rest.len();
    if given < n.0 || given > n.1 {
        return Err(vm.type_error(match n {
            (0, 0) => format!("{tn}.{name}() takes no arguments ({given} given)"),
            (1, 1) => format!("{tn}.{name}() takes exactly one argument ({given} given)"),
            (a, b) => {
                let (bound, k) = if given < a { ("least", a) } else { ("most", b) };
                let s = if k == 1 { "" } else { "s" };
                format!("{name} expected at {bound} {k} argument{s}, got {given}")
            }
        }));
    }
    Ok((o, rest))
}

/// A resumption's result as `send` gives it.
fn as_send_result<C: Collector>(vm: &mut Vm<C>, r: PyResult<GenOutcome>) -> PyResult<ObjRef> {
    match r? {
        GenOutcome::Yield(v) => Ok(v),
        GenOutcome::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn op_send<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, rest) = receiver(vm, &args, "send", (1, 1))?;
    let r = vm.async_gen_op_send(o, rest[0]);
    as_send_result(vm, r)
}

fn op_next<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, _) = receiver(vm, &args, "__next__", (0, 0))?;
    let r = vm.async_gen_op_send(o, vm.none);
    as_send_result(vm, r)
}

fn op_self<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, _) = receiver(vm, &args, "__await__", (0, 0))?;
    Ok(vm.incref(o))
}

fn op_throw<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, rest) = receiver(vm, &args, "throw", (1, 3))?;
    let r = vm.async_gen_op_throw(o, rest);
    as_send_result(vm, r)
}

fn op_close<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, _) = receiver(vm, &args, "close", (0, 0))?;
    let p = op(o);
    if p.kind == OpKind::CoroWrapper {
        vm.gen_close(p.target)?;
    } else {
        p.state.set(OpState::Closed);
    }
    Ok(vm.new_none())
}

fn ag_aiter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, _) = receiver(vm, &args, "__aiter__", (0, 0))?;
    Ok(vm.incref(o))
}

fn ag_anext<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, _) = receiver(vm, &args, "__anext__", (0, 0))?;
    vm.new_async_gen_op(OpKind::Send, o, &[vm.none])
}

fn ag_asend<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, rest) = receiver(vm, &args, "asend", (1, 1))?;
    vm.new_async_gen_op(OpKind::Send, o, rest)
}

fn ag_athrow<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, rest) = receiver(vm, &args, "athrow", (1, 3))?;
    vm.new_async_gen_op(OpKind::Throw, o, rest)
}

fn ag_aclose<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (o, _) = receiver(vm, &args, "aclose", (0, 0))?;
    vm.new_async_gen_op(OpKind::Close, o, &[])
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    use crate::builtins::def_method;
    for t in [
        "async_generator_asend",
        "async_generator_athrow",
        "anext_awaitable",
    ] {
        def_method(vm, t, "send", op_send);
        def_method(vm, t, "throw", op_throw);
        def_method(vm, t, "close", op_close);
        def_method(vm, t, "__next__", op_next);
        def_method(vm, t, "__iter__", op_self);
        def_method(vm, t, "__await__", op_self);
    }
    for (name, f) in [
        ("send", op_send as crate::vm::NativeFn<C>),
        ("throw", op_throw),
        ("close", op_close),
        ("__next__", op_next),
        ("__iter__", op_self),
    ] {
        def_method(vm, "coroutine_wrapper", name, f);
    }
    def_method(vm, "async_generator", "__aiter__", ag_aiter);
    def_method(vm, "async_generator", "__anext__", ag_anext);
    def_method(vm, "async_generator", "asend", ag_asend);
    def_method(vm, "async_generator", "athrow", ag_athrow);
    def_method(vm, "async_generator", "aclose", ag_aclose);
}
