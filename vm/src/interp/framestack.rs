//! The stack of running frames, with the top frame's address kept at hand.
//!
//! Nearly every instruction touches the running frame several times (its
//! value stack, its locals, its pc); with a plain `Vec<Box<Frame>>` each
//! touch reloads the vector's length and buffer, checks the length and
//! loads the box. Here the top frame's address is cached beside the vector:
//! one load. Frames are boxed, so the address stays valid while the
//! vector grows; it is refreshed on every push and pop, the only ways the
//! top changes.
//!
//! Likewise a frame's code (`CodeRef`) keeps the address of its
//! instructions beside the `Rc`, and the frame's position in them as the
//! address of the next instruction (not an index): fetching it is one
//! load where `rc.instructions[pc]` takes four and a branch, on every
//! instruction the loop runs.

use super::frame::Frame;
use crate::types::code::CodeObj;
use ouro_compiler::{CodeObject, Instr};
use std::ptr::NonNull;
use std::rc::Rc;

/// A running frame's code object, with its instructions' address at hand.
/// Derefs to the `Rc<CodeObject>`.
pub struct CodeRef {
    rc: Rc<CodeObject>,
    /// `rc.instructions`' buffer.
    instrs: NonNull<Instr>,
    /// The payload of the frame's code object (`Frame::code`), which the
    /// frame holds while it is on the frame stack: its names, constants
    /// and inline caches without the layout check on every instruction.
    obj: NonNull<CodeObj>,
    /// The frame's next instruction: `instrs` plus its pc (`pc`).
    /// Invariant: the pc is one the interpreter may reach (`fetch`) or
    /// one `set_pc` or `skip` made; only the former is ever read.
    ip: *const Instr,
}

impl CodeRef {
    /// The code of the code object `code`, whose constructor checked that
    /// control stays inside its instructions.
    #[inline]
    pub fn new(code: &CodeObj) -> CodeRef {
        let rc = code.code.clone();
        let instrs: NonNull<Instr> = NonNull::from(&rc.instructions[..]).cast();
        CodeRef {
            rc,
            instrs,
            obj: NonNull::from(code),
            ip: instrs.as_ptr(),
        }
    }

    /// Point at `code`, the payload of the code object a reused frame
    /// runs now, whose code this already is (`is_of`), at its start.
    #[inline]
    pub fn retarget(&mut self, code: &CodeObj) {
        debug_assert!(self.is_of(code));
        self.obj = NonNull::from(code);
        self.ip = self.instrs.as_ptr();
    }

    /// The index of the frame's next instruction.
    #[inline]
    pub fn pc(&self) -> usize {
        // (Address arithmetic only: `ip` is `instrs` plus the pc, in units
        // of instructions, whichever pc that is.)
        (self.ip as usize - self.instrs.as_ptr() as usize) / std::mem::size_of::<Instr>()
    }

    /// Continue at instruction `pc`.
    #[inline(always)]
    pub fn set_pc(&mut self, pc: usize) {
        // (`wrapping_add`: computing the address reads nothing; only a pc
        // the loop reaches is read, by `advance`.)
        self.ip = self.instrs.as_ptr().wrapping_add(pc);
    }

    /// Continue at instruction `pc`; true if that is a jump backward (to
    /// the jumping instruction or before it: a loop's).
    #[inline(always)]
    pub fn jump_to(&mut self, pc: usize) -> bool {
        let to: *const Instr = self.instrs.as_ptr().wrapping_add(pc);
        let back = to < self.ip;
        self.ip = to;
        back
    }

    /// The next instruction, not stepped past: the jump that the compiler
    /// fused with the test just run (which is therefore never the last).
    #[inline(always)]
    pub fn following(&self) -> Instr {
        debug_assert!(
            self.pc() < self.rc.instructions.len(),
            "the pc left the code"
        );
        // SAFETY: the running instruction falls through to this one (a
        // fused test, followed by its jump), and the last instruction of
        // every code never falls through (`CodeObj::new` asserted
        // `control_stays_inside`), so `ip` is inside the buffer, which
        // lives while `rc` does (`fetch`).
        unsafe { *self.ip }
    }

    /// Step past the next instruction (the second half of a fused one).
    #[inline(always)]
    pub fn skip(&mut self) {
        self.ip = self.ip.wrapping_add(1);
    }

    /// The address of the next instruction (the interpreter reads only
    /// the fields the instruction has, in its arm), stepped past.
    #[inline(always)]
    pub fn advance(&mut self) -> *const Instr {
        debug_assert!(
            self.pc() < self.rc.instructions.len(),
            "the pc left the code"
        );
        let at = self.ip;
        self.ip = at.wrapping_add(1);
        at
    }

    /// The payload of the running frame's code object (not tied to the
    /// borrow of the frame, as `ObjExt::payload` is not to the handle's:
    /// the code object, which the frame holds, outlives the use).
    #[inline(always)]
    pub fn obj<'a>(&self) -> &'a CodeObj {
        // SAFETY: `obj` is set (`new`, `retarget`) from the payload of the
        // code object the frame makes its `code` at the same time, and the
        // frame holds that object counted while it is on the frame stack
        // (or kept by a generator or frame object, which hold the frame's
        // references); only such a frame's code is read through this (the
        // interpreter's running frame). A spare frame's stale `obj` is
        // retargeted before the frame runs again. Payloads do not move.
        unsafe { self.obj.as_ref() }
    }

    /// Is this the code of the code object `code`? (A spare frame that ran
    /// it keeps its `CodeRef`: called again, nothing is counted.)
    #[inline]
    pub fn is_of(&self, code: &CodeObj) -> bool {
        Rc::ptr_eq(&self.rc, &code.code)
    }

