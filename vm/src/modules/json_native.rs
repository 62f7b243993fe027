//! `_json`: the C accelerator CPython's json package imports over its
//! Python definitions (`Modules/_json.c`), here in Rust with the C
//! module's behaviour: `scanstring`, `encode_basestring_ascii`,
//! `encode_basestring`, and the scanner (`scan_once`, which `json.py`'s
//! `c_make_scanner` wraps with its memo and settings): the same errors at
//! the same positions, the same calls of the hooks in the same order, one
//! str object per distinct key within one scan (the memo), and
//! RecursionError " while decoding a JSON object/array from a unicode
//! string" past the recursion limit.
//!
//! Positions in and out are character indices, as Python's; the text is
//! scanned by bytes (every character JSON gives a meaning to is ASCII, and
//! no byte of a multi-byte UTF-8 character is), and a byte offset is
//! turned into a character index only where one is reported.

use crate::object::{ObjExt, Tag};
use crate::text::int_ops;
use crate::types::str::str_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    super::new_native_module(
        vm,
        "_json",
        &[
            ("scanstring", scanstring),
            ("encode_basestring_ascii", encode_basestring_ascii),
            ("encode_basestring", encode_basestring),
            ("scan_once", scan_once),
            ("encode", encode),
        ],
    );
}

const WHILE_OBJECT: &str = " while decoding a JSON object from a unicode string";
const WHILE_ARRAY: &str = " while decoding a JSON array from a unicode string";

/// The text of the str argument `o`, or CPython's TypeError.
fn text_arg<'a, C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<&'a str> {
    match str_of(o) {
        Some(s) => Ok(s),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("first argument must be a string, not {tn:.80}")))
        }
    }
}

/// An index argument (`n` in a format: any object with `__index__`).
fn index_arg<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<i64> {
    match vm.index_i64_or(o, "OverflowError")? {
        Some(i) => Ok(i),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// The character index of byte offset `at` of `text`.
fn char_index(text: &str, ascii: bool, at: usize) -> usize {
    if ascii {
        at
    } else {
        text[..at].chars().count()
    }
}

/// The byte offset of character `idx` of `text` (at most its length in
/// characters).
fn byte_offset(text: &str, ascii: bool, idx: usize) -> usize {
    if ascii {
        return idx;
    }
    text.char_indices().nth(idx).map_or(text.len(), |(b, _)| b)
}

/// `json.JSONDecodeError(msg, doc, pos)` (CPython's `raise_errmsg`, which
/// imports the class from `json.decoder`).
fn decode_error<C: Collector>(vm: &mut Vm<C>, msg: &str, doc: ObjRef, pos: i64) -> ObjRef {
    let made = (|| {
        let name = vm.intern_borrow("json");
        let module = vm.import_module(name)?;
        let cls = vm.using(module, |vm, m| vm.getattr_str(m, "JSONDecodeError"))?;
        let m = vm.new_str(msg)?;
        let p = vm.with_roots(&[cls, m], |vm| vm.new_int_i64(pos));
        let p = match p {
            Ok(p) => p,
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref_all([cls, m]));
                return Err(e);
            }
        };
        let r = vm.with_roots(&[cls, m, p], |vm| vm.call(cls, &[m, doc, p]));
        vm.release_holding(&r, [m, p, cls]);
        r
    })();
    made.unwrap_or_else(|e| e)
}

/// `StopIteration(idx)`: no value starts at `idx`.
fn stop_at<C: Collector>(vm: &mut Vm<C>, idx: usize) -> ObjRef {
    match vm.new_int_i64(idx as i64) {
        Ok(i) => vm.stop_iteration(i),
        Err(e) => e,
    }
}

/// The hex value of the four digits at `at` (`\uXXXX`), or the error's
/// position.
fn hex4(b: &[u8], at: usize) -> Option<u32> {
    let mut v = 0u32;
    for &d in &b[at..at + 4] {
        v = (v << 4) | char::from(d).to_digit(16)?;
    }
    Some(v)
}

