//! Methods of `str`, `str.format`, and printf-style `%` formatting.

use super::chars::*;
use crate::builtins::clinic_str;
use crate::builtins::{arg_i64, arg_str, check_args, check_kwargs, def_method, kwarg};
use crate::object::{ObjExt, Tag};
use crate::text::int_ops::is_py_space;
use crate::types::str::{str_of, StrObject};
use crate::types::tuple::tuple_items;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    let m: &[(&'static str, crate::vm::NativeFn<C>)] = &[
        ("join", join),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("istitle", istitle),
        ("expandtabs", expandtabs),
        ("format_map", format_map),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("format", format),
        ("encode", encode),
        ("translate", translate),
    ];
    for &(name, f) in m {
        def_method(vm, "str", name, f);
    }
    crate::builtins::def_staticmethod(vm, "str", "maketrans", maketrans);
}

/// `str.translate(table)`: each character looked up by its code point in
/// the table (a missing one is kept): None deletes it, an int or a str
/// replaces it.
fn translate<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "translate")?.to_string();
    check_args(vm, &args, "translate", 2, 2)?;
    let table = args.pos[1];
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let key = vm.new_int_i64(i64::from(c as u32))?;
        let found = vm.using(key, |vm, key| match vm.getitem(table, key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if vm.is_instance_of_name(e, "LookupError") => {
                vm.decref(e);
                Ok(None)
            }
            Err(e) => Err(e),
        })?;
        let Some(v) = found else {
            out.push(c);
            continue;
        };
        let piece = if v == vm.none {
            Ok(None)
        } else if let Some(t) = str_of(v) {
            Ok(Some(t.to_string()))
        } else if let Some(i) = crate::types::scalar::int_of(v) {
            match i
                .as_i64()
                .and_then(|n| u32::try_from(n).ok())
                .and_then(char::from_u32)
            {
                Some(ch) => Ok(Some(ch.to_string())),
                None => Err(vm.value_error("character mapping must be in range(0x110000)".into())),
            }
        } else {
            Err(vm.type_error("character mapping must return integer, None or str".into()))
        };
        vm.decref(v);
        if let Some(p) = piece? {
            out.push_str(&p);
        }
    }
    ret_str(vm, out)
}

/// `str.maketrans(x[, y[, z]])`: a translation table (a dict of code
/// points).
fn maketrans<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "maketrans", 1, 3)?;
    let d = vm.new_dict()?;
    vm.fill(d, |vm, d| {
        let code = |vm: &mut Vm<C>, c: char| vm.new_int_i64(i64::from(c as u32));
        if args.pos.len() == 1 {
            let x = args.pos[0];
            if x.tag() != Tag::Dict {
                return Err(vm.type_error(
                    "if you give only one argument to maketrans it must be a dict".into(),
                ));
            }
            for e in crate::types::dict::dict_of(x).expect("dict").snapshot() {
                let key = match str_of(e.key) {
                    Some(k) if k.chars().count() == 1 => code(vm, k.chars().next().expect("one"))?,
                    Some(_) => {
                        return Err(vm.value_error(
                            "string keys in translate table must be of length 1".into(),
                        ))
                    }
                    None if crate::types::scalar::int_of(e.key).is_some() => vm.incref(e.key),
                    None => {
                        return Err(vm.type_error(
                            "keys in translate table must be strings or integers".into(),
                        ))
                    }
                };
                let r = vm.dict_set(d, key, e.value);
                vm.decref(key);
                r?;
            }
            return Ok(());
        }
        let (Some(x), Some(y)) = (str_of(args.pos[0]), str_of(args.pos[1])) else {
            return Err(vm.type_error("maketrans() arguments must be strings".into()));
        };
        let (x, y): (Vec<char>, Vec<char>) = (x.chars().collect(), y.chars().collect());
        if x.len() != y.len() {
            return Err(
                vm.value_error("the first two maketrans arguments must have equal length".into())
            );
        }
        for (a, b) in x.into_iter().zip(y) {
            let (k, v) = (code(vm, a)?, code(vm, b)?);
            let r = vm.dict_set(d, k, v);
            vm.decref_all([k, v]);
            r?;
        }
        if let Some(&z) = args.pos.get(2) {
            let Some(z) = str_of(z).map(str::to_string) else {
                return Err(vm.type_error("maketrans() argument 3 must be str".into()));
            };
            for c in z.chars() {
                let k = code(vm, c)?;
                let none = vm.none;
                let r = vm.dict_set(d, k, none);
                vm.decref(k);
                r?;
            }
        }
        Ok(())
    })
}

