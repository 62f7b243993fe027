//! Code objects on the heap: the compiler's `CodeObject` plus its constants
//! and names materialised as heap objects (so `x = 300; y = 300` share one
//! int object, as in CPython).

use crate::object::{Refs, Tag};
use crate::payload;
use ouro_compiler::CodeObject;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;
use std::rc::Rc;

pub struct CodeObj {
    pub code: Rc<CodeObject>,
    consts: Cell<Box<[ObjRef]>>,
    names: Cell<Box<[ObjRef]>>,
}

impl CodeObj {
    pub fn new(code: Rc<CodeObject>, consts: Box<[ObjRef]>, names: Box<[ObjRef]>) -> CodeObj {
        CodeObj {
            code,
            consts: Cell::new(consts),
            names: Cell::new(names),
        }
    }

    #[inline]
    pub fn consts(&self) -> &[ObjRef] {
        // SAFETY: the boxed slices are replaced only by `clear`, when the
        // code object dies; until then they are never mutated.
        unsafe { &*self.consts.as_ptr() }
    }

    #[inline]
    pub fn names(&self) -> &[ObjRef] {
        // SAFETY: as for `consts`.
        unsafe { &*self.names.as_ptr() }
    }
}

impl Refs for CodeObj {
    fn traverse(&self, visit: Visit<'_>) {
        for &c in self.consts().iter().chain(self.names()) {
            visit(c);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.consts.take().iter());
        out.extend(self.names.take().iter());
    }
}
pub static CODE_VT: TypeVTable = crate::object::refs_vtable::<CodeObj>("code", Tag::Code, false);
payload!(CodeObj, CODE_VT);