/// CPython's `scanstring_unicode`: the JSON string whose text starts at
/// byte `end` of `text` (after its opening quote; `begin` is the
/// character index errors name as its start, by default the quote's).
/// Returns the new str and the byte offset after the closing quote. Errors
/// are reported at character positions (`doc` is the str `text` is of).
fn scan_str<C: Collector>(
    vm: &mut Vm<C>,
    doc: ObjRef,
    (text, ascii): (&str, bool),
    end: usize,
    begin: Option<i64>,
    strict: bool,
) -> PyResult<(ObjRef, usize)> {
    let b = text.as_bytes();
    let len = b.len();
    let begin = || begin.unwrap_or_else(|| char_index(text, ascii, end - 1) as i64);
    let err = |vm: &mut Vm<C>, msg: &str, at: usize| {
        let pos = char_index(text, ascii, at) as i64;
        decode_error(vm, msg, doc, pos)
    };
    let mut out: Option<String> = None;
    let mut end = end;
    loop {
        // The end of the string or the next escape.
        let mut next = end;
        let mut c = 0u8;
        while next < len {
            c = b[next];
            if c == b'"' || c == b'\\' {
                break;
            }
            if c <= 0x1f && strict {
                return Err(err(vm, "Invalid control character at", next));
            }
            next += 1;
        }
        if next == len {
            c = 0;
        }
        if c == b'"' && out.is_none() {
            let s = vm.new_str(&text[end..next])?;
            return Ok((s, next + 1));
        }
        if c != b'"' && c != b'\\' {
            return Err(decode_error(
                vm,
                "Unterminated string starting at",
                doc,
                begin(),
            ));
        }
        let buf = out.get_or_insert_with(String::new);
        buf.push_str(&text[end..next]);
        next += 1;
        if c == b'"' {
            let s = vm.new_string(out.take().unwrap_or_default())?;
            return Ok((s, next));
        }
        if next == len {
            return Err(decode_error(
                vm,
                "Unterminated string starting at",
                doc,
                begin(),
            ));
        }
        let e = b[next];
        if e != b'u' {
            end = next + 1;
            let ch = match e {
                b'"' => '"',
                b'\\' => '\\',
                b'/' => '/',
                b'b' => '\u{8}',
                b'f' => '\u{c}',
                b'n' => '\n',
                b'r' => '\r',
                b't' => '\t',
                _ => return Err(err(vm, "Invalid \\escape", end - 2)),
            };
            buf.push(ch);
            continue;
        }
        next += 1;
        end = next + 4;
        if end >= len {
            return Err(err(vm, "Invalid \\uXXXX escape", next - 1));
        }
        let Some(mut u) = hex4(b, next) else {
            return Err(err(vm, "Invalid \\uXXXX escape", end - 5));
        };
        // A surrogate pair.
        if (0xd800..=0xdbff).contains(&u) && end + 6 < len && &b[end..end + 2] == b"\\u" {
            let Some(u2) = hex4(b, end + 2) else {
                return Err(err(vm, "Invalid \\uXXXX escape", end + 1));
            };
            if (0xdc00..=0xdfff).contains(&u2) {
                u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
                end += 6;
            }
        }
        // (A lone surrogate, which no str here can hold, is U+FFFD.)
        buf.push(char::from_u32(u).unwrap_or('\u{fffd}'));
    }
}

/// `_json.scanstring(s, end, strict=True)` -> `(str, end)`.
fn scanstring<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    if args.has_kw() {
        return Err(vm.type_error("scanstring() takes no keyword arguments".into()));
    }
    let n = args.pos.len();
    if !(2..=3).contains(&n) {
        let msg = match n {
            0 | 1 => format!("function takes at least 2 arguments ({n} given)"),
            _ => format!("function takes at most 3 arguments ({n} given)"),
        };
        return Err(vm.type_error(msg));
    }
    let doc = args.pos[0];
    let end = index_arg(vm, args.pos[1])?;
    let strict = match args.pos.get(2) {
        Some(&s) => vm.is_true(s)?,
        None => true,
    };
    let text = text_arg(vm, doc)?;
    let chars = doc.payload::<crate::types::str::StrObject>().chars;
    if end < 0 || end as usize > chars {
        return Err(vm.value_error("end is out of bounds".into()));
    }
    let ascii = chars == text.len();
    let at = byte_offset(text, ascii, end as usize);
    let (s, next) = scan_str(vm, doc, (text, ascii), at, Some(end - 1), strict)?;
    let next = char_index(text, ascii, next);
    let i = vm.with_roots(&[s], |vm| vm.new_int_i64(next as i64));
    match i {
        Ok(i) => vm.new_tuple(vec![s, i]),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(s));
            Err(e)
        }
    }
}

