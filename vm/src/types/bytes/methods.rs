//! Methods of `bytes`: `decode` (utf-8, ascii, latin-1 with the strict,
//! ignore and replace error handlers), `hex` and `fromhex`, searching
//! (`find`, `index`, `count`, `startswith`, `endswith`), `replace`,
//! `split`, `join`, `strip` and its sides, `upper`, `lower`.

use crate::builtins::{
    arg_i64, arg_str, check_args, check_kwargs, def_classmethod, def_method, kwarg,
};
use crate::object::{ObjExt, Tag};
use crate::types::bytearray::buffer_of;
use crate::types::str::str_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::borrow::Cow;

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    // bytearray shares them: results are of the receiver's type.
    for t in ["bytes", "bytearray"] {
        def_method(vm, t, "decode", decode);
        def_classmethod(vm, t, "fromhex", fromhex);
        def_method(vm, t, "find", find);
        def_method(vm, t, "index", index);
        def_method(vm, t, "count", count);
        def_method(vm, t, "startswith", startswith);
        def_method(vm, t, "endswith", endswith);
        def_method(vm, t, "replace", replace);
        def_method(vm, t, "split", split);
        def_method(vm, t, "join", join);
        def_method(vm, t, "strip", strip);
        def_method(vm, t, "lstrip", lstrip);
        def_method(vm, t, "rstrip", rstrip);
        def_method(vm, t, "upper", upper);
        def_method(vm, t, "lower", lower);
    }
    super::more::register(vm);
}

/// The receiver's bytes (the method table checked its type): a bytes
/// object's own, a bytearray's copied.
pub(super) fn me<'a>(args: &Args<'_>) -> Cow<'a, [u8]> {
    buffer_of(args.pos[0]).expect("receiver checked by the method table")
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
    let b = &*b;
    let encoding = str_arg(vm, &args, 1, "encoding", "utf-8")?;
    let errors = str_arg(vm, &args, 2, "errors", "strict")?;
    let (encoding, errors) = (encoding.to_string(), errors.to_string());
    let text = vm.decode_bytes(b, args.pos[0], &encoding, &errors)?;
    vm.new_string(text)
}

/// `bytes.fromhex(s)`: pairs of hex digits, spaces between pairs allowed.
fn fromhex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "fromhex", 2, 2)?;
    let s = arg_str(vm, args.pos[1], "fromhex() argument")?.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < s.len() {
        // (Any ASCII whitespace between the digit pairs, since 3.7.)
        if matches!(s[i], b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            i += 1;
            continue;
        }
        let digit = |c: u8| (c as char).to_digit(16);
        match (digit(s[i]), s.get(i + 1).and_then(|&c| digit(c))) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (Some(_), None) => {
                let at = i + 1;
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {at}"
                )));
            }
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )));
            }
        }
        i += 2;
    }
    let cls = args.pos[0];
    let (bytearray, bytes) = (vm.types.get("bytearray"), vm.types.get("bytes"));
    let base = if vm.is_subclass(cls, bytearray) {
        vm.new_bytearray(out)?
    } else {
        vm.new_bytes(out)?
    };
    if cls == bytearray || cls == bytes {
        return Ok(base);
    }
    // A subclass gets `cls(result)`, as CPython's `bytes_fromhex_impl`.
    vm.using(base, |vm, base| vm.call(cls, &[base]))
}

/// A bytes argument (`what` names it in the TypeError).
pub(super) fn arg_bytes<'a, C: Collector>(
    vm: &mut Vm<C>,
    o: ObjRef,
    what: &str,
) -> PyResult<Cow<'a, [u8]>> {
    match buffer_of(o) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("{what}a bytes-like object is required, not '{tn}'")))
        }
    }
}

/// The `[start:end]` window of a search, clamped as slice bounds are.
pub(super) fn window<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let bound = |vm: &mut Vm<C>, at: usize, default: usize| -> PyResult<usize> {
        match args.pos.get(at).filter(|&&o| o != vm.none) {
            None => Ok(default),
            Some(&o) => {
                let v = vm.slice_index(o)?;
                let v = if v < 0 { v + len as i64 } else { v };
                Ok(v.clamp(0, len as i64) as usize)
            }
        }
    };
    let start = bound(vm, 2, 0)?;
    let end = bound(vm, 3, len)?;
    Ok((start, end.max(start)))
}