/// The receiver's text.
pub(super) fn me<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
) -> PyResult<&'a str> {
    match args.pos.first().and_then(|&o| str_of(o)) {
        Some(s) => Ok(s),
        None => Err(vm.type_error(format!("descriptor '{name}' requires a 'str' object"))),
    }
}

pub(super) fn ret_str<C: Collector>(vm: &mut Vm<C>, s: String) -> PyResult<ObjRef> {
    vm.new_string(s)
}

/// The result `r` of a method of the str `args.pos[0]`: the str itself
/// when nothing changed and it is an exact str (CPython's
/// `unicode_result_unchanged`).
fn ret_maybe_unchanged<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    r: String,
) -> PyResult<ObjRef> {
    let me = args.pos[0];
    if me.tag() == crate::object::Tag::Str && str_of(me) == Some(r.as_str()) {
        return Ok(vm.incref(me));
    }
    ret_str(vm, r)
}

fn join<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let sep = me(vm, &args, "join")?;
    check_args(vm, &args, "join", 2, 2)?;
    let items = vm.sequence_fast(args.pos[1], "can only join an iterable")?;
    // One exact str joins to itself (`PyUnicode_Join`).
    if let [only] = items[..] {
        if only.tag() == crate::object::Tag::Str {
            return Ok(only);
        }
    }
    // The result's size is known before it is built.
    let total = items
        .iter()
        .filter_map(|&x| str_of(x))
        .map(str::len)
        .sum::<usize>();
    let seps = sep.len().saturating_mul(items.len().saturating_sub(1));
    if let Err(e) = vm.check_room(total.saturating_add(seps)) {
        vm.with_roots(&[e], |vm| vm.decref_all(items));
        return Err(e);
    }
    let mut out = String::with_capacity(total.saturating_add(seps));
    for (i, &x) in items.iter().enumerate() {
        let Some(s) = str_of(x) else {
            let tn = vm.type_name(x);
            vm.decref_all(items);
            return Err(vm.type_error(format!(
                "sequence item {i}: expected str instance, {tn} found"
            )));
        };
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s);
    }
    vm.decref_all(items);
    ret_str(vm, out)
}

fn strs_to_list<C: Collector>(vm: &mut Vm<C>, parts: Vec<String>) -> PyResult<ObjRef> {
    let mut objs = Vec::with_capacity(parts.len());
    for p in parts {
        match vm.new_string(p) {
            Ok(o) => objs.push(o),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(objs));
                return Err(e);
            }
        }
    }
    vm.new_list(objs)
}

/// `sep` and `maxsplit` of split/rsplit.
fn split_args<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(Option<&'a str>, i64)> {
    crate::builtins::check_at_most(vm, args.len() - 1 + args.kwnames.len(), name, 2)?;
    check_kwargs(vm, args, name, &["sep", "maxsplit"])?;
    let sep = args
        .pos
        .get(1)
        .copied()
        .or_else(|| kwarg(args, "sep"))
        .filter(|&o| o != vm.none);
    let sep = match sep {
        Some(o) => match str_of(o) {
            Some(s) => Some(s),
            None => {
                let tn = vm.type_name(o);
                return Err(vm.type_error(format!("must be str or None, not {tn}")));
            }
        },
        None => None,
    };
    if sep == Some("") {
        return Err(vm.value_error("empty separator".to_string()));
    }
    let max = match args.pos.get(2).copied().or_else(|| kwarg(args, "maxsplit")) {
        Some(m) => arg_i64(vm, m)?,
        None => -1,
    };
    Ok((sep, max))
}

