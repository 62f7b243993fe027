//! Methods of `bytes`: `decode` (utf-8, ascii, latin-1 with the strict,
//! ignore and replace error handlers) and `hex`.

use crate::builtins::{check_args, check_kwargs, def_method, kwarg};
use crate::types::str::{bytes_of, str_of};
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    def_method(vm, "bytes", "decode", decode);
    def_method(vm, "bytes", "hex", hex);
}

/// The receiver's bytes (the method table checked its type).
fn me<'a>(args: &Args<'_>) -> &'a [u8] {
    bytes_of(args.pos[0]).expect("receiver checked by the method table")
}

/// A str argument given by position or keyword, or its default.
fn str_arg<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    pos: usize,
    name: &str,
    default: &'a str,
) -> PyResult<&'a str> {
    match args.pos.get(pos).copied().or_else(|| kwarg(args, name)) {
        None => Ok(default),
        Some(o) => match str_of(o) {
            Some(s) => Ok(s),
            None => {
                let tn = vm.type_name(o);
                Err(vm.type_error(format!("decode() argument '{name}' must be str, not {tn}")))
            }
        },
    }
}

fn decode<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "decode", &["encoding", "errors"])?;
    if args.pos.len() > 3 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("decode() takes at most 2 arguments ({n} given)")));
    }
    let b = me(&args);
    let encoding = str_arg(vm, &args, 1, "encoding", "utf-8")?;
    let errors = str_arg(vm, &args, 2, "errors", "strict")?;
    let norm = encoding.to_ascii_lowercase().replace('_', "-");
    let (codec, text) = match norm.as_str() {
        "utf-8" | "utf8" => ("utf-8", decode_utf8(b, errors)),
        "ascii" | "us-ascii" => ("ascii", decode_ascii(b, errors)),
        "latin-1" | "latin1" | "iso-8859-1" | "iso8859-1" => {
            ("latin-1", Ok(b.iter().map(|&c| c as char).collect()))
        }
        _ => {
            return Err(vm.new_error("LookupError", format!("unknown encoding: {encoding}")));
        }
    };
    match text {
        Ok(s) => vm.new_string(s),
        Err((pos, end, reason)) => {
            let what = if end - pos > 1 {
                format!("bytes in position {pos}-{}", end - 1)
            } else {
                format!("byte {:#04x} in position {pos}", b[pos])
            };
            Err(vm.new_error(
                "UnicodeDecodeError",
                format!("'{codec}' codec can't decode {what}: {reason}"),
            ))
        }
    }
}

/// The text, or where decoding failed (start, end) and why.
type Decoded = Result<String, (usize, usize, &'static str)>;

/// UTF-8 with CPython's strict, ignore and replace handlers (one U+FFFD
/// per invalid sequence Rust's decoder reports).
fn decode_utf8(b: &[u8], errors: &str) -> Decoded {
    let mut out = String::new();
    let mut rest = b;
    let mut at = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).expect("valid prefix"));
                let bad = e.error_len().unwrap_or(rest.len() - good);
                if errors == "strict" {
                    let reason = match e.error_len() {
                        None => "unexpected end of data",
                        Some(_) if rest[good] >= 0xc2 && rest[good] <= 0xf4 => {
                            "invalid continuation byte"
                        }
                        Some(_) => "invalid start byte",
                    };
                    return Err((at + good, at + good + bad, reason));
                }
                if errors == "replace" {
                    out.push('\u{fffd}');
                }
                rest = &rest[good + bad..];
                at += good + bad;
            }
        }
    }
}

fn decode_ascii(b: &[u8], errors: &str) -> Decoded {
    let mut out = String::with_capacity(b.len());
    for (i, &c) in b.iter().enumerate() {
        if c < 0x80 {
            out.push(c as char);
        } else if errors == "strict" {
            return Err((i, i + 1, "ordinal not in range(128)"));
        } else if errors == "replace" {
            out.push('\u{fffd}');
        }
    }
    Ok(out)
}

fn hex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "hex", 1, 1)?;
    let s: String = me(&args).iter().map(|c| format!("{c:02x}")).collect();
    vm.new_string(s)
}
