//! `bytearray`: a mutable sequence of bytes — its layout, vtable,
//! constructor and the methods that change it. The read-only methods are
//! `bytes`' own (`types/bytes/`), which take any buffer (`buffer_of`)
//! and answer a bytearray receiver with bytearrays (`new_like`).
//!
//! The buffer is a `RefCell<Vec<u8>>`, borrowed only for the length of one
//! Rust operation, never across a call into Python code; its capacity is
//! counted against the heap limit (`accounted`, re-synced by
//! `Vm::sync_account` after every change).

use crate::builtins::{check_args, def_method};
use crate::object::{atom_vtable, ObjExt, Tag};
use crate::payload;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable};
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

pub struct BytearrayObject {
    pub b: RefCell<Vec<u8>>,
    /// The buffer bytes the heap last counted for this object.
    pub accounted: Cell<usize>,
}

fn extra(o: ObjRef) -> usize {
    crate::object::vt_payload::<BytearrayObject>(o)
        .b
        .borrow()
        .capacity()
}

pub static BYTEARRAY_VT: TypeVTable = TypeVTable {
    extra_size: extra,
    accounted_bytes: |o| {
        crate::object::vt_payload::<BytearrayObject>(o)
            .accounted
            .get()
    },
    ..atom_vtable::<BytearrayObject>("bytearray", Tag::Bytearray)
};
payload!(
    BytearrayObject,
    BYTEARRAY_VT,
    crate::types::subclass::BYTEARRAY_SUB_VT
);

#[inline]
pub fn bytearray_of<'a>(o: ObjRef) -> Option<&'a BytearrayObject> {
    o.get::<BytearrayObject>()
}

/// The bytes of any bytes-like object (bytes borrowed; a bytearray's copied,
/// since it may change while the caller works).
pub fn buffer_of<'a>(o: ObjRef) -> Option<Cow<'a, [u8]>> {
    if let Some(b) = crate::types::bytes::bytes_of(o) {
        return Some(Cow::Borrowed(b));
    }
    bytearray_of(o).map(|a| Cow::Owned(a.b.borrow().clone()))
}

impl<C: Collector> Vm<C> {
    /// The bytes of `x` when its class, written in Python, exports a
    /// buffer (`TPFLAGS_BUFFER`: `array.array`, `memoryview`): what its
    /// `tobytes()` returns. `None` for every other object.
    pub(crate) fn exported_buffer(&mut self, x: ObjRef) -> PyResult<Option<Vec<u8>>> {
        use crate::types::typeobj::{TypeObject, TPFLAGS_BUFFER};
        if !crate::protocol::ops::is_user(x) {
            return Ok(None);
        }
        let flags = self
            .type_of(x)
            .payload::<TypeObject>()
            .collection_flags
            .get();
        if flags & TPFLAGS_BUFFER == 0 {
            return Ok(None);
        }
        let Some(r) = self.call_special_bound(x, "tobytes", &[])? else {
            return Ok(None);
        };
        let b = buffer_of(r).map(Cow::into_owned);
        self.decref(r);
        Ok(b)
    }

    /// Is `ty` bytes or bytearray (a pointer compare: this is asked on
    /// every builtin method call)?
    pub(crate) fn is_bytes_owner(&self, ty: ObjRef) -> bool {
        let t = Some(ty);
        t == self.tag_types[Tag::Bytes as usize] || t == self.tag_types[Tag::Bytearray as usize]
    }

    /// Is `x` an instance of a class that exports a buffer
    /// (`TPFLAGS_BUFFER`)?
    pub(crate) fn is_exported_buffer(&self, x: ObjRef) -> bool {
        use crate::types::typeobj::{TypeObject, TPFLAGS_BUFFER};
        crate::protocol::ops::is_user(x)
            && self
                .type_of(x)
                .payload::<TypeObject>()
                .collection_flags
                .get()
                & TPFLAGS_BUFFER
                != 0
    }