/// The list a split method returns: `[s]` itself when the one part is
/// the whole of an exact str (stringlib's split functions, which give a
/// whitespace split that reached its limit a new str).
fn split_result<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    parts: Vec<String>,
    whole_ok: bool,
) -> PyResult<ObjRef> {
    let me = args.pos[0];
    if whole_ok
        && me.tag() == crate::object::Tag::Str
        && parts.len() == 1
        && str_of(me).is_some_and(|s| s.len() == parts[0].len())
    {
        let me = vm.incref(me);
        return vm.new_list(vec![me]);
    }
    strs_to_list(vm, parts)
}

fn split<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "split")?;
    let (sep, max) = split_args(vm, &args, "split")?;
    let parts = match sep {
        Some(sep) if max < 0 => s.split(sep).map(str::to_string).collect(),
        Some(sep) => s
            .splitn(max as usize + 1, sep)
            .map(str::to_string)
            .collect(),
        None => split_whitespace(s, max),
    };
    split_result(vm, &args, parts, sep.is_some() || max != 0)
}

fn split_whitespace(s: &str, max: i64) -> Vec<String> {
    let mut parts = Vec::new();
    let mut rest = s.trim_start_matches(is_py_space);
    while !rest.is_empty() {
        if max >= 0 && parts.len() as i64 == max {
            parts.push(rest.to_string());
            break;
        }
        let end = rest.find(is_py_space).unwrap_or(rest.len());
        parts.push(rest[..end].to_string());
        rest = rest[end..].trim_start_matches(is_py_space);
    }
    parts
}

fn rsplit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "rsplit")?;
    let (sep, max) = split_args(vm, &args, "rsplit")?;
    let mut parts: Vec<String> = match sep {
        Some(sep) if max < 0 => s.rsplit(sep).map(str::to_string).collect(),
        Some(sep) => s
            .rsplitn(max as usize + 1, sep)
            .map(str::to_string)
            .collect(),
        None => {
            let rev: String = s.chars().rev().collect();
            split_whitespace(&rev, max)
                .into_iter()
                .map(|p| p.chars().rev().collect())
                .collect()
        }
    };
    parts.reverse();
    split_result(vm, &args, parts, sep.is_some() || max != 0)
}

fn splitlines<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "splitlines")?;
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
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = s.char_indices().collect();
    let mut i = 0;
    while i < chars.len() {
        let (b, c) = chars[i];
        let brk = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if brk {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.get(i + 1).is_some_and(|&(_, n)| n == '\n') {
                end += 1;
                i += 1;
            }
            parts.push(if keep {
                s[start..end].to_string()
            } else {
                s[start..b].to_string()
            });
            start = end;
        }
        i += 1;
    }
    if start < s.len() {
        parts.push(s[start..].to_string());
    }
    split_result(vm, &args, parts, true)
}

fn strip_chars<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'a>,
    name: &str,
) -> PyResult<Option<&'a str>> {
    check_args(vm, args, name, 1, 2)?;
    match args.pos.get(1).filter(|&&o| o != vm.none) {
        Some(&o) => match str_of(o) {
            Some(s) => Ok(Some(s)),
            None => Err(vm.type_error(format!("{name} arg must be None or str"))),
        },
        None => Ok(None),
    }
}

fn do_strip<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    left: bool,
    right: bool,
) -> PyResult<ObjRef> {
    let s = me(vm, &args, name)?;
    let chars = strip_chars(vm, &args, name)?;
    let pred = |c: char| match chars {
        Some(set) => set.contains(c),
        None => is_py_space(c),
    };
    let mut r = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    let r = r.to_string();
    ret_maybe_unchanged(vm, &args, r)
}

fn strip<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    do_strip(vm, args, "strip", true, true)
}
fn lstrip<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    do_strip(vm, args, "lstrip", true, false)
}
fn rstrip<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    do_strip(vm, args, "rstrip", false, true)
}