/// `_json.encode_basestring_ascii(s)`: `s` as a JSON string of ASCII
/// characters only.
fn encode_basestring_ascii<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "encode_basestring_ascii", 1, 1)?;
    let s = text_arg(vm, args.pos[0])?;
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            ' '..='~' if c != '\\' && c != '"' => out.push(c),
            _ => escape_char(&mut out, c, true),
        }
    }
    out.push('"');
    vm.new_string(out)
}

/// `_json.encode_basestring(s)`: `s` as a JSON string, only quotes,
/// backslashes and control characters escaped.
fn encode_basestring<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "encode_basestring", 1, 1)?;
    let s = text_arg(vm, args.pos[0])?;
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    let mut start = 0;
    for (i, c) in s.char_indices() {
        if c < ' ' || c == '"' || c == '\\' {
            out.push_str(&s[start..i]);
            escape_char(&mut out, c, false);
            start = i + 1;
        }
    }
    out.push_str(&s[start..]);
    out.push('"');
    vm.new_string(out)
}

/// The escape of `c` (CPython's `ascii_escape_unichar`; `\uXXXX` in lower
/// case hex, a UTF-16 surrogate pair beyond the BMP when `ascii`).
fn escape_char(out: &mut String, c: char, ascii: bool) {
    use std::fmt::Write;
    match c {
        '\\' => out.push_str("\\\\"),
        '"' => out.push_str("\\\""),
        '\u{8}' => out.push_str("\\b"),
        '\u{c}' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        _ if !ascii && c >= ' ' => out.push(c),
        _ => {
            let n = c as u32;
            if n >= 0x10000 {
                let v = n - 0x10000;
                let (hi, lo) = (0xd800 | (v >> 10), 0xdc00 | (v & 0x3ff));
                let _ = write!(out, "\\u{hi:04x}\\u{lo:04x}");
            } else {
                let _ = write!(out, "\\u{n:04x}");
            }
        }
    }
}

/// A scanner's settings (CPython's `PyScannerObject`) and the document.
struct Scanner<'a> {
    doc: ObjRef,
    text: &'a str,
    ascii: bool,
    strict: bool,
    memo: ObjRef,
    object_hook: Option<ObjRef>,
    pairs_hook: Option<ObjRef>,
    /// None for `float` itself (parsed here).
    parse_float: Option<ObjRef>,
    /// None for `int` itself.
    parse_int: Option<ObjRef>,
    parse_constant: ObjRef,
}

fn is_ws(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r')
}

