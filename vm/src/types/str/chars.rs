//! `str`'s case changes (`upper`, `lower`, `title`, `casefold`, ...) and
//! character tests (`isdigit`, `isidentifier`, `istitle`, ...), with
//! Unicode's rules as CPython applies them.

use super::methods::*;
use crate::builtins::check_args;
use crate::text::in_table;
use crate::text::int_ops::is_py_space;
use crate::text::unicode_tables as tables;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub(super) fn map_str<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    f: fn(&str) -> String,
) -> PyResult<ObjRef> {
    let s = me(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    // A case mapping's result is always a new str (`PyUnicode_New`), even
    // of one character.
    vm.new_str_fresh(f(s))
}

pub(super) fn upper<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "upper", |s| {
        if s.is_ascii() {
            return s.to_ascii_uppercase();
        }
        let mut out = String::with_capacity(s.len());
        s.chars().for_each(|c| push_upper(&mut out, c));
        out
    })
}

pub(super) fn lower<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "lower", |s| {
        if s.is_ascii() {
            return s.to_ascii_lowercase();
        }
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        (0..chars.len()).for_each(|i| push_lower_at(&mut out, &chars, i));
        out
    })
}

/// A full case mapping of `c` from one of the generated tables.
fn mapped(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    table
        .binary_search_by_key(&(c as u32), |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// CPython's full uppercase mapping of `c` (Unicode 14.0).
pub(crate) fn push_upper(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_uppercase());
    } else {
        out.push_str(mapped(tables::TO_UPPER, c).unwrap_or(c.encode_utf8(&mut [0; 4])));
    }
}

/// CPython's full lowercase mapping of `c`.
pub(crate) fn push_lower(out: &mut String, c: char) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else {
        out.push_str(mapped(tables::TO_LOWER, c).unwrap_or(c.encode_utf8(&mut [0; 4])));
    }
}

/// The lowercase of `chars[i]`, a capital sigma by its place in the word
/// (CPython's `lower_ucs4`).
fn push_lower_at(out: &mut String, chars: &[char], i: usize) {
    match chars[i] {
        '\u{3A3}' => out.push(if is_final_sigma(chars, i) { 'ς' } else { 'σ' }),
        c => push_lower(out, c),
    }
}

/// `Py_UNICODE_ISUPPER`.
pub(super) fn is_upper(c: char) -> bool {
    match c.is_ascii() {
        true => c.is_ascii_uppercase(),
        false => in_table(tables::UPPERCASE, c),
    }
}

/// `Py_UNICODE_ISLOWER`.
pub(super) fn is_lower(c: char) -> bool {
    match c.is_ascii() {
        true => c.is_ascii_lowercase(),
        false => in_table(tables::LOWERCASE, c),
    }
}

/// CPython's `swapcase`: uppercase letters to lowercase (a capital sigma
/// by its place in the word), lowercase to uppercase, others (titlecase
/// letters among them) unchanged.
pub(super) fn swapcase<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "swapcase", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        for (i, &c) in chars.iter().enumerate() {
            if is_upper(c) {
                push_lower_at(&mut out, &chars, i);
            } else if is_lower(c) {
                push_upper(&mut out, c);
            } else {
                out.push(c);
            }
        }
        out
    })
}

/// Is the capital sigma at `i` word-final (a cased letter before it and
/// none after it, case-ignorable characters skipped)?
fn is_final_sigma(chars: &[char], i: usize) -> bool {
    let ignorable = |c: &&char| in_table(tables::CASE_IGNORABLE, **c);
    let before = chars[..i].iter().rev().find(|c| !ignorable(c));
    let after = chars[i + 1..].iter().find(|c| !ignorable(c));
    before.is_some_and(|&c| is_cased(c)) && !after.is_some_and(|&c| is_cased(c))
}

/// The titlecase letters (Unicode category Lt): the digraphs and the
/// Greek capitals with prosgegrammeni.
pub(super) fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// A letter with case (Lowercase, Uppercase or Lt).
pub(super) fn is_cased(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(tables::CASED, c)
}

/// The titlecase mapping (CPython's `_PyUnicode_ToTitleFull`): the
/// uppercase, except for the letters whose titlecase differs (`ß` is
/// `Ss`, the digraphs have titlecase forms of their own).
pub(super) fn push_titlecase(out: &mut String, c: char) {
    let n = c as u32;
    match tables::TITLE.binary_search_by_key(&n, |&(k, _)| k) {
        Ok(i) => out.push_str(tables::TITLE[i].1),
        Err(_) => push_upper(out, c),
    }
}

pub(super) fn title<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "title", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for (i, &c) in chars.iter().enumerate() {
            if prev_cased {
                push_lower_at(&mut out, &chars, i);
            } else {
                push_titlecase(&mut out, c);
            }
            prev_cased = is_cased(c);
        }
        out
    })
}

