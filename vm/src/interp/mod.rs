//! The interpreter loop: fetches instructions of the top frame and runs
//! them. Each arm is short and calls a named helper; Python-to-Python calls
//! push a frame and keep looping (see `call.rs`), so the loop only returns
//! when the frame it was entered with returns or raises.

mod binding;
pub mod call;
pub mod constants;
pub mod exceptions;
pub mod frame;
pub mod framestack;
mod instantiate;
mod lifecycle;
mod names;
pub mod patterns;
mod rare;
mod stack;
pub mod suggestions;

use crate::interp::frame::{Block, Extra, Frame, OnReturn};
use crate::object::{ObjExt, Tag};
use crate::types::cell::CellObject;
use crate::types::code::CodeObj;
use crate::types::str::str_of;
use crate::types::typeobj::{TPFLAGS_MAPPING, TPFLAGS_SEQUENCE};
use crate::vm::{PyResult, Vm};
use ouro_compiler::bytecode::{Conversion, Instr};
use ouro_gc_core::{Collector, ObjRef};

/// How many emptied buffers (argument vectors, frames) the vm keeps for
/// reuse.
pub(crate) const SPARE_BUFFERS: usize = 64;

/// References a new argument buffer has room for.
const SPARE_ARGS_ROOM: usize = 8;

/// An empty argument buffer from `spare`, or a new one with room for a
/// few references (so that the first pushes do not reallocate).
#[inline]
pub(crate) fn take_spare(spare: &mut Vec<Vec<ObjRef>>) -> Vec<ObjRef> {
    spare
        .pop()
        .unwrap_or_else(|| Vec::with_capacity(SPARE_ARGS_ROOM))
}

/// What an instruction asks the loop to do next.
pub enum Flow {
    Next,
    /// The top frame returned this value (owned).
    Return(ObjRef),
    /// The top frame, a generator's, yielded this value (owned).
    Yield(ObjRef),
}

impl<C: Collector> Vm<C> {
    // ---- small stack helpers ------------------------------------------------

    #[inline]
    pub(crate) fn frame(&mut self) -> &mut Frame {
        self.frames.last_mut().expect("a frame is running")
    }

    /// The running frame of `run_loop`, for its instructions and the
    /// value-stack helpers below (which only they use): no check that
    /// there is one (the check was 3.5% of the instructions the loop
    /// executes, callgrind over tests/programs/bench). These are private
    /// to `interp`, whose instructions are their only callers; code
    /// elsewhere reaches the frame through `frame()`, which checks.
    #[inline(always)]
    pub(super) fn running(&mut self) -> &mut Frame {
        // SAFETY: instructions run only inside `run_loop` (`step` is its
        // alone), which runs while the frame it was entered with is on the
        // stack; the value-stack helpers serve only instructions.
        unsafe { self.frames.running() }
    }

    #[inline]
    pub(super) fn push(&mut self, v: ObjRef) {
        self.running().stack.push(v);
    }

    #[inline]
    pub(super) fn pop(&mut self) -> ObjRef {
        self.running().stack.pop().expect("value stack underflow")
    }

    #[inline]
    pub(super) fn top(&mut self) -> ObjRef {
        *self.running().stack.last().expect("value stack underflow")
    }

    /// The n-th value from the top of the stack (1 = top), borrowed.
    #[inline]
    pub(super) fn peek(&self, n: usize) -> ObjRef {
        // SAFETY: as in `running`.
        let s = &unsafe { self.frames.running_ref() }.stack;
        s[s.len() - n]
    }

    /// The `StoreFast(a)` after a fused instruction, of its result `v`
    /// (owned): skipped, and done as it would do it.
    #[inline(always)]
    fn store_skipping(&mut self, a: u32, v: ObjRef) {
        let f = self.running();
        f.rc.skip();
        let old = f.fast[a as usize].replace(v);
        self.decref_opt(old);
    }

    /// `Jump(t)`: a backward jump (a loop's) is a safepoint.
    #[inline(always)]
    fn jump(&mut self, t: u32) -> PyResult<()> {
        if self.running().rc.jump_to(t as usize) {
            self.safepoint()?;
        }
        Ok(())
    }