impl Scanner<'_> {
    fn error<C: Collector>(&self, vm: &mut Vm<C>, msg: &str, at: usize) -> ObjRef {
        let pos = char_index(self.text, self.ascii, at) as i64;
        decode_error(vm, msg, self.doc, pos)
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        let b = self.text.as_bytes();
        while i < b.len() && is_ws(b[i]) {
            i += 1;
        }
        i
    }

    /// CPython's `scan_once_unicode`: the value at byte `i` and the byte
    /// offset after it.
    fn scan<C: Collector>(&self, vm: &mut Vm<C>, i: usize) -> PyResult<(ObjRef, usize)> {
        let b = self.text.as_bytes();
        let Some(&c) = b.get(i) else {
            return Err(stop_at(vm, char_index(self.text, self.ascii, i)));
        };
        let word = |w: &[u8]| b[i..].starts_with(w);
        match c {
            b'"' => self.string(vm, i),
            b'{' => vm.nested(WHILE_OBJECT, |vm| self.object(vm, i + 1)),
            b'[' => vm.nested(WHILE_ARRAY, |vm| self.array(vm, i + 1)),
            b'n' if word(b"null") => Ok((vm.new_none(), i + 4)),
            b't' if word(b"true") => Ok((vm.new_bool(true), i + 4)),
            b'f' if word(b"false") => Ok((vm.new_bool(false), i + 5)),
            b'N' if word(b"NaN") => self.constant(vm, "NaN", i),
            b'I' if word(b"Infinity") => self.constant(vm, "Infinity", i),
            b'-' if word(b"-Infinity") => self.constant(vm, "-Infinity", i),
            _ => self.number(vm, i),
        }
    }

    /// The JSON string whose opening quote is at byte `i`.
    fn string<C: Collector>(&self, vm: &mut Vm<C>, i: usize) -> PyResult<(ObjRef, usize)> {
        let text = (self.text, self.ascii);
        scan_str(vm, self.doc, text, i + 1, None, self.strict)
    }

    /// `parse_constant(name)` for `NaN`, `Infinity`, `-Infinity` at `i`.
    fn constant<C: Collector>(
        &self,
        vm: &mut Vm<C>,
        name: &str,
        i: usize,
    ) -> PyResult<(ObjRef, usize)> {
        let s = vm.new_str(name)?;
        let r = vm.using(s, |vm, s| vm.call(self.parse_constant, &[s]))?;
        Ok((r, i + name.len()))
    }

    /// CPython's `_match_number_unicode`.
    fn number<C: Collector>(&self, vm: &mut Vm<C>, start: usize) -> PyResult<(ObjRef, usize)> {
        let b = self.text.as_bytes();
        let end_idx = b.len() - 1;
        let digit = |i: usize| b[i].is_ascii_digit();
        let stop = |vm: &mut Vm<C>| Err(stop_at(vm, char_index(self.text, self.ascii, start)));
        let mut i = start;
        if b[i] == b'-' {
            i += 1;
            if i > end_idx {
                return stop(vm);
            }
        }
        if (b'1'..=b'9').contains(&b[i]) {
            i += 1;
            while i <= end_idx && digit(i) {
                i += 1;
            }
        } else if b[i] == b'0' {
            i += 1;
        } else {
            return stop(vm);
        }
        let mut is_float = false;
        if i < end_idx && b[i] == b'.' && digit(i + 1) {
            is_float = true;
            i += 2;
            while i <= end_idx && digit(i) {
                i += 1;
            }
        }
        if i < end_idx && (b[i] == b'e' || b[i] == b'E') {
            let e_start = i;
            i += 1;
            if i < end_idx && (b[i] == b'-' || b[i] == b'+') {
                i += 1;
            }
            while i <= end_idx && digit(i) {
                i += 1;
            }
            if digit(i - 1) {
                is_float = true;
            } else {
                i = e_start;
            }
        }
        let num = &self.text[start..i];
        let custom = if is_float {
            self.parse_float
        } else {
            self.parse_int
        };
        let v = match custom {
            Some(f) => {
                let s = vm.new_str(num)?;
                vm.using(s, |vm, s| vm.call(f, &[s]))?
            }
            None if is_float => {
                let f: f64 = num.parse().expect("a JSON number is a float literal");
                vm.new_float(f)?
            }
            None => match num.parse::<i64>() {
                Ok(n) => vm.new_int_i64(n)?,
                Err(_) => {
                    vm.check_str_to_int(num, 10)?;
                    let big = int_ops::parse_int(num, 10).expect("a JSON integer");
                    vm.new_bigint(big)?
                }
            },
        };
        Ok((v, i))
    }

    /// CPython's `_parse_object_unicode`, from the byte after the `{`.
    fn object<C: Collector>(&self, vm: &mut Vm<C>, i: usize) -> PyResult<(ObjRef, usize)> {
        let pairs = self.pairs_hook.is_some();
        let rval = if pairs {
            vm.new_list(Vec::new())?
        } else {
            vm.new_dict()?
        };
        let r = vm.with_roots(&[rval], |vm| self.members(vm, rval, pairs, i));
        let next = match r {
            Ok(next) => next,
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref(rval));
                return Err(e);
            }
        };
        let hook = self.pairs_hook.or(self.object_hook);
        match hook {
            Some(h) => {
                let v = vm.using(rval, |vm, r| vm.call(h, &[r]))?;
                Ok((v, next))
            }
            None => Ok((rval, next)),
        }
    }

    /// The members of an object into `rval` (a dict, or the list of pairs
    /// for `object_pairs_hook`); the byte offset after the `}`.
    fn members<C: Collector>(
        &self,
        vm: &mut Vm<C>,
        rval: ObjRef,
        pairs: bool,
        i: usize,
    ) -> PyResult<usize> {
        let b = self.text.as_bytes();
        let n = b.len();
        let mut i = self.skip_ws(i);
        if i < n && b[i] == b'}' {
            return Ok(i + 1);
        }
        loop {
            if i >= n || b[i] != b'"' {
                let msg = "Expecting property name enclosed in double quotes";
                return Err(self.error(vm, msg, i));
            }
            let (key, next) = self.string(vm, i)?;
            let key = self.memoized(vm, key)?;
            i = self.skip_ws(next);
            if i >= n || b[i] != b':' {
                let e = self.error(vm, "Expecting ':' delimiter", i);
                vm.with_roots(&[e], |vm| vm.decref(key));
                return Err(e);
            }
            i = self.skip_ws(i + 1);
            let (val, next) = match vm.with_roots(&[key], |vm| self.scan(vm, i)) {
                Ok(r) => r,
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref(key));
                    return Err(e);
                }
            };
            if pairs {
                let item = vm.new_tuple(vec![key, val])?;
                vm.list_append(rval, item)?;
            } else {
                let r = vm.dict_set(rval, key, val);
                vm.release_holding(&r, [key, val]);
                r?;
            }
            i = self.skip_ws(next);
            if i < n && b[i] == b'}' {
                return Ok(i + 1);
            }
            if i >= n || b[i] != b',' {
                return Err(self.error(vm, "Expecting ',' delimiter", i));
            }
            i = self.skip_ws(i + 1);
        }
    }

    /// `memo.setdefault(key, key)`: one str object per distinct key.
    fn memoized<C: Collector>(&self, vm: &mut Vm<C>, key: ObjRef) -> PyResult<ObjRef> {
        let found = vm.with_roots(&[key], |vm| vm.dict_get(self.memo, key));
        match found {
            Ok(Some(k)) => {
                vm.decref(key);
                Ok(k)
            }
            Ok(None) => {
                let r = vm.with_roots(&[key], |vm| vm.dict_set(self.memo, key, key));
                match r {
                    Ok(()) => Ok(key),
                    Err(e) => {
                        vm.with_roots(&[e], |vm| vm.decref(key));
                        Err(e)
                    }
                }
            }
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref(key));
                Err(e)
            }
        }
    }

    /// CPython's `_parse_array_unicode`, from the byte after the `[`.
    fn array<C: Collector>(&self, vm: &mut Vm<C>, i: usize) -> PyResult<(ObjRef, usize)> {
        let rval = vm.new_list(Vec::new())?;
        match vm.with_roots(&[rval], |vm| self.items(vm, rval, i)) {
            Ok(next) => Ok((rval, next)),
            Err(e) => {
                vm.with_roots(&[e], |vm| vm.decref(rval));
                Err(e)
            }
        }
    }

    fn items<C: Collector>(&self, vm: &mut Vm<C>, rval: ObjRef, i: usize) -> PyResult<usize> {
        let b = self.text.as_bytes();
        let n = b.len();
        let mut i = self.skip_ws(i);
        if i < n && b[i] == b']' {
            return Ok(i + 1);
        }
        loop {
            let (val, next) = self.scan(vm, i)?;
            vm.list_append(rval, val)?;
            i = self.skip_ws(next);
            if i < n && b[i] == b']' {
                return Ok(i + 1);
            }
            if i >= n || b[i] != b',' {
                return Err(self.error(vm, "Expecting ',' delimiter", i));
            }
            i = self.skip_ws(i + 1);
        }
    }
}

