//! Binding a call's arguments to a Python function's parameters: a new
//! frame with positional, keyword, `*args` and `**kwargs` parameters,
//! defaults and cells filled in, and CPython's messages for every way a
//! call can fail to match the signature.

use crate::interp::call::CallArgs;
use crate::interp::frame::{Frame, OnReturn};
use crate::object::{ObjExt, Tag};
use crate::types::cell::{CellObject, CELL_VT};
use crate::types::code::CodeObj;
use crate::types::function::{FunctionObject, Owner};
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::types::typeobj::TypeObject;
use crate::vm::{PyResult, Vm};
use ouro_compiler::CodeObject;
use ouro_gc_core::{Collector, ObjRef};
use std::rc::Rc;

impl<C: Collector> Vm<C> {
    /// Build the frame for calling the Python function `func` (owned) with
    /// owned arguments.
    pub(crate) fn function_frame(
        &mut self,
        func: ObjRef,
        args: CallArgs,
        on_return: OnReturn,
    ) -> PyResult<Box<Frame>> {
        let f = func.payload::<FunctionObject>();
        // The code is counted once the arguments are bound: until then
        // the function holds it (and the globals, which the frame borrows
        // from it).
        let mut frame = self.new_frame(f.code.get(), f.globals, false, on_return);
        let fr = &mut *frame;
        if let Err((e, leftover)) = self.bind_into(func, &fr.rc, args, &mut fr.fast) {
            // The arguments not bound first, then the bound ones, as one
            // batch (each release roots the rest; a `__del__` may reach a
            // safepoint), with what the frame would have owned and the
            // error rooted; then those, as a second batch.
            let mut on_return = frame.on_return;
            frame.on_return = OnReturn::Value;
            let all: Vec<ObjRef> = leftover
                .into_iter()
                .chain(frame.fast.drain(..).flatten())
                .collect();
            self.recycle_frame(frame);
            let base = self.temp_roots.len();
            self.temp_roots.push(func);
            self.temp_roots.extend(on_return.refs());
            self.temp_roots.push(e);
            self.decref_all(all);
            self.temp_roots.truncate(base);
            let mut out = vec![func];
            if let OnReturn::Init(o, _) = on_return {
                out.push(o);
            }
            if let Some(held) = on_return.take_held() {
                Self::call_args_refs(held, &mut out);
            }
            self.with_roots(&[e], |vm| vm.decref_all(out));
            return Err(e);
        }
        self.incref(frame.code);
        frame.func = Some(func);
        self.with_cells(frame, f)
    }

    /// `frame` (of a call of `f`, its arguments bound) with its cells
    /// made; on failure the frame is released.
    pub(super) fn with_cells(
        &mut self,
        mut frame: Box<Frame>,
        f: &FunctionObject,
    ) -> PyResult<Box<Frame>> {
        // (Most functions have no cells: answered here, without a call.)
        if !frame.code.payload::<CodeObj>().shape.has_cells && f.closure.is_none() {
            return Ok(frame);
        }
        if let Err(e) = self.make_cells(&mut frame, f) {
            self.with_roots(&[e], |vm| vm.release_frame(frame));
            return Err(e);
        }
        Ok(frame)
    }

    /// Create the frame's cells: new ones for cellvars (seeded from
    /// parameters), the closure's for freevars.
    #[inline(never)]
    fn make_cells(&mut self, frame: &mut Frame, f: &FunctionObject) -> PyResult<()> {
        if frame.rc.cellvars.is_empty() && f.closure.is_none() {
            return Ok(());
        }
        let rc = frame.rc.clone();
        for (i, _) in rc.cellvars.iter().enumerate() {
            let init = rc
                .cell2arg
                .get(i)
                .copied()
                .flatten()
                .and_then(|a| frame.fast[a as usize].take());
            let cell = self.alloc(&CELL_VT, CellObject { value: init.into() });
            // (On failure the cell released `init`: `alloc` drops what a
            // payload owns.)
            frame.cells.push(cell?);
        }
        if let Some(cl) = f.closure {
            for &c in tuple_items(cl).unwrap_or(&[]) {
                frame.cells.push(self.incref(c));
            }
        }
        Ok(())
    }

