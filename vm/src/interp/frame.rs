//! Frames: one per running Python function, module or class body, kept on
//! the vm's frame stack (not on the object heap). A Python-to-Python call
//! pushes a frame and the same interpreter loop continues with it, so
//! Python recursion never recurses on the Rust stack.

use ouro_gc_core::{ObjRef, Visit};

/// An exception handler pushed by `SetupFinally`.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    pub handler: u32,
    pub depth: u32,
}

/// What the caller gets when the frame returns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnReturn {
    /// The returned value.
    Value,
    /// The frame ran `__init__` for a new instance: the result is the
    /// instance (and `__init__` must have returned None). With what
    /// `type.__call__` holds for the call (its argument tuple and dict,
    /// and the caller's references), released after the frame.
    Init(ObjRef, Option<CallArgsHeld>),
    /// The frame ran a class body (its namespace is `locals`).
    ClassBody,
    /// The frame was called by `f(*args, **kwargs)`, whose argument tuple
    /// and keyword dict the caller holds until the call returns (CPython's
    /// `CALL_FUNCTION_EX`); released after the frame.
    CallArgs(CallArgsHeld),
}

/// What a call holds while the callee's frame runs (owned references):
/// `f(*args, **kwargs)`'s argument tuple and keyword dict, or the ones
/// `type.__call__` makes for `__init__`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CallArgsHeld {
    pub args: ObjRef,
    pub kwargs: Option<ObjRef>,
    /// A non-empty keyword dict: every argument also holds one more
    /// reference, and each keyword name one (CPython's
    /// `_PyStack_UnpackDict`).
    pub unpacked: bool,
    /// The caller's own references to the arguments (its value stack's):
    /// one more to each item of `args` and each value of `kwargs`.
    pub stack: bool,
    /// `__init__` called by `type.__call__` with keywords: the instance,
    /// which `slot_tp_init` prepends to the unpacked arguments (one more
    /// reference, released with them).
    pub receiver: Option<ObjRef>,
}

impl CallArgsHeld {
    /// Call `f` on each extra reference this holds to the arguments, in
    /// the order they are released: the unpacked ones (positional, then
    /// each keyword's value and name), then the caller's (positional,
    /// then keyword values). Allocates nothing without keywords.
    pub fn each_extra(&self, which: Extra, mut f: impl FnMut(ObjRef)) {
        let items = crate::types::tuple::tuple_items(self.args).unwrap_or(&[]);
        let entries = || {
            self.kwargs
                .and_then(crate::types::dict::dict_of)
                .map(|d| d.snapshot())
                .unwrap_or_default()
        };
        if self.unpacked && which != Extra::Stack {
            self.receiver.into_iter().for_each(&mut f);
            items.iter().copied().for_each(&mut f);
            for e in entries() {
                f(e.value);
                f(e.key);
            }
        }
        if self.stack && which != Extra::Unpacked {
            items.iter().copied().for_each(&mut f);
            entries().iter().for_each(|e| f(e.value));
        }
    }
}

/// Which of a call's extra references (`CallArgsHeld::each_extra`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Extra {
    /// The references unpacking the keywords took.
    Unpacked,
    /// The caller's own.
    Stack,
    /// Both, unpacked first.
    All,
}

impl OnReturn {
    /// What the caller holds for the call, if anything.
    pub fn held(&self) -> Option<CallArgsHeld> {
        match *self {
            OnReturn::CallArgs(h) | OnReturn::Init(_, Some(h)) => Some(h),
            _ => None,
        }
    }

    /// The references this holds (owned by the frame), but for the
    /// extra ones of `held` (`CallArgsHeld::each_extra`).
    pub(crate) fn refs(&self) -> impl Iterator<Item = ObjRef> {
        let inst = match *self {
            OnReturn::Init(o, _) => Some(o),
            _ => None,
        };
        let held = self.held();
        inst.into_iter()
            .chain(held.map(|h| h.args))
            .chain(held.and_then(|h| h.kwargs))
    }

    /// Take what the caller holds for the call out (its release is the
    /// caller's, after the frame's).
    pub fn take_held(&mut self) -> Option<CallArgsHeld> {
        let held = self.held()?;
        *self = match *self {
            OnReturn::Init(o, _) => OnReturn::Init(o, None),
            _ => OnReturn::Value,
        };
        Some(held)
    }
}