/// `_json.scan_once(string, idx, memo, strict, object_hook,
/// object_pairs_hook, parse_float, parse_int, parse_constant)`: what a
/// CPython scanner object's call does with those settings (`json.py`'s
/// `c_make_scanner` keeps them and clears the memo after each call).
/// Returns `(value, end)`, or raises StopIteration(idx) where no value
/// starts.
fn scan_once<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "scan_once", 9, 9)?;
    let a = args.pos;
    let doc = a[0];
    let text = text_arg(vm, doc)?;
    let idx = index_arg(vm, a[1])?;
    if idx < 0 {
        return Err(vm.value_error("idx cannot be negative".into()));
    }
    if a[2].tag() != Tag::Dict {
        return Err(vm.type_error("scan_once() memo must be a dict".into()));
    }
    let strict = vm.is_true(a[3])?;
    let none = vm.none;
    let given = |o: ObjRef| (o != none).then_some(o);
    let float_t = vm.types.get("float");
    let int_t = vm.types.get("int");
    let chars = doc.payload::<crate::types::str::StrObject>().chars;
    let ascii = chars == text.len();
    let scanner = Scanner {
        doc,
        text,
        ascii,
        strict,
        memo: a[2],
        object_hook: given(a[4]),
        pairs_hook: given(a[5]),
        parse_float: (a[6] != float_t).then_some(a[6]),
        parse_int: (a[7] != int_t).then_some(a[7]),
        parse_constant: a[8],
    };
    if idx as usize >= chars {
        return Err(stop_at(vm, idx as usize));
    }
    let at = byte_offset(text, ascii, idx as usize);
    let (v, next) = scanner.scan(vm, at)?;
    let next = char_index(text, ascii, next);
    let i = vm.with_roots(&[v], |vm| vm.new_int_i64(next as i64));
    match i {
        Ok(i) => vm.new_tuple(vec![v, i]),
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(v));
            Err(e)
        }
    }
}

