//! Source text, seeded from the corpus (`tests/programs`) and mutated by
//! libFuzzer, compiled and run with a step and heap budget under the
//! collector the first byte picks, with --verify-heap (and --stress-gc when
//! the second byte is odd).
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&which, rest)) = data.split_first() else {
        return;
    };
    let Some((&stress, rest)) = rest.split_first() else {
        return;
    };
    if let Ok(source) = std::str::from_utf8(rest) {
        if ouro_fuzz::runnable(source) {
            ouro_fuzz::run(source, which, stress & 1 == 1);
        }
    }
});
