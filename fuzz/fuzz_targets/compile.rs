//! Any bytes given to the compiler: a code object or a SyntaxError, never a
//! panic. (Bytes that are not UTF-8 are the command line's SyntaxError
//! before the compiler sees them.)
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(source) = std::str::from_utf8(data) {
        let source = source.to_string();
        // The compiler recurses over the syntax tree: on `ouro`'s thread.
        std::thread::Builder::new()
            .stack_size(256 << 20)
            .spawn(move || {
                let _ = ouro_compiler::compile_module(&source, "<fuzz>");
            })
            .expect("spawn")
            .join()
            .expect("the compiler panicked");
    }
});
