//! Constructors of the builtin types: `int(x)`, `list(it)`, `range(...)`,
//! `super()`, `property(...)`, ... (the iterators' are in `iter_ctors.rs`).
//! Each receives the type as its first argument.

use crate::builtins::{
    arg_i64, check_args, check_at_most, check_count, check_kwargs, kwarg, set_ctor,
};
use crate::object::{ObjExt, Tag};
use crate::text::{float_ops, int_ops};
use crate::types::instance::{
    PropertyObject, SuperObject, WrapperObject, CLASSMETHOD_VT, PROPERTY_VT, STATICMETHOD_VT,
    SUPER_VT,
};
use crate::types::scalar::{int_of, RangeObject, SliceObject, RANGE_VT, SLICE_VT};
use crate::types::str::str_of;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    set_ctor(vm, "int", int_new);
    set_ctor(vm, "bool", bool_new);
    set_ctor(vm, "float", float_new);
    set_ctor(vm, "str", str_new);
    set_ctor(vm, "bytes", bytes_new);
    set_ctor(vm, "list", list_new);
    set_ctor(vm, "tuple", tuple_new);
    set_ctor(vm, "dict", dict_new);
    set_ctor(vm, "set", set_new);
    set_ctor(vm, "frozenset", frozenset_new);
    set_ctor(vm, "range", range_new);
    set_ctor(vm, "slice", slice_new);
    crate::builtins::def_method(vm, "slice", "indices", slice_indices);
    super::iter_ctors::install(vm);
    set_ctor(vm, "super", super_new);
    set_ctor(vm, "staticmethod", staticmethod_new);
    set_ctor(vm, "classmethod", classmethod_new);
    set_ctor(vm, "property", property_new);
    set_ctor(vm, "method", method_new);
    set_ctor(vm, "module", module_new);
    set_ctor(vm, "function", function_new);
    set_ctor(vm, "cell", crate::types::cell::cell_new);
}