fn replace<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "replace")?;
    check_args(vm, &args, "replace", 3, 4)?;
    let old = arg_str(vm, args.pos[1], "replace() argument 1")?;
    let new = arg_str(vm, args.pos[2], "replace() argument 2")?;
    let count = match args.pos.get(3) {
        Some(&c) => arg_i64(vm, c)?,
        None => -1,
    };
    // The result's size is known before it is built.
    let hits = if old.is_empty() {
        s.chars().count() + 1
    } else {
        s.matches(old).count()
    };
    let hits = if count < 0 {
        hits
    } else {
        hits.min(count as usize)
    };
    let grow = new.len().saturating_sub(old.len()).saturating_mul(hits);
    vm.check_room(s.len().saturating_add(grow))?;
    let r = if count < 0 {
        s.replace(old, new)
    } else if old.is_empty() {
        let mut out = String::new();
        let mut n = 0;
        for c in s.chars() {
            if n < count {
                out.push_str(new);
                n += 1;
            }
            out.push(c);
        }
        if n < count {
            out.push_str(new);
        }
        out
    } else {
        s.replacen(old, new, count as usize)
    };
    ret_maybe_unchanged(vm, &args, r)
}

/// (haystack slice, char offset of its start) for find-like methods.
fn search_range<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    s: &'a str,
) -> PyResult<(&'a str, usize)> {
    let so = args.pos[0].payload::<StrObject>();
    let n = so.chars as i64;
    let norm = |v: i64| if v < 0 { (v + n).max(0) } else { v.min(n) } as usize;
    let raw_start = match args.pos.get(2).filter(|&&o| o != vm.none) {
        Some(&o) => vm.slice_index(o)?,
        None => 0,
    };
    let start = norm(raw_start);
    let end = match args.pos.get(3).filter(|&&o| o != vm.none) {
        Some(&o) => norm(vm.slice_index(o)?),
        None => n as usize,
    };
    // CPython: a start past the end finds nothing, not even "".
    if start > end || raw_start > n {
        return Ok(("", usize::MAX));
    }
    let _ = s;
    Ok((so.char_slice(start, end), start))
}

fn char_index(hay: &str, byte: usize) -> usize {
    hay[..byte].chars().count()
}

fn find_impl<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    rev: bool,
) -> PyResult<Option<usize>> {
    let s = me(vm, args, name)?;
    crate::builtins::check_varargs(vm, args, name, 1, 3)?;
    let sub = arg_str(vm, args.pos[1], "")?;
    let (hay, off) = search_range(vm, args, s)?;
    if off == usize::MAX {
        return Ok(None);
    }
    let found = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(found.map(|b| off + char_index(hay, b)))
}

fn find<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let r = find_impl(vm, &args, "find", false)?;
    vm.new_int_i64(r.map_or(-1, |i| i as i64))
}
fn rfind<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let r = find_impl(vm, &args, "rfind", true)?;
    vm.new_int_i64(r.map_or(-1, |i| i as i64))
}
fn index<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    match find_impl(vm, &args, "index", false)? {
        Some(i) => vm.new_int_i64(i as i64),
        None => Err(vm.value_error("substring not found".to_string())),
    }
}
fn rindex<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    match find_impl(vm, &args, "rindex", true)? {
        Some(i) => vm.new_int_i64(i as i64),
        None => Err(vm.value_error("substring not found".to_string())),
    }
}

fn count<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "count")?;
    crate::builtins::check_varargs(vm, &args, "count", 1, 3)?;
    let sub = arg_str(vm, args.pos[1], "")?;
    let (hay, off) = search_range(vm, &args, s)?;
    let n = if off == usize::MAX {
        0
    } else if sub.is_empty() {
        hay.chars().count() + 1
    } else {
        hay.matches(sub).count()
    };
    vm.new_int_i64(n as i64)
}

