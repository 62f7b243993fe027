fn run(label: &str, src: String) {
    let l = label.to_string();
    let h = std::thread::Builder::new().stack_size(2 << 20).spawn(move || {
        let r = ouro_compiler::compile_module(&src, "d.py");
        match r { Ok(_) => format!("{l}: ok"), Err(e) => format!("{l}: {}", e.message) }
    }).unwrap();
    match h.join() { Ok(s) => println!("{s}"), Err(_) => println!("{label}: PANIC") }
}
#[test]
fn deep() {
    let n: usize = std::env::var("N").unwrap().parse().unwrap();
    let kind = std::env::var("K").unwrap();
    let src = match kind.as_str() {
        "paren" => format!("x = {}1{}\n", "(".repeat(n), ")".repeat(n)),
        "list" => format!("x = {}1{}\n", "[".repeat(n), "]".repeat(n)),
        "plus" => format!("x = {}1\n", "1+".repeat(n)),
        "pow" => format!("x = {}1\n", "2**".repeat(n)),
        "neg" => format!("x = {}1\n", "-".repeat(n)),
        "not" => format!("x = {}1\n", "not ".repeat(n)),
        "call" => format!("x = {}1{}\n", "f(".repeat(n), ")".repeat(n)),
        "attr" => format!("x = a{}\n", ".b".repeat(n)),
        "and" => format!("x = a{}\n", " and a".repeat(n)),
        "if" => { let mut s = String::new(); for i in 0..n { s += &" ".repeat(i); s += "if x:\n"; } s += &" ".repeat(n); s += "pass\n"; s }
        "def" => { let mut s = String::new(); for i in 0..n { s += &" ".repeat(i); s += "def f():\n"; } s += &" ".repeat(n); s += "pass\n"; s }
        "lambda" => format!("x = {}1\n", "lambda: ".repeat(n)),
        "strcat" => format!("x = {}'a'\n", "'a' + ".repeat(n)),
        _ => panic!(),
    };
    run(&format!("{kind} {n}"), src);
}