pub(super) fn capitalize<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "capitalize", |s| {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::with_capacity(s.len());
        if let Some(&f) = chars.first() {
            push_titlecase(&mut out, f);
            (1..chars.len()).for_each(|i| push_lower_at(&mut out, &chars, i));
        }
        out
    })
}

pub(super) fn predicate<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    f: fn(&str) -> bool,
) -> PyResult<ObjRef> {
    let s = me(vm, &args, name)?;
    check_args(vm, &args, name, 1, 1)?;
    Ok(vm.new_bool(f(s)))
}

pub(super) fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || crate::text::int_ops::unicode_decimal(c).is_some()
}

/// The characters whose Numeric_Type is Digit (superscripts, circled and
/// dingbat digits, ...): digits for `isdigit`, not decimals.
pub(super) const DIGIT_NOT_DECIMAL: &[(u32, u32)] = &[
    (0xB2, 0xB3),
    (0xB9, 0xB9),
    (0x1369, 0x1371),
    (0x19DA, 0x19DA),
    (0x2070, 0x2070),
    (0x2074, 0x2079),
    (0x2080, 0x2089),
    (0x2460, 0x2468),
    (0x2474, 0x247C),
    (0x2488, 0x2490),
    (0x24EA, 0x24EA),
    (0x24F5, 0x24FD),
    (0x24FF, 0x24FF),
    (0x2776, 0x277E),
    (0x2780, 0x2788),
    (0x278A, 0x2792),
    (0x10A40, 0x10A43),
    (0x10E60, 0x10E68),
    (0x11052, 0x1105A),
    (0x1F100, 0x1F10A),
];

pub(super) fn isdigit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isdigit", |s| {
        !s.is_empty()
            && s.chars().all(|c| {
                is_decimal(c)
                    || DIGIT_NOT_DECIMAL
                        .iter()
                        .any(|&(a, b)| (a..=b).contains(&(c as u32)))
            })
    })
}

pub(super) fn isdecimal<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isdecimal", |s| {
        !s.is_empty() && s.chars().all(is_decimal)
    })
}

/// Full case folding: the lowercase of the uppercase, except where
/// Unicode's CaseFolding differs (Cherokee folds to uppercase; U+0131 and
/// U+1E9E).
pub(super) fn casefold<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "casefold", |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            match mapped(tables::FOLD, c) {
                Some(f) => out.push_str(f),
                None => push_lower(&mut out, c),
            }
        }
        out
    })
}

pub(super) fn isnumeric<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(is_numeric)
    })
}

pub(super) fn isalpha<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(is_alpha)
    })
}

pub(super) fn isalnum<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(|c| is_alpha(c) || is_numeric(c))
    })
}

pub(super) fn isspace<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(is_py_space)
    })
}

pub(super) fn isupper<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isupper", |s| {
        s.chars().any(is_upper) && !s.chars().any(|c| is_lower(c) || is_titlecase(c))
    })
}

pub(super) fn islower<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "islower", |s| {
        s.chars().any(is_lower) && !s.chars().any(|c| is_upper(c) || is_titlecase(c))
    })
}

pub(super) fn isidentifier<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isidentifier", is_identifier)
}

/// `str.isidentifier` (also what `__slots__` names must be).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    let start = |c: char| match c.is_ascii() {
        true => c == '_' || c.is_ascii_alphabetic(),
        false => in_table(tables::ID_START, c),
    };
    let cont = |c: char| match c.is_ascii() {
        true => c == '_' || c.is_ascii_alphanumeric(),
        false => in_table(tables::ID_CONTINUE, c),
    };
    it.next().is_some_and(start) && it.all(cont)
}

/// `str.isalpha` of one character: a letter (categories L*).
pub fn is_alpha(c: char) -> bool {
    match c.is_ascii() {
        true => c.is_ascii_alphabetic(),
        false => in_table(tables::ALPHA, c),
    }
}

/// `str.isnumeric` of one character: one with a numeric value.
pub fn is_numeric(c: char) -> bool {
    match c.is_ascii() {
        true => c.is_ascii_digit(),
        false => in_table(tables::NUMERIC, c),
    }
}

pub(super) fn isascii<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isascii", str::is_ascii)
}

pub(super) fn isprintable<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(
        vm,
        args,
        "isprintable",
        crate::text::str_repr::str_is_printable,
    )
}

/// Cased characters follow uncased ones only as uppercase/titlecase, and
/// cased ones only as lowercase; at least one cased character.
pub(super) fn istitle<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "istitle", |s| {
        is_title_shape(
            s.chars()
                .map(|c| (is_upper(c) || is_titlecase(c), is_lower(c))),
        )
    })
}

/// `istitle` over (starts-a-word-case, lowercase) flags of each character
/// (shared with `bytes.istitle`).
pub(crate) fn is_title_shape(flags: impl Iterator<Item = (bool, bool)>) -> bool {
    let (mut cased, mut prev_cased) = (false, false);
    for (upper, lower) in flags {
        if upper {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if lower {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}
