//! The rest of the methods `bytes` and `bytearray` share with `str`
//! (CPython's `Objects/bytes_methods.c` and `bytesobject.c`): the ASCII
//! character tests and case changes, `rfind`/`rindex`, padding,
//! `partition`, `rsplit`, `splitlines`, `expandtabs`, `translate` and
//! `maketrans`, `removeprefix`/`removesuffix`, `hex` with a separator,
//! and `%` formatting. Results are of the receiver's type.

use super::methods::{arg_bytes, me, needle, position, window};
use crate::builtins::{arg_i64, check_args, check_kwargs, def_method, kwarg};
use crate::object::{ObjExt, Tag};
use crate::types::bytearray::buffer_of;
use crate::types::str::format::{parse_percent, render_percent, star_arg};
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    for t in ["bytes", "bytearray"] {
        def_method(vm, t, "isalpha", isalpha);
        def_method(vm, t, "isdigit", isdigit);
        def_method(vm, t, "isalnum", isalnum);
        def_method(vm, t, "isspace", isspace);
        def_method(vm, t, "islower", islower);
        def_method(vm, t, "isupper", isupper);
        def_method(vm, t, "istitle", istitle);
        def_method(vm, t, "isascii", isascii);
        def_method(vm, t, "rfind", rfind);
        def_method(vm, t, "rindex", rindex);
        def_method(vm, t, "center", center);
        def_method(vm, t, "ljust", ljust);
        def_method(vm, t, "rjust", rjust);
        def_method(vm, t, "zfill", zfill);
        def_method(vm, t, "partition", partition);
        def_method(vm, t, "rpartition", rpartition);
        def_method(vm, t, "rsplit", rsplit);
        def_method(vm, t, "splitlines", splitlines);
        def_method(vm, t, "title", title);
        def_method(vm, t, "capitalize", capitalize);
        def_method(vm, t, "swapcase", swapcase);
        def_method(vm, t, "expandtabs", expandtabs);
        def_method(vm, t, "translate", translate);
        def_method(vm, t, "removeprefix", removeprefix);
        def_method(vm, t, "removesuffix", removesuffix);
        def_method(vm, t, "hex", hex);
        crate::builtins::def_staticmethod(vm, t, "maketrans", maketrans);
    }
}

// ---- character tests ----------------------------------------------------------

fn test<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    f: fn(&[u8]) -> bool,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let b = me(args);
    Ok(vm.new_bool(f(&b)))
}

fn all_nonempty(b: &[u8], f: fn(&u8) -> bool) -> bool {
    !b.is_empty() && b.iter().all(f)
}

fn isalpha<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "isalpha", |b| {
        all_nonempty(b, u8::is_ascii_alphabetic)
    })
}

fn isdigit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "isdigit", |b| {
        all_nonempty(b, u8::is_ascii_digit)
    })
}

fn isalnum<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "isalnum", |b| {
        all_nonempty(b, u8::is_ascii_alphanumeric)
    })
}

/// Python's bytes whitespace includes `\x0b` (vertical tab).
fn is_space(c: &u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

fn isspace<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "isspace", |b| all_nonempty(b, is_space))
}

fn islower<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "islower", |b| {
        b.iter().any(u8::is_ascii_lowercase) && !b.iter().any(u8::is_ascii_uppercase)
    })
}

fn isupper<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "isupper", |b| {
        b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase)
    })
}

/// Uppercase only after uncased bytes, lowercase only after cased ones,
/// and at least one cased byte.
fn istitle<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "istitle", |b| {
        crate::types::str::chars::is_title_shape(
            b.iter()
                .map(|c| (c.is_ascii_uppercase(), c.is_ascii_lowercase())),
        )
    })
}

fn isascii<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    test(vm, &args, "isascii", |b| b.is_ascii())
}

// ---- case -----------------------------------------------------------------------

fn mapped<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    f: fn(&[u8]) -> Vec<u8>,
) -> PyResult<ObjRef> {
    check_args(vm, args, name, 1, 1)?;
    let out = f(&me(args));
    vm.new_like(args.pos[0], out)
}