    /// Bind `args` into `fast`. On failure: the exception and the argument
    /// values not bound, which the caller releases (before `fast`'s): no
    /// Python code runs here while `fast` holds unrooted values.
    pub(super) fn bind_into(
        &mut self,
        func: ObjRef,
        code: &Rc<CodeObject>,
        args: CallArgs,
        fast: &mut [Option<ObjRef>],
    ) -> Result<(), (ObjRef, Vec<ObjRef>)> {
        let f = func.payload::<FunctionObject>();
        let n = code.argcount as usize;
        let nkwonly = code.kwonlyargcount as usize;
        let mut slot = n + nkwonly;
        let varargs_slot = code.flags.varargs.then(|| {
            slot += 1;
            slot - 1
        });
        let kwargs_slot = code.flags.varkeywords.then_some(slot);
        let qualname = str_of(f.qualname.get()).unwrap_or("?");
        let CallArgs { mut pos, kw } = args;
        if let Some(k) = kwargs_slot {
            match self.new_dict() {
                Ok(d) => fast[k] = Some(d),
                Err(e) => {
                    let left = pos.drain(..).chain(kw.into_iter().map(|(_, v)| v));
                    return Err((e, left.collect()));
                }
            }
        }
        let given = pos.len();
        let extra: Vec<ObjRef> = if pos.len() > n {
            pos.split_off(n)
        } else {
            Vec::new()
        };
        for (i, v) in pos.drain(..).enumerate() {
            fast[i] = Some(v);
        }
        self.recycle_args(pos);
        match varargs_slot {
            // (A failed `new_tuple` released `extra`.)
            Some(s) => match self.new_tuple(extra) {
                Ok(t) => fast[s] = Some(t),
                Err(e) => return Err((e, kw.into_iter().map(|(_, v)| v).collect())),
            },
            None if !extra.is_empty() => {
                let nkw = kw.len();
                let e = self.too_many_positional(func, qualname, given, nkw);
                let left = extra.into_iter().chain(kw.into_iter().map(|(_, v)| v));
                return Err((e, left.collect()));
            }
            None => {}
        }
        let mut kw_iter = kw.into_iter();
        while let Some((name, value)) = kw_iter.next() {
            if let Err((e, v)) = self.bind_keyword(code, qualname, fast, kwargs_slot, name, value) {
                let left = v.into_iter().chain(kw_iter.map(|(_, v)| v));
                return Err((e, left.collect()));
            }
        }
        self.fill_defaults(func, code, qualname, fast, given)
            .map_err(|e| (e, Vec::new()))
    }

    /// Bind one keyword argument (owning `value`). On failure: the
    /// exception and, when it was not stored, `value` for the caller to
    /// release.
    pub(super) fn bind_keyword(
        &mut self,
        code: &CodeObject,
        qualname: &str,
        fast: &mut [Option<ObjRef>],
        kwargs_slot: Option<usize>,
        name: ObjRef,
        value: ObjRef,
    ) -> Result<(), (ObjRef, Option<ObjRef>)> {
        let key = str_of(name).unwrap_or("");
        let total = (code.argcount + code.kwonlyargcount) as usize;
        let posonly = code.posonlyargcount as usize;
        if let Some(j) = code.varnames[posonly..total].iter().position(|v| v == key) {
            let j = j + posonly;
            if fast[j].is_some() {
                let e = self.type_error(format!(
                    "{qualname}() got multiple values for argument '{key}'"
                ));
                return Err((e, Some(value)));
            }
            fast[j] = Some(value);
            return Ok(());
        }
        match kwargs_slot {
            Some(k) => {
                // (A str key: storing it runs no Python code.)
                let d = fast[k].expect("kwargs dict");
                let r = self.dict_set(d, name, value);
                match r {
                    Ok(()) => {
                        self.decref(value);
                        Ok(())
                    }
                    Err(e) => Err((e, Some(value))),
                }
            }
            None => {
                let e = if code.varnames[..posonly].iter().any(|v| v == key) {
                    self.type_error(format!(
                        "{qualname}() got some positional-only arguments passed as keyword arguments: '{key}'"
                    ))
                } else {
                    self.type_error(format!(
                        "{qualname}() got an unexpected keyword argument '{key}'"
                    ))
                };
                Err((e, Some(value)))
            }
        }
    }