    /// `ForIter(t)`'s step: the iterator's next item (owned), or, when it
    /// is exhausted, None with the iterator popped and the jump to `t`
    /// taken.
    #[inline(always)]
    fn for_iter(&mut self, t: u32) -> PyResult<Option<ObjRef>> {
        let it = self.top();
        let next = match it.tag() {
            Tag::Iter => crate::protocol::iterators::quick_next(self, it),
            _ => None,
        };
        let next = match next {
            Some(r) => r,
            None => self.next(it),
        }?;
        if next.is_none() {
            self.pop();
            self.decref(it);
            self.running().set_pc(t as usize);
        }
        Ok(next)
    }

    /// The jump after a fused test (`CompareOpJump`, `IsOpJump`), decided:
    /// `truth` is the test's result; the jump instruction itself (the next
    /// one, which holds the target) is skipped either way.
    #[inline]
    fn take_fused_jump(&mut self, truth: bool) {
        let f = self.running();
        let (target, on_true) = match f.rc.following() {
            Instr::PopJumpIfTrue(t) => (t, true),
            Instr::PopJumpIfFalse(t) => (t, false),
            other => unreachable!("a fused test is followed by its jump, not {other:?}"),
        };
        if truth == on_true {
            f.set_pc(target as usize);
        } else {
            f.rc.skip();
        }
    }

    fn name_const(&mut self, i: u32) -> ObjRef {
        let code = self.frame().code;
        code.payload::<CodeObj>().names()[i as usize]
    }

    /// Run `frame` to completion on a nested loop and return its result.
    /// Used for module bodies and for calls from native code.
    pub fn run_frame(&mut self, frame: Box<Frame>) -> PyResult<ObjRef> {
        self.enter_frame(frame, None)
    }

    /// Run `frame` on a nested loop.
    fn enter_frame(&mut self, frame: Box<Frame>, throw: Option<ObjRef>) -> PyResult<ObjRef> {
        let refused = if self.too_deep() {
            Some(self.recursion_error())
        } else {
            self.spend_step().err()
        };
        if let Some(err) = refused {
            self.with_roots(&[err], |vm| {
                vm.release_frame(frame);
                vm.decref_opt(throw);
            });
            return Err(err);
        }
        self.frames.push(frame);
        self.run_pushed(throw)
    }

    /// Would one more nested loop pass a recursion limit?
    pub(crate) fn too_deep(&self) -> bool {
        self.native_depth > self.recursion_limit + 50
            || self.native_depth >= crate::vm::MAX_NATIVE_DEPTH
            || self.frames.len() >= self.recursion_limit
    }

    /// Run the frame just pushed on a nested loop, first raising `throw`
    /// (owned) in it if given (a generator resumed by `throw`). When the
    /// frame yields, the result is the yielded value, the frame is still on
    /// top of the frame stack and `self.yielding` is set. (A generator's
    /// frame is moved as little as possible: it is large.)
    pub(crate) fn run_pushed(&mut self, throw: Option<ObjRef>) -> PyResult<ObjRef> {
        self.frame().is_entry = true;
        self.native_depth += 1;
        let r = match throw {
            Some(exc) => self.unwind(exc, true).and_then(|()| self.run_loop()),
            None => self.run_loop(),
        };
        self.native_depth -= 1;
        r
    }

    fn run_loop(&mut self) -> PyResult<ObjRef> {
        loop {
            // SAFETY: this loop runs only while the frame it was entered
            // with is on the stack (`run_pushed` pushed it): it returns as
            // soon as `finish_frame` or `unwind` pops that one, and every
            // other pop takes a frame pushed above it.
            let at = unsafe { self.frames.next_instr() };
            match self.step(at) {
                Ok(Flow::Next) => {}
                Ok(Flow::Return(v)) => {
                    if let Some(v) = self.finish_frame(v)? {
                        return Ok(v);
                    }
                }
                Ok(Flow::Yield(v)) => {
                    self.yielding = true;
                    return Ok(v);
                }
                Err(exc) => {
                    // (Not `instr`, which would have to be kept: a spill
                    // on every instruction.)
                    let add_tb = !std::mem::take(&mut self.reraising);
                    if add_tb {
                        self.set_context(exc);
                    }
                    self.unwind(exc, add_tb)?;
                }
            }
        }
    }

