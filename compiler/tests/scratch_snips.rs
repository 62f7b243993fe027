#[test]
fn snips() {
    let mut names: Vec<_> = std::fs::read_dir("/tmp/snips").unwrap().map(|e| e.unwrap().path()).collect();
    names.sort();
    let mut out = String::new();
    for path in names {
        let src = std::fs::read_to_string(&path).unwrap();
        let name = path.file_name().unwrap().to_str().unwrap().to_string();
        match ouro_compiler::compile_module(&src, &name) {
            Ok(_) => out.push_str(&format!("{name} OK\n")),
            Err(e) => out.push_str(&format!("{name} {} {:?} {} {}\n", e.kind.name(), e.message, e.line, e.col)),
        }
    }
    std::fs::write("/tmp/snips_ours.txt", out).unwrap();
}