/// The first position of `needle` in `hay` at or after `from`.
pub(super) fn position(hay: &[u8], needle: &[u8], from: usize) -> Option<usize> {
    if needle.is_empty() {
        return (from <= hay.len()).then_some(from);
    }
    hay.get(from..)?
        .windows(needle.len())
        .position(|w| w == needle)
        .map(|p| p + from)
}

/// The sub-bytes a search looks for: bytes, or an int 0..=255.
pub(super) fn needle<'a, C: Collector>(
    vm: &mut Vm<C>,
    o: ObjRef,
) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    if let Some(b) = buffer_of(o) {
        return Ok(b);
    }
    match vm.index_i64_or(o, "")? {
        Some(v) if (0..256).contains(&v) => Ok(std::borrow::Cow::Owned(vec![v as u8])),
        Some(_) => Err(vm.value_error("byte must be in range(0, 256)".to_string())),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!(
                "argument should be integer or bytes-like object, not '{tn}'"
            )))
        }
    }
}

fn search<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<Option<usize>> {
    check_args(vm, args, name, 2, 4)?;
    let b = me(args);
    let b = &*b;
    let sub = needle(vm, args.pos[1])?;
    let (start, end) = window(vm, args, b.len())?;
    Ok(position(&b[..end], &sub, start))
}

fn find<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let at = search(vm, &args, "find")?;
    vm.new_int_i64(at.map_or(-1, |p| p as i64))
}

fn index<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    match search(vm, &args, "index")? {
        Some(p) => vm.new_int_i64(p as i64),
        None => Err(vm.value_error("subsection not found".to_string())),
    }
}

fn count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "count", 2, 4)?;
    let b = me(&args);
    let b = &*b;
    let sub = needle(vm, args.pos[1])?;
    let (start, end) = window(vm, &args, b.len())?;
    let hay = &b[start..end];
    let n = if sub.is_empty() {
        hay.len() + 1
    } else {
        let mut n = 0;
        let mut at = 0;
        while let Some(p) = position(hay, &sub, at) {
            n += 1;
            at = p + sub.len();
        }
        n
    };
    vm.new_int_i64(n as i64)
}

fn affix<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    end_side: bool,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 2, 4)?;
    let b = me(args);
    let b = &*b;
    let (start, end) = window(vm, args, b.len())?;
    let part = &b[start..end];
    let arg = args.pos[1];
    let in_tuple = crate::types::tuple::tuple_items(arg).is_some();
    let candidates: Vec<ObjRef> = match crate::types::tuple::tuple_items(arg) {
        Some(items) => items.to_vec(),
        None => vec![arg],
    };
    for c in candidates {
        let Some(x) = buffer_of(c) else {
            let tn = vm.type_name(c);
            return Err(vm.type_error(if in_tuple {
                format!("a bytes-like object is required, not '{tn}'")
            } else {
                format!("{name} first arg must be bytes or a tuple of bytes, not {tn}")
            }));
        };
        if (end_side && part.ends_with(&x)) || (!end_side && part.starts_with(&x)) {
            return Ok(vm.new_bool(true));
        }
    }
    Ok(vm.new_bool(false))
}

fn startswith<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    affix(vm, &args, "startswith", false)
}

fn endswith<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    affix(vm, &args, "endswith", true)
}

fn replace<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "replace", 3, 4)?;
    let b = me(&args);
    let b = &*b;
    let old = arg_bytes(vm, args.pos[1], "")?;
    let new = arg_bytes(vm, args.pos[2], "")?;
    let limit = match args.pos.get(3) {
        Some(&n) => arg_i64(vm, n)?,
        None => -1,
    };
    let limit = if limit < 0 {
        usize::MAX
    } else {
        limit as usize
    };
    let mut out = Vec::with_capacity(b.len());
    let (mut at, mut done) = (0, 0);
    while done < limit {
        let Some(p) = position(b, &old, at) else {
            break;
        };
        out.extend_from_slice(&b[at..p]);
        out.extend_from_slice(&new);
        done += 1;
        if old.is_empty() {
            // Between every two bytes, as CPython.
            match b.get(p) {
                Some(&c) => out.push(c),
                None => {
                    at = b.len() + 1;
                    break;
                }
            }
            at = p + 1;
        } else {
            at = p + old.len();
        }
    }
    if at <= b.len() {
        out.extend_from_slice(&b[at..]);
    }
    // Nothing replaced: an exact bytes is its own result (stringlib's
    // `return_self`).
    if (done == 0 || (old.is_empty() && new.is_empty())) && args.pos[0].tag() == Tag::Bytes {
        return Ok(vm.incref(args.pos[0]));
    }
    vm.check_room(out.len())?;
    vm.new_like(args.pos[0], out)
}

