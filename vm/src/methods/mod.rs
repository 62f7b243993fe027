//! Python-level methods of the builtin types, one file per family, and the
//! constructors of the builtin types.

pub mod bytes;
pub mod bytes_more;
pub mod ctors;
pub mod dict;
pub mod dunders;
pub mod list;
pub mod number;
pub mod object;
pub mod set;
pub mod str_format;
pub mod str_methods;

use crate::vm::Vm;
use ouro_gc_core::Collector;

/// Register every builtin method on its type.
pub fn register_all<C: Collector>(vm: &mut Vm<C>) {
    object::register(vm);
    crate::types::frameobj::install(vm);
    bytes::register(vm);
    crate::slots::register(vm);
    list::register(vm);
    list::register_range(vm);
    dict::register(vm);
    set::register(vm);
    str_methods::register(vm);
    number::register(vm);
    dunders::register(vm);
    crate::types::generator::register(vm);
    crate::types::asyncgen::register(vm);
    crate::exception_group::register(vm);
    crate::types::subclass::register(vm);
    crate::metaclass::register(vm);
    crate::types::bytearray::register(vm);
    crate::types::complex::register(vm);
}