fn title<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    mapped(vm, &args, "title", |b| {
        let mut prev_cased = false;
        b.iter()
            .map(|&c| {
                let out = if prev_cased {
                    c.to_ascii_lowercase()
                } else {
                    c.to_ascii_uppercase()
                };
                prev_cased = c.is_ascii_alphabetic();
                out
            })
            .collect()
    })
}

fn capitalize<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    mapped(vm, &args, "capitalize", |b| {
        b.iter()
            .enumerate()
            .map(|(i, c)| match i {
                0 => c.to_ascii_uppercase(),
                _ => c.to_ascii_lowercase(),
            })
            .collect()
    })
}

fn swapcase<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    mapped(vm, &args, "swapcase", |b| {
        b.iter()
            .map(|&c| match c {
                b'a'..=b'z' => c.to_ascii_uppercase(),
                b'A'..=b'Z' => c.to_ascii_lowercase(),
                _ => c,
            })
            .collect()
    })
}

// ---- searching and splitting ----------------------------------------------------

/// The last position of `needle` in `hay[start..end]`.
fn rposition(hay: &[u8], needle: &[u8], start: usize, end: usize) -> Option<usize> {
    if end < start || end - start < needle.len() {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| &hay[i..i + needle.len()] == needle)
}

fn rsearch<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<Option<usize>> {
    check_args(vm, args, name, 2, 4)?;
    let b = me(args);
    let sub = needle(vm, args.pos[1])?;
    let (start, end) = window(vm, args, b.len())?;
    Ok(rposition(&b, &sub, start, end))
}

fn rfind<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let at = rsearch(vm, &args, "rfind")?;
    vm.new_int_i64(at.map_or(-1, |p| p as i64))
}

fn rindex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    match rsearch(vm, &args, "rindex")? {
        Some(p) => vm.new_int_i64(p as i64),
        None => Err(vm.value_error("subsection not found".to_string())),
    }
}

/// A tuple of three new objects of the receiver's type.
fn triple<C: Collector>(vm: &mut Vm<C>, like: ObjRef, parts: [&[u8]; 3]) -> PyResult<ObjRef> {
    let mut items = Vec::with_capacity(3);
    for p in parts {
        match vm.new_like(like, p.to_vec()) {
            Ok(o) => items.push(o),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(items));
                return Err(e);
            }
        }
    }
    vm.new_tuple(items)
}

fn partition_sep<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<std::borrow::Cow<'a, [u8]>> {
    check_args(vm, args, name, 2, 2)?;
    let sep = arg_bytes(vm, args.pos[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".to_string()));
    }
    Ok(sep)
}

fn partition<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let sep = partition_sep(vm, &args, "partition")?;
    let b = me(&args);
    match position(&b, &sep, 0) {
        Some(p) => triple(vm, args.pos[0], [&b[..p], &sep, &b[p + sep.len()..]]),
        None => triple(vm, args.pos[0], [&b, b"", b""]),
    }
}

fn rpartition<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let sep = partition_sep(vm, &args, "rpartition")?;
    let b = me(&args);
    match rposition(&b, &sep, 0, b.len()) {
        Some(p) => triple(vm, args.pos[0], [&b[..p], &sep, &b[p + sep.len()..]]),
        None => triple(vm, args.pos[0], [b"", b"", &b]),
    }
}

/// A list of new objects of the receiver's type; `[like]` itself when
/// `whole_ok` and the one part is the whole of an exact bytes (stringlib's
/// split functions).
pub(super) fn list_of_parts<C: Collector>(
    vm: &mut Vm<C>,
    like: ObjRef,
    parts: &[&[u8]],
    whole_ok: bool,
) -> PyResult<ObjRef> {
    if whole_ok
        && like.tag() == Tag::Bytes
        && parts.len() == 1
        && buffer_of(like).is_some_and(|b| b.len() == parts[0].len())
    {
        let like = vm.incref(like);
        return vm.new_list(vec![like]);
    }
    let mut items = Vec::with_capacity(parts.len());
    for p in parts {
        match vm.new_like(like, p.to_vec()) {
            Ok(o) => items.push(o),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(items));
                return Err(e);
            }
        }
    }
    vm.new_list(items)
}

