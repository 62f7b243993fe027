//! `str.format` and printf-style `%` formatting of str.

use crate::builtins::kwarg;
use crate::object::{ObjExt, Tag};
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

/// How replacement fields are numbered so far in one template, and where
/// named fields come from.
struct Numbering {
    next: usize,
    /// `Some(true)` once `{}` was used, `Some(false)` once `{0}` was.
    automatic: Option<bool>,
    /// `str.format_map`'s mapping (named fields are looked up in it).
    mapping: Option<ObjRef>,
    /// How many more levels of templates may nest (a field's spec is a
    /// template of its own): CPython's `recursion_depth`, 2 at the top.
    depth: u8,
}

/// What `str.format` made: text, or the one str object its last field
/// wrote with nothing before it (CPython's writer shares a str written
/// whole into an empty buffer once it stops over-allocating, for the last
/// field).
pub enum Formatted {
    Text(String),
    Shared(ObjRef),
}

/// `str.format_map(mapping)`.
pub fn format_string_map<C: Collector>(
    vm: &mut Vm<C>,
    s: &str,
    mapping: ObjRef,
) -> PyResult<Formatted> {
    let args = Args::new(&[]);
    expand(
        vm,
        s,
        &[],
        &args,
        &mut Numbering {
            next: 0,
            automatic: None,
            mapping: Some(mapping),
            depth: 2,
        },
    )
}

/// Expand a `str.format` template.
pub fn format_string<C: Collector>(
    vm: &mut Vm<C>,
    s: &str,
    pos: &[ObjRef],
    args: &Args<'_>,
) -> PyResult<Formatted> {
    expand(
        vm,
        s,
        pos,
        args,
        &mut Numbering {
            next: 0,
            automatic: None,
            mapping: None,
            depth: 2,
        },
    )
}

fn expand<C: Collector>(
    vm: &mut Vm<C>,
    s: &str,
    pos: &[ObjRef],
    args: &Args<'_>,
    auto: &mut Numbering,
) -> PyResult<Formatted> {
    if auto.depth == 0 {
        return Err(vm.value_error("Max string recursion exceeded".to_string()));
    }
    let mut out = String::new();
    let chars: Vec<char> = s.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(vm.value_error("Single '}' encountered in format string".to_string()));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if chars.get(i + 1) == Some(&'{') {
            out.push('{');
            i += 2;
            continue;
        }
        if i + 1 == chars.len() {
            return Err(vm.value_error("Single '{' encountered in format string".to_string()));
        }
        let (text, next) = read_field(&chars, i + 1);
        i = next;
        let field = parse_field(text).map_err(|m| vm.value_error(m.to_string()))?;
        let r = render_field(vm, &field, pos, args, auto)?;
        let text = str_of(r).unwrap_or("");
        if i == chars.len() && out.is_empty() && !text.is_empty() && r.tag() == Tag::Str {
            return Ok(Formatted::Shared(r));
        }
        out.push_str(text);
        vm.decref(r);
    }
    Ok(Formatted::Text(out))
}

/// A nested format spec's expansion, as text.
fn expand_text<C: Collector>(
    vm: &mut Vm<C>,
    s: &str,
    pos: &[ObjRef],
    args: &Args<'_>,
    auto: &mut Numbering,
) -> PyResult<String> {
    Ok(match expand(vm, s, pos, args, auto)? {
        Formatted::Text(t) => t,
        Formatted::Shared(o) => {
            let t = str_of(o).unwrap_or("").to_string();
            vm.decref(o);
            t
        }
    })
}