    /// Call a method of bytes or bytearray with each exported-buffer
    /// argument (a memoryview, an array) as the bytes it holds, as the C
    /// methods read any buffer.
    pub(crate) fn call_with_buffers_as_bytes(
        &mut self,
        callable: ObjRef,
        args: &crate::interp::call::CallArgs,
    ) -> PyResult<ObjRef> {
        let mut made: Vec<ObjRef> = Vec::new();
        let mut pos = Vec::with_capacity(args.pos.len());
        for &x in &args.pos {
            if !self.is_exported_buffer(x) {
                pos.push(x);
                continue;
            }
            let b = self
                .with_roots(&made, |vm| vm.exported_buffer(x))
                .and_then(|b| self.new_bytes(b.unwrap_or_default()));
            match b {
                Ok(b) => {
                    made.push(b);
                    pos.push(b);
                }
                Err(e) => {
                    self.decref_all(made);
                    return Err(e);
                }
            }
        }
        let call = crate::interp::call::CallArgs {
            pos,
            kw: args.kw.clone(),
        };
        let r = self.with_roots(&made, |vm| vm.call_args(callable, &call));
        self.decref_all(made);
        r
    }

    /// The bytes of any bytes-like object: bytes, bytearray or an
    /// exported buffer.
    pub(crate) fn bytes_like(&mut self, x: ObjRef) -> PyResult<Option<Vec<u8>>> {
        match buffer_of(x) {
            Some(b) => Ok(Some(b.into_owned())),
            None => self.exported_buffer(x),
        }
    }

    pub fn new_bytearray(&mut self, b: Vec<u8>) -> PyResult<ObjRef> {
        let n = b.capacity();
        self.alloc(
            &BYTEARRAY_VT,
            BytearrayObject {
                b: RefCell::new(b),
                accounted: Cell::new(n),
            },
        )
    }

    /// A bytes object, or a bytearray when `like` is one (the result type
    /// of a bytes method).
    pub fn new_like(&mut self, like: ObjRef, b: Vec<u8>) -> PyResult<ObjRef> {
        if bytearray_of(like).is_some() {
            self.new_bytearray(b)
        } else {
            self.new_bytes(b)
        }
    }

    /// Change a bytearray's buffer with `f`, then count its new capacity.
    pub fn bytearray_mut<R>(
        &mut self,
        o: ObjRef,
        f: impl FnOnce(&mut Vec<u8>) -> R,
    ) -> PyResult<R> {
        let a = bytearray_of(o).expect("a bytearray");
        let r = f(&mut a.b.borrow_mut());
        self.sync_account(o)?;
        Ok(r)
    }

    /// The bytes `bytearray(x)` makes of an int count, a buffer or an
    /// iterable of ints in range(256) (iterated unsized, as CPython's
    /// `bytearray_init` does).
    pub(crate) fn bytes_from_object(&mut self, x: ObjRef, what: &str) -> PyResult<Vec<u8>> {
        if let Some(b) = self.bytes_like(x)? {
            return Ok(b);
        }
        if crate::types::str::str_of(x).is_some() {
            return Err(self.type_error("string argument without an encoding".to_string()));
        }
        if let Some(n) = self.index_i64_or(x, "OverflowError")? {
            if n < 0 {
                return Err(self.value_error("negative count".to_string()));
            }
            self.check_room(n as usize)?;
            return Ok(vec![0; n as usize]);
        }
        let items = self.iterate_or(x, false, |tn| {
            format!("cannot convert '{tn}' object to {what}")
        })?;
        self.with_items(items, |vm, items| {
            items.iter().map(|&i| vm.byte_value(i)).collect()
        })
    }

    /// An int in range(256), as a byte.
    pub(crate) fn byte_value(&mut self, o: ObjRef) -> PyResult<u8> {
        // (Past 64 bits is out of range too: CPython's `_getbytevalue`.)
        match self.index_i64_or(o, "")? {
            Some(v) if (0..256).contains(&v) => Ok(v as u8),
            Some(_) => Err(self.value_error("byte must be in range(0, 256)".to_string())),
            None => {
                let tn = self.type_name(o);
                Err(self.type_error(format!("'{tn}' object cannot be interpreted as an integer")))
            }
        }
    }

