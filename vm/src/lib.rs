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

pub mod alloc;
pub mod bootstrap;
pub mod builtins;
pub mod gclog;
pub mod heapsnap;
pub mod interp;
pub mod modules;
pub mod new_objects;
pub mod object;
pub mod protocol;
pub mod run;
pub mod stats;
pub mod text;
pub mod types;
pub mod vm;

pub use run::{run_interactive_session, run_program, Input};
pub use vm::{Vm, VmConfig};
