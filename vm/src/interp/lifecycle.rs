//! A frame's life at its ends: made (or taken from the spare frames) for
//! a call, and at its return its references released in CPython's
//! `_PyFrame_Clear` order, what the caller held for the call released
//! after it, and the frame kept for the next call.

use super::*;

/// Drop `o` inline while it stays alive and nothing has died yet;
/// otherwise add it to `rest` (a spare buffer, taken on first use), the
/// batch `decref_all` releases in order (see `Vm::release_frame`).
#[inline(always)]
fn release_in_batch(rest: &mut Vec<ObjRef>, spare: &mut Vec<Vec<ObjRef>>, o: ObjRef) {
    if rest.is_empty() {
        if o.refcnt() > 1 {
            o.dec();
            return;
        }
        if rest.capacity() == 0 {
            *rest = take_spare(spare);
        }
    }
    rest.push(o);
}

impl<C: Collector> Vm<C> {
    /// Release every reference a finished frame owns, in CPython's
    /// `_PyFrame_Clear` order: locals, cells, the value stack, then the
    /// namespace, function, globals and code; then what the caller held
    /// for the call (`OnReturn::CallArgs`).
    #[inline]
    pub(crate) fn release_frame(&mut self, frame: Box<Frame>) {
        // (Two functions: the common one needs no large stack frame.)
        if C::REFCOUNTED && frame.is_plain() {
            self.release_plain_frame(frame);
        } else {
            self.release_any_frame(frame);
        }
    }

    /// `release_frame` of any frame.
    #[inline(never)]
    fn release_any_frame(&mut self, mut frame: Box<Frame>) {
        let call_args = frame.on_return.take_held();
        // Plain but for what its caller held for the call (an `__init__`
        // a class call ran, `f(*args)`): released as a plain one, then
        // what was held, in the order below.
        if C::REFCOUNTED && frame.is_plain() {
            self.release_plain_frame(frame);
            self.release_call_args(call_args);
            return;
        }
        if let Some(fo) = frame.frame_obj.take() {
            if !C::REFCOUNTED || fo.refcnt() > 1 {
                self.frame_object_takes(fo, frame);
                self.release_call_args(call_args);
                return;
            }
            self.decref(fo);
        }
        let null = self.null;
        let init = match frame.on_return {
            OnReturn::Init(o, _) => Some(o),
            _ => None,
        };
        // Released in order as one batch: from the first reference that
        // dies on, the rest go to `decref_all`, which keeps them rooted
        // while that one's `__del__` runs. Until then nothing runs code
        // (the common case: no allocation, no rooting, and no batch).
        let mut rest: Vec<ObjRef> = Vec::new();
        let spare = &mut self.spare_args;
        // (`decref_all` drops dying atoms itself; here only references that
        // stay alive are dropped inline, the hot path of every return.)
        if C::REFCOUNTED {
            if frame.cells.is_empty() || frame.rc.cell2arg.iter().all(Option::is_none) {
                // (Read in place: `recycle_frame` empties the buffers.)
                for &o in frame.fast.iter().flatten() {
                    release_in_batch(&mut rest, spare, o);
                }
                for &o in &frame.cells {
                    release_in_batch(&mut rest, spare, o);
                }
                for &o in &frame.stack {
                    if o != null {
                        release_in_batch(&mut rest, spare, o);
                    }
                }
            } else {
                // A parameter that is a cell goes in its parameter's place.
                let mut slots = Vec::new();
                frame.release_slots_into(null, &mut slots);
                for o in slots {
                    release_in_batch(&mut rest, spare, o);
                }
            }
            let globals = frame.owns_globals.then_some(frame.globals);
            let tail = [frame.locals.take(), frame.func.take(), globals];
            for o in tail.into_iter().flatten() {
                release_in_batch(&mut rest, spare, o);
            }
            for o in [frame.builtins.take(), Some(frame.code), init]
                .into_iter()
                .flatten()
            {
                release_in_batch(&mut rest, spare, o);
            }
        }
        self.recycle_frame(frame);
        if !rest.is_empty() {
            self.decref_all(rest.drain(..));
            self.recycle_args(rest);
        }
        self.release_call_args(call_args);
    }

    /// `release_frame` of the commonest frame, a function's with no frame
    /// object, cells, namespace, builtins or globals of its own and nothing
    /// held for its caller (`Frame::is_plain`): the same order (locals, the
    /// value stack, the function, the code), each slot emptied where it
    /// is, and the frame kept with its locals' length, so that the next
    /// call of the same code finds them ready.
    #[inline(never)]
    fn release_plain_frame(&mut self, frame: Box<Frame>) {
        self.release_plain_frame_rooting(frame, None);
    }

    /// `release_frame` of a returning frame, whose result `result` (owned)
    /// stays rooted while anything its release frees runs code.
    #[inline]
    pub(crate) fn release_returning_frame(&mut self, frame: Box<Frame>, result: ObjRef) {
        if C::REFCOUNTED && frame.is_plain() {
            self.release_plain_frame_rooting(frame, Some(result));
        } else {
            self.temp_roots.push(result);
            self.release_any_frame(frame);
            self.temp_roots.pop();
        }
    }

