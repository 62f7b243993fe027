//! Generators: the object a call of a generator function (or a generator
//! expression) returns, holding a suspended frame, and everything it does —
//! resuming the frame with `next`/`send`, throwing into it, closing it
//! (`GeneratorExit`, also run as its finalizer), `yield from` delegation,
//! and its attributes. CPython's `Objects/genobject.c`.
//!
//! A generator's frame lives in the generator while it is suspended (its
//! locals and value stack are the generator's references: `traverse` visits
//! them) and on the vm's frame stack while it runs, on a nested run of the
//! interpreter loop: `YieldValue` ends that run and gives the frame back.

use crate::interp::frame::Frame;
use crate::object::{ObjExt, Refs, Tag};
use crate::payload;
use crate::types::code::CodeObj;
use crate::types::exception::ExceptionObject;
use crate::types::frameobj::{FrameObject, FrameState};
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::vm::{Args, PyResult, Vm};
use ouro_compiler::bytecode::Instr;
use ouro_gc_core::{Collector, ObjRef, TypeVTable, Visit};
use std::cell::{Cell, RefCell};

/// CPython's `gi_frame_state`, without the distinction between completed
/// and cleared (a finished generator has released its frame).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenState {
    /// Made, never resumed: the first `send` must be None.
    Created,
    Suspended,
    Running,
    Finished,
}

/// Generators and coroutines share the layout and most behaviour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    /// A call of an `async def` function: awaited, not iterated.
    Coroutine,
    /// A call of an `async def` function with `yield`: driven by the
    /// awaitables its `__anext__`/`asend`/`athrow`/`aclose` return
    /// (`types/asyncgen.rs`).
    AsyncGenerator,
}

impl GenKind {
    /// The type's name.
    pub fn name(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }

    /// What CPython's messages call it.
    pub fn label(self) -> &'static str {
        match self {
            GenKind::AsyncGenerator => "async generator",
            k => k.name(),
        }
    }
}

pub struct GeneratorObject {
    pub kind: GenKind,
    /// The frame while created or suspended; `None` while it runs (it is on
    /// the frame stack) and once the generator has finished.
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    /// `gi_code` (owned), kept after the frame is gone.
    pub code: ObjRef,
    /// `__name__` and `__qualname__` (owned str), from the function.
    pub name: Cell<ObjRef>,
    pub qualname: Cell<ObjRef>,
    /// The exception this generator's frame is handling while suspended
    /// (CPython's `gi_exc_state`): swapped with the vm's on resume.
    pub exc_state: Cell<Option<ObjRef>>,
    /// The vm's NULL sentinel, which a frame's value stack may hold and
    /// which is not a reference.
    pub null: ObjRef,
    /// An asynchronous generator only: one of its awaitables is running
    /// it (CPython's `ag_running_async`, what `ag_running` shows) ...
    pub running_async: Cell<bool>,
    /// ... and it was closed or finished (`ag_closed`).
    pub closed: Cell<bool>,
}

impl Refs for GeneratorObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.code);
        visit(self.name.get());
        visit(self.qualname.get());
        if let Some(f) = self.frame.borrow().as_ref() {
            f.visit_refs(self.null, visit);
        }
        if let Some(e) = self.exc_state.get() {
            visit(e);
        }
    }

    /// CPython's `gen_dealloc`: the frame's references (in
    /// `_PyFrame_Clear`'s order), then code, name, qualname and the saved
    /// exception.
    fn clear(&self, out: &mut Vec<ObjRef>) {
        if let Some(mut f) = self.frame.borrow_mut().take() {
            match f.frame_obj.take() {
                None => f.release_into(self.null, out),
                Some(fo) => {
                    // The frame object outlives the generator: it takes
                    // the frame (without `f_back`, as a suspended frame
                    // has none). When only the frame held it, the slots
                    // go first, in `_PyFrame_Clear`'s order.
                    if fo.refcnt() <= 1 {
                        f.release_slots_into(self.null, out);
                        out.extend(f.locals.take());
                        out.extend(f.func.take());
                    }
                    let fobj = fo.payload::<crate::types::frameobj::FrameObject>();
                    *fobj.state.borrow_mut() = crate::types::frameobj::FrameState::Finished {
                        frame: f,
                        back: None,
                    };
                    out.push(fo);
                }
            }
        }
        out.push(self.code);
        out.push(self.name.get());
        out.push(self.qualname.get());
        out.extend(self.exc_state.take());
    }
}