/// `function(code, globals, name=None, argdefs=None, closure=None)`
/// (`types.FunctionType`): a function of a code object, run with these
/// globals (and the builtins they name).
fn function_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    use crate::types::code::CodeObj;
    use crate::types::function::{FunctionObject, FUNCTION_VT};
    let a = rest(&args);
    check_at_most(vm, a.len() + a.kwnames.len(), "function", 5)?;
    check_kwargs(
        vm,
        &a,
        "function",
        &["code", "globals", "name", "argdefs", "closure"],
    )?;
    let get = |i: usize, name: &str| a.pos.get(i).copied().or_else(|| kwarg(&a, name));
    let (Some(code), Some(globals)) = (get(0, "code"), get(1, "globals")) else {
        let which = if get(0, "code").is_none() {
            ("code", 1)
        } else {
            ("globals", 2)
        };
        return Err(vm.type_error(format!(
            "function() missing required argument '{}' (pos {})",
            which.0, which.1
        )));
    };
    let Some(c) = code.get::<CodeObj>() else {
        let tn = vm.type_name(code);
        return Err(vm.type_error(format!("function() argument 'code' must be code, not {tn}")));
    };
    if crate::types::dict::dict_of(globals).is_none() {
        let tn = vm.type_name(globals);
        return Err(vm.type_error(format!(
            "function() argument 'globals' must be dict, not {tn}"
        )));
    }
    let none = vm.none;
    let name = get(2, "name").filter(|&n| n != none);
    if name.is_some_and(|n| str_of(n).is_none()) {
        return Err(vm.type_error("arg 3 (name) must be None or string".to_string()));
    }
    let defaults = get(3, "argdefs").filter(|&d| d != none);
    if defaults.is_some_and(|d| d.tag() != Tag::Tuple) {
        return Err(vm.type_error("arg 4 (defaults) must be None or tuple".to_string()));
    }
    let closure = get(4, "closure").filter(|&c| c != none);
    let nfree = c.code.freevars.len();
    match closure.map(|t| crate::types::tuple::tuple_items(t).map(|i| i.to_vec())) {
        Some(None) => return Err(vm.type_error("arg 5 (closure) must be tuple".to_string())),
        None if nfree > 0 => {
            return Err(vm.type_error("arg 5 (closure) must be tuple".to_string()));
        }
        Some(Some(cells)) => {
            if cells.len() != nfree {
                let name = c.code.name.to_string();
                return Err(vm.value_error(format!(
                    "{name} requires closure of length {nfree}, not {}",
                    cells.len()
                )));
            }
            if let Some(&bad) = cells.iter().find(|o| o.tag() != Tag::Cell) {
                let tn = vm.type_name(bad);
                return Err(vm.type_error(format!("arg 5 (closure) expected cell, found {tn}")));
            }
        }
        None => {}
    }
    let rc = c.code.clone();
    let name = match name {
        Some(n) => vm.incref(n),
        None => vm.intern(&rc.name),
    };
    let qualname = match vm.new_str(&rc.qualname) {
        Ok(q) => q,
        Err(e) => {
            vm.decref(name);
            return Err(e);
        }
    };
    let key = vm.names.name;
    let module = match vm.dict_get(globals, key) {
        Ok(m) => m.unwrap_or_else(|| vm.new_none()),
        Err(e) => {
            vm.decref(name);
            vm.decref(qualname);
            return Err(e);
        }
    };
    let doc = match (rc.flags.optimized, c.consts().first()) {
        (true, Some(&d)) if d.tag() == Tag::Str => vm.incref(d),
        _ => vm.new_none(),
    };
    let builtins = vm.builtins_of_globals(globals);
    let f = FunctionObject {
        code: vm.incref(code).into(),
        globals: vm.incref(globals),
        name: name.into(),
        qualname: qualname.into(),
        module: module.into(),
        defaults: defaults.map(|d| vm.incref(d)).into(),
        kwdefaults: None.into(),
        closure: closure.map(|t| vm.incref(t)),
        dict: None.into(),
        doc: doc.into(),
        annotations: None.into(),
        builtins: builtins.into(),
    };
    vm.alloc(&FUNCTION_VT, f)
}

/// The arguments after the type.
pub(super) fn rest<'a>(args: &Args<'a>) -> Args<'a> {
    Args {
        pos: &args.pos[1..],
        kwnames: args.kwnames,
        kwvals: args.kwvals,
    }
}

fn int_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_at_most(vm, a.len() + a.kwnames.len(), "int", 2)?;
    check_kwargs(vm, &a, "int", &["base"])?;
    let base = a.pos.get(1).copied().or_else(|| kwarg(&a, "base"));
    let Some(&x) = a.pos.first() else {
        if base.is_some() {
            return Err(vm.type_error("int() missing string argument".to_string()));
        }
        return vm.new_int_i64(0);
    };
    // `int(i)` of an exact int is i itself (`PyNumber_Long`).
    if base.is_none() && x.tag() == Tag::Int && args.pos.first() == Some(&vm.types.int) {
        return Ok(vm.incref(x));
    }
    let mut radix = 10;
    if let Some(b) = base {
        let b = crate::builtins::arg_i64_clamped(vm, b)?;
        if str_of(x).is_none() && crate::types::bytearray::buffer_of(x).is_none() {
            return Err(
                vm.type_error("int() can't convert non-string with explicit base".to_string())
            );
        }
        if b != 0 && !(2..=36).contains(&b) {
            return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0".to_string()));
        }
        radix = b as u32;
    }
    if let Some(s) = str_of(x) {
        return parse_int(vm, s, radix);
    }
    if let Some(b) = crate::types::bytearray::buffer_of(x) {
        // Bytes are parsed as their ASCII text; the error shows the bytes.
        let text: String = b.iter().map(|&c| c as char).collect();
        vm.check_str_to_int(&text, if radix == 0 { 10 } else { radix })?;
        return match int_ops::parse_int(&text, radix) {
            Some(v) if b.is_ascii() => vm.new_bigint(v),
            _ => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("invalid literal for int() with base {radix}: {r}")))
            }
        };
    }
    if let Some(r) = vm.num_to_int(x)? {
        return Ok(r);
    }
    for name in ["__int__", "__index__"] {
        if let Some(r) = vm.try_dunder(x, name, &[])? {
            return vm.using(r, |vm, r| exact_int_result(vm, r, name));
        }
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{tn}'"
    )))
}

