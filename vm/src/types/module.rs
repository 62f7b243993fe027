//! Module objects: a name and a globals dict.

use crate::object::{Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};

pub struct ModuleObject {
    pub name: ObjRef,
    pub dict: ObjRef,
}
impl Refs for ModuleObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.name);
        visit(self.dict);
    }
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.dict);
        out.push(self.name);
    }
}
pub static MODULE_VT: TypeVTable =
    crate::object::refs_vtable::<ModuleObject>("module", Tag::Module, true);
payload!(ModuleObject, MODULE_VT);