/// `split`/`rsplit`'s arguments: the separator (None for runs of
/// whitespace; an empty one is a ValueError) and the most splits to make.
pub(super) fn split_args<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<(Option<Vec<u8>>, usize)> {
    check_kwargs(vm, args, name, &["sep", "maxsplit"])?;
    let sep = args.pos.get(1).copied().or_else(|| kwarg(args, "sep"));
    let sep = sep.filter(|&s| s != vm.none);
    let maxsplit = match args.pos.get(2).copied().or_else(|| kwarg(args, "maxsplit")) {
        Some(n) => arg_i64(vm, n)?,
        None => -1,
    };
    let maxsplit = usize::try_from(maxsplit).unwrap_or(usize::MAX);
    let sep = match sep {
        Some(sep) => {
            let sep = arg_bytes(vm, sep, "")?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator".to_string()));
            }
            Some(sep.into_owned())
        }
        None => None,
    };
    Ok((sep, maxsplit))
}

fn rsplit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (sep, maxsplit) = split_args(vm, &args, "rsplit")?;
    let whole_ok = sep.is_some() || maxsplit != 0;
    let b = me(&args);
    let b = &*b;
    let mut parts: Vec<&[u8]> = Vec::new();
    match sep {
        Some(sep) => {
            let mut end = b.len();
            while parts.len() < maxsplit {
                let Some(p) = rposition(b, &sep, 0, end) else {
                    break;
                };
                parts.push(&b[p + sep.len()..end]);
                end = p;
            }
            parts.push(&b[..end]);
        }
        None => {
            let mut rest = super::methods::trim_space_end(b);
            while !rest.is_empty() {
                if parts.len() == maxsplit {
                    parts.push(rest);
                    break;
                }
                let start = rest
                    .iter()
                    .rposition(super::methods::is_space)
                    .map_or(0, |p| p + 1);
                parts.push(&rest[start..]);
                rest = super::methods::trim_space_end(&rest[..start]);
            }
        }
    }
    parts.reverse();
    list_of_parts(vm, args.pos[0], &parts, whole_ok)
}

fn splitlines<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "splitlines", &["keepends"])?;
    let keep = match args
        .pos
        .get(1)
        .copied()
        .or_else(|| kwarg(&args, "keepends"))
    {
        // `bool(accept={int})`: an int, as a C int.
        Some(k) => crate::builtins::arg_c_int(vm, k)? != 0,
        None => false,
    };
    let b = me(&args);
    let b = &*b;
    let mut parts: Vec<&[u8]> = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let eol = match b[i] {
            b'\r' if b.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        parts.push(&b[start..end]);
        i += eol;
        start = i;
    }
    if start < b.len() {
        parts.push(&b[start..]);
    }
    list_of_parts(vm, args.pos[0], &parts, true)
}

// ---- padding --------------------------------------------------------------------

/// The width and fill byte of `center`/`ljust`/`rjust`.
fn pad_args<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<(usize, u8)> {
    check_args(vm, args, name, 2, 3)?;
    let width = arg_i64(vm, args.pos[1])?;
    let fill = match args.pos.get(2) {
        None => b' ',
        Some(&f) => match buffer_of(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {tn}"
                )));
            }
        },
    };
    let width = usize::try_from(width).unwrap_or(0);
    vm.check_room(width)?;
    Ok((width, fill))
}

fn pad<C: Collector>(vm: &mut Vm<C>, args: Args<'_>, name: &str) -> PyResult<ObjRef> {
    let (width, fill) = pad_args(vm, &args, name)?;
    let b = me(&args);
    let n = width.saturating_sub(b.len());
    if n == 0 {
        return return_self(vm, args.pos[0], &b);
    }
    let (left, right) = match name {
        "ljust" => (0, n),
        "rjust" => (n, 0),
        // CPython's `pad` for center: the extra byte goes left when the
        // width is odd and the margin is odd.
        _ => {
            let left = n / 2 + (n & width & 1);
            (left, n - left)
        }
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat_n(fill, right));
    vm.new_like(args.pos[0], out)
}