/// What `__int__`/`__index__` returned, checked as CPython's `int()` checks
/// it: an int (a strict subclass made exact, with CPython's
/// DeprecationWarning), else TypeError.
fn exact_int_result<C: Collector>(vm: &mut Vm<C>, r: ObjRef, name: &str) -> PyResult<ObjRef> {
    if r.tag() == Tag::Int {
        return Ok(vm.incref(r));
    }
    let tn = vm.type_name(r);
    if crate::types::scalar::int_of(r).is_none() {
        return Err(vm.type_error(format!("{name} returned non-int (type {tn})")));
    }
    vm.warn(
        "DeprecationWarning",
        &format!(
            "{name} returned non-int (type {tn}).  The ability to return an instance of a \
             strict subclass of int is deprecated, and may be removed in a future version of \
             Python."
        ),
    )?;
    Ok(vm.num_to_int(r)?.expect("an int"))
}

fn parse_int<C: Collector>(vm: &mut Vm<C>, s: &str, base: u32) -> PyResult<ObjRef> {
    vm.check_str_to_int(s, if base == 0 { 10 } else { base })?;
    match int_ops::parse_int(s, base) {
        Some(v) => vm.new_bigint(v),
        None => Err(vm.value_error(int_ops::parse_int_error_message(s, base))),
    }
}

fn bool_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "bool", 0, 1)?;
    match a.pos.first() {
        Some(&x) => {
            let t = vm.is_true(x)?;
            Ok(vm.new_bool(t))
        }
        None => Ok(vm.new_bool(false)),
    }
}

fn float_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "float", 0, 1)?;
    let Some(&x) = a.pos.first() else {
        return vm.new_float(0.0);
    };
    if x.tag() == Tag::Float {
        return Ok(vm.incref(x));
    }
    if let Some(s) = str_of(x) {
        return match float_ops::parse_float(s) {
            Some(f) => vm.new_float(f),
            None => Err(vm.value_error(float_ops::parse_float_error_message(s))),
        };
    }
    if let Some(b) = crate::types::bytearray::buffer_of(x) {
        let text: String = b.iter().map(|&c| c as char).collect();
        return match float_ops::parse_float(&text).filter(|_| b.is_ascii()) {
            Some(f) => vm.new_float(f),
            None => {
                let r = vm.repr_string(x)?;
                Err(vm.value_error(format!("could not convert string to float: {r}")))
            }
        };
    }
    if let Some(i) = int_of(x) {
        let f = vm.int_to_f64(i)?;
        return vm.new_float(f);
    }
    for name in ["__float__", "__index__"] {
        if let Some(r) = vm.try_dunder(x, name, &[])? {
            if name == "__index__" {
                let f = int_of(r).map(|i| vm.int_to_f64(i));
                vm.decref(r);
                let f = f.unwrap_or(Ok(0.0))?;
                return vm.new_float(f);
            }
            return Ok(r);
        }
    }
    let tn = vm.type_name(x);
    Err(vm.type_error(format!(
        "float() argument must be a string or a real number, not '{tn}'"
    )))
}

