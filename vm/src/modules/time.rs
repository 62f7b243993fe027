//! The `time` module's clocks and `sleep` (what programs time themselves
//! with); the calendar functions (`localtime`, `strftime`, ...) are
//! Python, in `_timecal.py`, imported when first used.

use crate::builtins::check_args;
use crate::object::{ObjExt, Tag};
use crate::vm::{Args, NativeFn, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let fns: &[(&'static str, NativeFn<C>)] = &[
        ("time", time),
        ("time_ns", time_ns),
        ("perf_counter", monotonic),
        ("perf_counter_ns", monotonic_ns),
        ("monotonic", monotonic),
        ("monotonic_ns", monotonic_ns),
        ("process_time", monotonic),
        ("process_time_ns", monotonic_ns),
        ("sleep", sleep),
        ("__getattr__", lazy_attr),
    ];
    super::new_native_module(vm, "time", fns);
}

/// `time`'s PEP 562 `__getattr__`: the calendar functions, written in
/// Python in `_timecal`.
fn lazy_attr<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "__getattr__", 1, 1)?;
    super::lazy_attr_from(vm, "time", "_timecal", args.pos[0])
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// Time since the first use of a monotonic clock in this process.
fn elapsed() -> Duration {
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

fn time<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "time.time", 0, 0)?;
    vm.new_float(since_epoch().as_secs_f64())
}

fn time_ns<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "time.time_ns", 0, 0)?;
    vm.new_bigint(since_epoch().as_nanos().into())
}

fn monotonic<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "time.monotonic", 0, 0)?;
    vm.new_float(elapsed().as_secs_f64())
}

fn monotonic_ns<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "time.monotonic_ns", 0, 0)?;
    vm.new_bigint(elapsed().as_nanos().into())
}

fn sleep<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "time.sleep", 1, 1)?;
    let s = args.pos[0];
    let secs = match s.tag() {
        Tag::Float => s.payload::<crate::types::scalar::FloatObject>().0,
        Tag::Int | Tag::Bool => {
            let i = crate::types::scalar::int_of(s).expect("an int");
            vm.int_to_f64(i)?
        }
        _ => {
            let tn = vm.type_name(s);
            return Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")));
        }
    };
    if secs.is_nan() {
        return Err(vm.value_error("Invalid value NaN (not a number)".into()));
    }
    if secs < 0.0 {
        return Err(vm.value_error("sleep length must be non-negative".into()));
    }
    vm.flush_stdout();
    std::thread::sleep(Duration::from_secs_f64(secs.min(1e9)));
    Ok(vm.new_none())
}
