//! The ouro virtual machine: the object model on the private heap, the
//! interpreter loop, builtins and modules.
//!
//! Entry point: [`run::run_program`] compiles a source file and runs it
//! under a collector chosen by the caller (the CLI picks it once, at
//! start-up; nothing here names a concrete collector).
//!
//! Architecture invariants: every Python object lives on the private heap
//! behind an `ObjHeader`; the vm reaches the collector only through the
//! `Collector` trait; every counted reference held outside the heap is a
//! root (`Vm::visit_roots`), which `--verify-heap` checks.

pub mod attr;
pub mod bootstrap;
pub mod builtins;
pub mod call;
pub mod class;
pub mod constants;
pub mod containers;
pub mod eval;
pub mod exception_group;
pub mod exceptions;
pub mod finalize;
pub mod frame;
pub mod import;
pub mod interp;
pub mod iterators;
pub mod metaclass;
pub mod methods;
pub mod modules;
pub mod numeric;
pub mod object;
pub mod ops;
pub mod patterns;
pub mod protocol;
pub mod repr;
pub mod run;
pub mod slots;
pub mod special_attrs;
pub mod stats;
pub mod subscript;
pub mod suggestions;
pub mod text;
pub mod types;
pub mod vm;

pub use run::{run_interactive_session, run_program, Input};
pub use vm::{Vm, VmConfig};