fn str_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    if let ([x], []) = (a.pos, a.kwnames) {
        // `str(x)`, the common call, without binding.
        return vm.str(*x);
    }
    let p = crate::builtins::bind_args(vm, &a, "str", &["object", "encoding", "errors"], 0)?;
    if p[1].is_none() && p[2].is_none() {
        return match p[0] {
            Some(x) => vm.str(x),
            None => vm.new_str(""),
        };
    }
    // `str(b, encoding, errors)`: the bytes decoded.
    let text = |vm: &mut Vm<C>, o: Option<ObjRef>, name: &str, default: &str| match o {
        None => Ok(default.to_string()),
        Some(o) => match str_of(o) {
            Some(s) => Ok(s.to_string()),
            None => {
                let tn = vm.type_name(o);
                Err(vm.type_error(format!("str() argument '{name}' must be str, not {tn}")))
            }
        },
    };
    let encoding = text(vm, p[1], "encoding", "utf-8")?;
    let errors = text(vm, p[2], "errors", "strict")?;
    let obj = p[0].unwrap_or(vm.none);
    let Some(data) = crate::types::bytearray::buffer_of(obj) else {
        let tn = vm.type_name(obj);
        return Err(vm.type_error(match obj.tag() {
            Tag::Str => "decoding str is not supported".to_string(),
            _ => format!("decoding to str: need a bytes-like object, {tn} found"),
        }));
    };
    let s = vm.decode_bytes(&data, obj, &encoding, &errors)?;
    vm.new_string(s)
}

/// `bytes()` and `bytearray()` take their encoding and errors as str
/// before looking at the source (their argument clinic's `s` format).
pub(crate) fn check_codec_names<C: Collector>(
    vm: &mut Vm<C>,
    func: &str,
    encoding: Option<ObjRef>,
    errors: Option<ObjRef>,
) -> PyResult<()> {
    for (o, what) in [(encoding, "encoding"), (errors, "errors")] {
        if let Some(o) = o {
            crate::builtins::clinic_str(vm, o, &format!("{func}() argument '{what}'"))?;
        }
    }
    Ok(())
}

/// `bytes()`, `bytes(n)`, `bytes(iterable_of_ints)`, `bytes(b)`,
/// `bytes(s, encoding)` (UTF-8 and ASCII).
fn bytes_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_at_most(vm, a.len() + a.kwnames.len(), "bytes", 3)?;
    check_kwargs(vm, &a, "bytes", &["source", "encoding", "errors"])?;
    let arg = |i: usize, name: &str| a.pos.get(i).copied().or_else(|| kwarg(&a, name));
    let (source, encoding, errors) = (arg(0, "source"), arg(1, "encoding"), arg(2, "errors"));
    check_codec_names(vm, "bytes", encoding, errors)?;
    // CPython makes a one-byte result from a buffer, a count or a tuple
    // afresh (`_PyBytes_FromSize`), not the cached one-byte object.
    let fresh = source.is_some_and(|x| {
        encoding.is_none()
            && (x.tag() == Tag::Bytearray
                || std::ptr::eq(x.vtable(), &crate::types::tuple::TUPLE_VT))
    });
    let b: Vec<u8> = match (source.as_ref(), encoding) {
        (None, None) if errors.is_none() => Vec::new(),
        (None, _) => {
            let which = if encoding.is_some() {
                "encoding"
            } else {
                "errors"
            };
            return Err(vm.type_error(format!("{which} without a string argument")));
        }
        (Some(&s), Some(enc)) => encode_str(vm, s, enc, errors)?,
        (Some(&s), None) if s.tag() == Tag::Str => {
            return Err(vm.type_error("string argument without an encoding".to_string()))
        }
        (Some(_), None) if errors.is_some() => {
            return Err(vm.type_error("errors without a string argument".to_string()))
        }
        (Some(&x), None) if x.tag() == Tag::Bytes => return Ok(vm.incref(x)),
        (Some(&x), None)
            if crate::protocol::ops::is_user(x) && vm.has_type_attr(x, "__bytes__") =>
        {
            let r = vm
                .call_special_bound(x, "__bytes__", &[])?
                .expect("the type has __bytes__");
            if crate::types::bytes::bytes_of(r).is_none() {
                let tn = vm.type_name(r);
                vm.decref(r);
                return Err(vm.type_error(format!("__bytes__ returned non-bytes (type {tn})")));
            }
            return Ok(r);
        }
        (Some(&x), None) if x.tag() == Tag::Bytearray => crate::types::bytearray::buffer_of(x)
            .expect("bytearray")
            .into_owned(),
        (Some(&x), None) => match vm.exported_buffer(x)? {
            Some(b) if b.len() == 1 => return vm.alloc_bytes(b),
            Some(b) => b,
            None => match bytes_from_count_or_ints(vm, x)? {
                (b, true) if b.len() == 1 => return vm.alloc_bytes(b),
                (b, _) => b,
            },
        },
    };
    if fresh && b.len() == 1 {
        return vm.alloc_bytes(b);
    }
    vm.new_bytes(b)
}

