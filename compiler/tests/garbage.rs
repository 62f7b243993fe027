//! Malformed input never panics: thousands of mutated, truncated and
//! random programs must each compile or fail with a `CompileError`, and
//! whatever compiles must disassemble.

use std::panic::{catch_unwind, AssertUnwindSafe};

use ouro_compiler::{compile_module, dis};

/// A small deterministic generator (xorshift64*), so failures reproduce.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

const PIECES: &[&str] = &[
    "(",
    ")",
    "[",
    "]",
    "{",
    "}",
    ":",
    ";",
    ",",
    ".",
    "=",
    "==",
    "+",
    "-",
    "*",
    "**",
    "/",
    "//",
    "%",
    "@",
    "'",
    "\"",
    "'''",
    "\n",
    "\n    ",
    " ",
    "\t",
    "#",
    "\\",
    "\\\n",
    "f'",
    "{x}",
    "b'",
    "if ",
    "else",
    "elif ",
    "for ",
    " in ",
    "while ",
    "def ",
    "class ",
    "return",
    "yield",
    "lambda",
    "try:",
    "except",
    "finally:",
    "raise",
    "import ",
    "from ",
    "global ",
    "nonlocal ",
    "del ",
    "pass",
    "break",
    "continue",
    "with ",
    "as ",
    "async ",
    "await ",
    "not ",
    "and ",
    "or ",
    "is ",
    "None",
    "True",
    "...",
    "0",
    "1e9",
    "0x",
    "1_0",
    "x",
    "y",
    "self",
    "*args",
    "**kw",
    ":=",
    "->",
    "é",
    "\u{0}",
    "\r",
];

const SEEDS: &[&str] = &[
    "def f(a, b=1, *args, c, d=2, **kw):\n    def g():\n        return a\n    try:\n        x = a + b\n    except ValueError as e:\n        return e\n    finally:\n        pass\n    return g\n",
    "class A(B, metaclass=M):\n    '''doc'''\n    def m(self):\n        return super().m([i for i in range(3) if i], {k: v for k, v in d})\n",
    "for i in range(10):\n    if i % 2:\n        continue\n    while i:\n        i -= 1\n        break\n    else:\n        print(f'{i!r:>{w}}')\n",
    "import os.path as p\nfrom . import x\nx, *y = a[1:2], b.c\nx += 1\ndel x[0], y\nassert x, 'msg'\nlambda q=1: q\n",
    "try:\n    pass\nexcept (A, B):\n    raise\nelse:\n    print(1 < 2 < 3, not a in b, a if b else c)\n",
];

/// Compile `source`; a panic, or an error that reports a compiler bug,
/// fails the test with the offending input.
fn must_not_panic(source: &str) {
    let result = catch_unwind(AssertUnwindSafe(|| {
        match compile_module(source, "garbage.py") {
            Ok(code) => {
                let _ = dis(&code);
                None
            }
            Err(e) => Some(e.message),
        }
    }));
    match result {
        Err(_) => panic!("compiler panicked on {source:?}"),
        Ok(Some(message)) if message.contains("internal compiler error") => {
            panic!("{message} on {source:?}")
        }
        Ok(_) => {}
    }
}

fn char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[test]
fn truncated_programs() {
    let corpus = corpus();
    for seed in &corpus {
        for end in 0..seed.len() {
            if seed.is_char_boundary(end) {
                must_not_panic(&seed[..end]);
            }
        }
    }
}

#[test]
fn mutated_programs() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    let corpus = corpus();
    for round in 0..4000 {
        let mut s = corpus[round % corpus.len()].clone();
        for _ in 0..1 + rng.below(4) {
            let at = char_boundary(&s, rng.below(s.len() + 1).min(s.len()));
            match rng.below(3) {
                0 => s.insert_str(at, rng.pick(PIECES)),
                1 => {
                    let end = char_boundary(&s, (at + 1 + rng.below(8)).min(s.len()));
                    s.replace_range(at..end.max(at), "");
                }
                _ => {
                    let end = char_boundary(&s, (at + 1 + rng.below(4)).min(s.len()));
                    s.replace_range(at..end.max(at), rng.pick(PIECES));
                }
            }
        }
        must_not_panic(&s);
    }
}

#[test]
fn random_token_soup() {
    let mut rng = Rng(0x0123_4567_89ab_cdef);
    for _ in 0..3000 {
        let len = 1 + rng.below(40);
        let soup: String = (0..len).map(|_| rng.pick(PIECES)).collect();
        must_not_panic(&soup);
    }
}

#[test]
fn pathological_shapes() {
    let shapes = [
        "(".repeat(5000),
        ")".repeat(100),
        "[".repeat(3000) + &"]".repeat(3000),
        "x = ".to_string() + &"not ".repeat(20000) + "1",
        "x = ".to_string() + &"a.".repeat(20000) + "b",
        "x = ".to_string() + &"f(".repeat(4000) + &")".repeat(4000),
        "x = ".to_string() + &"lambda: ".repeat(10000) + "0",
        "x = ".to_string() + &"1 if 2 else ".repeat(10000) + "3",
        "if x:\n pass\n".repeat(5000),
        "x = [".to_string() + &"1, ".repeat(100_000) + "]",
        "print(".to_string() + &"a, ".repeat(10_000) + ")",
        "if a:\n    pass\n".to_string() + &"elif b:\n    pass\n".repeat(5000),
        "x = 'a'".to_string() + &" 'b'".repeat(10_000),
        "f'".to_string() + &"{x}".repeat(5000) + "'",
        "x = ((((((((((((((((((((((((((1,),),),),),),),),),),),),),),),),),),),),),),),),),)"
            .to_string(),
        "\u{feff}x = 1\n".to_string(),
        "\0".to_string(),
        "\\".to_string(),
        "x = 1\r\ny = 2\rz = 3\n".to_string(),
        String::new(),
    ];
    for shape in &shapes {
        must_not_panic(shape);
    }
}

/// The seeds plus the test programs of this crate.
fn corpus() -> Vec<String> {
    let mut all: Vec<String> = SEEDS.iter().map(|s| s.to_string()).collect();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    if let Ok(entries) = std::fs::read_dir(dir) {
        let mut paths: Vec<_> = entries.filter_map(|e| e.ok()).map(|e| e.path()).collect();
        paths.sort();
        for path in paths
            .iter()
            .filter(|p| p.extension().is_some_and(|e| e == "py"))
        {
            if let Ok(text) = std::fs::read_to_string(path) {
                all.push(text);
            }
        }
    }
    all
}
