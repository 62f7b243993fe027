//! `str`'s case changes (`upper`, `lower`, `title`, `casefold`, ...) and
//! character tests (`isdigit`, `isidentifier`, `istitle`, ...), with
//! Unicode's rules as CPython applies them.

use super::methods::*;
use crate::builtins::check_args;
use crate::text::int_ops::is_py_space;
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
    ret_str(vm, f(s))
}

pub(super) fn upper<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "upper", str::to_uppercase)
}

pub(super) fn lower<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "lower", str::to_lowercase)
}

pub(super) fn swapcase<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "swapcase", |s| {
        s.chars()
            .flat_map(|c| {
                if c.is_uppercase() {
                    c.to_lowercase().collect::<Vec<_>>()
                } else {
                    c.to_uppercase().collect()
                }
            })
            .collect()
    })
}

/// The titlecase letters (Unicode category Lt): the digraphs and the
/// Greek capitals with prosgegrammeni.
pub(super) fn is_titlecase(c: char) -> bool {
    matches!(c as u32, 0x1C5 | 0x1C8 | 0x1CB | 0x1F2 | 0x1F88..=0x1F8F | 0x1F98..=0x1F9F
        | 0x1FA8..=0x1FAF | 0x1FBC | 0x1FCC | 0x1FFC)
}

/// A letter with case (Lu, Ll or Lt).
pub(super) fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || is_titlecase(c)
}

/// The titlecase mapping: the uppercase, except for the letters with a
/// titlecase form of their own.
pub(super) fn push_titlecase(out: &mut String, c: char) {
    let n = c as u32;
    let t = match n {
        0x1C4..=0x1C6 => 0x1C5,
        0x1C7..=0x1C9 => 0x1C8,
        0x1CA..=0x1CC => 0x1CB,
        0x1F1..=0x1F3 => 0x1F2,
        0x1F80..=0x1F87 | 0x1F90..=0x1F97 | 0x1FA0..=0x1FA7 => n + 8,
        0x1F88..=0x1F8F | 0x1F98..=0x1F9F | 0x1FA8..=0x1FAF => n,
        0x1FB3 | 0x1FBC => 0x1FBC,
        0x1FC3 | 0x1FCC => 0x1FCC,
        0x1FF3 | 0x1FFC => 0x1FFC,
        _ => {
            out.extend(c.to_uppercase());
            return;
        }
    };
    out.extend(char::from_u32(t));
}

pub(super) fn title<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    map_str(vm, args, "title", |s| {
        let mut out = String::new();
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
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
        let mut it = s.chars();
        match it.next() {
            Some(f) => {
                let mut out = String::new();
                push_titlecase(&mut out, f);
                out.extend(it.flat_map(char::to_lowercase));
                out
            }
            None => String::new(),
        }
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
            let n = c as u32;
            match n {
                0x131 => out.push(c),
                0x1E9E => out.push_str("ss"),
                0x13A0..=0x13F5 => out.push(c),
                0x13F8..=0x13FD => out.extend(char::from_u32(n - 8)),
                0xAB70..=0xABBF => out.extend(char::from_u32(n - 0xAB70 + 0x13A0)),
                _ => out.extend(c.to_uppercase().flat_map(char::to_lowercase)),
            }
        }
        out
    })
}

pub(super) fn isnumeric<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isnumeric", |s| {
        !s.is_empty() && s.chars().all(char::is_numeric)
    })
}

pub(super) fn isalpha<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isalpha", |s| {
        !s.is_empty() && s.chars().all(char::is_alphabetic)
    })
}

pub(super) fn isalnum<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isalnum", |s| {
        !s.is_empty() && s.chars().all(char::is_alphanumeric)
    })
}

pub(super) fn isspace<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isspace", |s| {
        !s.is_empty() && s.chars().all(is_py_space)
    })
}

pub(super) fn isupper<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isupper", |s| {
        s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
    })
}

pub(super) fn islower<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "islower", |s| {
        s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
    })
}

pub(super) fn isidentifier<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    predicate(vm, args, "isidentifier", is_identifier)
}

/// `str.isidentifier` (also what `__slots__` names must be).
pub fn is_identifier(s: &str) -> bool {
    let mut it = s.chars();
    it.next().is_some_and(|c| c == '_' || c.is_alphabetic())
        && it.all(|c| c == '_' || c.is_alphanumeric())
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
                .map(|c| (c.is_uppercase() || is_titlecase(c), c.is_lowercase())),
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