pub static GENERATOR_VT: TypeVTable =
    crate::object::refs_vtable::<GeneratorObject>("generator", Tag::Generator, true);
payload!(GeneratorObject, GENERATOR_VT);

fn gen<'a>(o: ObjRef) -> &'a GeneratorObject {
    o.payload::<GeneratorObject>()
}

/// Is `o` a coroutine object?
pub fn is_coroutine(o: ObjRef) -> bool {
    kind_of(o) == Some(GenKind::Coroutine)
}

/// Is the generator `g` running (its frame on the frame stack)?
pub fn is_running(g: ObjRef) -> bool {
    gen(g).state.get() == GenState::Running
}

/// Is `o` a generator (not a coroutine or an asynchronous generator)?
pub fn is_generator(o: ObjRef) -> bool {
    kind_of(o) == Some(GenKind::Generator)
}

/// What kind of generator `o` is, if it is one.
pub fn kind_of(o: ObjRef) -> Option<GenKind> {
    o.get::<GeneratorObject>().map(|g| g.kind)
}

/// Did the generator `g`, suspended, stop at a `yield` of an asynchronous
/// generator (`AsyncGenWrap; YieldValue`) rather than inside an `await`?
pub fn yielded_wrapped(g: ObjRef) -> bool {
    let f = gen(g).frame.borrow();
    f.as_ref().is_some_and(|f| {
        f.pc() >= 2 && matches!(f.rc.instructions[f.pc() - 2], Instr::AsyncGenWrap)
    })
}

/// What resuming a generator gives: a yielded value or the returned one
/// (both owned).
pub enum GenOutcome {
    Yield(ObjRef),
    Return(ObjRef),
}

impl crate::vm::Held for GenOutcome {
    fn held(&self, roots: &mut Vec<ObjRef>) {
        match self {
            GenOutcome::Yield(v) | GenOutcome::Return(v) => roots.push(*v),
        }
    }
}

/// How a generator is resumed.
#[derive(Clone, Copy)]
enum Resume {
    /// `send(v)` / `next` (None), borrowed.
    Value(ObjRef),
    /// Raise the (owned) exception at the point of suspension.
    Throw(ObjRef),
}

/// Where a frame suspended inside `yield from` resumes its loop: the pc
/// after its `YieldValue` holds a `Jump` back to the `Send`, whose target is
/// where the loop exits (see `Instr::Send`).
fn delegation_exit(f: &Frame) -> Option<usize> {
    let Some(&Instr::Jump(send)) = f.rc.instructions.get(f.pc()) else {
        return None;
    };
    match f.rc.instructions.get(send as usize) {
        Some(&Instr::Send(exit)) => Some(exit as usize),
        _ => None,
    }
}

impl<C: Collector> Vm<C> {
    /// A new generator owning `frame` (the frame of a call of a generator
    /// function, bound but not yet run).
    pub(crate) fn new_generator(&mut self, frame: Box<Frame>) -> PyResult<ObjRef> {
        let code = self.incref(frame.code);
        let (name, qualname) = match frame.func {
            Some(f) => {
                let f = f.payload::<crate::types::function::FunctionObject>();
                (self.incref(f.name.get()), self.incref(f.qualname.get()))
            }
            None => {
                // (Not reached today: generator frames come from functions.)
                let rc = code.payload::<CodeObj>().code.clone();
                match (self.new_str(&rc.name), self.new_str(&rc.qualname)) {
                    (Ok(n), Ok(q)) => (n, q),
                    (n, q) => {
                        for r in [n, q] {
                            let o = r.unwrap_or_else(|e| e);
                            self.decref(o);
                        }
                        self.decref(code);
                        self.release_frame(frame);
                        return Err(self.raise_memory_error());
                    }
                }
            }
        };
        let flags = frame.rc.flags;
        let kind = match (flags.coroutine, flags.async_generator) {
            (true, _) => GenKind::Coroutine,
            (_, true) => GenKind::AsyncGenerator,
            _ => GenKind::Generator,
        };
        let g = GeneratorObject {
            kind,
            frame: RefCell::new(None),
            state: Cell::new(GenState::Created),
            code,
            name: Cell::new(name),
            qualname: Cell::new(qualname),
            exc_state: Cell::new(None),
            null: self.null,
            running_async: Cell::new(false),
            closed: Cell::new(false),
        };
        match self.alloc(&GENERATOR_VT, g) {
            Ok(o) => {
                *gen(o).frame.borrow_mut() = Some(frame);
                Ok(o)
            }
            // (`alloc` released the code and names the payload owned.)
            Err(e) => {
                self.with_roots(&[e], |vm| vm.release_frame(frame));
                Err(e)
            }
        }
    }

