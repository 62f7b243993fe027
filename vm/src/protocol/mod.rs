//! The object protocol (CPython's `Objects/abstract.c`, `object.c`,
//! `typeobject.c`): what the interpreter does to any object — attributes,
//! operators and arithmetic, sequences and mappings, iteration, `repr`,
//! building containers, classes and metaclasses, `__slots__`, finalizers.
//! Builtin types are handled in Rust first; user classes through their
//! dunder methods.

pub mod attr;
pub mod class;
pub mod compare;
pub mod containers;
pub mod finalize;
pub mod inline_values;
pub mod iterators;
pub mod metaclass;
pub mod numeric;
pub mod ops;
pub mod range;
pub mod repr;
pub mod sequence;
pub mod sets;
pub mod slots;
pub mod special_attrs;
pub mod subscript;
