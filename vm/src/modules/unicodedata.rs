//! `unicodedata`: the Unicode 14.0 database of CPython 3.11 — classes,
//! numeric values and combining classes from the tables generated off
//! python3 (`text/unicode_tables.rs`), names through `unicode_names2`
//! and normalization through `unicode-normalization` (both limited to the
//! characters Unicode 14.0 assigns, as CPython's are).

use crate::builtins::check_args;
use crate::text::unicode_tables as t;
use crate::types::str::str_of;
use crate::vm::{Args, NativeFn, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use unicode_normalization::UnicodeNormalization;

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    let fns: &[(&'static str, NativeFn<C>)] = &[
        ("category", category),
        ("bidirectional", bidirectional),
        ("east_asian_width", east_asian_width),
        ("combining", combining),
        ("mirrored", mirrored),
        ("decimal", decimal),
        ("digit", digit),
        ("numeric", numeric),
        ("name", name),
        ("lookup", lookup),
        ("normalize", normalize),
        ("is_normalized", is_normalized),
    ];
    let d = super::new_native_module(vm, "unicodedata", fns);
    let v = vm.new_str("14.0.0").expect("heap at start-up");
    vm.dict_set_str(d, "unidata_version", v)
        .expect("heap at start-up");
    vm.decref(v);
}

/// The one-character str argument of `name` (CPython's message for
/// anything else).
fn one_char<C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'_>,
    name: &str,
    max: usize,
) -> PyResult<char> {
    check_args(vm, args, name, 1, max)?;
    let o = args.pos[0];
    let mut it = str_of(o).map(str::chars);
    match it.as_mut().map(|i| (i.next(), i.next())) {
        Some((Some(c), None)) => Ok(c),
        _ => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!(
                "{name}() argument must be a unicode character, not {tn}"
            )))
        }
    }
}

/// The value of `c` in a table of (first, last, index) ranges.
fn ranged(table: &[(u32, u32, u8)], c: char) -> Option<u8> {
    crate::text::range_index(table, c, |&(a, b, _)| (a, b)).map(|i| table[i].2)
}

fn category_of(c: char) -> &'static str {
    ranged(t::CATEGORY, c).map_or("Cn", |i| t::CATEGORY_NAMES[i as usize])
}

fn category<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, "category", 1)?;
    vm.new_str(category_of(c))
}

fn bidirectional<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, "bidirectional", 1)?;
    vm.new_str(ranged(t::BIDI, c).map_or("", |i| t::BIDI_NAMES[i as usize]))
}

fn east_asian_width<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, "east_asian_width", 1)?;
    let w = ranged(t::EAST_ASIAN_WIDTH, c).map_or("N", |i| t::EAST_ASIAN_WIDTH_NAMES[i as usize]);
    vm.new_str(w)
}

fn combining<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, "combining", 1)?;
    vm.new_int_i64(i64::from(ranged(t::COMBINING, c).unwrap_or(0)))
}

fn mirrored<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, "mirrored", 1)?;
    vm.new_int_i64(i64::from(crate::text::in_table(t::MIRRORED, c)))
}

/// (decimal, digit, numeric) of `c`, if it has a numeric value.
fn values(c: char) -> Option<(i8, i8, f64)> {
    let n = c as u32;
    let i = t::NUMERIC_VALUES.binary_search_by_key(&n, |e| e.0).ok()?;
    let (_, dec, dig, num) = t::NUMERIC_VALUES[i];
    Some((dec, dig, num))
}

/// `decimal`/`digit`: the value, or the default, or ValueError(`missing`).
fn small_value<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    pick: fn((i8, i8, f64)) -> i8,
    missing: &str,
) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, name, 2)?;
    match values(c).map(pick).filter(|&v| v >= 0) {
        Some(v) => vm.new_int_i64(i64::from(v)),
        None => match args.pos.get(1) {
            Some(&d) => Ok(vm.incref(d)),
            None => Err(vm.value_error(missing.to_string())),
        },
    }
}

fn decimal<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    small_value(vm, args, "decimal", |v| v.0, "not a decimal")
}

fn digit<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    small_value(vm, args, "digit", |v| v.1, "not a digit")
}

fn numeric<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, "numeric", 2)?;
    match values(c) {
        Some((_, _, v)) => vm.new_float(v),
        None => match args.pos.get(1) {
            Some(&d) => Ok(vm.incref(d)),
            None => Err(vm.value_error("not a numeric character".to_string())),
        },
    }
}

/// Is `c` assigned in Unicode 14.0 (the names crate knows later ones)?
fn assigned(c: char) -> bool {
    category_of(c) != "Cn"
}

fn name<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let c = one_char(vm, &args, "name", 2)?;
    match unicode_names2::name(c).filter(|_| assigned(c)) {
        Some(n) => vm.new_string(n.to_string()),
        None => match args.pos.get(1) {
            Some(&d) => Ok(vm.incref(d)),
            None => Err(vm.value_error("no such name".to_string())),
        },
    }
}

fn lookup<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "lookup", 1, 1)?;
    let Some(n) = str_of(args.pos[0]) else {
        let tn = vm.type_name(args.pos[0]);
        return Err(vm.type_error(format!("lookup() argument must be str, not {tn}")));
    };
    match unicode_names2::character(n).filter(|&c| assigned(c)) {
        Some(c) => vm.new_string(c.to_string()),
        None => {
            let msg = vm.new_string(format!("undefined character name '{n}'"))?;
            let e = vm.using(msg, |vm, m| {
                crate::interp::exceptions::make_exception(vm, "KeyError", &[m])
            })?;
            Err(e)
        }
    }
}

/// The form and text of `normalize`/`is_normalized`.
fn form_and_text<'a, C: Collector>(
    vm: &mut Vm<C>,
    args: &Args<'a>,
    name: &str,
) -> PyResult<(&'a str, &'a str)> {
    check_args(vm, args, name, 2, 2)?;
    let mut parts = [""; 2];
    for (i, p) in parts.iter_mut().enumerate() {
        let o = args.pos[i];
        *p = match str_of(o) {
            Some(s) => s,
            None => {
                let tn = vm.type_name(o);
                return Err(
                    vm.type_error(format!("{name}() argument {} must be str, not {tn}", i + 1))
                );
            }
        };
    }
    if !matches!(parts[0], "NFC" | "NFD" | "NFKC" | "NFKD") {
        return Err(vm.value_error("invalid normalization form".to_string()));
    }
    Ok((parts[0], parts[1]))
}

fn normalized(form: &str, s: &str) -> String {
    match form {
        "NFC" => s.nfc().collect(),
        "NFD" => s.nfd().collect(),
        "NFKC" => s.nfkc().collect(),
        _ => s.nfkd().collect(),
    }
}

fn normalize<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (form, s) = form_and_text(vm, &args, "normalize")?;
    let r = normalized(form, s);
    if r == s {
        return Ok(vm.incref(args.pos[1]));
    }
    vm.new_string(r)
}

fn is_normalized<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let (form, s) = form_and_text(vm, &args, "is_normalized")?;
    let same = normalized(form, s) == s;
    Ok(vm.new_bool(same))
}