    /// Pop the returning top frame. Returns `Some(result)` if it was the
    /// frame this loop was entered with; otherwise pushes the result on the
    /// caller's stack and returns `None`.
    fn finish_frame(&mut self, v: ObjRef) -> PyResult<Option<ObjRef>> {
        let mut frame = self.frames.pop().expect("returning frame");
        let entry = frame.is_entry;
        let result = match frame.on_return {
            OnReturn::Init(inst, held) => {
                // What the call held is released after the frame.
                frame.on_return = held.map_or(OnReturn::Value, OnReturn::CallArgs);
                if v != self.none {
                    let tn = self.type_name(v);
                    self.decref(v);
                    self.decref(inst);
                    self.release_frame(frame);
                    let e = self.type_error(format!("__init__() should return None, not '{tn}'"));
                    return self.raise_in_caller(e, entry);
                }
                self.decref(v);
                inst
            }
            _ => v,
        };
        self.release_returning_frame(frame, result);
        if entry {
            Ok(Some(result))
        } else {
            self.push(result);
            Ok(None)
        }
    }

    /// An exception raised while returning into the caller.
    fn raise_in_caller(&mut self, e: ObjRef, entry: bool) -> PyResult<Option<ObjRef>> {
        if entry {
            return Err(e);
        }
        self.unwind(e, true).map(|_| None)
    }

    /// Find a handler for `exc`, popping frames that have none. Returns
    /// Ok when a handler in a frame of this loop takes it, or the exception
    /// when it leaves the loop's entry frame.
    fn unwind(&mut self, exc: ObjRef, mut add_tb: bool) -> PyResult<()> {
        loop {
            if add_tb {
                self.add_traceback(exc);
            }
            let spent = self.out_of_steps;
            let f = self.frame();
            if spent {
                // The step budget is spent: nothing may catch that.
                f.blocks.clear();
            }
            if let Some(Block { handler, depth }) = f.blocks.pop() {
                let dropped: Vec<ObjRef> = f.stack.drain(depth as usize..).collect();
                // Released while the frame is still at the raising
                // instruction (a `__del__`'s warning names that line).
                let null = self.null;
                self.temp_roots.push(exc);
                self.decref_all(dropped.into_iter().filter(|&v| v != null));
                self.temp_roots.pop();
                self.frame().set_pc(handler as usize);
                self.push(exc);
                return Ok(());
            }
            // No handler: the value stack is emptied while the frame is
            // still the running one (CPython's `exception_unwind`), then the
            // frame leaves, its locals kept by the traceback.
            let dropped: Vec<ObjRef> = f.stack.drain(..).collect();
            let null = self.null;
            self.temp_roots.push(exc);
            self.decref_all(dropped.into_iter().filter(|&v| v != null));
            let frame = self.frames.pop().expect("a frame is running");
            let entry = frame.is_entry;
            // Its frame object, which the traceback holds, takes what the
            // frame held.
            self.release_frame(frame);
            self.temp_roots.pop();
            if entry {
                return Err(exc);
            }
            add_tb = true;
        }
    }

    /// A safepoint: a collection may run here (every live reference is
    /// reachable from the roots).
    #[inline]
    pub(crate) fn safepoint(&mut self) -> PyResult<()> {
        self.safepoints += 1;
        self.spend_step()?;
        if self.config.stress || self.gc.due_generation().is_some() {
            self.collect_at_safepoint();
        }
        Ok(())
    }

    /// The collection a safepoint runs (one that came due, or `--stress-gc`'s).
    #[inline(never)]
    fn collect_at_safepoint(&mut self) {
        let due = self.gc.due_generation();
        let reason = match due {
            Some(_) => self.gc.due_reason(),
            None => ouro_gc_core::Reason::Stress,
        };
        crate::modules::gc::run_collection(self, due.unwrap_or(0), reason);
        let n = self.safepoints;
        if self.config.verify_heap
            && self.config.stress
            && (n.is_power_of_two() || n.is_multiple_of(4096))
        {
            self.verify_heap("safepoint");
        }
    }

    /// Run a collection that the instruction just executed made due by
    /// allocating, before its result is stored: CPython collects inside
    /// that allocation, while everything the program held before is still
    /// held (`n = N()` in a loop keeps the previous `n` alive through the
    /// collection). The new object waits outside it (`Generations::latched`).
    #[inline]
    fn collect_if_due(&mut self) {
        if let Some(g) = self.gc.due_generation() {
            let reason = self.gc.due_reason();
            crate::modules::gc::run_collection(self, g, reason);
        }
    }

