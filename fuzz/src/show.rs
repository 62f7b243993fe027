//! `show FILE...`: print the program a `run` fuzz input decodes to (for
//! reading a finding, or running it under `ouro` and `python3`); a
//! `run_source` input's collector, stress flag and source.
use arbitrary::{Arbitrary, Unstructured};
use ouro_fuzz::gen::Program;

fn main() {
    let mut args = std::env::args().skip(1);
    let raw = args.next().as_deref() == Some("--source");
    for file in std::env::args().skip(if raw { 2 } else { 1 }) {
        let data = std::fs::read(&file).unwrap_or_else(|e| panic!("{file}: {e}"));
        if raw {
            if data.len() >= 2 {
                let gc = ouro_fuzz::COLLECTORS[data[0] as usize % 3];
                println!("# --gc {gc} stress={}", data[1] & 1 == 1);
                println!("{}", String::from_utf8_lossy(&data[2..]));
            }
            continue;
        }
        match Program::arbitrary_take_rest(Unstructured::new(&data)) {
            Ok(p) => {
                let gc = ouro_fuzz::COLLECTORS[p.collector as usize % 3];
                println!("# --gc {gc} stress={}", p.stress);
                print!("{}", p.render());
            }
            Err(e) => eprintln!("{file}: not a program: {e}"),
        }
    }
}
