#[test]
fn bulk() {
    let list = std::fs::read_to_string("/tmp/files.txt").unwrap();
    let mut out = String::new();
    for path in list.lines() {
        let Ok(src) = std::fs::read_to_string(path) else { continue };
        let r = std::panic::catch_unwind(|| ouro_compiler::compile_module(&src, path).map(|_| ()));
        match r {
            Ok(Ok(())) => out.push_str(&format!("OK {path}\n")),
            Ok(Err(e)) => out.push_str(&format!("ERR {path}:{}:{}: {}\n", e.line, e.col, e.message)),
            Err(_) => out.push_str(&format!("PANIC {path}\n")),
        }
    }
    std::fs::write("/tmp/bulk_out.txt", out).unwrap();
}
