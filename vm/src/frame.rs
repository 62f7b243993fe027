//! Frames: one per running Python function, module or class body, kept on
//! the vm's frame stack (not on the object heap). A Python-to-Python call
//! pushes a frame and the same interpreter loop continues with it, so
//! Python recursion never recurses on the Rust stack.

use ouro_compiler::CodeObject;
use ouro_gc_core::{ObjRef, Visit};
use std::rc::Rc;

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
    /// instance (and `__init__` must have returned None).
    Init(ObjRef),
    /// The frame ran a class body (its namespace is `locals`).
    ClassBody,
}

/// Invariant: every `ObjRef` in a frame except the NULL sentinel on the
/// value stack is a counted reference owned by the frame; `visit_refs`
/// visits each of them once.
pub struct Frame {
    pub code: ObjRef,
    pub rc: Rc<CodeObject>,
    pub func: Option<ObjRef>,
    pub globals: ObjRef,
    /// The namespace of module and class bodies.
    pub locals: Option<ObjRef>,
    pub fast: Vec<Option<ObjRef>>,
    /// Cell objects: the code's cellvars, then its freevars.
    pub cells: Vec<ObjRef>,
    pub stack: Vec<ObjRef>,
    pub blocks: Vec<Block>,
    pub pc: usize,
    pub on_return: OnReturn,
    /// Set when the loop that must return this frame's result to Rust code
    /// is a nested one (a call from native code).
    pub is_entry: bool,
}

impl Frame {
    pub fn visit_refs(&self, null: ObjRef, visit: Visit<'_>) {
        visit(self.code);
        visit(self.globals);
        for o in self
            .func
            .iter()
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
        if let OnReturn::Init(o) = self.on_return {
            visit(o);
        }
    }

    /// Move every reference out in the order `Vm::release_frame` releases
    /// them (CPython's `_PyFrame_Clear`): locals, cells, the value stack,
    /// the namespace, function, globals and code.
    pub fn release_into(mut self, null: ObjRef, out: &mut Vec<ObjRef>) {
        out.extend(self.fast.drain(..).flatten());
        out.append(&mut self.cells);
        out.extend(self.stack.drain(..).filter(|&v| v != null));
        out.extend(self.locals.take());
        out.extend(self.func.take());
        out.push(self.globals);
        out.push(self.code);
        if let OnReturn::Init(o) = self.on_return {
            out.push(o);
        }
    }

    /// The source line being executed.
    pub fn line(&self) -> u32 {
        self.rc.line_of(self.pc.saturating_sub(1))
    }
}