fn affix<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    start: bool,
) -> PyResult<ObjRef> {
    let s = me(vm, &args, name)?;
    crate::builtins::check_varargs(vm, &args, name, 1, 3)?;
    let (hay, off) = search_range(vm, &args, s)?;
    let in_tuple = tuple_items(args.pos[1]).is_some();
    let candidates: Vec<ObjRef> = match tuple_items(args.pos[1]) {
        Some(t) => t.to_vec(),
        None => vec![args.pos[1]],
    };
    // (CPython's `tailmatch` loop: the first match ends it, before later
    // items are checked.)
    let mut hit = false;
    for c in candidates {
        let Some(p) = str_of(c) else {
            let tn = vm.type_name(c);
            return Err(vm.type_error(if in_tuple {
                format!("tuple for {name} must only contain str, not {tn}")
            } else {
                format!("{name} first arg must be str or a tuple of str, not {tn}")
            }));
        };
        if off != usize::MAX
            && (if start {
                hay.starts_with(p)
            } else {
                hay.ends_with(p)
            })
        {
            hit = true;
            break;
        }
    }
    Ok(vm.new_bool(hit))
}

fn startswith<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    affix(vm, args, "startswith", true)
}
fn endswith<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    affix(vm, args, "endswith", false)
}

fn expandtabs<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "expandtabs")?;
    check_args(vm, &args, "expandtabs", 1, 2)?;
    let size = match args.pos.get(1).copied().or_else(|| kwarg(&args, "tabsize")) {
        Some(t) => crate::builtins::arg_c_int(vm, t)? as i64,
        None => 8,
    };
    let tabs = s.chars().filter(|&c| c == '\t').count();
    vm.check_room(tabs.saturating_mul(size.max(0) as usize))?;
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(' ', n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    ret_maybe_unchanged(vm, &args, out)
}

fn format_map<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "format_map")?.to_string();
    check_args(vm, &args, "format_map", 2, 2)?;
    if !s.contains(['{', '}']) {
        return Ok(vm.incref(args.pos[0]));
    }
    let out = super::format::format_string_map(vm, &s, args.pos[1])?;
    formatted(vm, out)
}

fn formatted<C: Collector>(vm: &mut Vm<C>, f: super::format::Formatted) -> PyResult<ObjRef> {
    match f {
        super::format::Formatted::Text(t) => ret_str(vm, t),
        super::format::Formatted::Shared(o) => Ok(o),
    }
}

/// `(width, fill)` arguments of center/ljust/rjust.
fn pad_args<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str) -> PyResult<(usize, char)> {
    check_args(vm, args, name, 2, 3)?;
    let w = arg_i64(vm, args.pos[1])?.max(0) as usize;
    let fill = match args.pos.get(2) {
        Some(&f) => {
            let Some(fs) = str_of(f) else {
                let tn = vm.type_name(f);
                return Err(vm.type_error(format!(
                    "The fill character must be a unicode character, not {tn}"
                )));
            };
            let mut it = fs.chars();
            match (it.next(), it.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(vm.type_error(
                        "The fill character must be exactly one character long".to_string(),
                    ))
                }
            }
        }
        None => ' ',
    };
    vm.check_room(w.saturating_mul(fill.len_utf8()))?;
    Ok((w, fill))
}

fn pad<C: Collector>(vm: &mut Vm<C>, args: Args<'_>, name: &str, how: char) -> PyResult<ObjRef> {
    let s = me(vm, &args, name)?;
    let (w, fill) = pad_args(vm, &args, name)?;
    let n = args.pos[0].payload::<StrObject>().chars;
    if w <= n {
        return Ok(vm.incref(args.pos[0]));
    }
    let total = w - n;
    let (left, right) = match how {
        '<' => (0, total),
        '>' => (total, 0),
        _ => {
            let left = total / 2 + (total & w & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    ret_str(vm, format!("{}{s}{}", f.repeat(left), f.repeat(right)))
}

fn center<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pad(vm, args, "center", '^')
}
fn ljust<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pad(vm, args, "ljust", '<')
}
fn rjust<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    pad(vm, args, "rjust", '>')
}

