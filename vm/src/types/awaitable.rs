//! The `await` and `async for` protocols (CPython's
//! `_PyCoro_GetAwaitableIter`, `GET_AITER` and `GET_ANEXT`): what makes an
//! object awaitable or asynchronously iterable, with CPython's checks and
//! messages. The coroutines and asynchronous generators they drive are in
//! `generator.rs` and `asyncgen.rs`.

use crate::object::ObjExt;
use crate::types::exception::ExceptionObject;
use crate::types::generator::{is_coroutine, kind_of, GenKind};
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

impl<C: Collector> Vm<C> {
    /// `await o`'s iterator (CPython's `_PyCoro_GetAwaitableIter`); `what`
    /// as `Instr::GetAwaitable`'s argument, for the error.
    pub(crate) fn get_awaitable(&mut self, o: ObjRef, what: u32) -> PyResult<ObjRef> {
        if is_coroutine(o) && self.gen_delegate(o).is_some() {
            return Err(self.new_error("RuntimeError", "coroutine is being awaited already".into()));
        }
        self.awaitable_iter(o, what)
    }

    /// `_PyCoro_GetAwaitableIter`: a coroutine itself, or what `__await__`
    /// returns (an iterator, not a coroutine).
    pub(crate) fn awaitable_iter(&mut self, o: ObjRef, what: u32) -> PyResult<ObjRef> {
        if is_coroutine(o) || crate::types::asyncgen::is_awaitable_op(o) {
            return Ok(self.incref(o));
        }
        let r = if crate::protocol::ops::is_user(o) {
            self.try_dunder(o, "__await__", &[])?
        } else {
            None
        };
        let Some(r) = r else {
            let tn = self.type_name(o);
            return Err(self.type_error(match what {
                1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
                2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
                _ => format!("object {tn} can't be used in 'await' expression"),
            }));
        };
        if is_coroutine(r) {
            self.decref(r);
            return Err(self.type_error("__await__() returned a coroutine".into()));
        }
        if !self.is_iterator(r) {
            let tn = self.type_name(r);
            self.decref(r);
            return Err(
                self.type_error(format!("__await__() returned non-iterator of type '{tn}'"))
            );
        }
        Ok(r)
    }

    /// `async for`'s `obj.__aiter__()`, checked as CPython's GET_AITER.
    pub(crate) fn get_aiter(&mut self, o: ObjRef) -> PyResult<ObjRef> {
        if let Some(r) = self.async_gen_aiter(o) {
            return Ok(r);
        }
        let r = if crate::protocol::ops::is_user(o) {
            self.try_dunder(o, "__aiter__", &[])?
        } else {
            None
        };
        let Some(r) = r else {
            let tn = self.type_name(o);
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {tn}"
            )));
        };
        if !self.has_type_attr(r, "__anext__") {
            let tn = self.type_name(r);
            self.decref(r);
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {tn}"
            )));
        }
        Ok(r)
    }

    /// `async for`'s next step: `aiter.__anext__()` made awaitable.
    pub(crate) fn get_anext(&mut self, aiter: ObjRef) -> PyResult<ObjRef> {
        if kind_of(aiter) == Some(GenKind::AsyncGenerator) {
            use crate::types::asyncgen::OpKind;
            return self.new_async_gen_op(OpKind::Send, aiter, &[self.none]);
        }
        let r = if crate::protocol::ops::is_user(aiter) {
            self.try_dunder(aiter, "__anext__", &[])?
        } else {
            None
        };
        let Some(r) = r else {
            let tn = self.type_name(aiter);
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {tn}"
            )));
        };
        let tn = self.type_name(r);
        let a = self.using(r, |vm, r| vm.awaitable_iter(r, 0));
        // Any failure becomes the cause of CPython's error.
        a.map_err(|cause| {
            let e = self.type_error(format!(
                "'async for' received an invalid object from __anext__: {tn}"
            ));
            if let Some(x) = e.get::<ExceptionObject>() {
                x.cause.set(Some(self.incref(cause)));
                x.suppress_context.set(true);
                let old = x.context.replace(Some(cause));
                self.decref_opt(old);
            } else {
                self.decref(cause);
            }
            e
        })
    }
}
