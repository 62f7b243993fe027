//! The core every collector shares: the object header, the type vtable, the
//! object heap, the `Collector` trait (the only door between the vm and a
//! collector), and the heap verifier.
//!
//! Architecture invariants: this crate knows object headers and vtables,
//! never Python types; no collector crate depends on the vm; collectors see
//! objects only through `ObjRef` and `TypeVTable`.

pub mod collector;
pub mod gclist;
pub mod generations;
pub mod header;
pub mod heap;
pub mod verify;
pub mod vtable;

pub use collector::{Collector, GcConfig, GcStats, Outcome, Reason, Runtime, CASCADE_MIN};
pub use gclist::GcList;
pub use generations::{GenStats, Generations, GENERATIONS};
pub use header::{flags, GcHead, ObjHeader, ObjRef, GC_HEAD_SIZE, HEADER_SIZE};
pub use heap::{AllocError, FreeCause, Heap, ObjectStats, TAIL_WORD};
pub use vtable::{Tracking, TypeVTable, Visit};