    /// `ba[k] = v` (an index and an int, or a slice and bytes-like or
    /// iterable of ints); `del ba[k]` when `v` is None.
    pub(crate) fn bytearray_setitem(
        &mut self,
        o: ObjRef,
        k: ObjRef,
        v: Option<ObjRef>,
    ) -> PyResult<()> {
        let len = || bytearray_of(o).expect("bytearray").b.borrow().len();
        if k.tag() == Tag::Slice {
            // The bounds before the value (CPython's
            // `bytearray_ass_subscript`), the length after it.
            let bounds = self.slice_unpack(k)?;
            let new = match v {
                Some(v) => self.bytes_from_object(v, "bytes")?,
                None => Vec::new(),
            };
            let span = bounds.span(len());
            if span.step == 1 {
                let (a, b) = (span.start as usize, span.start as usize + span.len);
                return self.bytearray_mut(o, |buf| {
                    buf.splice(a..b, new);
                });
            }
            let idx: Vec<usize> = span.indices().collect();
            if v.is_none() {
                return self.bytearray_mut(o, |buf| {
                    for &i in idx.iter().rev() {
                        buf.remove(i);
                    }
                });
            }
            if new.len() != idx.len() {
                return Err(self.value_error(format!(
                    "attempt to assign bytes of size {} to extended slice of size {}",
                    new.len(),
                    idx.len()
                )));
            }
            return self.bytearray_mut(o, |buf| {
                for (&i, &c) in idx.iter().zip(&new) {
                    buf[i] = c;
                }
            });
        }
        let byte = match v {
            Some(v) => Some(self.byte_value(v)?),
            None => None,
        };
        let i = self.seq_index(k, len, "bytearray")?;
        self.bytearray_mut(o, |buf| match byte {
            Some(c) => buf[i] = c,
            None => {
                buf.remove(i);
            }
        })
    }
}

/// `bytearray(source=b'', encoding=..., errors=...)`.
pub(crate) fn bytearray_new<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let data = initial_bytes(vm, &args)?;
    vm.new_bytearray(data)
}

/// `bytearray.__init__(self, source=b'', encoding=..., errors=...)`: the
/// buffer replaced (how a subclass instance, made empty, is filled).
fn init<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let Some(&me) = args.pos.first().filter(|&&o| bytearray_of(o).is_some()) else {
        return Err(
            vm.type_error("descriptor '__init__' requires a 'bytearray' object".to_string())
        );
    };
    let data = initial_bytes(vm, &args)?;
    vm.bytearray_mut(me, |b| *b = data)?;
    Ok(vm.new_none())
}

/// The bytes a bytearray starts with, from the arguments after the first
/// (the class, or the instance to initialise).
fn initial_bytes<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>) -> PyResult<Vec<u8>> {
    let rest = &args.pos[1..];
    let kw = |name: &str| crate::builtins::kwarg(args, name);
    let encoding = rest.get(1).copied().or_else(|| kw("encoding"));
    let source = rest.first().copied().or_else(|| kw("source"));
    if rest.len() > 3 {
        return Err(vm.type_error(format!(
            "bytearray() takes at most 3 arguments ({} given)",
            rest.len()
        )));
    }
    let errors = rest.get(2).copied().or_else(|| kw("errors"));
    crate::types::ctors::check_codec_names(vm, "bytearray", encoding, errors)?;
    let data = match (source, encoding) {
        (None, None) => Vec::new(),
        (Some(s), Some(enc)) => {
            if crate::types::str::str_of(s).is_none() {
                return Err(vm.type_error("encoding without a string argument".to_string()));
            }
            let r = vm.call_method_named(s, "encode", &[enc])?;
            let b = crate::types::bytes::bytes_of(r).unwrap_or(&[]).to_vec();
            vm.decref(r);
            b
        }
        (None, Some(_)) => {
            return Err(vm.type_error("encoding without a string argument".to_string()))
        }
        (Some(s), None) => vm.bytes_from_object(s, "bytearray")?,
    };
    Ok(data)
}