pub(super) fn split<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (sep, maxsplit) = super::more::split_args(vm, &args, "split")?;
    let whole_ok = sep.is_some() || maxsplit != 0;
    let b = me(&args);
    let b = &*b;
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        Some(sep) => {
            let mut at = 0;
            while parts.len() < maxsplit {
                let Some(p) = position(b, &sep, at) else {
                    break;
                };
                parts.push(&b[at..p]);
                at = p + sep.len();
            }
            parts.push(&b[at..]);
        }
        None => {
            let mut rest = trim_space_start(b);
            while !rest.is_empty() {
                if parts.len() == maxsplit {
                    parts.push(rest);
                    break;
                }
                let end = rest.iter().position(is_space).unwrap_or(rest.len());
                parts.push(&rest[..end]);
                rest = trim_space_start(&rest[end..]);
            }
        }
    }
    super::more::list_of_parts(vm, args.pos[0], &parts, whole_ok)
}

fn join<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "join", 2, 2)?;
    let sep = me(&args);
    let sep = &*sep;
    let items = vm.sequence_fast(args.pos[1], "can only join an iterable")?;
    // One exact bytes joins to itself, whatever the separator (stringlib's
    // join; a bytearray's join always makes a new one).
    if items.len() == 1 && items[0].tag() == Tag::Bytes && args.pos[0].tag() == Tag::Bytes {
        return Ok(items[0]);
    }
    let mut out = Vec::new();
    for (i, &x) in items.iter().enumerate() {
        let part = match buffer_of(x) {
            Some(part) => Some(part),
            None => match vm.exported_buffer(x) {
                Ok(b) => b.map(Cow::Owned),
                Err(e) => {
                    vm.decref_all(items);
                    return Err(e);
                }
            },
        };
        let Some(part) = part else {
            let tn = vm.type_name(x);
            vm.decref_all(items);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected a bytes-like object, {tn} found"
            )));
        };
        if i > 0 {
            out.extend_from_slice(sep);
        }
        out.extend_from_slice(&part);
    }
    vm.decref_all(items);
    vm.check_room(out.len())?;
    vm.new_like(args.pos[0], out)
}

/// `strip`, `lstrip`, `rstrip`: ASCII whitespace, or the given bytes.
fn strip_sides<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 2)?;
    let b = me(args);
    let b = &*b;
    let chars = match args.pos.get(1).filter(|&&o| o != vm.none) {
        Some(&o) => Some(arg_bytes(vm, o, "")?),
        None => None,
    };
    let strip = |c: &u8| match &chars {
        Some(set) => set.contains(c),
        None => is_space(c),
    };
    let start = if left {
        b.iter().position(|c| !strip(c)).unwrap_or(b.len())
    } else {
        0
    };
    let end = if right {
        b.iter().rposition(|c| !strip(c)).map_or(start, |p| p + 1)
    } else {
        b.len()
    };
    // Nothing stripped from an exact bytes: the object itself.
    if start == 0
        && end == b.len()
        && crate::object::ObjExt::tag(args.pos[0]) == crate::object::Tag::Bytes
    {
        return Ok(vm.incref(args.pos[0]));
    }
    vm.new_like(args.pos[0], b[start..end.max(start)].to_vec())
}

fn strip<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    strip_sides(vm, &args, "strip", true, true)
}

fn lstrip<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    strip_sides(vm, &args, "lstrip", true, false)
}

fn rstrip<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    strip_sides(vm, &args, "rstrip", false, true)
}

fn upper<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "upper", 1, 1)?;
    vm.new_like(args.pos[0], me(&args).to_ascii_uppercase())
}

fn lower<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "lower", 1, 1)?;
    vm.new_like(args.pos[0], me(&args).to_ascii_lowercase())
}

/// `bytes.isspace` of one byte: ASCII whitespace, vertical tab included
/// (Rust's `is_ascii_whitespace` leaves it out).
pub(crate) fn is_space(c: &u8) -> bool {
    matches!(*c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

/// `b` without its leading whitespace.
pub(crate) fn trim_space_start(b: &[u8]) -> &[u8] {
    let n = b.iter().take_while(|c| is_space(c)).count();
    &b[n..]
}

/// `b` without its trailing whitespace.
pub(crate) fn trim_space_end(b: &[u8]) -> &[u8] {
    let n = b.iter().rev().take_while(|c| is_space(c)).count();
    &b[..b.len() - n]
}