/// `bytes(n)` or `bytes(iterable_of_ints)`; true with a count (whose
/// result CPython makes afresh, never the cached one-byte object).
fn bytes_from_count_or_ints<C: Collector>(vm: &mut Vm<C>, x: ObjRef) -> PyResult<(Vec<u8>, bool)> {
    let counted = vm.index_i64_or(x, "OverflowError")?;
    let fresh = counted.is_some();
    let b = match counted {
        Some(n) if n < 0 => return Err(vm.new_error("ValueError", "negative count".to_string())),
        Some(n) => {
            vm.check_room(n as usize)?;
            vec![0; n as usize]
        }
        None => {
            // CPython's `PyBytes_FromObject`: the iterator, then the
            // length hint (`_PyBytes_FromIterator`).
            let items = vm.iterate_or(x, true, |tn| {
                format!("cannot convert '{tn}' object to bytes")
            })?;
            vm.with_items(items, |vm, items| {
                items
                    .iter()
                    .map(|&i| byte_of(vm, i))
                    .collect::<PyResult<_>>()
            })?
        }
    };
    Ok((b, fresh))
}

/// One item of `bytes(iterable)`: an int in 0..256.
fn byte_of<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<u8> {
    match vm.index_i64_or(o, "")? {
        Some(v) => u8::try_from(v)
            .map_err(|_| vm.new_error("ValueError", "bytes must be in range(0, 256)".to_string())),
        None => {
            let tn = vm.type_name(o);
            Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
        }
    }
}

/// `bytes(s, encoding)` for the encodings ouro knows.
fn encode_str<C: Collector>(
    vm: &mut Vm<C>,
    s: ObjRef,
    enc: ObjRef,
    errors: Option<ObjRef>,
) -> PyResult<Vec<u8>> {
    let Some(text) = str_of(s) else {
        return Err(vm.type_error("encoding without a string argument".to_string()));
    };
    let mut names = Vec::new();
    for (o, what) in [(Some(enc), "encoding"), (errors, "errors")] {
        let Some(o) = o else { continue };
        let Some(n) = str_of(o) else {
            let tn = vm.type_name(o);
            return Err(vm.type_error(format!("bytes() argument '{what}' must be str, not {tn}")));
        };
        names.push(n.to_string());
    }
    let errors = names.get(1).map_or("strict", String::as_str);
    let text = text.to_string();
    vm.encode_text(&text, &names[0], errors)
}

fn list_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "list", 0, 1)?;
    vm.list_from(a.pos.first().copied())
}

fn tuple_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "tuple", 0, 1)?;
    match a.pos.first() {
        Some(&x) if x.tag() == Tag::Tuple => Ok(vm.incref(x)),
        // An exact list's items copied through a reused buffer (CPython's
        // `PySequence_Tuple` of a list: one copy, counted).
        Some(&x) if x.tag() == Tag::List => {
            let mut items = vm.spare_args();
            crate::types::list::list_of(x)
                .expect("list")
                .with(|v| items.extend_from_slice(v));
            let t = vm.new_tuple_from(&items);
            vm.recycle_args(items);
            t
        }
        Some(&x) => {
            let items = vm.iterate(x)?;
            vm.new_tuple(items)
        }
        None => vm.new_tuple(Vec::new()),
    }
}