fn me<'a>(args: &Args<'_>) -> &'a BytearrayObject {
    bytearray_of(args.pos[0]).expect("receiver checked by the method table")
}

fn append<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "append", 2, 2)?;
    let c = vm.byte_value(args.pos[1])?;
    vm.bytearray_mut(args.pos[0], |b| b.push(c))?;
    Ok(vm.new_none())
}

fn extend<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "extend", 2, 2)?;
    if crate::types::str::str_of(args.pos[1]).is_some() {
        return Err(vm.type_error("'str' object cannot be interpreted as an integer".to_string()));
    }
    // CPython's `bytearray_extend`: a buffer as it is, else the items of
    // an iterable, sized first.
    let x = args.pos[1];
    let more = match buffer_of(x) {
        Some(b) => b.into_owned(),
        None => {
            let items = vm.iterate_or(x, true, |tn| format!("can't extend bytearray with {tn}"))?;
            vm.with_items(items, |vm, items| {
                items
                    .iter()
                    .map(|&i| vm.byte_value(i))
                    .collect::<PyResult<Vec<u8>>>()
            })?
        }
    };
    vm.bytearray_mut(args.pos[0], |b| b.extend(more))?;
    Ok(vm.new_none())
}

fn insert<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "insert", 3, 3)?;
    let at = crate::builtins::arg_i64(vm, args.pos[1])?;
    let c = vm.byte_value(args.pos[2])?;
    let len = me(&args).b.borrow().len() as i64;
    let at = if at < 0 {
        (at + len).max(0)
    } else {
        at.min(len)
    } as usize;
    vm.bytearray_mut(args.pos[0], |b| b.insert(at, c))?;
    Ok(vm.new_none())
}

fn pop<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "pop", 1, 2)?;
    let len = me(&args).b.borrow().len() as i64;
    if len == 0 {
        return Err(vm.new_error("IndexError", "pop from empty bytearray".to_string()));
    }
    let i = match args.pos.get(1) {
        Some(&o) => crate::builtins::arg_i64(vm, o)?,
        None => -1,
    };
    let i = if i < 0 { i + len } else { i };
    if !(0..len).contains(&i) {
        return Err(vm.new_error("IndexError", "pop index out of range".to_string()));
    }
    let c = vm.bytearray_mut(args.pos[0], |b| b.remove(i as usize))?;
    vm.new_int_i64(c as i64)
}

fn remove<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "remove", 2, 2)?;
    let c = vm.byte_value(args.pos[1])?;
    let at = me(&args).b.borrow().iter().position(|&x| x == c);
    match at {
        Some(i) => {
            vm.bytearray_mut(args.pos[0], |b| b.remove(i))?;
            Ok(vm.new_none())
        }
        None => Err(vm.value_error("value not found in bytearray".to_string())),
    }
}

fn clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "clear", 1, 1)?;
    vm.bytearray_mut(args.pos[0], |b| *b = Vec::new())?;
    Ok(vm.new_none())
}

fn reverse<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "reverse", 1, 1)?;
    vm.bytearray_mut(args.pos[0], |b| b.reverse())?;
    Ok(vm.new_none())
}

fn copy<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "copy", 1, 1)?;
    let b = me(&args).b.borrow().clone();
    vm.new_bytearray(b)
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    crate::builtins::set_ctor(vm, "bytearray", bytearray_new);
    let fns: &[(&'static str, crate::vm::NativeFn<C>)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("reverse", reverse),
        ("copy", copy),
        ("__init__", init),
    ];
    for &(name, f) in fns {
        def_method(vm, "bytearray", name, f);
    }
}
