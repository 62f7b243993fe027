//! Frame objects: what remains on the heap of a frame that an exception
//! unwound through. The traceback entry for that frame owns it, so the
//! frame's locals stay alive until the exception dies — as CPython's frame
//! objects keep them alive through `__traceback__`.

use crate::object::{Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::RefCell;

pub struct FrameObject {
    /// The frame's locals and cells, in the order a running frame releases
    /// them.
    pub locals: RefCell<Vec<ObjRef>>,
}

impl Refs for FrameObject {
    fn traverse(&self, visit: Visit<'_>) {
        for &o in self.locals.borrow().iter() {
            visit(o);
        }
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.append(&mut self.locals.borrow_mut());
    }
}
pub static FRAME_VT: TypeVTable =
    crate::object::refs_vtable::<FrameObject>("frame", Tag::Frame, true);
payload!(FrameObject, FRAME_VT);