fn dict_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_count(vm, a.len(), "dict", 0, 1)?;
    let d = vm.new_dict()?;
    vm.fill(d, |vm, d| {
        if let Some(&m) = a.pos.first() {
            vm.dict_update(d, m, false)?;
        }
        for (i, &k) in a.kwnames.iter().enumerate() {
            vm.dict_set(d, k, a.kwvals[i])?;
        }
        Ok(())
    })
}

fn set_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "set", 0, 1)?;
    match a.pos.first() {
        Some(&x) => vm.set_from(x, false),
        None => vm.new_set(false),
    }
}

fn frozenset_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "frozenset", 0, 1)?;
    match a.pos.first() {
        Some(&x) if x.tag() == Tag::FrozenSet => Ok(vm.incref(x)),
        Some(&x) => vm.set_from(x, true),
        None => vm.new_set(true),
    }
}

/// `PyNumber_Index`: an exact int (a bool becomes 0 or 1).
pub(super) fn int_arg<C: Collector>(vm: &mut Vm<C>, o: ObjRef) -> PyResult<ObjRef> {
    if let Some(i) = vm.index_object(o)? {
        if i.tag() == Tag::Bool {
            let v = i64::from(i == vm.true_);
            vm.decref(i);
            return vm.new_int_i64(v);
        }
        return Ok(i);
    }
    let tn = vm.type_name(o);
    Err(vm.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
}

fn range_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "range", 1, 3)?;
    let ints = vm.make_all(a.len(), |vm, i| int_arg(vm, a.pos[i]))?;
    let (start, stop, step) = match ints.len() {
        1 => (vm.new_int_i64(0)?, ints[0], vm.new_int_i64(1)?),
        2 => (ints[0], ints[1], vm.new_int_i64(1)?),
        _ => (ints[0], ints[1], ints[2]),
    };
    if int_of(step) == Some(crate::types::scalar::Int::Small(0)) {
        vm.decref_all([start, stop, step]);
        return Err(vm.value_error("range() arg 3 must not be zero".to_string()));
    }
    vm.alloc(&RANGE_VT, RangeObject { start, stop, step })
}

fn slice_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "slice", 1, 3)?;
    let p = a.pos;
    let (start, stop, step) = match p.len() {
        1 => (vm.new_none(), vm.incref(p[0]), vm.new_none()),
        2 => (vm.incref(p[0]), vm.incref(p[1]), vm.new_none()),
        _ => (vm.incref(p[0]), vm.incref(p[1]), vm.incref(p[2])),
    };
    vm.alloc(&SLICE_VT, SliceObject { start, stop, step })
}

/// `super()` (zero arguments: the enclosing class and first argument of
/// the calling function) or `super(type, obj)`.
fn super_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    if a.len() > 2 && !a.has_kw() {
        let n = a.len();
        return Err(vm.type_error(format!("super() expected at most 2 arguments, got {n}")));
    }
    check_args(vm, &a, "super", 0, 2)?;
    let (t, obj) = match a.len() {
        2 => (a.pos[0], Some(a.pos[1])),
        1 => (a.pos[0], None),
        _ => {
            let (t, obj) = zero_arg_super(vm)?;
            (t, Some(obj))
        }
    };
    if t.tag() != Tag::Type {
        let tn = vm.type_name(t);
        return Err(vm.type_error(format!("super() argument 1 must be a type, not {tn}")));
    }
    // CPython's supercheck.
    if let Some(obj) = obj {
        if !(vm.is_instance(obj, t) || (obj.tag() == Tag::Type && vm.is_subclass(obj, t))) {
            return Err(vm.type_error(
                "super(type, obj): obj must be an instance or subtype of type".to_string(),
            ));
        }
    }
    vm.alloc(
        &SUPER_VT,
        SuperObject {
            type_: vm.incref(t),
            obj: obj.map(|o| vm.incref(o)),
        },
    )
}