    /// The instruction at `pc`, which the interpreter reached: 0, a jump
    /// or handler target, or one past an instruction that falls through.
    #[inline(always)]
    pub fn fetch(&self, pc: usize) -> Instr {
        debug_assert!(pc < self.rc.instructions.len(), "pc {pc} left the code");
        // SAFETY: `CodeObj::new` asserted `control_stays_inside` of this
        // code (the only way `new` gets one): at least one instruction,
        // every target inside, the last one never falling through; so
        // every pc the loop reaches is below the length. The buffer lives
        // and stays put while `rc` does: `CodeObject` is never mutated
        // behind an `Rc` (no interior mutability; `Rc::get_mut` fails
        // while this clone is held).
        unsafe { *self.instrs.as_ptr().add(pc) }
    }
}

impl std::ops::Deref for CodeRef {
    type Target = Rc<CodeObject>;
    #[inline]
    fn deref(&self) -> &Rc<CodeObject> {
        &self.rc
    }
}

/// Owns its frames: each is a `Box<Frame>` turned into its raw address on
/// `push` and back into the box on `pop` (or on drop), so every access to
/// a frame here goes through that one address.
pub struct FrameStack {
    frames: Vec<NonNull<Frame>>,
    /// The last of `frames`; `None` when empty.
    top: Option<NonNull<Frame>>,
}

impl Default for FrameStack {
    fn default() -> Self {
        FrameStack::new()
    }
}

impl Drop for FrameStack {
    fn drop(&mut self) {
        while self.pop().is_some() {}
    }
}

impl FrameStack {
    pub fn new() -> FrameStack {
        FrameStack {
            frames: Vec::new(),
            top: None,
        }
    }

    #[inline]
    pub fn push(&mut self, frame: Box<Frame>) {
        let p = NonNull::from(Box::leak(frame));
        self.frames.push(p);
        self.top = Some(p);
    }

    #[inline]
    pub fn pop(&mut self) -> Option<Box<Frame>> {
        let p = self.frames.pop()?;
        self.top = self.frames.last().copied();
        // SAFETY: `p` came from `Box::leak` in `push` and has just left
        // `frames`, so this is the one box made of it; no reference handed
        // out by this stack outlives the `&mut self` this takes.
        Some(unsafe { Box::from_raw(p.as_ptr()) })
    }

    #[inline]
    pub fn last(&self) -> Option<&Frame> {
        // SAFETY: every address in `frames` (and `top`, the last of them) is
        // a live leaked box this stack owns until `pop`; the shared borrow
        // of `self` keeps it from being popped while the reference lives.
        self.top.map(|p| unsafe { p.as_ref() })
    }

    #[inline]
    pub fn last_mut(&mut self) -> Option<&mut Frame> {
        // SAFETY: as in `last`; the exclusive borrow of `self` makes this
        // the only reference to the frame while it lives.
        self.top.map(|mut p| unsafe { p.as_mut() })
    }

    /// The top frame, without the check that there is one (the
    /// interpreter's instructions and their stack helpers, which run only
    /// inside `run_loop`: several times per instruction).
    ///
    /// # Safety
    /// The stack must not be empty.
    #[inline(always)]
    pub unsafe fn running(&mut self) -> &mut Frame {
        debug_assert!(self.top.is_some(), "no frame is running");
        // SAFETY: the caller guarantees a frame is on the stack, so `top`
        // is `Some`, and (as in `last_mut`) a live leaked box this stack
        // owns, borrowed exclusively through `self`.
        unsafe { self.top.unwrap_unchecked().as_mut() }
    }

    /// `running`, shared.
    ///
    /// # Safety
    /// The stack must not be empty.
    #[inline(always)]
    pub unsafe fn running_ref(&self) -> &Frame {
        debug_assert!(self.top.is_some(), "no frame is running");
        // SAFETY: as in `running`; the shared borrow of `self` keeps the
        // frame from being popped while the reference lives (`last`).
        unsafe { self.top.unwrap_unchecked().as_ref() }
    }

    /// The address of the running frame's next instruction, stepped past
    /// (the head of the interpreter loop: no check on the way, so that the
    /// compiler can copy this whole fetch-and-dispatch into the end of
    /// every instruction's code). It stays valid while the frame is on the
    /// stack: the frame holds its code (`CodeRef::fetch`).
    ///
    /// # Safety
    /// The stack must not be empty.
    #[inline(always)]
    pub unsafe fn next_instr(&mut self) -> *const Instr {
        debug_assert!(self.top.is_some(), "no frame is running");
        // SAFETY: the caller guarantees a frame is on the stack, so `top`
        // is `Some`, and (as in `last_mut`) a live leaked box this stack
        // owns, borrowed exclusively through `self`.
        let f = unsafe { self.top.unwrap_unchecked().as_mut() };
        f.rc.advance()
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.frames.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    pub fn iter(&self) -> impl DoubleEndedIterator<Item = &Frame> + ExactSizeIterator {
        // SAFETY: as in `last`, for each frame.
        self.frames.iter().map(|p| unsafe { p.as_ref() })
    }

    pub fn get_mut(&mut self, i: usize) -> Option<&mut Frame> {
        // SAFETY: as in `last_mut`, for the i-th frame.
        self.frames.get_mut(i).map(|p| unsafe { p.as_mut() })
    }
}

impl std::ops::Index<usize> for FrameStack {
    type Output = Frame;
    fn index(&self, i: usize) -> &Frame {
        // SAFETY: as in `last`, for the i-th frame.
        unsafe { self.frames[i].as_ref() }
    }
}

impl std::ops::IndexMut<usize> for FrameStack {
    fn index_mut(&mut self, i: usize) -> &mut Frame {
        // SAFETY: as in `last_mut`, for the i-th frame.
        unsafe { self.frames[i].as_mut() }
    }
}