    /// Resume `g` (CPython's `gen_send_ex2`). The caller holds a reference
    /// to `g` throughout.
    /// An asynchronous generator's return is `Return(None)`; its awaitables
    /// make that `StopAsyncIteration`.
    fn gen_resume(&mut self, g: ObjRef, how: Resume) -> PyResult<GenOutcome> {
        let p = gen(g);
        let state = p.state.get();
        let fail = |vm: &mut Self, e: ObjRef| {
            if let Resume::Throw(t) = how {
                vm.decref(t);
            }
            Err(e)
        };
        match (state, how) {
            (GenState::Running, _) => {
                let e = self.value_error(format!("{} already executing", p.kind.label()));
                return fail(self, e);
            }
            (GenState::Finished, _) if p.kind == GenKind::Coroutine => {
                let e = self.new_error(
                    "RuntimeError",
                    "cannot reuse already awaited coroutine".into(),
                );
                return fail(self, e);
            }
            (GenState::Finished, Resume::Throw(e)) => return Err(e),
            (GenState::Finished, Resume::Value(_)) => {
                return Ok(GenOutcome::Return(self.new_none()))
            }
            (GenState::Created, Resume::Value(v)) if v != self.none => {
                let e = self.type_error(format!(
                    "can't send non-None value to a just-started {}",
                    p.kind.label()
                ));
                return fail(self, e);
            }
            _ => {}
        }
        if self.too_deep() {
            // The frame is lost, as CPython's is on this error.
            let frame = p
                .frame
                .borrow_mut()
                .take()
                .expect("a suspended generator has a frame");
            p.state.set(GenState::Finished);
            self.release_frame(frame);
            let e = self.recursion_error();
            return fail(self, e);
        }
        {
            let mut frame = p.frame.borrow_mut();
            let frame = frame.as_mut().expect("a suspended generator has a frame");
            if let (GenState::Suspended, Resume::Value(v)) = (state, how) {
                frame.stack.push(self.incref(v));
            }
        }
        let frame = p.frame.borrow_mut().take().expect("checked above");
        if let Some(fo) = frame.frame_obj {
            *fo.payload::<FrameObject>().state.borrow_mut() = FrameState::Running;
        }
        self.frames.push(frame);
        p.state.set(GenState::Running);
        // The generator's handled exception becomes the vm's; the caller's
        // waits underneath (CPython's `exc_info` chain).
        let outer = self.handled.take();
        self.exc_stack.push(outer);
        self.handled = p.exc_state.take();
        let thrown = match how {
            Resume::Throw(e) => Some(e),
            Resume::Value(_) => None,
        };
        let throw = match how {
            Resume::Throw(e) => {
                // Chained to the generator's own handled exception only
                // (CPython's `_PyErr_ChainStackItem`), not the caller's.
                if self.handled.is_some() {
                    self.set_context(e);
                }
                Some(e)
            }
            Resume::Value(_) => None,
        };
        let r = self.run_pushed(throw);
        let own = self.handled.take();
        self.handled = self.exc_stack.pop().expect("pushed above");
        match (r, std::mem::take(&mut self.yielding)) {
            (Ok(v), true) => {
                let frame = self.frames.pop().expect("the generator's frame");
                if let Some(fo) = frame.frame_obj {
                    *fo.payload::<FrameObject>().state.borrow_mut() =
                        FrameState::Suspended { gen: g };
                }
                *p.frame.borrow_mut() = Some(frame);
                p.exc_state.set(own);
                p.state.set(GenState::Suspended);
                Ok(GenOutcome::Yield(v))
            }
            (r, _) => {
                p.state.set(GenState::Finished);
                self.release_holding(&r, own);
                match r {
                    Ok(v) => Ok(GenOutcome::Return(v)),
                    Err(e) if self.is_instance_of_name(e, "StopIteration") => {
                        let msg = format!("{} raised StopIteration", p.kind.label());
                        Err(self.chained_error(e, &msg))
                    }
                    Err(e)
                        if p.kind == GenKind::AsyncGenerator
                            && self.is_instance_of_name(e, "StopAsyncIteration") =>
                    {
                        let msg = "async generator raised StopAsyncIteration";
                        Err(self.chained_error(e, msg))
                    }
                    Err(e) => {
                        if thrown == Some(e) {
                            self.unchained = Some(e);
                        }
                        Err(e)
                    }
                }
            }
        }
    }

