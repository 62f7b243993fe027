//! One file per builtin layout: its payload struct, its static vtable
//! (`traverse`, `clear`, `drop_payload`) and its allocation helpers.
//! Python-level methods of most builtin types live in `crate::methods`;
//! newer types (`generator`) keep them in their own file.

pub mod asyncgen;
pub mod bytearray;
pub mod cell;
pub mod code;
pub mod complex;
pub mod dict;
pub mod dictkeys;
pub mod exception;
pub mod frameobj;
pub mod function;
pub mod generator;
pub mod instance;
pub mod iter;
pub mod list;
pub mod module;
pub mod scalar;
pub mod set;
pub mod str;
pub mod subclass;
pub mod tuple;
pub mod typeobj;
pub mod weakref;