const WHILE_ENCODING: &str = " while encoding a JSON object";

/// How many pieces CPython's accumulator (`_PyAccu`) joins into one str of
/// the list `c_make_encoder`'s encoder returns.
const ACCU_PIECES: usize = 100_000;

/// The encoder of `c_make_encoder` (CPython's `PyEncoderObject`, which
/// encodes without an indent) and the text it has made.
struct Encoder {
    /// Objects being encoded (CPython's `markers`), when checking for
    /// circular references.
    markers: Option<Vec<ObjRef>>,
    default: ObjRef,
    encoder: ObjRef,
    /// 1: `encoder` is `encode_basestring_ascii`, 2: `encode_basestring`
    /// (called here directly), 0: anything else (called).
    fast: u8,
    key_separator: String,
    item_separator: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    /// The text of the pieces since the last full group, how many, and the
    /// groups joined so far.
    text: String,
    pieces: usize,
    groups: Vec<String>,
}

impl Encoder {
    fn piece(&mut self, s: &str) {
        self.text.push_str(s);
        self.pieces += 1;
        if self.pieces == ACCU_PIECES {
            self.groups.push(std::mem::take(&mut self.text));
            self.pieces = 0;
        }
    }

    /// CPython's `encoder_encode_float`.
    fn float_text<C: Collector>(&self, vm: &mut Vm<C>, x: f64) -> PyResult<String> {
        if x.is_finite() {
            return Ok(crate::text::float_repr::float_repr(x));
        }
        if !self.allow_nan {
            let msg = "Out of range float values are not JSON compliant";
            return Err(vm.value_error(msg.into()));
        }
        Ok(match x {
            _ if x > 0.0 => "Infinity",
            _ if x < 0.0 => "-Infinity",
            _ => "NaN",
        }
        .into())
    }

    /// `int.__repr__(o)` of an int (or an int subclass's instance).
    fn int_text<C: Collector>(
        vm: &mut Vm<C>,
        i: crate::types::scalar::Int<'_>,
    ) -> PyResult<String> {
        Ok(match i {
            crate::types::scalar::Int::Small(v) => v.to_string(),
            crate::types::scalar::Int::Big(b) => {
                vm.check_int_to_str(b)?;
                b.to_string()
            }
        })
    }

    /// A str as the encoder makes it (CPython's `encoder_encode_string`).
    fn string<C: Collector>(&mut self, vm: &mut Vm<C>, o: ObjRef, s: &str) -> PyResult<()> {
        if self.fast != 0 {
            let mut out = String::with_capacity(s.len() + 2);
            out.push('"');
            let ascii = self.fast == 1;
            for c in s.chars() {
                let plain = match ascii {
                    true => (' '..='~').contains(&c),
                    false => c >= ' ',
                };
                if plain && c != '\\' && c != '"' {
                    out.push(c);
                } else {
                    escape_char(&mut out, c, ascii);
                }
            }
            out.push('"');
            self.piece(&out);
            return Ok(());
        }
        let r = vm.call(self.encoder, &[o])?;
        let text = str_of(r).map(str::to_string);
        match text {
            Some(t) => {
                vm.decref(r);
                self.piece(&t);
                Ok(())
            }
            None => {
                let tn = vm.type_name(r);
                vm.decref(r);
                Err(vm.type_error(format!("encoder() must return a string, not {tn:.80}")))
            }
        }
    }

    /// CPython's `encoder_listencode_obj`: `o` (borrowed, kept alive by
    /// the caller).
    fn obj<C: Collector>(&mut self, vm: &mut Vm<C>, o: ObjRef) -> PyResult<()> {
        if o == vm.none {
            self.piece("null");
        } else if o == vm.true_ {
            self.piece("true");
        } else if o == vm.false_ {
            self.piece("false");
        } else if let Some(s) = str_of(o) {
            self.string(vm, o, s)?;
        } else if let Some(i) = crate::types::scalar::int_of(o) {
            let t = Self::int_text(vm, i)?;
            self.piece(&t);
        } else if let Some(f) = o.get::<crate::types::scalar::FloatObject>() {
            let t = self.float_text(vm, f.0)?;
            self.piece(&t);
        } else if crate::types::list::list_of(o).is_some()
            || crate::types::tuple::tuple_items(o).is_some()
        {
            self.held(vm, o, |e, vm, o| {
                vm.nested(WHILE_ENCODING, |vm| e.list(vm, o))
            })?;
        } else if crate::types::dict::dict_of(o).is_some() {
            self.held(vm, o, |e, vm, o| {
                vm.nested(WHILE_ENCODING, |vm| e.dict(vm, o))
            })?;
        } else {
            self.mark(vm, o)?;
            let new = vm.call(self.default, &[o])?;
            let r = vm.with_roots(&[new], |vm| {
                vm.nested(WHILE_ENCODING, |vm| self.obj(vm, new))
            });
            vm.release_holding(&r, [new]);
            r?;
            self.unmark(o);
        }
        Ok(())
    }

