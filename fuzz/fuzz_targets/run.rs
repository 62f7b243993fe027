//! Structured programs (`ouro_fuzz::gen`) run with a step and heap budget
//! under every collector, with --verify-heap and sometimes --stress-gc.
#![no_main]

use libfuzzer_sys::fuzz_target;
use ouro_fuzz::gen::Program;

fuzz_target!(|program: Program| {
    let source = program.render();
    if std::env::var_os("OURO_FUZZ_SHOW").is_some() {
        eprintln!("{source}");
    }
    ouro_fuzz::run(&source, program.collector, program.stress);
});