    /// PEP 479: a `RuntimeError(msg)` caused by `e` (owned).
    fn chained_error(&mut self, e: ObjRef, msg: &str) -> ObjRef {
        let r = self.new_error("RuntimeError", msg.to_string());
        if let Some(x) = r.get::<ExceptionObject>() {
            x.cause.set(Some(self.incref(e)));
            x.suppress_context.set(true);
            let old = x.context.replace(Some(e));
            self.decref_opt(old);
        } else {
            self.decref(e);
        }
        r
    }

    /// The value a `StopIteration` carries (owned; None when it has none).
    pub(crate) fn stop_iteration_value(&mut self, e: ObjRef) -> ObjRef {
        // Its `value` member (set from the first argument, or assigned).
        let v = e.get::<ExceptionObject>().and_then(|x| {
            x.member
                .get()
                .or_else(|| tuple_items(x.args.get()).and_then(|a| a.first().copied()))
        });
        self.incref(v.unwrap_or(self.none))
    }

    /// Resume `g` with `v` (borrowed): `next(g)` for None, `g.send(v)`.
    pub(crate) fn gen_send(&mut self, g: ObjRef, v: ObjRef) -> PyResult<GenOutcome> {
        self.gen_resume(g, Resume::Value(v))
    }

    /// `it.__next__()` (None) or `it.send(v)` for `yield from`'s sub-iterator,
    /// with a `StopIteration`'s value as the return.
    pub(crate) fn send_to(&mut self, it: ObjRef, v: ObjRef) -> PyResult<GenOutcome> {
        if it.tag() == Tag::Generator {
            return self.gen_send(it, v);
        }
        if it.tag() == Tag::AsyncGenOp {
            return self.async_gen_op_send(it, v);
        }
        let r = if v == self.none && crate::protocol::ops::is_user(it) {
            // Its StopIteration's value is the result.
            match self.try_dunder(it, "__next__", &[]) {
                Ok(Some(y)) => Ok(y),
                Ok(None) => {
                    let tn = self.type_name(it);
                    Err(self.type_error(format!("'{tn}' object is not an iterator")))
                }
                Err(e) => Err(e),
            }
        } else if v == self.none {
            match self.next(it) {
                Ok(Some(y)) => return Ok(GenOutcome::Yield(y)),
                Ok(None) => return Ok(GenOutcome::Return(self.new_none())),
                Err(e) => Err(e),
            }
        } else {
            let name = self.intern_borrow("send");
            self.getattr(it, name).and_then(|m| {
                let r = self.with_roots(&[m], |vm| vm.call(m, &[v]));
                self.decref(m);
                r
            })
        };
        match r {
            Ok(y) => Ok(GenOutcome::Yield(y)),
            Err(e) if self.is_instance_of_name(e, "StopIteration") => {
                let v = self.stop_iteration_value(e);
                self.decref(e);
                Ok(GenOutcome::Return(v))
            }
            Err(e) => Err(e),
        }
    }

    /// A returned value as the `StopIteration` that `next`/`send` raise
    /// (CPython's `_PyGen_SetStopIterationValue`; no argument for None).
    pub(crate) fn stop_iteration(&mut self, v: ObjRef) -> ObjRef {
        let args: &[ObjRef] = if v == self.none { &[] } else { &[v] };
        let e = crate::interp::exceptions::make_exception(self, "StopIteration", args);
        self.decref(v);
        e.unwrap_or_else(|m| m)
    }