    /// Count one step (a safepoint or a frame entry) against
    /// `VmConfig::max_steps`; once the budget is spent, a RuntimeError that
    /// no handler catches (see `unwind`), so any program ends.
    #[inline]
    pub(crate) fn spend_step(&mut self) -> PyResult<()> {
        self.steps += 1;
        if self.steps <= self.step_limit {
            return Ok(());
        }
        self.steps_spent()
    }

    /// `spend_step` once the budget is spent.
    #[inline(never)]
    fn steps_spent(&mut self) -> PyResult<()> {
        self.out_of_steps = true;
        Err(self.new_error(
            "RuntimeError",
            format!("ouro: step budget of {} exhausted", self.step_limit),
        ))
    }

    /// Execute one instruction: the hot ones here, inlined into the loop;
    /// the others in `step_rare` (`rare.rs`), out of line.
    /// `at` is the instruction's address in the running frame's code,
    /// which the frame holds while it is on the stack (`next_instr`); each
    /// arm reads its fields when it starts, before it runs anything.
    #[inline(always)]
    fn step(&mut self, at: *const Instr) -> PyResult<Flow> {
        use Instr::*;
        // SAFETY: `at` points into the instructions of the running frame's
        // code (`FrameStack::next_instr`), which that frame holds (its
        // `CodeRef`) while it is on the stack; the frame stays there while
        // its instruction runs (returns and unwinding pop it after `step`).
        // The reference is read only as the arm is chosen and at its start
        // (its fields, copied), never after the arm's code ran.
        let instr: &Instr = unsafe { &*at };
        match *instr {
            PopTop => {
                let v = self.pop();
                self.decref_slot(v);
            }
            Copy(n) => {
                let v = self.peek(n as usize);
                self.push(self.incref(v));
            }
            Swap(n) => {
                let s = &mut self.running().stack;
                let len = s.len();
                s.swap(len - 1, len - n as usize);
            }
            LoadConst(i) => {
                let v = self.running().rc.obj().consts()[i as usize];
                self.push(self.incref(v));
            }
            LoadFast(i) => self.load_fast(i)?,
            StoreFast(i) => {
                let v = self.pop();
                let old = self.running().fast[i as usize].replace(v);
                self.decref_opt(old);
            }
            // Superinstructions: the first half, then the second
            // instruction's (skipped, so that an error in it is reported
            // at it).
            LoadFastLoadFast(a, b) => {
                self.load_fast(a)?;
                self.running().rc.skip();
                self.load_fast(b)?;
            }
            StoreFastLoadFast(a, b) => {
                let v = self.pop();
                let old = self.running().fast[a as usize].replace(v);
                self.decref_opt(old);
                self.running().rc.skip();
                self.load_fast(b)?;
            }
            StoreFastStoreFast(a, b) => {
                let v = self.pop();
                let old = self.running().fast[a as usize].replace(v);
                self.decref_opt(old);
                let v = self.pop();
                self.store_skipping(b, v);
            }
            LoadFastLoadConst(a, c) => {
                self.load_fast(a)?;
                let f = self.running();
                f.rc.skip();
                let v = f.rc.obj().consts()[c as usize];
                self.push(self.incref(v));
            }
            // A local's attribute: done here when the inline cache finds
            // it (no code runs); else the local is pushed and the second
            // instruction runs as itself.
            LoadFastLoadAttr(a, i) => {
                let obj = self.fast_local(a)?;
                match self.attr_hit(obj, i) {
                    Some(v) => {
                        self.running().rc.skip();
                        self.push(self.incref(v));
                    }
                    None => self.push(self.incref(obj)),
                }
            }
            LoadFastStoreAttr(a, i) => {
                let (obj, v) = (self.fast_local(a)?, self.top());
                match self.store_attr_hit(obj, i, v) {
                    Some(old) => {
                        self.running().rc.skip();
                        self.stored_in_place(obj, old);
                    }
                    None => self.push(self.incref(obj)),
                }
            }
            LoadFastLoadMethod(a, i) => {
                let obj = self.fast_local(a)?;
                if let Some(f) = self.method_hit(obj, i) {
                    self.running().rc.skip();
                    self.push(self.incref(f));
                }
                self.push(self.incref(obj));
            }
            LoadGlobal(i) => {
                let v = self.load_global_at(i)?;
                self.push(v);
            }
            LoadDeref(i) | LoadClassDeref(i) => {
                self.load_deref(i, matches!(*instr, LoadClassDeref(_)))?
            }
            StoreDeref(i) => {
                let v = self.pop();
                let cell = self.running().cells[i as usize];
                let old = cell.payload::<CellObject>().value.replace(Some(v));
                self.decref_opt(old);
            }
            LoadClosure(i) => {
                let cell = self.running().cells[i as usize];
                self.push(self.incref(cell));
            }
            LoadAttr(i) => {
                let r = self.load_attr_at(self.peek(1), i)?;
                self.replace_top(1, Some(r));
            }
            StoreAttr(i) => {
                let (v, obj) = (self.peek(2), self.peek(1));
                self.store_attr_at(obj, i, v)?;
                self.replace_top(2, None);
            }
            LoadMethod(i) => self.load_method(i)?,
            // (One arm: the operator's code, which the two share, is
            // large enough that a second copy would be kept out of line.)
            BinaryOp { op, inplace } | BinaryOpStoreFast { op, inplace, .. } => {
                let store = match *instr {
                    BinaryOpStoreFast { local, .. } => Some(local),
                    _ => None,
                };
                let (a, b) = (self.peek(2), self.peek(1));
                let r = match self.small_int_binop(a, b, op)? {
                    Some(r) => r,
                    None => self.binary_op(a, b, op, inplace)?,
                };
                self.replace_top(2, Some(r));
                if let Some(local) = store {
                    let v = self.pop();
                    self.store_skipping(local, v);
                }
            }
            UnaryOp(op) => {
                let r = self.unary_op(self.peek(1), op)?;
                self.replace_top(1, Some(r));
            }
            CompareOp(op) => {
                let (a, b) = (self.peek(2), self.peek(1));
                let r = match Self::scalar_compare(a, b, op) {
                    Some(r) => self.new_bool(r),
                    None => self.compare(a, b, op)?,
                };
                self.replace_top(2, Some(r));
            }
            CompareOpJump(op) => {
                let (a, b) = (self.peek(2), self.peek(1));
                match Self::scalar_compare(a, b, op) {
                    Some(r) => {
                        self.replace_top(2, None);
                        self.take_fused_jump(r);
                    }
                    // Not decided here: plain `CompareOp`, the jump next.
                    None => {
                        let r = self.compare(a, b, op)?;
                        self.replace_top(2, Some(r));
                    }
                }
            }
            IsOpJump(invert) => {
                let r = (self.peek(2) == self.peek(1)) != invert;
                self.replace_top(2, None);
                self.take_fused_jump(r);
            }
            IsOp(invert) => {
                let r = (self.peek(2) == self.peek(1)) != invert;
                self.replace_top(2, Some(self.new_bool(r)));
            }
            ContainsOp(invert) => {
                let r = self.contains(self.peek(1), self.peek(2))?;
                let b = self.new_bool(r != invert);
                self.replace_top(2, Some(b));
            }
            BinarySubscr => {
                let (c, k) = (self.peek(2), self.peek(1));
                let r = match Self::index_fast(c, k) {
                    Some(v) => self.incref(v),
                    None => self.getitem(c, k)?,
                };
                self.replace_top(2, Some(r));
            }
            StoreSubscr => {
                let (c, k, v) = (self.peek(2), self.peek(1), self.peek(3));
                if !self.store_index_fast(c, k, v) {
                    self.setitem(c, k, v)?;
                }
                self.replace_top(3, None);
            }
            BuildTuple(n) => {
                let t = self.build_tuple(n as usize);
                self.push(t?);
                self.collect_if_due();
            }
            BuildList(n) => {
                let items = self.pop_n(n as usize);
                let l = self.new_list(items)?;
                self.push(l);
                self.collect_if_due();
            }
            ListAppend(i) => {
                let v = self.pop();
                let l = self.peek(i as usize);
                self.list_append(l, v)?;
            }
            UnpackSequence(n) => self.unpack_sequence(n as usize)?,
            Jump(t) => self.jump(t)?,
            PopJumpIfFalse(t) | PopJumpIfTrue(t) => {
                let on_true = matches!(*instr, PopJumpIfTrue(_));
                let truth = self.is_true(self.peek(1))?;
                self.replace_top(1, None);
                if truth == on_true {
                    self.running().set_pc(t as usize);
                }
            }
            JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) => {
                let on_true = matches!(*instr, JumpIfTrueOrPop(_));
                let v = self.top();
                if self.is_true(v)? == on_true {
                    self.running().set_pc(t as usize);
                } else {
                    self.pop();
                    self.decref(v);
                }
            }
            GetIter => {
                let r = self.get_iter(self.peek(1))?;
                self.replace_top(1, Some(r));
            }
            // (One arm, as `BinaryOp`'s.)
            ForIter(_) | ForIterStoreFast(..) | JumpForIter(_) => {
                let mut step = *instr;
                if let JumpForIter(t) = step {
                    // `Jump(t)` as it is, then the instruction at `t`.
                    self.jump(t)?;
                    let f = self.running();
                    f.rc.skip();
                    step = f.rc.fetch(t as usize);
                }
                let (exit, local) = match step {
                    ForIter(exit) => (exit, None),
                    ForIterStoreFast(exit, a) => (exit, Some(a)),
                    other => unreachable!("JumpForIter to {other:?}"),
                };
                if let Some(v) = self.for_iter(exit)? {
                    match local {
                        Some(a) => self.store_skipping(a, v),
                        None => self.push(v),
                    }
                }
            }
            Call(n) | CallKw(n) | CallMethod(n) | CallMethodKw(n) => {
                let kw = matches!(*instr, CallKw(_) | CallMethodKw(_));
                let method = matches!(*instr, CallMethod(_) | CallMethodKw(_));
                self.call_instr(n as usize, kw, method)?;
                self.collect_if_due();
            }
            ReturnValue => {
                let v = self.pop();
                return Ok(Flow::Return(v));
            }
            YieldValue => {
                let f = self.running();
                if !(f.is_entry && f.rc.flags.resumable()) {
                    return Err(
                        self.new_error("SystemError", "yield outside a generator's frame".into())
                    );
                }
                let v = self.pop();
                return Ok(Flow::Yield(v));
            }
            SetupFinally(t) => {
                let f = self.running();
                let depth = f.stack.len() as u32;
                f.blocks.push(Block { handler: t, depth });
            }
            SetupWith(t) => {
                let f = self.running();
                let depth = f.stack.len() as u32 - 1;
                f.blocks.push(Block { handler: t, depth });
            }
            PopBlock => {
                self.running().blocks.pop();
            }
            // Every other instruction, named rather than `_`: with no
            // default the dispatch needs no range check and is one block,
            // which the build copies into the end of each arm above
            // (`.cargo/config.toml`: threaded dispatch). `Nop` is here too:
            // an arm with no code of its own would make that block its own
            // successor, which LLVM never copies.
            Nop
            | DeleteFast(..)
            | LoadName(..)
            | StoreName(..)
            | DeleteName(..)
            | StoreGlobal(..)
            | DeleteGlobal(..)
            | DeleteDeref(..)
            | DeleteAttr(..)
            | DeleteSubscr
            | BuildSlice(..)
            | BuildSet(..)
            | BuildMap(..)
            | BuildString(..)
            | SetAdd(..)
            | MapAdd(..)
            | ListExtend(..)
            | SetUpdate(..)
            | DictUpdate(..)
            | DictMerge(..)
            | ListToTuple
            | UnpackEx { .. }
            | FormatValue { .. }
            | CallFunctionEx { .. }
            | MakeFunction(..)
            | PrintExpr
            | GetYieldFromIter
            | Send(..)
            | GetAwaitable(..)
            | GetAIter
            | GetANext
            | AsyncGenWrap
            | EndAsyncFor
            | BeforeAsyncWith
            | MatchMapping
            | MatchSequence
            | GetLen
            | MatchKeys
            | CopyDictWithoutKeys
            | MatchClass(..)
            | LoadBuildClass
            | SetupAnnotations
            | RaiseVarargs(..)
            | PushExcInfo
            | CheckEgMatch
            | PrepReraiseStar
            | PopExcept
            | BeforeWith
            | WithExceptStart
            | WithExitCall
            | Reraise
            | CheckExcMatch
            | LoadAssertionError
            | ImportName(..)
            | ImportFrom(..)
            | ImportStar => self.step_rare()?,
        }
        Ok(Flow::Next)
    }
}