    pub(super) fn fill_defaults(
        &mut self,
        func: ObjRef,
        code: &CodeObject,
        qualname: &str,
        fast: &mut [Option<ObjRef>],
        given: usize,
    ) -> PyResult<()> {
        let f = func.payload::<FunctionObject>();
        let n = code.argcount as usize;
        // Borrowed from the defaults tuple, which the function keeps alive.
        let defaults: &[ObjRef] = f.defaults.get().and_then(tuple_items).unwrap_or(&[]);
        let first_default = n - defaults.len().min(n);
        let mut missing = Vec::new();
        for i in given.min(n)..n {
            if fast[i].is_none() {
                if i >= first_default {
                    fast[i] = Some(self.incref(defaults[i - first_default]));
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(qualname, "positional", &missing));
        }
        for (i, name) in code
            .varnames
            .iter()
            .enumerate()
            .take(n + code.kwonlyargcount as usize)
            .skip(n)
        {
            if fast[i].is_some() {
                continue;
            }
            let name = name.clone();
            let dflt = match f.kwdefaults.get() {
                Some(kd) => {
                    let k = self.intern_borrow(&name);
                    self.dict_get(kd, k)?
                }
                None => None,
            };
            match dflt {
                Some(v) => fast[i] = Some(v),
                None => missing.push(name),
            }
        }
        if !missing.is_empty() {
            return Err(self.missing_args(qualname, "keyword-only", &missing));
        }
        Ok(())
    }

    pub(super) fn missing_args(&mut self, qualname: &str, kind: &str, names: &[String]) -> ObjRef {
        let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
        let list = match quoted.len() {
            1 => quoted[0].clone(),
            2 => format!("{} and {}", quoted[0], quoted[1]),
            k => format!("{}, and {}", quoted[..k - 1].join(", "), quoted[k - 1]),
        };
        let s = if names.len() == 1 { "" } else { "s" };
        self.type_error(format!(
            "{qualname}() missing {} required {kind} argument{s}: {list}",
            names.len()
        ))
    }

    pub(super) fn too_many_positional(
        &mut self,
        func: ObjRef,
        qualname: &str,
        given: usize,
        nkw: usize,
    ) -> ObjRef {
        let f = func.payload::<FunctionObject>();
        let code = f.code.get().payload::<CodeObj>().code.clone();
        let n = code.argcount as usize;
        let ndef = f
            .defaults
            .get()
            .and_then(tuple_items)
            .map_or(0, |d| d.len());
        let takes = if ndef > 0 {
            format!("from {} to {}", n - ndef, n)
        } else {
            n.to_string()
        };
        let plural = if n == 1 && ndef == 0 { "" } else { "s" };
        let was = if given == 1 { "was" } else { "were" };
        let kwpart = if nkw > 0 {
            format!(
                " positional argument{} (and {nkw} keyword-only argument{})",
                if given == 1 { "" } else { "s" },
                if nkw == 1 { "" } else { "s" }
            )
        } else {
            String::new()
        };
        if nkw > 0 {
            self.type_error(format!("{qualname}() takes {takes} positional argument{plural} but {given}{kwpart} were given"))
        } else {
            self.type_error(format!(
                "{qualname}() takes {takes} positional argument{plural} but {given} {was} given"
            ))
        }
    }

    /// CPython's `descr_check`: a method of a builtin type runs only on an
    /// instance of that type (a class method: on a subclass), whether it
    /// was called unbound (`list.append(x, 1)`) or bound through another
    /// class (`class A: append = list.append`). The native code reads the
    /// receiver's payload as the owner's layout, so this check is what
    /// keeps a foreign object from being misread.
    #[inline]
    pub(super) fn check_receiver(
        &mut self,
        name: &str,
        owner: Owner,
        receiver: Option<ObjRef>,
    ) -> PyResult<()> {
        // (Most often the receiver is exactly of the owner type.)
        let exact = receiver.and_then(|r| self.exact_builtin_type(r));
        if !owner.class_method && exact == Some(owner.ty) {
            return Ok(());
        }
        self.check_receiver_slow(name, owner, receiver)
    }

    /// `check_receiver` past its common case.
    #[inline(never)]
    fn check_receiver_slow(
        &mut self,
        name: &str,
        owner: Owner,
        receiver: Option<ObjRef>,
    ) -> PyResult<()> {
        let slot = || crate::types::function::is_slot_name(name);
        let Some(r) = receiver else {
            return Err(self.type_error(if slot() {
                format!(
                    "descriptor '{name}' of '{}' object needs an argument",
                    owner.name
                )
            } else {
                format!("unbound method {}.{name}() needs an argument", owner.name)
            }));
        };
        if owner.class_method {
            if r.tag() == Tag::Type && self.is_subclass(r, owner.ty) {
                return Ok(());
            }
            let got = match r.get::<TypeObject>() {
                Some(t) => t.name.to_string(),
                None => self.type_name(r),
            };
            return Err(self.type_error(format!(
                "descriptor '{name}' requires a subtype of '{}' but received '{got}'",
                owner.name
            )));
        }
        if self.type_of(r) == owner.ty || self.is_instance(r, owner.ty) {
            return Ok(());
        }
        let got = self.type_name(r);
        Err(self.type_error(if slot() {
            format!(
                "descriptor '{name}' requires a '{}' object but received a '{got}'",
                owner.name
            )
        } else {
            format!(
                "descriptor '{name}' for '{}' objects doesn't apply to a '{got}' object",
                owner.name
            )
        }))
    }
}
