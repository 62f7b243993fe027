//! `_traceback`: the vm's own traceback printer (the text an uncaught
//! exception prints) for the `traceback` module, which is Python
//! (`traceback.py`) around it.

use crate::builtins::check_args;
use crate::object::ObjExt;
use crate::types::exception::ExceptionObject;
use crate::vm::{Args, NativeFn, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let fns: &[(&'static str, NativeFn<C>)] = &[("format", format), ("format_only", format_only)];
    super::new_native_module(vm, "_traceback", fns);
}

/// The exception argument: an exception object, or None (CPython's
/// `NoneType: None`).
fn exception_arg<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<Option<ObjRef>> {
    if o == vm.none {
        return Ok(None);
    }
    if o.get::<ExceptionObject>().is_none() {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!("Exception expected for value, {tn} found")));
    }
    Ok(Some(o))
}

/// `_traceback.format(exc, chain)`: the whole text, traceback and chained
/// exceptions included (or only `exc`'s own when `chain` is false).
fn format<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "format", 2, 2)?;
    let text = match exception_arg(vm, args.pos[0])? {
        None => "NoneType: None\n".to_string(),
        Some(e) => {
            let chain = vm.is_true(args.pos[1])?;
            vm.format_exception_text(e, chain)
        }
    };
    vm.new_string(text)
}

/// `_traceback.format_only(exc)`: the last line, `TypeName: message`.
fn format_only<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "format_only", 1, 1)?;
    let text = match exception_arg(vm, args.pos[0])? {
        None => "NoneType: None".to_string(),
        Some(e) => vm.exception_summary(e),
    };
    vm.new_string(text + "\n")
}
