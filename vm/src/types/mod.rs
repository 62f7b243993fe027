//! The builtin types, one file each (CPython's `Objects/`): its payload
//! struct, its static vtable (`traverse`, `clear`, `drop_payload`), its
//! allocation helpers and its Python-level methods. `str` and `bytes`, the
//! largest, are directories (layout in `mod.rs`, methods beside it).
//! `object.rs` holds the methods every object has (and those of `type`,
//! exceptions and `property`), `ctors.rs` the constructors of the builtin
//! types, and `slot_wrappers.rs` the dunders of builtin types as callable
//! attributes (`[].__len__`).

pub mod exception_group;

pub mod asyncgen;
pub mod awaitable;
pub mod bytearray;
pub mod bytes;
pub mod cell;
pub mod code;
pub mod complex;
pub mod ctors;
pub mod deque;
pub mod deque_ops;
pub mod dict;
pub mod dictkeys;
pub mod exception;
pub mod frameobj;
pub mod function;
pub mod generator;
pub mod instance;
pub mod iter;
pub mod iter_ctors;
pub mod list;
pub mod listsort;
pub mod module;
pub mod object;
pub mod partial;
pub mod scalar;
pub mod set;
pub mod sharedkeys;
pub mod slot_wrappers;
pub mod str;
pub mod subclass;
pub mod tuple;
pub mod typeobj;
pub mod weakref;

use crate::vm::Vm;
use ouro_gc_core::Collector;

/// Register every builtin method on its type.
pub fn register_all<C: Collector>(vm: &mut Vm<C>) {
    object::register(vm);
    frameobj::install(vm);
    bytes::methods::register(vm);
    crate::protocol::slots::register(vm);
    list::register(vm);
    list::register_range(vm);
    dict::register(vm);
    set::register(vm);
    str::methods::register(vm);
    scalar::register(vm);
    slot_wrappers::register(vm);
    generator::register(vm);
    asyncgen::register(vm);
    crate::types::exception_group::register(vm);
    subclass::register(vm);
    crate::protocol::metaclass::register(vm);
    bytearray::register(vm);
    deque::register(vm);
    partial::register(vm);
    complex::register(vm);
    slot_wrappers::register_reprs(vm);
    crate::builtins::install_type_docs(vm);
}
