//! Running `__del__` when an object is about to die.
//!
//! Called by the collector (through `Runtime::finalize`) for every object
//! whose count reached zero or that a tracing collector found unreachable.
//! A finalizer runs at most once per object (PEP 442): the FINALIZED header
//! bit records that it ran, so a resurrected object that dies again is
//! simply freed. An exception in `__del__` is printed as CPython does
//! ("Exception ignored in: ...") and otherwise ignored.

use crate::object::{ObjExt, Tag};
use crate::types::exception::ExceptionObject;
use crate::types::instance::InstanceObject;
use crate::types::typeobj::TypeObject;
use crate::vm::Vm;
use ouro_gc_core::{Collector, ObjRef};

/// Can `obj`'s layout have a finalizer `run_finalizer` runs (an instance,
/// exception, generator, class or builtin subclass)? Asked inline before
/// the call, which every other death skips.
#[inline]
pub fn may_have_finalizer(obj: ObjRef) -> bool {
    matches!(
        obj.tag(),
        Tag::Instance | Tag::Exception | Tag::Generator | Tag::Type | Tag::Subclass
    )
}

/// Run `obj`'s `__del__` if it has one that has not run; true if it ran.
/// `from_dealloc`: its count just reached zero, and it is marked
/// finalized once `__del__` returns (a collection marks it first).
pub fn run_finalizer<C: Collector>(vm: &mut Vm<C>, obj: ObjRef, from_dealloc: bool) -> bool {
    let cls = match obj.tag() {
        Tag::Instance => obj.payload::<InstanceObject>().class.get(),
        Tag::Exception => obj.payload::<ExceptionObject>().class.get(),
        Tag::Generator => return finalize_generator(vm, obj),
        // A class whose metaclass defines `__del__`.
        Tag::Type => vm.type_of(obj),
        Tag::Subclass => match crate::object::sub_ext(obj).class.get() {
            Some(c) => c,
            None => return false,
        },
        _ => return false,
    };
    if !cls.payload::<TypeObject>().has_del.get() || obj.is_finalized() || !vm.finalizers_enabled {
        return false;
    }
    let del = vm.names.del;
    let Some(f) = vm.lookup_type_attr(cls, del) else {
        obj.set_finalized(true);
        return false;
    };
    if !from_dealloc {
        obj.set_finalized(true);
    }
    // From deallocation the object is temporarily alive again while its
    // finalizer runs (as in CPython's PyObject_CallFinalizerFromDealloc):
    // count 1, held here. A collection's caller holds it already (the
    // INCREF of `finalize_garbage`). (A collector without counts keeps its
    // mark in that word: untouched.)
    let resurrect = C::REFCOUNTED && from_dealloc;
    if resurrect {
        obj.set_refcnt(obj.refcnt() + 1);
    }
    if from_dealloc {
        vm.with_roots(&[obj], |vm| vm.call_unraisable(f, &[obj]));
    } else {
        // (Rooted, and counted, by the caller: a collection's pending
        // list, or the values `finalize_globals` holds.)
        vm.call_unraisable(f, &[obj]);
    }
    obj.set_finalized(true);
    // Drop the temporary reference without recursing into deallocation:
    // the collector re-checks the count when we return.
    if resurrect {
        obj.set_refcnt(obj.refcnt() - 1);
    }
    true
}

/// A generator that has not finished is closed when it dies (CPython's
/// `_PyGen_Finalize`, a `tp_finalize`: at most once, like `__del__`).
fn finalize_generator<C: Collector>(vm: &mut Vm<C>, g: ObjRef) -> bool {
    use crate::types::generator::{GenState, GeneratorObject};
    let state = g.payload::<GeneratorObject>().state.get();
    if matches!(state, GenState::Finished | GenState::Running)
        || g.is_finalized()
        || !vm.finalizers_enabled
    {
        return false;
    }
    g.set_finalized(true);
    if C::REFCOUNTED {
        g.set_refcnt(g.refcnt() + 1);
    }
    vm.with_roots(&[g], |vm| {
        // A generator's weak references go before it is closed (CPython's
        // `gen_dealloc` clears them first; instances finalize first).
        let wrs = crate::modules::weakref::clear_for_death(vm, g);
        crate::modules::weakref::call_callbacks(vm, wrs, true);
        vm.finalize_generator(g)
    });
    if C::REFCOUNTED {
        g.set_refcnt(g.refcnt() - 1);
    }
    true
}
