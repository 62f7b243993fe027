//! `VmConfig::max_steps`, the fuzzers' bound on a program's running time:
//! once the budget is spent the program ends with a RuntimeError that no
//! handler can catch, under every collector, with the heap fully released.

use ouro_gc_core::Collector;
use ouro_vm::{run_program, VmConfig};

fn run<C: Collector>(source: &str) -> i32 {
    let config = VmConfig {
        verify_heap: true,
        max_steps: Some(500),
        ..VmConfig::default()
    };
    // The interpreter nests native loops: run it on a large stack as the
    // command line does.
    let source = source.to_string();
    std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run_program::<C>(config, &source, "<test>"))
        .unwrap()
        .join()
        .unwrap()
}

fn every_collector(source: &str) -> [i32; 3] {
    [
        run::<ouro_gc_refcount::RefCount>(source),
        run::<ouro_gc_generational::Generational>(source),
        run::<ouro_gc_marksweep::MarkSweep>(source),
    ]
}

#[test]
fn an_endless_loop_that_catches_everything_ends() {
    let source = "
while True:
    try:
        while True:
            pass
    except BaseException:
        pass
";
    assert_eq!(every_collector(source), [1; 3]);
}

#[test]
fn endless_recursion_through_handlers_ends() {
    let source = "
def f(x):
    try:
        return f([x])
    except BaseException:
        return f([x, x])
f(0)
";
    assert_eq!(every_collector(source), [1; 3]);
}

#[test]
fn a_finalizer_that_never_returns_does_not_stop_the_end() {
    let source = "
class A:
    def __del__(self):
        while True:
            pass
keep = []
while True:
    try:
        a = A()
        a.me = a
        keep.append(A())
        del a
    finally:
        keep.clear()
";
    assert_eq!(every_collector(source), [1; 3]);
}

#[test]
fn a_program_within_the_budget_is_unaffected() {
    let source = "
total = 0
for i in range(100):
    total += i
assert total == 4950
";
    assert_eq!(every_collector(source), [0; 3]);
}