fn zfill<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "zfill")?;
    check_args(vm, &args, "zfill", 2, 2)?;
    let w = arg_i64(vm, args.pos[1])?.max(0) as usize;
    let n = args.pos[0].payload::<StrObject>().chars;
    if w <= n {
        return Ok(vm.incref(args.pos[0]));
    }
    vm.check_room(w)?;
    let zeros = "0".repeat(w - n);
    let r = match s.chars().next() {
        Some(c @ ('+' | '-')) => format!("{c}{zeros}{}", &s[1..]),
        _ => format!("{zeros}{s}"),
    };
    ret_str(vm, r)
}

fn partition_impl<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    rev: bool,
) -> PyResult<ObjRef> {
    let s = me(vm, &args, name)?;
    check_args(vm, &args, name, 2, 2)?;
    let sep = arg_str(vm, args.pos[1], "")?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator".to_string()));
    }
    let found = if rev { s.rfind(sep) } else { s.find(sep) };
    let parts = match found {
        Some(i) => [
            s[..i].to_string(),
            sep.to_string(),
            s[i + sep.len()..].to_string(),
        ],
        None if rev => [String::new(), String::new(), s.to_string()],
        None => [s.to_string(), String::new(), String::new()],
    };
    let mut objs = Vec::new();
    for (at, p) in parts.into_iter().enumerate() {
        // Not found: the str itself is the whole part; found: the middle
        // part is the separator object itself (CPython packs `sep_obj`).
        let part = match found {
            None if p.len() == s.len() && !p.is_empty() => ret_maybe_unchanged(vm, &args, p),
            Some(_) if at == 1 => Ok(vm.incref(args.pos[1])),
            _ => vm.new_string(p),
        };
        match part {
            Ok(o) => objs.push(o),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all(objs));
                return Err(e);
            }
        }
    }
    vm.new_tuple(objs)
}

fn partition<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    partition_impl(vm, args, "partition", false)
}
fn rpartition<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    partition_impl(vm, args, "rpartition", true)
}

fn removeprefix<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "removeprefix")?;
    check_args(vm, &args, "removeprefix", 2, 2)?;
    let p = clinic_str(vm, args.pos[1], "removeprefix() argument")?;
    let r = s.strip_prefix(p).unwrap_or(s).to_string();
    ret_maybe_unchanged(vm, &args, r)
}

fn removesuffix<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "removesuffix")?;
    check_args(vm, &args, "removesuffix", 2, 2)?;
    let p = clinic_str(vm, args.pos[1], "removesuffix() argument")?;
    let r = s.strip_suffix(p).unwrap_or(s).to_string();
    ret_maybe_unchanged(vm, &args, r)
}

/// `str.encode(encoding='utf-8', errors='strict')`.
fn encode<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "encode")?.to_string();
    crate::builtins::check_kwargs(vm, &args, "encode", &["encoding", "errors"])?;
    if args.pos.len() > 3 {
        let n = args.pos.len() - 1;
        return Err(vm.type_error(format!("encode() takes at most 2 arguments ({n} given)")));
    }
    let text_arg = |vm: &mut Vm<C>, i: usize, name: &str, default: &str| match args
        .pos
        .get(i)
        .copied()
        .or_else(|| crate::builtins::kwarg(&args, name))
    {
        None => Ok(default.to_string()),
        Some(o) => match str_of(o) {
            Some(t) => Ok(t.to_string()),
            None => {
                let tn = vm.type_name(o);
                Err(vm.type_error(format!("encode() argument '{name}' must be str, not {tn}")))
            }
        },
    };
    let encoding = text_arg(vm, 1, "encoding", "utf-8")?;
    let errors = text_arg(vm, 2, "errors", "strict")?;
    let b = vm.encode_text(&s, &encoding, &errors)?;
    vm.new_bytes(b)
}

fn format<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let s = me(vm, &args, "format")?.to_string();
    // A template without a field is its own result (CPython's writer hands
    // back the one piece it was given: the string itself, even a subclass
    // instance).
    if !s.contains(['{', '}']) {
        return Ok(vm.incref(args.pos[0]));
    }
    let out = super::format::format_string(vm, &s, &args.pos[1..], &args)?;
    formatted(vm, out)
}