fn zero_arg_super<C: Collector>(vm: &mut Vm<C>) -> PyResult<(ObjRef, ObjRef)> {
    let f = vm.frames.last().expect("super() is called from a frame");
    let rc = f.rc.clone();
    let first = if rc.argcount == 0 && !rc.flags.varargs {
        None
    } else if let Some(ci) = rc.cell2arg.iter().position(|c| *c == Some(0)) {
        f.cells
            .get(ci)
            .and_then(|c| c.payload::<crate::types::cell::CellObject>().value.get())
    } else {
        f.fast.first().copied().flatten()
    };
    let Some(obj) = first else {
        let msg = if rc.argcount == 0 && !rc.flags.varargs {
            "super(): no arguments"
        } else {
            "super(): arg[0] deleted"
        };
        return Err(vm.new_error("RuntimeError", msg.to_string()));
    };
    let class_cell = rc
        .freevars
        .iter()
        .position(|n| n == "__class__")
        .map(|i| f.cells[rc.cellvars.len() + i]);
    let cls = class_cell.and_then(|c| c.payload::<crate::types::cell::CellObject>().value.get());
    match cls {
        Some(c) => Ok((c, obj)),
        None => Err(vm.new_error(
            "RuntimeError",
            "super(): __class__ cell not found".to_string(),
        )),
    }
}

/// `types.MethodType(func, obj)`: `func` bound to `obj`.
fn method_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, "method", 2, 2)?;
    if !vm.is_callable(a.pos[0]) {
        return Err(vm.type_error("first argument must be callable".into()));
    }
    if a.pos[1] == vm.none {
        return Err(vm.type_error("instance must not be None".into()));
    }
    vm.new_method(vm.incref(a.pos[0]), vm.incref(a.pos[1]))
}

/// `types.ModuleType(name, doc=None)`: a new, empty module.
fn module_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    let p = crate::builtins::bind_args(vm, &a, "module", &["name", "doc"], 1)?;
    let name = p[0].expect("required");
    let Some(n) = str_of(name).map(str::to_string) else {
        let tn = vm.type_name(name);
        return Err(vm.type_error(format!("module() argument 'name' must be str, not {tn}")));
    };
    // module_init's dict: __name__, __doc__, __package__, __loader__,
    // __spec__ (no __builtins__: only imports and exec add it).
    let n = vm.new_str(&n)?;
    let d = match vm.new_dict() {
        Ok(d) => d,
        Err(e) => {
            vm.with_roots(&[e], |vm| vm.decref(n));
            return Err(e);
        }
    };
    let filled = (|| {
        vm.dict_set_str(d, "__name__", n)?;
        vm.dict_set_str(d, "__doc__", p[1].unwrap_or(vm.none))?;
        for k in ["__package__", "__loader__", "__spec__"] {
            vm.dict_set_str(d, k, vm.none)?;
        }
        Ok(())
    })();
    if let Err(e) = filled {
        vm.with_roots(&[e], |vm| {
            vm.decref(d);
            vm.decref(n);
        });
        return Err(e);
    }
    vm.alloc(
        &crate::types::module::MODULE_VT,
        crate::types::module::ModuleObject { name: n, dict: d },
    )
}

fn staticmethod_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    wrapper_new(vm, args, "staticmethod", &STATICMETHOD_VT)
}

fn classmethod_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    wrapper_new(vm, args, "classmethod", &CLASSMETHOD_VT)
}

/// `staticmethod(f)`/`classmethod(f)`: as CPython 3.10's `sm_init` and
/// `cm_init` (`functools_wraps`), the wrapper copies f's `__module__`,
/// `__name__`, `__qualname__`, `__doc__` and `__annotations__`, those f
/// has, into its own dict.
fn wrapper_new<C: Collector>(
    vm: &mut Vm<C>,
    args: Args<'_>,
    name: &str,
    vt: &'static ouro_gc_core::TypeVTable,
) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_args(vm, &a, name, 1, 1)?;
    let f = a.pos[0];
    let w = vm.alloc(vt, WrapperObject::new(vm.incref(f)))?;
    vm.using(w, |vm, w| {
        for attr in [
            "__module__",
            "__name__",
            "__qualname__",
            "__doc__",
            "__annotations__",
        ] {
            let v = match vm.getattr_str(f, attr) {
                Ok(v) => v,
                Err(e) if vm.is_instance_of_name(e, "AttributeError") => {
                    vm.decref(e);
                    continue;
                }
                Err(e) => return Err(e),
            };
            let key = vm.intern_borrow(attr);
            vm.using(v, |vm, v| vm.setattr(w, key, Some(v)))?;
        }
        Ok(vm.incref(w))
    })
}