/// Stringlib's `return_self`: an exact bytes object is its own unpadded
/// result; a bytearray (or a subclass instance) gets a copy.
fn return_self<C: Collector>(vm: &mut Vm<C>, o: ObjRef, b: &[u8]) -> PyResult<ObjRef> {
    if o.tag() == crate::object::Tag::Bytes {
        return Ok(vm.incref(o));
    }
    vm.new_like(o, b.to_vec())
}

fn center<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pad(vm, args, "center")
}

fn ljust<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pad(vm, args, "ljust")
}

fn rjust<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pad(vm, args, "rjust")
}

fn zfill<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "zfill", 2, 2)?;
    let width = usize::try_from(arg_i64(vm, args.pos[1])?).unwrap_or(0);
    vm.check_room(width)?;
    let b = me(&args);
    let n = width.saturating_sub(b.len());
    if n == 0 {
        return return_self(vm, args.pos[0], &b);
    }
    let (sign, digits) = match b.first() {
        Some(&c @ (b'+' | b'-')) => (Some(c), &b[1..]),
        _ => (None, &b[..]),
    };
    let mut out: Vec<u8> = sign.into_iter().collect();
    out.extend(std::iter::repeat_n(b'0', n));
    out.extend_from_slice(digits);
    vm.new_like(args.pos[0], out)
}

fn expandtabs<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "expandtabs", &["tabsize"])?;
    let size = match args.pos.get(1).copied().or_else(|| kwarg(&args, "tabsize")) {
        Some(t) => crate::builtins::arg_c_int(vm, t)? as i64,
        None => 8,
    };
    let b = me(&args);
    let mut out = Vec::with_capacity(b.len());
    let mut col = 0usize;
    for &c in b.iter() {
        match c {
            b'\t' => {
                if size > 0 {
                    let n = size as usize - col % size as usize;
                    vm.check_room(out.len() + n)?;
                    out.extend(std::iter::repeat_n(b' ', n));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    vm.new_like(args.pos[0], out)
}

// ---- translation, affixes, hex --------------------------------------------------

fn translate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "translate", &["delete"])?;
    let table = args.pos.get(1).copied().unwrap_or(vm.none);
    let table = match table == vm.none {
        true => None,
        false => match buffer_of(table) {
            Some(t) if t.len() == 256 => Some(t),
            Some(_) => {
                let msg = "translation table must be 256 characters long";
                return Err(vm.value_error(msg.into()));
            }
            None => {
                let tn = vm.type_name(table);
                return Err(vm.type_error(format!("a bytes-like object is required, not '{tn}'")));
            }
        },
    };
    let delete = match args.pos.get(2).copied().or_else(|| kwarg(&args, "delete")) {
        Some(d) => arg_bytes(vm, d, "")?.into_owned(),
        None => Vec::new(),
    };
    let b = me(&args);
    let out: Vec<u8> = b
        .iter()
        .filter(|c| !delete.contains(c))
        .map(|&c| table.as_ref().map_or(c, |t| t[c as usize]))
        .collect();
    vm.new_like(args.pos[0], out)
}

/// `bytes.maketrans(frm, to)`: the 256-byte table mapping each byte of
/// `frm` to the byte of `to` at the same place.
fn maketrans<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "maketrans", 2, 2)?;
    let frm = arg_bytes(vm, args.pos[0], "")?;
    let to = arg_bytes(vm, args.pos[1], "")?;
    if frm.len() != to.len() {
        let msg = "maketrans arguments must have same length";
        return Err(vm.value_error(msg.into()));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (&f, &t) in frm.iter().zip(to.iter()) {
        table[f as usize] = t;
    }
    vm.new_bytes(table)
}

fn affix<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    prefix: bool,
) -> PyResult<ObjRef> {
    check_args(vm, &args, name, 2, 2)?;
    let a = arg_bytes(vm, args.pos[1], "")?;
    let b = me(&args);
    let out = match prefix {
        true => b.strip_prefix(&*a),
        false => b.strip_suffix(&*a),
    };
    match out {
        Some(rest) => vm.new_like(args.pos[0], rest.to_vec()),
        // An unchanged bytes object is returned as it is.
        None if args.pos[0].tag() == Tag::Bytes => Ok(vm.incref(args.pos[0])),
        None => vm.new_like(args.pos[0], b.to_vec()),
    }
}