    /// Run `f` on `o` with one more reference to it (and it rooted), as
    /// CPython holds the sequence it walks (`PySequence_Fast`): code the
    /// encoder calls may drop every other.
    fn held<C: Collector>(
        &mut self,
        vm: &mut Vm<C>,
        o: ObjRef,
        f: impl FnOnce(&mut Self, &mut Vm<C>, ObjRef) -> PyResult<()>,
    ) -> PyResult<()> {
        vm.incref(o);
        let r = vm.with_roots(&[o], |vm| f(self, vm, o));
        vm.release_holding(&r, [o]);
        r
    }

    /// Note that `o` is being encoded; a ValueError if it already is.
    fn mark<C: Collector>(&mut self, vm: &mut Vm<C>, o: ObjRef) -> PyResult<()> {
        if let Some(m) = &mut self.markers {
            if m.contains(&o) {
                return Err(vm.value_error("Circular reference detected".into()));
            }
            m.push(o);
        }
        Ok(())
    }

    fn unmark(&mut self, o: ObjRef) {
        if let Some(m) = &mut self.markers {
            if let Some(at) = m.iter().rposition(|&x| x == o) {
                m.remove(at);
            }
        }
    }

    /// CPython's `encoder_listencode_list`, for a list or a tuple (held).
    fn list<C: Collector>(&mut self, vm: &mut Vm<C>, seq: ObjRef) -> PyResult<()> {
        let len = |seq: ObjRef| match crate::types::list::list_of(seq) {
            Some(l) => l.len(),
            None => crate::types::tuple::tuple_items(seq).map_or(0, <[_]>::len),
        };
        if len(seq) == 0 {
            self.piece("[]");
            return Ok(());
        }
        self.mark(vm, seq)?;
        self.piece("[");
        let mut i = 0;
        while i < len(seq) {
            let item = match crate::types::list::list_of(seq) {
                Some(l) => l.get(i),
                None => crate::types::tuple::tuple_items(seq).map(|t| t[i]),
            };
            let Some(item) = item else { break };
            if i > 0 {
                let sep = std::mem::take(&mut self.item_separator);
                self.piece(&sep);
                self.item_separator = sep;
            }
            self.held(vm, item, |e, vm, item| e.obj(vm, item))?;
            i += 1;
        }
        self.unmark(seq);
        self.piece("]");
        Ok(())
    }

    /// The items of a dict (held) as new `(key, value)` tuples in a list
    /// (CPython's `PyMapping_Items`: a subclass's `items()` is called),
    /// sorted when asked.
    fn items<C: Collector>(&mut self, vm: &mut Vm<C>, d: ObjRef) -> PyResult<ObjRef> {
        let items = if d.tag() == Tag::Dict {
            let entries = crate::types::dict::dict_of(d).expect("a dict").snapshot();
            let mut pairs = Vec::with_capacity(entries.len());
            for e in entries {
                let t = vm.new_tuple_from(&[e.key, e.value]);
                match t {
                    Ok(t) => pairs.push(t),
                    Err(err) => {
                        vm.with_roots(&[err], |vm| vm.decref_all(pairs));
                        return Err(err);
                    }
                }
            }
            vm.new_list(pairs)?
        } else {
            let view = vm.call_method_named(d, "items", &[])?;
            let v = vm.using(view, |vm, view| vm.iterate(view))?;
            vm.new_list(v)?
        };
        if self.sort_keys {
            let r = vm.with_roots(&[items], |vm| vm.call_method_named(items, "sort", &[]));
            match r {
                Ok(none) => vm.decref(none),
                Err(e) => {
                    vm.with_roots(&[e], |vm| vm.decref(items));
                    return Err(e);
                }
            }
        }
        Ok(items)
    }

