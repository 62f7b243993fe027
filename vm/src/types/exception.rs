//! Exception instances: BaseException and every subclass, builtin or user.

use crate::object::{take_opt, Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::{Cell, RefCell};

pub struct ExceptionObject {
    pub class: Cell<ObjRef>,
    pub dict: Cell<Option<ObjRef>>,
    /// `e.args`, a tuple.
    pub args: Cell<ObjRef>,
    /// `__traceback__`: the outermost traceback object, whose `tb_next`
    /// chain leads to the frame that raised (`types/frameobj.rs`).
    pub traceback: Cell<Option<ObjRef>>,
    pub cause: Cell<Option<ObjRef>>,
    pub context: Cell<Option<ObjRef>>,
    pub suppress_context: Cell<bool>,
    /// An exception group's `(message, exceptions)`, a tuple whose second
    /// item is the tuple of sub-exceptions (`exception_group.rs`).
    pub group: Cell<Option<ObjRef>>,
    /// A NameError's "Did you mean" name, found when it was raised (the
    /// frame's names are gone by the time it is printed).
    pub suggestion: RefCell<Option<Box<str>>>,
    /// `StopIteration.value` or `SystemExit.code`: a member of its own,
    /// set from the arguments at `__init__` and settable apart from them.
    pub member: Cell<Option<ObjRef>>,
}

impl ExceptionObject {
    /// An exception group's message and sub-exceptions (borrowed).
    pub fn group_parts(&self) -> Option<(ObjRef, &[ObjRef])> {
        let g = self.group.get()?;
        let parts = crate::types::tuple::tuple_items(g)?;
        let excs = crate::types::tuple::tuple_items(parts[1])?;
        Some((parts[0], excs))
    }
}

impl Refs for ExceptionObject {
    /// CPython's subtype_traverse then BaseException_traverse: the class,
    /// then the dict, the arguments, the traceback and the links.
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.class.get());
        if let Some(m) = self.member.get() {
            visit(m);
        }
        if let Some(d) = self.dict.get() {
            visit(d);
        }
        visit(self.args.get());
        for o in [
            self.traceback.get(),
            self.cause.get(),
            self.context.get(),
            self.group.get(),
        ]
        .into_iter()
        .flatten()
        {
            visit(o);
        }
    }
    /// CPython's BaseException_clear: dict, traceback, cause, context
    /// (and BaseExceptionGroup_clear: message and exceptions).
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        take_opt(&self.member, out);
        take_opt(&self.dict, out);
        take_opt(&self.traceback, out);
        take_opt(&self.cause, out);
        take_opt(&self.context, out);
        take_opt(&self.group, out);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        take_opt(&self.member, out);
        take_opt(&self.dict, out);
        out.push(self.args.get());
        take_opt(&self.traceback, out);
        take_opt(&self.cause, out);
        take_opt(&self.context, out);
        take_opt(&self.group, out);
        out.push(self.class.get());
    }
}
pub static EXCEPTION_VT: TypeVTable =
    crate::object::refs_vtable::<ExceptionObject>("BaseException", Tag::Exception, true);
payload!(ExceptionObject, EXCEPTION_VT);
