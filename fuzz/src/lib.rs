//! Shared parts of ouro's `cargo fuzz` targets: running a program under a
//! collector with a step and heap budget, and the structured program
//! generator of the `run` target (`gen`).

pub mod gen;

use ouro_gc_core::Collector;
use ouro_vm::VmConfig;

/// The private heap's cap for a fuzzed program: past it, MemoryError.
pub const MAX_HEAP: usize = 32 << 20;

/// Safepoints and frame entries a fuzzed program may use before it is ended
/// by a RuntimeError no handler catches.
pub const MAX_STEPS: u64 = 4000;

/// The status `ouro` exits with when the heap failed verification or bytes
/// were still in use after teardown (EX_SOFTWARE): a vm bug.
const VM_BUG: i32 = 70;

/// The collectors, by the index a fuzz input picks.
pub const COLLECTORS: [&str; 3] = ["refcount", "generational", "marksweep"];

/// Run `source` under the collector `COLLECTORS[which % 3]`, with
/// `--verify-heap` always and `--stress-gc` when `stress`; panics (a fuzz
/// finding) if the vm reports a heap it cannot account for. A Rust panic or
/// a crash inside the vm is a finding by itself.
pub fn run(source: &str, which: u8, stress: bool) {
    let config = VmConfig {
        verify_heap: true,
        stress,
        max_heap: Some(MAX_HEAP),
        max_steps: Some(MAX_STEPS),
        ..VmConfig::default()
    };
    let source = source.to_string();
    let name = COLLECTORS[which as usize % COLLECTORS.len()];
    // The vm nests native loops for calls from native code (finalizers,
    // reprs, sort keys), as `ouro` does on its own large-stack thread.
    let worker = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || match name {
            "refcount" => run_with::<ouro_gc_refcount::RefCount>(config, &source),
            "generational" => run_with::<ouro_gc_generational::Generational>(config, &source),
            _ => run_with::<ouro_gc_marksweep::MarkSweep>(config, &source),
        })
        .expect("spawn the vm thread");
    let status = worker.join().expect("the vm thread panicked");
    assert_ne!(
        status, VM_BUG,
        "ouro reported a heap verification failure or a leak under {name}"
    );
}

fn run_with<C: Collector>(config: VmConfig, source: &str) -> i32 {
    ouro_vm::run::run_program::<C>(config, source, "<fuzz>")
}

/// Whether a program taken from the corpus may be run by the fuzzer: not
/// one that touches files, the process or standard input, or sleeps.
pub fn runnable(source: &str) -> bool {
    const DENY: [&str; 10] = [
        "open(",
        "os.",
        "input(",
        "sleep",
        "exit",
        "__import__",
        "import os",
        "stdin",
        "_exit",
        "setrecursionlimit",
    ];
    !DENY.iter().any(|d| source.contains(d))
}