/// Invariant: every `ObjRef` in a frame except the NULL sentinel on the
/// value stack, and `globals` when `owns_globals` is false, is a counted
/// reference owned by the frame; `visit_refs` visits each of them once.
/// A function's frame borrows its globals from the function (CPython
/// 3.11's `_PyInterpreterFrame` holds no reference to `f_globals`), which
/// the function holds for as long as the frame can run.
pub struct Frame {
    pub code: ObjRef,
    pub rc: super::framestack::CodeRef,
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    /// Is `globals` a reference of the frame's own? (Not for a function's
    /// frame, which borrows its function's.)
    pub owns_globals: bool,
    /// The builtins of a frame without a function (module bodies, `exec`,
    /// `eval`) when its globals' `__builtins__` names others than the
    /// builtins module's (owned); a function's frame uses its function's.
    pub builtins: Option<ObjRef>,
    /// The namespace of module and class bodies.
    pub locals: Option<ObjRef>,
    pub fast: Vec<Option<ObjRef>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    pub stack: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    pub on_return: OnReturn,
    /// Set when the loop that must return this frame's result to Rust code
    /// is a nested one (a call from native code).
    pub is_entry: bool,
    /// This frame's frame object (owned), once something asked for it
    /// (`types/frameobj.rs`).
    pub frame_obj: Option<ObjRef>,
}

impl Frame {
    pub fn visit_refs(&self, null: ObjRef, visit: Visit<'_>) {
        visit(self.code);
        if self.owns_globals {
            visit(self.globals);
        }
        for o in self
            .func
            .iter()
            .chain(self.builtins.iter())
            .chain(self.locals.iter())
            .chain(self.fast.iter().flatten())
        {
            visit(*o);
        }
        for &c in &self.cells {
            visit(c);
        }
        for &v in &self.stack {
            if v != null {
                visit(v);
            }
        }
        for o in self.on_return.refs() {
            visit(o);
        }
        if let Some(h) = self.on_return.held() {
            h.each_extra(Extra::All, &mut *visit);
        }
        if let Some(f) = self.frame_obj {
            visit(f);
        }
    }

    /// Move the frame's slots out in CPython's order of `localsplus`:
    /// the fast locals, where a parameter that is a cell is released in
    /// its parameter's place; then the other cells and the free
    /// variables; then the value stack.
    pub fn release_slots_into(&mut self, null: ObjRef, out: &mut Vec<ObjRef>) {
        if self.cells.is_empty() || self.rc.cell2arg.iter().all(Option::is_none) {
            out.extend(self.fast.drain(..).flatten());
            out.append(&mut self.cells);
        } else {
            let rc = self.rc.clone();
            let mut cells: Vec<Option<ObjRef>> = self.cells.drain(..).map(Some).collect();
            for (i, slot) in self.fast.drain(..).enumerate() {
                let arg_cell = rc.cell2arg.iter().position(|&a| a == Some(i as u32));
                out.extend(arg_cell.and_then(|j| cells.get_mut(j)?.take()));
                out.extend(slot);
            }
            out.extend(cells.into_iter().flatten());
        }
        out.extend(self.stack.drain(..).filter(|&v| v != null));
    }

    /// Move every reference of a frame a frame object owns out, in
    /// CPython's `frame_dealloc` order: the function, the locals
    /// namespace, the slots, then globals and code.
    pub fn release_owned_into(mut self, null: ObjRef, out: &mut Vec<ObjRef>) {
        out.extend(self.func.take());
        out.extend(self.locals.take());
        self.release_slots_into(null, out);
        if self.owns_globals {
            out.push(self.globals);
        }
        out.extend(self.builtins.take());
        out.push(self.code);
        out.extend(self.on_return.refs());
        out.extend(self.frame_obj.take());
    }

    /// Move every reference out in the order `Vm::release_frame` releases
    /// them (CPython's `_PyFrame_Clear`): locals, cells, the value stack,
    /// the namespace, function, globals and code.
    pub fn release_into(mut self, null: ObjRef, out: &mut Vec<ObjRef>) {
        out.extend(self.frame_obj.take());
        self.release_slots_into(null, out);
        out.extend(self.locals.take());
        out.extend(self.func.take());
        if self.owns_globals {
            out.push(self.globals);
        }
        out.extend(self.builtins.take());
        out.push(self.code);
        out.extend(self.on_return.refs());
    }

    /// A function's frame that owns nothing but its slots, function and
    /// code: no frame object, cells, namespace, builtins or globals of its
    /// own, and nothing its caller holds for the call.
    #[inline]
    pub fn is_plain(&self) -> bool {
        self.frame_obj.is_none()
            && self.cells.is_empty()
            && self.locals.is_none()
            && self.builtins.is_none()
            && !self.owns_globals
            && matches!(self.on_return, OnReturn::Value)
    }

    /// The index of the next instruction (kept as its address in `rc`).
    #[inline]
    pub fn pc(&self) -> usize {
        self.rc.pc()
    }

    /// Continue at instruction `pc`.
    #[inline(always)]
    pub fn set_pc(&mut self, pc: usize) {
        self.rc.set_pc(pc);
    }

    /// The source line being executed (the `def` line before the first
    /// instruction, as for a generator not yet started).
    pub fn line(&self) -> u32 {
        match self.pc() {
            0 => self.rc.first_line,
            pc => self.rc.line_of(pc - 1),
        }
    }
}
