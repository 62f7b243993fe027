#[test]
fn scratch() {
    let src = std::fs::read_to_string("/tmp/scratch.py").unwrap();
    match ouro_compiler::compile_module(&src, "x.py") {
        Ok(code) => println!("{}", ouro_compiler::dis(&code)),
        Err(e) => println!("ERROR {e}\n{e:?}"),
    }
}
