//! Helpers shared by the integration tests: a JSON dump of code objects for
//! the reference interpreter (`refvm.py`), and locating `python3`.

#![allow(dead_code)]

use std::fmt::Write;
use std::path::PathBuf;
use std::process::Command;

use ouro_compiler::{CodeObject, Constant};

/// The code object tree as JSON (instructions as their `Debug` text).
pub fn code_to_json(code: &CodeObject) -> String {
    let mut out = String::new();
    write_code(code, &mut out);
    out
}

fn write_code(code: &CodeObject, out: &mut String) {
    out.push('{');
    let _ = write!(out, "\"name\":{},", json_str(&code.name));
    let _ = write!(out, "\"qualname\":{},", json_str(&code.qualname));
    let _ = write!(out, "\"filename\":{},", json_str(&code.filename));
    let _ = write!(out, "\"first_line\":{},", code.first_line);
    let _ = write!(out, "\"argcount\":{},", code.argcount);
    let _ = write!(out, "\"posonlyargcount\":{},", code.posonlyargcount);
    let _ = write!(out, "\"kwonlyargcount\":{},", code.kwonlyargcount);
    let _ = write!(
        out,
        "\"varargs\":{},\"varkeywords\":{},\"optimized\":{},",
        code.flags.varargs, code.flags.varkeywords, code.flags.optimized
    );
    let _ = write!(out, "\"max_stack\":{},", code.max_stack);
    let instrs: Vec<String> = code
        .instructions
        .iter()
        .map(|i| json_str(&format!("{i:?}")))
        .collect();
    let _ = write!(out, "\"instructions\":[{}],", instrs.join(","));
    let lines: Vec<String> = code.positions.iter().map(|p| p.line.to_string()).collect();
    let _ = write!(out, "\"lines\":[{}],", lines.join(","));
    for (key, list) in [
        ("names", &code.names),
        ("varnames", &code.varnames),
        ("cellvars", &code.cellvars),
        ("freevars", &code.freevars),
    ] {
        let items: Vec<String> = list.iter().map(|s| json_str(s)).collect();
        let _ = write!(out, "\"{key}\":[{}],", items.join(","));
    }
    let cells: Vec<String> = code
        .cell2arg
        .iter()
        .map(|c| c.map_or("null".to_string(), |i| i.to_string()))
        .collect();
    let _ = write!(out, "\"cell2arg\":[{}],", cells.join(","));
    out.push_str("\"consts\":[");
    for (i, c) in code.consts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        write_const(c, out);
    }
    out.push_str("]}");
}

fn write_const(c: &Constant, out: &mut String) {
    match c {
        Constant::None => out.push_str("{\"t\":\"none\"}"),
        Constant::Ellipsis => out.push_str("{\"t\":\"ellipsis\"}"),
        Constant::Bool(b) => {
            let _ = write!(out, "{{\"t\":\"bool\",\"v\":{b}}}");
        }
        Constant::Int(i) => {
            let _ = write!(out, "{{\"t\":\"int\",\"v\":\"{i}\"}}");
        }
        Constant::Float(f) => {
            let _ = write!(out, "{{\"t\":\"float\",\"v\":\"{}\"}}", float_text(*f));
        }
        Constant::Complex { real, imag } => {
            let _ = write!(
                out,
                "{{\"t\":\"complex\",\"re\":\"{}\",\"im\":\"{}\"}}",
                float_text(*real),
                float_text(*imag)
            );
        }
        Constant::Str(s) => {
            let _ = write!(out, "{{\"t\":\"str\",\"v\":{}}}", json_str(s));
        }
        Constant::Bytes(b) => {
            let items: Vec<String> = b.iter().map(|x| x.to_string()).collect();
            let _ = write!(out, "{{\"t\":\"bytes\",\"v\":[{}]}}", items.join(","));
        }
        Constant::Tuple(items) | Constant::FrozenSet(items) => {
            let t = match c {
                Constant::Tuple(_) => "tuple",
                _ => "frozenset",
            };
            let _ = write!(out, "{{\"t\":\"{t}\",\"v\":[");
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_const(item, out);
            }
            out.push_str("]}");
        }
        Constant::Code(code) => {
            out.push_str("{\"t\":\"code\",\"v\":");
            write_code(code, out);
            out.push('}');
        }
    }
}

/// Exact text for a float (`{:?}` round-trips; Python parses it).
fn float_text(f: f64) -> String {
    if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 { "inf" } else { "-inf" }.to_string()
    } else {
        format!("{f:?}")
    }
}

pub fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// `python3` if it is installed (tests needing it are skipped otherwise).
pub fn python3() -> Option<PathBuf> {
    let ok = Command::new("python3")
        .arg("-c")
        .arg("import sys; assert sys.version_info >= (3, 11)")
        .status()
        .map(|s| s.success())
        .unwrap_or(false);
    ok.then(|| PathBuf::from("python3"))
}

/// Directory of this crate.
pub fn crate_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}