fn property_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let a = rest(&args);
    check_at_most(vm, a.len() + a.kwnames.len(), "property", 4)?;
    check_kwargs(vm, &a, "property", &["fget", "fset", "fdel", "doc"])?;
    let get = |i: usize, name: &str| a.pos.get(i).copied().or_else(|| kwarg(&a, name));
    let pick = |vm: &Vm<C>, o: Option<ObjRef>| o.filter(|&x| x != vm.none).map(|x| vm.incref(x));
    let p = PropertyObject {
        fget: pick(vm, get(0, "fget")),
        fset: pick(vm, get(1, "fset")),
        fdel: pick(vm, get(2, "fdel")),
        doc: pick(vm, get(3, "doc")),
    };
    vm.alloc(&PROPERTY_VT, p)
}

/// `slice.indices(length)`: (start, stop, step) for a sequence of that
/// length, clamped as CPython's `_PySlice_GetLongIndices` clamps them.
fn slice_indices<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "indices", 2, 2)?;
    let s = args.pos[0].payload::<SliceObject>();
    let (start, stop, step) = (s.start, s.stop, s.step);
    let length = arg_i64(vm, args.pos[1])?;
    if length < 0 {
        return Err(vm.value_error("length should not be negative".to_string()));
    }
    // (The step comes back as given, past 64 bits too: CPython's
    // `_PySlice_GetLongIndices` works in big ints; only its sign matters
    // to the bounds.)
    let step_obj = if step == vm.none {
        None
    } else {
        match vm.index_object(step)? {
            Some(o) => Some(o),
            None => {
                return Err(vm.type_error(
                    "slice indices must be integers or None or have an __index__ method"
                        .to_string(),
                ))
            }
        }
    };
    let step = match step_obj.and_then(crate::types::scalar::int_of) {
        None => 1,
        Some(crate::types::scalar::Int::Small(v)) => v,
        Some(crate::types::scalar::Int::Big(b)) => {
            if b.sign() == num_bigint::Sign::Minus {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    if step == 0 {
        vm.decref_all(step_obj);
        return Err(vm.value_error("slice step cannot be zero".to_string()));
    }
    let (lower, upper) = if step < 0 {
        (-1, length - 1)
    } else {
        (0, length)
    };
    let bound = |vm: &mut Vm<C>, o: ObjRef, dflt: i64| -> PyResult<i64> {
        if o == vm.none {
            return Ok(dflt);
        }
        // Past 64 bits a bound only clamps (CPython works in big ints).
        let v = vm.slice_index(o)?;
        let v = if v < 0 { v.saturating_add(length) } else { v };
        Ok(v.clamp(lower, upper))
    };
    let bounds = bound(vm, start, if step < 0 { upper } else { lower }).and_then(|start| {
        Ok((
            start,
            bound(vm, stop, if step < 0 { lower } else { upper })?,
        ))
    });
    let (start, stop) = match bounds {
        Ok(b) => b,
        Err(e) => {
            vm.decref_all(step_obj);
            return Err(e);
        }
    };
    let step = match step_obj {
        Some(o) => o,
        None => vm.new_int_i64(1)?,
    };
    let parts = [start, stop];
    let items = vm.using(step, |vm, step| {
        let mut items = vm.make_all(2, |vm, i| vm.new_int_i64(parts[i]))?;
        items.push(vm.incref(step));
        Ok(items)
    })?;
    vm.new_tuple(items)
}