    /// CPython's `encoder_listencode_dict` (`d` held).
    fn dict<C: Collector>(&mut self, vm: &mut Vm<C>, d: ObjRef) -> PyResult<()> {
        if crate::types::dict::dict_of(d).is_some_and(|x| x.is_empty()) {
            self.piece("{}");
            return Ok(());
        }
        self.mark(vm, d)?;
        self.piece("{");
        let items = self.items(vm, d)?;
        let r = vm.with_roots(&[items], |vm| self.members(vm, items));
        vm.release_holding(&r, [items]);
        r?;
        self.unmark(d);
        self.piece("}");
        Ok(())
    }

    fn members<C: Collector>(&mut self, vm: &mut Vm<C>, items: ObjRef) -> PyResult<()> {
        let list = crate::types::list::list_of(items).expect("a list");
        let mut first = true;
        for i in 0..list.len() {
            let Some(item) = list.get(i) else { break };
            let pair = match crate::types::tuple::tuple_items(item) {
                Some(&[k, v]) => (k, v),
                _ => return Err(vm.value_error("items must return 2-tuples".into())),
            };
            let (key, value) = pair;
            let kstr: String;
            let key_text: &str = if let Some(s) = str_of(key) {
                s
            } else if let Some(f) = key.get::<crate::types::scalar::FloatObject>() {
                kstr = self.float_text(vm, f.0)?;
                &kstr
            } else if key == vm.true_ {
                "true"
            } else if key == vm.false_ {
                "false"
            } else if key == vm.none {
                "null"
            } else if let Some(n) = crate::types::scalar::int_of(key) {
                kstr = Self::int_text(vm, n)?;
                &kstr
            } else if self.skipkeys {
                continue;
            } else {
                let tn = vm.type_name(key);
                return Err(vm.type_error(format!(
                    "keys must be str, int, float, bool or None, not {tn:.100}"
                )));
            };
            if !first {
                let sep = std::mem::take(&mut self.item_separator);
                self.piece(&sep);
                self.item_separator = sep;
            }
            first = false;
            if self.fast == 0 && str_of(key).is_none() {
                // The key's text as a str for the encoder to call on.
                let k = vm.new_str(key_text)?;
                let r = vm.with_roots(&[k], |vm| self.string(vm, k, str_of(k).unwrap_or("")));
                vm.release_holding(&r, [k]);
                r?;
            } else {
                self.string(vm, key, key_text)?;
            }
            let sep = std::mem::take(&mut self.key_separator);
            self.piece(&sep);
            self.key_separator = sep;
            self.held(vm, value, |e, vm, v| e.obj(vm, v))?;
        }
        Ok(())
    }
}

/// `_json.encode(o, check_circular, default, encoder, fast, key_separator,
/// item_separator, sort_keys, skipkeys, allow_nan)`: what the encoder
/// object of CPython's `c_make_encoder` returns for `o` — the JSON text as
/// a list of strs, each the join of up to 100,000 pieces (`json.py`'s
/// `c_make_encoder` keeps the settings).
fn encode<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    crate::builtins::check_args(vm, &args, "encode", 10, 10)?;
    let a = args.pos;
    let mut flags = [false; 4];
    for (f, &o) in flags.iter_mut().zip([a[1], a[7], a[8], a[9]].iter()) {
        *f = vm.is_true(o)?;
    }
    let fast = index_arg(vm, a[4])?;
    let key_separator = text_arg(vm, a[5])?.to_string();
    let item_separator = text_arg(vm, a[6])?.to_string();
    let mut e = Encoder {
        markers: flags[0].then(Vec::new),
        default: a[2],
        encoder: a[3],
        fast: fast.clamp(0, 2) as u8,
        key_separator,
        item_separator,
        sort_keys: flags[1],
        skipkeys: flags[2],
        allow_nan: flags[3],
        text: String::new(),
        pieces: 0,
        groups: Vec::new(),
    };
    e.obj(vm, a[0])?;
    if e.pieces > 0 || e.groups.is_empty() {
        e.groups.push(std::mem::take(&mut e.text));
    }
    let mut strs = Vec::with_capacity(e.groups.len());
    for g in e.groups {
        match vm.new_string(g) {
            Ok(s) => strs.push(s),
            Err(err) => {
                vm.with_roots(&[err], |vm| vm.decref_all(strs));
                return Err(err);
            }
        }
    }
    vm.new_list(strs)
}