fn removeprefix<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    affix(vm, args, "removeprefix", true)
}

fn removesuffix<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    affix(vm, args, "removesuffix", false)
}

/// `b.hex(sep=None, bytes_per_sep=1)`: a separator every `bytes_per_sep`
/// bytes, counted from the right (from the left when negative).
fn hex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_kwargs(vm, &args, "hex", &["sep", "bytes_per_sep"])?;
    let sep = args.pos.get(1).copied().or_else(|| kwarg(&args, "sep"));
    let per = match args
        .pos
        .get(2)
        .copied()
        .or_else(|| kwarg(&args, "bytes_per_sep"))
    {
        Some(n) => crate::builtins::arg_c_int(vm, n)? as i64,
        None => 1,
    };
    let b = me(&args);
    let digits: Vec<String> = b.iter().map(|c| format!("{c:02x}")).collect();
    let Some(sep) = sep.filter(|&s| s != vm.none) else {
        return vm.new_string(digits.concat());
    };
    let sep = match (str_of(sep), buffer_of(sep)) {
        (Some(s), _) => s.to_string(),
        (None, Some(b)) => b.iter().map(|&c| c as char).collect(),
        _ => return Err(vm.type_error("sep must be str or bytes.".into())),
    };
    if sep.chars().count() != 1 {
        return Err(vm.value_error("sep must be length 1.".into()));
    }
    if !sep.is_ascii() {
        return Err(vm.value_error("sep must be ASCII.".into()));
    }
    let n = per.unsigned_abs() as usize;
    if per == 0 || digits.is_empty() {
        return vm.new_string(digits.concat());
    }
    // Group from the right for a positive count, from the left otherwise.
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        let mut end = digits.len();
        while end > 0 {
            let start = end.saturating_sub(n);
            groups.push(digits[start..end].concat());
            end = start;
        }
        groups.reverse();
    } else {
        for chunk in digits.chunks(n) {
            groups.push(chunk.concat());
        }
    }
    vm.new_string(groups.join(&sep))
}

// ---- % formatting ---------------------------------------------------------------

/// `bytes % args` (PEP 461): `%s`/`%b` take bytes-like objects (or
/// `__bytes__`), `%r`/`%a` the ASCII repr, `%c` an int or one byte, the
/// numeric conversions as for str.
pub fn bytes_percent<C: Collector>(
    vm: &mut Vm<C>,
    template: ObjRef,
    values: ObjRef,
) -> PyResult<ObjRef> {
    let t: Vec<char> = buffer_of(template)
        .expect("a bytes-like template")
        .iter()
        .map(|&c| c as char)
        .collect();
    let items: Vec<ObjRef> = match tuple_items(values) {
        Some(items) => items.to_vec(),
        None => vec![values],
    };
    // Anything subscriptable by key but a tuple, bytes, bytearray or str
    // is the mapping (CPython's `_PyBytes_FormatEx`).
    let mapping = match crate::object::layout_tag(values) {
        Tag::Tuple | Tag::Bytes | Tag::Bytearray | Tag::Str => false,
        Tag::Dict | Tag::List | Tag::Range => true,
        _ => crate::protocol::ops::is_user(values) && vm.has_type_attr(values, "__getitem__"),
    }
    .then_some(values);
    let mut out: Vec<u8> = Vec::new();
    let (mut i, mut next_arg) = (0, 0);
    while i < t.len() {
        if t[i] != '%' {
            out.push(t[i] as u8);
            i += 1;
            continue;
        }
        i += 1;
        let spec_start = i;
        let Some(mut spec) = parse_percent(&t, &mut i) else {
            return Err(vm.value_error("incomplete format".to_string()));
        };
        if spec.width == "*" {
            let w = star_arg(vm, &items, &mut next_arg, true)?;
            if w < 0 {
                spec.flags.push('-');
            }
            spec.width = w.unsigned_abs().to_string();
        }
        if spec.precision.as_deref() == Some("*") {
            let p = star_arg(vm, &items, &mut next_arg, false)?;
            spec.precision = Some(p.max(0).to_string());
        }
        // (`%%` only, as for str.)
        if spec.conv == '%' && i == spec_start + 1 {
            out.push(b'%');
            continue;
        }
        let arg = match (&spec.key, mapping) {
            (Some(k), Some(m)) => {
                let key = vm.new_bytes(k.chars().map(|c| c as u8).collect())?;
                // After a keyed spec, no positional argument is left.
                next_arg = items.len();
                vm.using(key, |vm, key| vm.getitem(m, key))?
            }
            (Some(_), None) => {
                return Err(vm.type_error("format requires a mapping".to_string()));
            }
            _ => {
                let Some(&a) = items.get(next_arg) else {
                    return Err(vm.type_error("not enough arguments for format string".into()));
                };
                next_arg += 1;
                vm.incref(a)
            }
        };
        let piece = vm.using(arg, |vm, arg| {
            crate::types::str::format::check_conversion(vm, spec.conv, "sbracdiuxXoeEfFgG", i - 1)?;
            bytes_piece(vm, &spec, arg)
        })?;
        out.extend_from_slice(&piece);
    }
    if mapping.is_none() && next_arg < items.len() && values.tag() == Tag::Tuple {
        let msg = "not all arguments converted during bytes formatting";
        return Err(vm.type_error(msg.to_string()));
    }
    if mapping.is_none() && values.tag() != Tag::Tuple && next_arg == 0 {
        let msg = "not all arguments converted during bytes formatting";
        return Err(vm.type_error(msg.to_string()));
    }
    vm.new_like(template, out)
}