    /// The next item of a generator for the iteration protocol: None when
    /// it returns (its value dropped).
    pub(crate) fn gen_next(&mut self, g: ObjRef) -> PyResult<Option<ObjRef>> {
        match self.gen_resume(g, Resume::Value(self.none))? {
            GenOutcome::Yield(v) => Ok(Some(v)),
            GenOutcome::Return(v) => {
                self.decref(v);
                Ok(None)
            }
        }
    }

    /// The sub-iterator a suspended `yield from` delegates to (borrowed).
    pub(crate) fn gen_delegate(&self, g: ObjRef) -> Option<ObjRef> {
        let f = gen(g).frame.borrow();
        let f = f.as_ref()?;
        delegation_exit(f)?;
        f.stack.last().copied()
    }

    /// Take the sub-iterator off a frame suspended in `yield from` and move
    /// it past the loop (CPython's `_gen_throw` after the delegate failed).
    fn leave_delegation(&mut self, g: ObjRef) {
        let it = {
            let mut f = gen(g).frame.borrow_mut();
            let Some(f) = f.as_mut() else { return };
            let Some(exit) = delegation_exit(f) else {
                return;
            };
            f.set_pc(exit);
            f.stack.pop()
        };
        self.decref_opt(it);
    }

    /// `g.throw(typ[, val[, tb]])` (CPython's `_gen_throw`), with the
    /// arguments as given (borrowed): they go as they are to the innermost
    /// delegate of a `yield from`, and are made an exception only where
    /// the exception is raised.
    pub(crate) fn gen_throw(
        &mut self,
        g: ObjRef,
        t: &[ObjRef],
        close_on_exit: bool,
    ) -> PyResult<GenOutcome> {
        let p = gen(g);
        // A generator already running (a throw from inside its delegate's
        // `throw`) is refused by `gen_resume`, never delegated again.
        let yf = match p.state.get() {
            GenState::Running => None,
            _ => self.gen_delegate(g),
        };
        let Some(yf) = yf else {
            return self.throw_here(g, t);
        };
        let yf = self.incref(yf);
        let state = p.state.get();
        p.state.set(GenState::Running);
        let exit_class = self.types.get("GeneratorExit");
        let r = if close_on_exit && self.given_matches(t[0], exit_class) {
            let r = self.with_roots(&[yf], |vm| vm.close_iter(yf));
            p.state.set(state);
            self.decref(yf);
            return match r {
                Ok(()) => self.throw_here(g, t),
                Err(e) => self.gen_resume(g, Resume::Throw(e)),
            };
        } else if yf.tag() == Tag::Generator {
            let r = self.with_roots(&[yf], |vm| vm.gen_throw(yf, t, close_on_exit));
            p.state.set(state);
            r
        } else {
            let throw = self.intern_borrow("throw");
            let meth = self.with_roots(&[yf], |vm| vm.getattr(yf, throw));
            match meth {
                Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                    self.decref(e);
                    p.state.set(state);
                    self.decref(yf);
                    return self.throw_here(g, t);
                }
                Err(e) => {
                    p.state.set(state);
                    self.with_roots(&[e], |vm| vm.decref(yf));
                    return Err(e);
                }
                Ok(m) => {
                    let r = self.with_roots(&[m, yf], |vm| vm.call(m, t));
                    p.state.set(state);
                    self.decref(m);
                    r.map(GenOutcome::Yield)
                }
            }
        };
        self.decref(yf);
        let held = match &r {
            Ok(GenOutcome::Yield(v)) => return Ok(GenOutcome::Yield(*v)),
            Ok(GenOutcome::Return(v)) => *v,
            Err(e) => *e,
        };
        // The delegate is done: off the stack, and the loop left.
        self.temp_roots.push(held);
        self.leave_delegation(g);
        self.temp_roots.pop();
        match r {
            // The delegate finished: the `yield from` gives its value.
            Ok(GenOutcome::Return(v)) => {
                let r = self.gen_send(g, v);
                self.decref(v);
                r
            }
            Err(e) if self.is_instance_of_name(e, "StopIteration") => {
                let v = self.stop_iteration_value(e);
                self.decref(e);
                let r = self.gen_send(g, v);
                self.decref(v);
                r
            }
            Err(e) => self.gen_resume(g, Resume::Throw(e)),
            Ok(GenOutcome::Yield(_)) => unreachable!("returned above"),
        }
    }

    /// Raise `throw`'s exception in `g` itself (`_gen_throw`'s
    /// `throw_here`).
    fn throw_here(&mut self, g: ObjRef, t: &[ObjRef]) -> PyResult<GenOutcome> {
        let exc = throw_exception(self, t)?;
        self.gen_resume(g, Resume::Throw(exc))
    }

    /// `PyErr_GivenExceptionMatches`: `t` is `cls` or a subclass, or an
    /// instance of one.
    fn given_matches(&self, t: ObjRef, cls: ObjRef) -> bool {
        if t.tag() == Tag::Type {
            self.is_subclass(t, cls)
        } else {
            self.is_instance(t, cls)
        }
    }

    /// Close a `yield from` delegate (CPython's `gen_close_iter`).
    fn close_iter(&mut self, yf: ObjRef) -> PyResult<()> {
        if yf.tag() == Tag::Generator {
            return self.gen_close(yf);
        }
        let close = self.intern_borrow("close");
        match self.getattr(yf, close) {
            Ok(m) => {
                let r = self.with_roots(&[m], |vm| vm.call(m, &[]));
                self.decref(m);
                self.decref(r?);
                Ok(())
            }
            Err(e) if self.is_instance_of_name(e, "AttributeError") => {
                self.decref(e);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// `g.close()` (CPython's `gen_close`): `GeneratorExit` at the point of
    /// suspension; a generator that yields instead is a RuntimeError.
    pub(crate) fn gen_close(&mut self, g: ObjRef) -> PyResult<()> {
        let p = gen(g);
        let mut pending = None;
        if let Some(yf) = self.gen_delegate(g) {
            let yf = self.incref(yf);
            let state = p.state.get();
            p.state.set(GenState::Running);
            let r = self.with_roots(&[yf], |vm| vm.close_iter(yf));
            p.state.set(state);
            self.decref(yf);
            pending = r.err();
        }
        if p.state.get() == GenState::Finished && pending.is_none() {
            return Ok(());
        }
        let exc = match pending {
            Some(e) => e,
            None => crate::interp::exceptions::make_exception(self, "GeneratorExit", &[])?,
        };
        match self.gen_resume(g, Resume::Throw(exc)) {
            Ok(GenOutcome::Yield(v)) => {
                self.decref(v);
                let msg = format!("{} ignored GeneratorExit", p.kind.label());
                Err(self.new_error("RuntimeError", msg))
            }
            Ok(GenOutcome::Return(v)) => {
                self.decref(v);
                Ok(())
            }
            Err(e)
                if self.is_instance_of_name(e, "StopIteration")
                    || self.is_instance_of_name(e, "GeneratorExit") =>
            {
                self.decref(e);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// The finalizer of a generator that has not finished: close it
    /// (CPython's `_PyGen_Finalize`); an error is printed, not raised. A
    /// coroutine that never ran is first reported as never awaited.
    pub(crate) fn finalize_generator(&mut self, g: ObjRef) {
        let p = gen(g);
        match p.state.get() {
            GenState::Finished | GenState::Running => return,
            GenState::Created if p.kind == GenKind::Coroutine => {
                // Warned, not closed: its frame goes when it is freed.
                self.warn_unawaited(g);
                return;
            }
            _ => {}
        }
        if let Err(e) = self.gen_close(g) {
            self.using(e, |vm, e| {
                let what = vm.repr_string(g).unwrap_or_else(|e2| {
                    vm.decref(e2);
                    "<generator>".to_string()
                });
                vm.report_unraisable(e, &format!("Exception ignored in: {what}"), Some(g));
            });
        }
    }

    /// CPython's `_PyErr_WarnUnawaitedCoroutine`: the `warnings` module
    /// warns (so filters, `catch_warnings` and `sys.stderr` apply); an
    /// error out of it is reported as unraisable, and unless that error was
    /// the warning itself (an "error" filter) the warning is printed here.
    fn warn_unawaited(&mut self, g: ObjRef) {
        let warned = match self.call_embedded("warnings", "_warn_unawaited_coroutine", &[g]) {
            Ok(v) => {
                self.decref(v);
                true
            }
            Err(e) => {
                let itself = self.is_instance_of_name(e, "RuntimeWarning");
                self.using(e, |vm, e| {
                    let what = vm.generator_repr(g);
                    vm.report_unraisable(e, &format!("Exception ignored in: {what}"), Some(g));
                });
                itself
            }
        };
        if !warned {
            let q = str_of(gen(g).qualname.get()).unwrap_or("?").to_string();
            self.warn_runtime(&format!("coroutine '{q}' was never awaited"));
        }
    }

    /// A `RuntimeWarning` on stderr as the `warnings` module shows it
    /// (`file:line: RuntimeWarning: msg`, then the source line), once per
    /// place; `sys:1` when no Python code is running.
    fn warn_runtime(&mut self, msg: &str) {
        self.flush_stdout();
        let Some(f) = self.frames.last() else {
            eprintln!("sys:1: RuntimeWarning: {msg}");
            return;
        };
        let (file, line) = (f.rc.filename.to_string(), f.line());
        if !self.warned.insert((file.clone(), line, msg.to_string())) {
            return;
        }
        eprintln!("{file}:{line}: RuntimeWarning: {msg}");
        if let Some(text) = self.source_line(&file, line) {
            eprintln!("  {}", text.trim());
        }
        eprintln!("RuntimeWarning: Enable tracemalloc to get the object allocation traceback");
    }

    /// `<generator object f.<locals>.g at 0x...>`, `<coroutine object ...>`
    pub(crate) fn generator_repr(&self, g: ObjRef) -> String {
        let p = gen(g);
        let q = str_of(p.qualname.get()).unwrap_or("?");
        format!("<{} object {q} at {:#x}>", p.kind.name(), g.addr())
    }

    /// The attributes of a generator (`gi_*`) or coroutine (`cr_*`) that
    /// are not methods.
    pub(crate) fn generator_attr(&mut self, g: ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let p = gen(g);
        let field = match (p.kind, name) {
            (_, "__name__" | "__qualname__") => name,
            (GenKind::Generator, _) => name.strip_prefix("gi_").unwrap_or(""),
            (GenKind::AsyncGenerator, "ag_await") => "yieldfrom",
            (GenKind::AsyncGenerator, "ag_running") => {
                return Ok(Some(self.new_bool(p.running_async.get())))
            }
            (GenKind::AsyncGenerator, _) => name.strip_prefix("ag_").unwrap_or(""),
            (GenKind::Coroutine, "cr_await") => "yieldfrom",
            (GenKind::Coroutine, "cr_origin") => return Ok(Some(self.new_none())),
            (GenKind::Coroutine, _) => name.strip_prefix("cr_").unwrap_or(""),
        };
        Ok(Some(match field {
            "__name__" => self.incref(p.name.get()),
            "__qualname__" => self.incref(p.qualname.get()),
            "code" => self.incref(p.code),
            "frame" => self.generator_frame(g)?,
            "running" => self.new_bool(p.state.get() == GenState::Running),
            "suspended" if p.kind != GenKind::AsyncGenerator => {
                self.new_bool(p.state.get() == GenState::Suspended)
            }
            "yieldfrom" => {
                let d = self.gen_delegate(g).unwrap_or(self.none);
                self.incref(d)
            }
            _ => return Ok(None),
        }))
    }

    /// Assigning `__name__` / `__qualname__` (a str, as CPython insists).
    pub(crate) fn set_generator_attr(
        &mut self,
        g: ObjRef,
        name: &str,
        v: Option<ObjRef>,
    ) -> PyResult<bool> {
        let p = gen(g);
        let slot = match name {
            "__name__" => &p.name,
            "__qualname__" => &p.qualname,
            _ => return Ok(false),
        };
        match v {
            Some(v) if v.tag() == Tag::Str => {
                let old = slot.replace(self.incref(v));
                self.decref(old);
                Ok(true)
            }
            _ => Err(self.type_error(format!("{name} must be set to a string object"))),
        }
    }
}

/// The exception `g.throw(typ[, val[, tb]])` raises (CPython's
/// `_gen_throw` normalisation), owned; `t` is `[typ, val?, tb?]`.
fn throw_exception<C: Collector>(vm: &mut Vm<C>, t: &[ObjRef]) -> PyResult<ObjRef> {
    let tb = t.get(2).copied().filter(|&tb| tb != vm.none);
    if tb.is_some_and(|tb| tb.tag() != Tag::Traceback) {
        return Err(vm.type_error("throw() third argument must be a traceback object".into()));
    }
    let e = throw_exception_value(vm, t)?;
    if let Some(tb) = tb {
        if let Err(x) = vm.set_traceback(e, tb) {
            vm.decref(e);
            return Err(x);
        }
    }
    Ok(e)
}

fn throw_exception_value<C: Collector>(vm: &mut Vm<C>, t: &[ObjRef]) -> PyResult<ObjRef> {
    let typ = t[0];
    let val = t.get(1).copied().filter(|&v| v != vm.none);
    if typ.tag() == Tag::Exception {
        if val.is_some() {
            return Err(vm.type_error("instance exception may not have a separate value".into()));
        }
        return Ok(vm.incref(typ));
    }
    if vm.is_exception_class(typ) {
        let made = match val {
            Some(v) if vm.is_instance(v, typ) => return Ok(vm.incref(v)),
            Some(v) => match tuple_items(v) {
                Some(items) => {
                    let items = items.to_vec();
                    vm.call(typ, &items)?
                }
                None => vm.call(typ, &[v])?,
            },
            None => vm.call(typ, &[])?,
        };
        if made.tag() == Tag::Exception {
            return Ok(made);
        }
        let tn = vm.type_name(made);
        vm.decref(made);
        let what = vm.repr_string(typ)?;
        return Err(vm.type_error(format!(
            "calling {what} should have returned an instance of BaseException, not {tn}"
        )));
    }
    let tn = vm.type_name(typ);
    Err(vm.type_error(format!(
        "exceptions must be classes or instances deriving from BaseException, not {tn}"
    )))
}

fn this<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    n: (usize, usize),
) -> PyResult<ObjRef> {
    let given = args.pos.len().saturating_sub(1);
    // (The receiver was checked against the method's type.)
    let kind = gen(args.pos[0]).kind.name();
    if !args.kwnames.is_empty() {
        return Err(vm.type_error(format!("{kind}.{name}() takes no keyword arguments")));
    }
    if given < n.0 || given > n.1 {
        return Err(vm.type_error(match n {
            (0, 0) => format!("{kind}.{name}() takes no arguments ({given} given)"),
            (a, b) if a == b => {
                format!("{kind}.{name}() takes exactly one argument ({given} given)")
            }
            (a, b) => {
                let (bound, k) = if given < a { ("least", a) } else { ("most", b) };
                let s = if k == 1 { "" } else { "s" };
                format!("{name} expected at {bound} {k} argument{s}, got {given}")
            }
        }));
    }
    Ok(args.pos[0])
}

/// A resumption's result as `send`/`__next__` give it: the yielded value,
/// or StopIteration carrying the returned one.
fn as_send_result<C: Collector>(vm: &mut Vm<C>, r: PyResult<GenOutcome>) -> PyResult<ObjRef> {
    match r? {
        GenOutcome::Yield(v) => Ok(v),
        GenOutcome::Return(v) => Err(vm.stop_iteration(v)),
    }
}

fn next<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let g = this(vm, &args, "__next__", (0, 0))?;
    let r = vm.gen_send(g, vm.none);
    as_send_result(vm, r)
}

fn iter<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let g = this(vm, &args, "__iter__", (0, 0))?;
    Ok(vm.incref(g))
}

fn send<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let g = this(vm, &args, "send", (1, 1))?;
    let r = vm.gen_send(g, args.pos[1]);
    as_send_result(vm, r)
}

fn throw<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let g = this(vm, &args, "throw", (1, 3))?;
    let r = vm.gen_throw(g, &args.pos[1..], true);
    as_send_result(vm, r)
}

fn close<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let g = this(vm, &args, "close", (0, 0))?;
    vm.gen_close(g)?;
    Ok(vm.new_none())
}

/// `coro.__await__()`: a `coroutine_wrapper` iterating the coroutine.
fn await_<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let g = this(vm, &args, "__await__", (0, 0))?;
    vm.new_async_gen_op(crate::types::asyncgen::OpKind::CoroWrapper, g, &[])
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    use crate::builtins::def_method;
    def_method(vm, "generator", "__next__", next);
    def_method(vm, "generator", "__iter__", iter);
    for t in ["generator", "coroutine"] {
        def_method(vm, t, "send", send);
        def_method(vm, t, "throw", throw);
        def_method(vm, t, "close", close);
    }
    def_method(vm, "coroutine", "__await__", await_);
}