    /// `release_plain_frame`, with `root` (if any) rooted while the
    /// references that die are released (only then: most returns free
    /// nothing).
    #[inline(always)]
    fn release_plain_frame_rooting(&mut self, mut frame: Box<Frame>, root: Option<ObjRef>) {
        let null = self.null;
        let mut rest: Vec<ObjRef> = Vec::new();
        let spare = &mut self.spare_args;
        for slot in frame.fast.iter_mut() {
            if let Some(o) = slot.take() {
                release_in_batch(&mut rest, spare, o);
            }
        }
        for &o in &frame.stack {
            if o != null {
                release_in_batch(&mut rest, spare, o);
            }
        }
        frame.stack.clear();
        if let Some(f) = frame.func.take() {
            release_in_batch(&mut rest, spare, f);
        }
        release_in_batch(&mut rest, spare, frame.code);
        if self.spare_frames.len() < SPARE_BUFFERS {
            frame.blocks.clear();
            self.spare_frames.push(frame);
        }
        if !rest.is_empty() {
            let base = self.temp_roots.len();
            self.temp_roots.extend(root);
            self.decref_all(rest.drain(..));
            self.temp_roots.truncate(base);
            self.recycle_args(rest);
        }
    }

    /// Keep a frame whose references are released or moved out (under
    /// marksweep, simply dropped) for the next call, with its buffers (a
    /// small pool).
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if self.spare_frames.len() < SPARE_BUFFERS {
            frame.fast.clear();
            frame.cells.clear();
            frame.stack.clear();
            frame.blocks.clear();
            frame.locals = None;
            frame.func = None;
            frame.builtins = None;
            frame.on_return = OnReturn::Value;
            frame.frame_obj = None;
            self.spare_frames.push(frame);
        }
    }

    /// A frame running `code` (owned) in `globals` (owned when
    /// `owns_globals`; else borrowed from the function the caller makes
    /// the frame's `func`), from the pool
    /// when a spare one is there: its buffers keep their capacity, so a
    /// call allocates nothing. Its fast locals are unbound; the caller sets
    /// the function, namespaces and cells.
    #[inline(always)]
    pub(crate) fn new_frame(
        &mut self,
        code: ObjRef,
        globals: ObjRef,
        owns_globals: bool,
        on_return: OnReturn,
    ) -> Box<Frame> {
        let obj = code.payload::<CodeObj>();
        let (nfast, nstack) = (obj.shape.nlocals as usize, obj.shape.max_stack as usize);
        // (A fresh frame, when no spare one is left, is set up the same way.)
        let mut f = match self.spare_frames.pop() {
            Some(f) => f,
            None => Self::blank_frame(code, obj),
        };
        // (A spare frame holds no object reference; its `rc` is stale until
        // here, and most often the same code's: a function called in a loop
        // gets its own frame back.)
        f.code = code;
        if f.rc.is_of(obj) {
            f.rc.retarget(obj);
        } else {
            f.rc = super::framestack::CodeRef::new(obj);
        }
        f.globals = globals;
        f.owns_globals = owns_globals;
        f.fast.resize(nfast, None);
        f.stack.reserve(nstack);
        // A spare frame's is `Value` already. (Not copied then: the caller
        // wrote only the enum's tag, and reading all of it back at once
        // stalled on the store, about 2.5% of deltablue.)
        debug_assert!(matches!(f.on_return, OnReturn::Value));
        if !matches!(on_return, OnReturn::Value) {
            f.on_return = on_return;
        }
        f.is_entry = false;
        f.frame_obj = None;
        f
    }

    /// A frame for `new_frame` to set up when no spare one is left (out of
    /// line: the spare path is the one every call in a loop takes), as a
    /// spare one is: holding nothing, its code's `CodeRef` at hand.
    #[inline(never)]
    fn blank_frame(code: ObjRef, obj: &CodeObj) -> Box<Frame> {
        Box::new(Frame {
            code,
            rc: super::framestack::CodeRef::new(obj),
            func: None,
            globals: code,
            owns_globals: false,
            builtins: None,
            locals: None,
            fast: Vec::new(),
            cells: Vec::new(),
            stack: Vec::new(),
            blocks: Vec::new(),
            on_return: OnReturn::Value,
            is_entry: false,
            frame_obj: None,
        })
    }

    /// Release what a call held while its callee's frame ran
    /// (`CallArgsHeld`): the references CPython's `_PyStack_UnpackDict`
    /// took (positional, then keyword values and names), the argument
    /// tuple and keyword dict, then the caller's own references.
    pub(crate) fn release_call_args(&mut self, held: Option<crate::interp::frame::CallArgsHeld>) {
        let Some(held) = held else { return };
        // The commonest, a class call's few positional arguments (no
        // keywords): the same order (the tuple, then the caller's
        // references to its items) from a copy on the Rust stack, taken
        // before the tuple can die.
        const FEW: usize = 8;
        if held.kwargs.is_none() && !held.unpacked && held.receiver.is_none() {
            let items = match held.stack {
                true => crate::types::tuple::tuple_items(held.args).unwrap_or(&[]),
                false => &[],
            };
            if items.len() <= FEW {
                let mut refs = [held.args; FEW + 1];
                refs[1..=items.len()].copy_from_slice(items);
                self.decref_all(refs[..=items.len()].iter().copied());
                return;
            }
        }
        let mut out = self.spare_args();
        Self::call_args_refs(held, &mut out);
        self.decref_all(out.iter().copied());
        self.recycle_args(out);
    }

    /// Push what `release_call_args` releases onto `out`, in its order.
    pub(crate) fn call_args_refs(held: crate::interp::frame::CallArgsHeld, out: &mut Vec<ObjRef>) {
        held.each_extra(Extra::Unpacked, |o| out.push(o));
        out.push(held.args);
        out.extend(held.kwargs);
        held.each_extra(Extra::Stack, |o| out.push(o));
    }
}