/// One conversion of `bytes % args`.
fn bytes_piece<C: Collector>(
    vm: &mut Vm<C>,
    spec: &crate::types::str::format::PercentSpec,
    arg: ObjRef,
) -> PyResult<Vec<u8>> {
    let raw: Vec<u8> = match spec.conv {
        's' | 'b' => match buffer_of(arg) {
            Some(b) => b.into_owned(),
            None => match vm.try_dunder(arg, "__bytes__", &[])? {
                Some(r) if buffer_of(r).is_some() => {
                    let b = buffer_of(r).expect("checked").into_owned();
                    vm.decref(r);
                    b
                }
                r => {
                    vm.decref_opt(r);
                    let tn = vm.type_name(arg);
                    return Err(vm.type_error(format!(
                        "%b requires a bytes-like object, or an object that implements __bytes__, not '{tn}'"
                    )));
                }
            },
        },
        'r' | 'a' => {
            let a = vm.ascii(arg)?;
            let s = str_of(a).unwrap_or("").as_bytes().to_vec();
            vm.decref(a);
            s
        }
        'c' => match buffer_of(arg) {
            Some(b) if b.len() == 1 => b.into_owned(),
            Some(_) => {
                let msg = "%c requires an integer in range(256) or a single byte";
                return Err(vm.type_error(msg.into()));
            }
            None => match vm.index_i64_or(arg, "")? {
                Some(v) if (0..256).contains(&v) => vec![v as u8],
                Some(_) => {
                    let msg = "%c arg not in range(256)";
                    return Err(vm.new_error("OverflowError", msg.into()));
                }
                None => {
                    let msg = "%c requires an integer in range(256) or a single byte";
                    return Err(vm.type_error(msg.into()));
                }
            },
        },
        _ => {
            let s = render_percent(vm, spec, arg)?;
            return Ok(s.into_bytes());
        }
    };
    // Precision truncates %s/%b/%r/%a; width pads with spaces.
    let mut raw = raw;
    if let (Some(p), 's' | 'b' | 'r' | 'a') = (&spec.precision, spec.conv) {
        raw.truncate(p.parse().unwrap_or(0));
    }
    let width: usize = spec.width.parse().unwrap_or(0);
    vm.check_room(width)?;
    let pad = width.saturating_sub(raw.len());
    if spec.flags.contains('-') {
        raw.extend(std::iter::repeat_n(b' ', pad));
        Ok(raw)
    } else {
        let mut out = vec![b' '; pad];
        out.extend(raw);
        Ok(out)
    }
}