/// The text after a `{` up to its matching `}` (included), or to the end
/// when there is none; the index after it. (CPython's MarkupIterator.)
fn read_field(chars: &[char], mut i: usize) -> (&[char], usize) {
    let start = i;
    let mut depth = 1;
    while i < chars.len() {
        match chars[i] {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return (&chars[start..=i], i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    (&chars[start..], i)
}

/// A replacement field: the name (with its `.attr` / `[key]` parts), the
/// conversion and the format spec.
struct Field {
    name: String,
    conv: Option<char>,
    spec: String,
}

/// Split a field's text as CPython's `parse_field` does, with its errors.
fn parse_field(text: &[char]) -> Result<Field, &'static str> {
    let mut i = 0;
    let mut stop = None;
    while i < text.len() {
        let c = text[i];
        i += 1;
        match c {
            '{' => return Err("unexpected '{' in field name"),
            '[' => {
                while i < text.len() && text[i] != ']' {
                    i += 1;
                }
            }
            '}' | ':' | '!' => {
                stop = Some(c);
                break;
            }
            _ => {}
        }
    }
    let name_end = if stop.is_some() { i - 1 } else { i };
    let name: String = text[..name_end].iter().collect();
    let mut conv = None;
    match stop {
        Some('}') => Ok(Field {
            name,
            conv,
            spec: String::new(),
        }),
        Some(c @ ('!' | ':')) => {
            if c == '!' {
                let Some(&k) = text.get(i) else {
                    return Err("end of string while looking for conversion specifier");
                };
                conv = Some(k);
                i += 1;
                if let Some(&c) = text.get(i) {
                    i += 1;
                    if c == '}' {
                        return Ok(Field {
                            name,
                            conv,
                            spec: String::new(),
                        });
                    }
                    if c != ':' {
                        return Err("expected ':' after conversion specifier");
                    }
                }
            }
            let start = i;
            let mut depth = 1;
            while i < text.len() {
                match text[i] {
                    '{' => depth += 1,
                    '}' => {
                        depth -= 1;
                        if depth == 0 {
                            return Ok(Field {
                                name,
                                conv,
                                spec: text[start..i].iter().collect(),
                            });
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            Err("unmatched '{' in format spec")
        }
        _ => Err("expected '}' before end of string"),
    }
}

fn render_field<C: Collector>(
    vm: &mut Vm<C>,
    field: &Field,
    pos: &[ObjRef],
    args: &Args<'_>,
    auto: &mut Numbering,
) -> PyResult<ObjRef> {
    let (name, conv, spec) = (field.name.as_str(), field.conv, field.spec.as_str());
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let (head, rest) = name.split_at(first_end);
    let is_auto = head.is_empty();
    // CPython's `get_integer`: a field or an index is a number only when
    // it is all digits (no sign).
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if is_auto || digits(head) {
        match auto.automatic {
            Some(false) if is_auto => {
                return Err(vm.value_error(
                    "cannot switch from manual field specification to automatic field numbering"
                        .to_string(),
                ))
            }
            Some(true) if !is_auto => {
                return Err(vm.value_error(
                    "cannot switch from automatic field numbering to manual field specification"
                        .to_string(),
                ))
            }
            _ => auto.automatic = Some(is_auto),
        }
    }
    if auto.mapping.is_some() && (head.is_empty() || digits(head)) {
        return Err(vm.value_error("Format string contains positional fields".to_string()));
    }
    let mut obj = if head.is_empty() {
        let o = pos.get(auto.next).copied();
        auto.next += 1;
        match o {
            Some(o) => vm.incref(o),
            None => {
                return Err(vm.new_error(
                    "IndexError",
                    format!(
                        "Replacement index {} out of range for positional args tuple",
                        auto.next - 1
                    ),
                ))
            }
        }
    } else if let Some(n) = digits(head).then(|| head.parse::<usize>().ok()).flatten() {
        match pos.get(n) {
            Some(&o) => vm.incref(o),
            None => {
                return Err(vm.new_error(
                    "IndexError",
                    format!("Replacement index {n} out of range for positional args tuple"),
                ))
            }
        }
    } else if let Some(m) = auto.mapping {
        let k = vm.new_str(head)?;
        let r = vm.with_roots(&[k], |vm| vm.getitem(m, k));
        vm.decref(k);
        r?
    } else {
        match kwarg(args, head) {
            Some(o) => vm.incref(o),
            None => {
                let k = vm.new_str(head)?;
                let e = vm.key_error(k);
                vm.decref(k);
                return Err(e);
            }
        }
    };
    // Every temporary below stays rooted while Python code (`__getattr__`,
    // `__getitem__`, `__repr__`, `__format__`) runs.
    obj = follow_accessors(vm, obj, rest)?;
    let converted = vm.with_roots(&[obj], |vm| match conv {
        Some('r') => vm.repr(obj),
        Some('s') => vm.str(obj),
        Some('a') => vm.ascii(obj),
        Some(c) => Err(vm.value_error(format!("Unknown conversion specifier {c}"))),
        None => Ok(vm.incref(obj)),
    });
    vm.decref(obj);
    let converted = converted?;
    let r = vm.with_roots(&[converted], |vm| {
        let spec = if spec.contains('{') {
            auto.depth -= 1;
            let expanded = expand_text(vm, spec, pos, args, auto);
            auto.depth += 1;
            expanded?
        } else {
            spec.to_string()
        };
        let spec_obj = vm.new_string(spec)?;
        let r = vm.with_roots(&[spec_obj], |vm| vm.format(converted, Some(spec_obj)));
        vm.decref(spec_obj);
        r
    });
    vm.decref(converted);
    r
}

/// `.attr` and `[key]` parts of a replacement field.
fn follow_accessors<C: Collector>(
    vm: &mut Vm<C>,
    mut obj: ObjRef,
    mut rest: &str,
) -> PyResult<ObjRef> {
    while !rest.is_empty() {
        let next = if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            let v = vm.with_roots(&[obj], |vm| vm.getattr_str(obj, &r[..end]));
            rest = &r[end..];
            v
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let key = &r[..end];
            let numeric = !key.is_empty() && key.bytes().all(|b| b.is_ascii_digit());
            let k = match key.parse::<i64>() {
                Ok(n) if numeric => vm.new_int_i64(n)?,
                _ => vm.new_str(key)?,
            };
            let v = vm.with_roots(&[obj, k], |vm| vm.getitem(obj, k));
            vm.decref(k);
            rest = r.get(end + 1..).unwrap_or("");
            v
        } else {
            vm.decref(obj);
            return Err(vm.value_error(
                "Only '.' or '[' may follow ']' in format field specifier".to_string(),
            ));
        };
        vm.decref(obj);
        obj = next?;
    }
    Ok(obj)
}

// ---- printf-style formatting ------------------------------------------------

/// `template % values`.
pub fn percent_format<C: Collector>(
    vm: &mut Vm<C>,
    template: ObjRef,
    values: ObjRef,
) -> PyResult<ObjRef> {
    let t = str_of(template).unwrap_or("").to_string();
    let items: Vec<ObjRef> = match tuple_items(values) {
        Some(items) => items.to_vec(),
        None => vec![values],
    };
    // A template that is one `%s` (with any key, width or precision that
    // leave the text whole) of an exact str gives that str itself:
    // CPython's writer hands back the one string it was given whole.
    let mut sole = None;
    let r = expand_percent(vm, &t, &items, values, &mut sole);
    match (r, sole) {
        (Ok(None), Some(o)) => Ok(o),
        (Ok(out), sole) => {
            vm.decref_opt(sole);
            vm.new_string(out.unwrap_or_default())
        }
        (Err(e), sole) => {
            vm.with_roots(&[e], |vm| vm.decref_opt(sole));
            Err(e)
        }
    }
}

/// The body of `percent_format`: the text, or None when it is exactly
/// `sole` (a new reference to the one exact str argument, written whole,
/// with nothing around it).
fn expand_percent<C: Collector>(
    vm: &mut Vm<C>,
    t: &str,
    items: &[ObjRef],
    values: ObjRef,
    sole: &mut Option<ObjRef>,
) -> PyResult<Option<String>> {
    let mapping = is_format_mapping(vm, values).then_some(values);
    let mut conversions = 0;
    let mut out = String::new();
    let chars: Vec<char> = t.chars().collect();
    let mut i = 0;
    let mut next_arg = 0;
    while i < chars.len() {
        if chars[i] != '%' {
            out.push(chars[i]);
            i += 1;
            continue;
        }
        i += 1;
        let spec_start = i;
        let Some(mut spec) = parse_percent(&chars, &mut i) else {
            let msg = if chars.get(i) == Some(&'(') && !chars[i..].contains(&')') {
                "incomplete format key"
            } else {
                "incomplete format"
            };
            return Err(vm.value_error(msg.to_string()));
        };
        // `*` takes the width or precision from the next argument (a
        // negative width left-justifies; a negative precision is 0).
        if spec.width == "*" {
            let w = star_arg(vm, items, &mut next_arg, true)?;
            if w < 0 {
                spec.flags.push('-');
            }
            spec.width = w.unsigned_abs().to_string();
        }
        if spec.precision.as_deref() == Some("*") {
            let p = star_arg(vm, items, &mut next_arg, false)?;
            spec.precision = Some(p.max(0).to_string());
        }
        // (`%%` only: a `%` after a key, flags or a width is a conversion,
        // unsupported once its argument is found.)
        if spec.conv == '%' && i == spec_start + 1 {
            out.push('%');
            continue;
        }
        // A positional argument is borrowed, as CPython's `getnextarg`
        // borrows it: the caller holds the value or the (immutable)
        // tuple. A mapping's value is a new reference.
        let (arg, owned) = match (&spec.key, mapping) {
            (Some(_), None) => {
                return Err(vm.type_error("format requires a mapping".to_string()));
            }
            (Some(k), Some(m)) => {
                let ko = vm.new_str(k)?;
                let v = vm.getitem(m, ko);
                vm.decref(ko);
                // CPython's formatter: after a keyed spec, no positional
                // argument is left.
                next_arg = items.len();
                (v?, true)
            }
            _ => {
                let Some(&a) = items.get(next_arg) else {
                    return Err(vm.type_error("not enough arguments for format string".to_string()));
                };
                next_arg += 1;
                (a, false)
            }
        };
        if let Err(e) = check_conversion(vm, spec.conv, "sracdiuxXoeEfFgG", i - 1) {
            if owned {
                vm.decref(arg);
            }
            return Err(e);
        }
        // A mapping's value is rooted: rendering runs the argument's
        // `__str__` or `__repr__`. (A positional one the caller roots.)
        let r = match owned {
            true => vm.with_roots(&[arg], |vm| render_percent(vm, &spec, arg)),
            false => render_percent(vm, &spec, arg),
        };
        conversions += 1;
        let whole = r
            .as_ref()
            .is_ok_and(|r| spec.conv == 's' && arg.tag() == Tag::Str && str_of(arg) == Some(r));
        if whole && conversions == 1 && out.is_empty() {
            *sole = Some(vm.incref(arg));
        }
        if owned {
            vm.decref(arg);
        }
        out.push_str(&r?);
    }
    if mapping.is_none() && next_arg < items.len() && values.tag() == Tag::Tuple {
        return Err(
            vm.type_error("not all arguments converted during string formatting".to_string())
        );
    }
    if mapping.is_none() && values.tag() != Tag::Tuple && next_arg == 0 {
        return Err(
            vm.type_error("not all arguments converted during string formatting".to_string())
        );
    }
    let whole = sole.is_some_and(|o| conversions == 1 && str_of(o) == Some(out.as_str()));
    Ok((!whole).then_some(out))
}

/// Does `%` take `values` as its mapping (CPython's `PyMapping_Check`,
/// tuples and strs aside)? Anything subscriptable by key is: dicts, but
/// also lists, bytes, ranges and classes with `__getitem__`, so that
/// `"abc" % []` is `"abc"`, not "not all arguments converted".
fn is_format_mapping<C: Collector>(vm: &mut Vm<C>, values: ObjRef) -> bool {
    match crate::object::layout_tag(values) {
        Tag::Tuple | Tag::Str => false,
        Tag::Dict | Tag::List | Tag::Bytes | Tag::Bytearray | Tag::Range => true,
        _ => crate::protocol::ops::is_user(values) && vm.has_type_attr(values, "__getitem__"),
    }
}

/// A `%` conversion character must be one the formatter knows
/// (`allowed`); `at` is its index in the template.
pub(crate) fn check_conversion<C: Collector>(
    vm: &mut Vm<C>,
    c: char,
    allowed: &str,
    at: usize,
) -> PyResult<()> {
    if allowed.contains(c) {
        return Ok(());
    }
    Err(vm.value_error(format!(
        "unsupported format character '{c}' (0x{:x}) at index {at}",
        c as u32
    )))
}

/// The int a `*` in a `%` spec takes from the arguments: a width is a
/// Py_ssize_t, a precision (`wide` false) a C int, as CPython converts
/// them.
pub(crate) fn star_arg<C: Collector>(
    vm: &mut Vm<C>,
    items: &[ObjRef],
    next: &mut usize,
    wide: bool,
) -> PyResult<i64> {
    let Some(&a) = items.get(*next) else {
        return Err(vm.type_error("not enough arguments for format string".to_string()));
    };
    *next += 1;
    let Some(i) = crate::types::scalar::int_of(a) else {
        return Err(vm.type_error("* wants int".to_string()));
    };
    match i.as_i64() {
        Some(v) if wide || i32::try_from(v).is_ok() => Ok(v),
        _ => {
            let c = if wide { "ssize_t" } else { "int" };
            Err(vm.new_error(
                "OverflowError",
                format!("Python int too large to convert to C {c}"),
            ))
        }
    }
}

pub(crate) struct PercentSpec {
    pub key: Option<String>,
    pub flags: String,
    pub width: String,
    pub precision: Option<String>,
    pub conv: char,
}

pub(crate) fn parse_percent(chars: &[char], i: &mut usize) -> Option<PercentSpec> {
    let mut key = None;
    if chars.get(*i) == Some(&'(') {
        let end = chars[*i..].iter().position(|&c| c == ')')? + *i;
        key = Some(chars[*i + 1..end].iter().collect());
        *i = end + 1;
    }
    let mut flags = String::new();
    while let Some(&c) = chars.get(*i).filter(|c| "-+ #0".contains(**c)) {
        flags.push(c);
        *i += 1;
    }
    let mut width = String::new();
    if chars.get(*i) == Some(&'*') {
        width.push('*');
        *i += 1;
    }
    while let Some(&c) = chars.get(*i).filter(|c| c.is_ascii_digit()) {
        width.push(c);
        *i += 1;
    }
    let mut precision = None;
    if chars.get(*i) == Some(&'.') {
        *i += 1;
        let mut p = String::new();
        if chars.get(*i) == Some(&'*') {
            p.push('*');
            *i += 1;
        }
        while let Some(&c) = chars.get(*i).filter(|c| c.is_ascii_digit()) {
            p.push(c);
            *i += 1;
        }
        precision = Some(p);
    }
    // C's length modifiers, which Python accepts and ignores.
    while chars.get(*i).is_some_and(|c| "hlL".contains(*c)) {
        *i += 1;
    }
    let conv = *chars.get(*i)?;
    *i += 1;
    Some(PercentSpec {
        key,
        flags,
        width,
        precision,
        conv,
    })
}

pub(crate) fn render_percent<C: Collector>(
    vm: &mut Vm<C>,
    spec: &PercentSpec,
    arg: ObjRef,
) -> PyResult<String> {
    // With the `0` flag (and not `-`) the padding goes between the sign
    // or prefix and the digits: no alignment, so the spec's `0` does that.
    let align = if spec.flags.contains('-') {
        "<"
    } else if spec.flags.contains('0') {
        ""
    } else {
        ">"
    };
    let sign = if spec.flags.contains('+') {
        "+"
    } else if spec.flags.contains(' ') {
        " "
    } else {
        ""
    };
    let zero = if spec.flags.contains('0') && !spec.flags.contains('-') {
        "0"
    } else {
        ""
    };
    let alt = if spec.flags.contains('#') { "#" } else { "" };
    let prec = spec
        .precision
        .as_ref()
        .map(|p| format!(".{}", if p.is_empty() { "0" } else { p }))
        .unwrap_or_default();
    let (value, fmt) = match spec.conv {
        's' | 'r' | 'a' => {
            let s = match spec.conv {
                's' => vm.str_string(arg)?,
                'r' => vm.repr_string(arg)?,
                _ => {
                    let a = vm.ascii(arg)?;
                    let s = str_of(a).unwrap_or("").to_string();
                    vm.decref(a);
                    s
                }
            };
            let s: String = match &spec.precision {
                Some(p) => s.chars().take(p.parse().unwrap_or(0)).collect(),
                None => s,
            };
            let w: usize = spec.width.parse().unwrap_or(0);
            vm.check_room(w)?;
            let fill = " ".repeat(w.saturating_sub(s.chars().count()));
            return Ok(if align == "<" {
                format!("{s}{fill}")
            } else {
                format!("{fill}{s}")
            });
        }
        'c' => {
            let c = match str_of(arg) {
                Some(s) if s.chars().count() == 1 => s.to_string(),
                Some(_) => return Err(vm.type_error("%c requires int or char".to_string())),
                None => {
                    let Some(i) = vm.index_object(arg)? else {
                        return Err(vm.type_error("%c requires int or char".to_string()));
                    };
                    let n = crate::types::scalar::int_of(i).and_then(|n| n.as_i64());
                    vm.decref(i);
                    match n.filter(|n| (0..0x110000).contains(n)) {
                        Some(n) => char::from_u32(n as u32)
                            .map(String::from)
                            .unwrap_or_else(|| "\u{fffd}".to_string()),
                        None => {
                            return Err(vm.new_error(
                                "OverflowError",
                                "%c arg not in range(0x110000)".to_string(),
                            ))
                        }
                    }
                }
            };
            let w: usize = spec.width.parse().unwrap_or(0);
            vm.check_room(w)?;
            let fill = " ".repeat(w.saturating_sub(1));
            return Ok(if align == "<" {
                format!("{c}{fill}")
            } else {
                format!("{fill}{c}")
            });
        }
        'd' | 'i' | 'u' | 'x' | 'X' | 'o' => {
            let i = int_for_percent(vm, arg, spec.conv)?;
            let r = render_int(vm, spec, i);
            vm.decref(i);
            return r;
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
            // CPython's `PyFloat_AsDouble`: a float, an int, `__float__`
            // or `__index__` (not a str).
            let x = crate::modules::math::real(vm, arg)?;
            let f = vm.new_float(x)?;
            let p = if prec.is_empty() {
                ".6".to_string()
            } else {
                prec
            };
            (
                f,
                format!("{align}{sign}{alt}{zero}{}{p}{}", spec.width, spec.conv),
            )
        }
        c => {
            return Err(vm.value_error(format!(
                "unsupported format character '{c}' (0x{:x})",
                c as u32
            )))
        }
    };
    format_owned(vm, value, fmt)
}

/// An integer conversion as C's printf does it: precision is a minimum
/// number of digits; the `0` flag pads between sign/prefix and digits.
fn render_int<C: Collector>(vm: &mut Vm<C>, spec: &PercentSpec, i: ObjRef) -> PyResult<String> {
    let v = crate::types::scalar::int_of(i)
        .expect("int_for_percent gives an int")
        .to_big();
    let flags = &spec.flags;
    let (radix, prefix) = match spec.conv {
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        'o' => (8, "0o"),
        _ => (10, ""),
    };
    let mut digits = v.magnitude().to_str_radix(radix);
    if spec.conv == 'X' {
        digits.make_ascii_uppercase();
    }
    if let Some(p) = &spec.precision {
        let p: usize = p.parse().unwrap_or(0);
        vm.check_room(p)?;
        if digits.len() < p {
            digits.insert_str(0, &"0".repeat(p - digits.len()));
        }
    }
    let sign = if v.sign() == num_bigint::Sign::Minus {
        "-"
    } else if flags.contains('+') {
        "+"
    } else if flags.contains(' ') {
        " "
    } else {
        ""
    };
    let prefix = if flags.contains('#') { prefix } else { "" };
    let width: usize = spec.width.parse().unwrap_or(0);
    vm.check_room(width)?;
    let pad = width.saturating_sub(sign.len() + prefix.len() + digits.len());
    Ok(if flags.contains('-') {
        format!("{sign}{prefix}{digits}{}", " ".repeat(pad))
    } else if flags.contains('0') {
        format!("{sign}{prefix}{}{digits}", "0".repeat(pad))
    } else {
        format!("{}{sign}{prefix}{digits}", " ".repeat(pad))
    })
}

/// Format the (owned) value with a spec, releasing it.
fn format_owned<C: Collector>(vm: &mut Vm<C>, v: ObjRef, spec: String) -> PyResult<String> {
    let s = match vm.new_string(spec) {
        Ok(s) => s,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(v));
            return Err(e);
        }
    };
    let r = vm.format(v, Some(s));
    vm.decref(s);
    vm.decref(v);
    let r = r?;
    let out = str_of(r).unwrap_or("").to_string();
    vm.decref(r);
    Ok(out)
}

fn int_for_percent<C: Collector>(vm: &mut Vm<C>, arg: ObjRef, conv: char) -> PyResult<ObjRef> {
    // A user number: `__index__`, and for %d also `__int__` (CPython's
    // PyNumber_Index / PyNumber_Long).
    // %d takes `int(x)` (`__int__` before `__index__`); %x and %o only
    // `__index__`.
    let user = if crate::protocol::ops::is_user(arg) {
        match matches!(conv, 'x' | 'X' | 'o') {
            true => vm.index_object(arg)?,
            false => match vm.try_dunder(arg, "__int__", &[])? {
                Some(i) => Some(i),
                None => vm.index_object(arg)?,
            },
        }
    } else {
        None
    };
    if let Some(i) = user {
        return Ok(i);
    }
    if matches!(conv, 'x' | 'X' | 'o') && crate::types::scalar::int_of(arg).is_none() {
        let tn = vm.type_name(arg);
        return Err(vm.type_error(format!("%{conv} format: an integer is required, not {tn}")));
    }
    match vm.num_to_int(arg)? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(arg);
            let what = if conv == 'x' || conv == 'X' || conv == 'o' {
                "an integer"
            } else {
                "a real number"
            };
            Err(vm.type_error(format!("%{conv} format: {what} is required, not {tn}")))
        }
    }
}
