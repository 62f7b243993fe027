//! The instructions that build and take apart values on the stack:
//! `BUILD_SET`/`MAP`/`STRING`, `FORMAT_VALUE`, unpacking (with CPython's
//! messages for a starred argument that is not iterable), `BEFORE_WITH`,
//! `RAISE_VARARGS`, and the stack helpers they share.

use super::*;

impl<C: Collector> Vm<C> {
    /// `BeforeWith`: `[mgr] -> [exit, res]`, CPython 3.11's order: both
    /// methods looked up on the type first, `__exit__` bound and on the
    /// stack (holding `mgr`) while `__enter__` runs. `BeforeAsyncWith` the
    /// same with `__aenter__` and `__aexit__`.
    pub(super) fn before_with(&mut self, is_async: bool) -> PyResult<()> {
        let mgr = self.top();
        let t = self.type_of(mgr);
        let (enter_name, exit_name) = match is_async {
            true => ("__aenter__", "__aexit__"),
            false => ("__enter__", "__exit__"),
        };
        let (enter, exit) = (
            self.intern_borrow(enter_name),
            self.intern_borrow(exit_name),
        );
        let missing = match (
            self.lookup_type_attr(t, enter),
            self.lookup_type_attr(t, exit),
        ) {
            (None, _) => String::new(),
            (Some(_), None) => format!(" (missed {exit_name} method)"),
            (Some(_), Some(exit)) => {
                // `mgr` stays on the stack (rooted) until `__enter__` returned.
                let exit = self.bind_class_attr(exit, mgr, t)?;
                self.push(exit);
                let r = self.call_special(mgr, enter_name, &[])?;
                let r = r.expect("the enter method was found above");
                let f = self.frame();
                let n = f.stack.len();
                f.stack.swap(n - 1, n - 2);
                self.replace_top(1, Some(r));
                return Ok(());
            }
        };
        let tn = self.type_name(mgr);
        let kind = if is_async { "asynchronous " } else { "" };
        Err(self.type_error(format!(
            "'{tn}' object does not support the {kind}context manager protocol{missing}"
        )))
    }

    /// Pop the top `n` values, push `v` (if any), then release the popped
    /// values: the operands of an instruction stay on the stack (rooted)
    /// while it runs, and the result is rooted before any `__del__` the
    /// releases trigger.
    #[inline]
    pub(super) fn replace_top(&mut self, n: usize, v: Option<ObjRef>) {
        let mut olds = [self.null; 3];
        let f = self.running();
        let at = f.stack.len() - n;
        olds[..n].copy_from_slice(&f.stack[at..]);
        f.stack.truncate(at);
        if let Some(v) = v {
            f.stack.push(v);
        }
        for i in 0..n {
            let o = olds[i];
            if C::REFCOUNTED && o != self.null && o.dec() == 0 {
                self.free_rooting(o, &olds[i + 1..n]);
            }
        }
    }

    /// `o`'s count reached zero while the operands after it are still to
    /// be released: they stay rooted while its release (and any `__del__`
    /// it runs) goes on. (Not for an atom, whose release runs no code: the
    /// temporaries of arithmetic die here most.)
    #[inline(never)]
    pub(super) fn free_rooting(&mut self, o: ObjRef, rest: &[ObjRef]) {
        if !o.vtable().owns_refs() {
            C::on_zero(self, o);
            return;
        }
        let base = self.temp_roots.len();
        let null = self.null;
        self.temp_roots
            .extend(rest.iter().copied().filter(|&r| r != null));
        C::on_zero(self, o);
        self.temp_roots.truncate(base);
    }

    /// Build a value from the top `n` stack items, which stay on the stack
    /// (rooted) while `make` runs; then the result is pushed and the items
    /// are released, the bottom one first or (`top_first`) the top one.
    pub(super) fn build_from_top(
        &mut self,
        n: usize,
        top_first: bool,
        make: impl FnOnce(&mut Self, &[ObjRef]) -> PyResult<ObjRef>,
    ) -> PyResult<()> {
        let items = {
            let s = &self.frame().stack;
            s[s.len() - n..].to_vec()
        };
        let r = make(self, &items);
        let popped = self.pop_n(n);
        // The result is pushed (or the exception rooted) before the items
        // are released: one's `__del__` may reach a safepoint.
        match r {
            Ok(v) => self.push(v),
            Err(e) => self.temp_roots.push(e),
        }
        if top_first {
            self.decref_all(popped.iter().rev().copied());
        } else {
            self.decref_all(popped.iter().copied());
        }
        if r.is_err() {
            self.temp_roots.pop();
        }
        self.recycle_args(popped);
        r.map(|_| ())
    }

    /// An empty argument buffer (see `take_spare`).
    #[inline]
    pub(crate) fn spare_args(&mut self) -> Vec<ObjRef> {
        take_spare(&mut self.spare_args)
    }

    /// Pop `n` values (owned), in stack order.
    pub(crate) fn pop_n(&mut self, n: usize) -> Vec<ObjRef> {
        let mut out = self.spare_args();
        let s = &mut self.frames.last_mut().expect("a frame is running").stack;
        let at = s.len() - n;
        // (Copied, then cut off: handles own no Rust resource to drop.)
        out.extend_from_slice(&s[at..]);
        s.truncate(at);
        out
    }

    /// `BUILD_TUPLE`: a tuple of the top `n` values, which move into it
    /// (it owns them even if making it fails). A small one is built
    /// from a copy on the Rust stack, a larger one through an argument
    /// buffer (from the pool): nothing is allocated but the tuple.
    pub(crate) fn build_tuple(&mut self, n: usize) -> PyResult<ObjRef> {
        const SMALL: usize = 8;
        if n > SMALL {
            let items = self.pop_n(n);
            let t = self.new_tuple_taking(&items);
            self.recycle_args(items);
            return t;
        }
        let mut items = [self.null; SMALL];
        let s = &mut self.frames.last_mut().expect("a frame is running").stack;
        let at = s.len() - n;
        items[..n].copy_from_slice(&s[at..]);
        s.truncate(at);
        self.new_tuple_taking(&items[..n])
    }

    /// Give an emptied argument buffer back for reuse.
    pub(crate) fn recycle_args(&mut self, mut v: Vec<ObjRef>) {
        // (A buffer that never grew is no saving.)
        if v.capacity() > 0 && self.spare_args.len() < SPARE_BUFFERS {
            v.clear();
            self.spare_args.push(v);
        }
    }

    /// The error for `*x` where x is not iterable, in a display or among
    /// other arguments (LIST_EXTEND's; `f(*x)` alone is `CallFunctionEx`'s).
    pub(super) fn star_error(&mut self, it: ObjRef) -> ObjRef {
        let tn = self.type_name(it);
        self.type_error(format!("Value after * must be an iterable, not {tn}"))
    }

    /// BUILD_SET: the items are released bottom first, as CPython's loop
    /// releases them (on an unhashable item too).
    /// BUILD_SET: each item is released as soon as it is added (CPython
    /// decrefs them one by one), so an `__eq__` a later add runs sees the
    /// earlier items without their stack references; after an error the
    /// rest are released unadded.
    pub(super) fn build_set(&mut self, n: usize) -> PyResult<()> {
        let s = self.new_set(false)?;
        let items = self.pop_n(n);
        // Rooted (each owned), the next one to release on top.
        let base = self.temp_roots.len();
        self.temp_roots.push(s);
        self.temp_roots.extend(items.iter().rev());
        let mut r = Ok(());
        for &x in &items {
            if r.is_ok() {
                r = self.set_add(s, x);
            }
            let top = self.temp_roots.pop();
            debug_assert_eq!(top, Some(x));
            if let Err(e) = r {
                self.temp_roots.push(e);
                self.decref(x);
                self.temp_roots.pop();
            } else {
                self.decref(x);
            }
        }
        self.temp_roots.truncate(base);
        self.recycle_args(items);
        match r {
            Ok(()) => {
                self.push(s);
                Ok(())
            }
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref(s));
                Err(e)
            }
        }
    }

    /// BUILD_MAP: the keys and values are released top first, as CPython
    /// pops them (or, when a key is unhashable, as unwinding pops them):
    /// `{[]: A(0), B(): A(1)}` finalizes A(1), B, A(0) in that order.
    pub(super) fn build_map(&mut self, n: usize) -> PyResult<()> {
        self.build_from_top(2 * n, true, |vm, items| {
            let d = vm.new_dict()?;
            vm.fill(d, |vm, d| {
                items
                    .chunks(2)
                    .try_for_each(|kv| vm.dict_set(d, kv[0], kv[1]))
            })
        })
    }

    pub(super) fn build_string(&mut self, n: usize) -> PyResult<()> {
        let parts = self.pop_n(n);
        let mut s = String::new();
        for &p in &parts {
            s.push_str(str_of(p).unwrap_or(""));
        }
        self.decref_all(parts);
        let r = self.new_string(s)?;
        self.push(r);
        Ok(())
    }

    pub(super) fn format_value(&mut self, conversion: Conversion, has_spec: bool) -> PyResult<()> {
        let n = 1 + has_spec as usize;
        let v = self.peek(n);
        let spec = if has_spec { Some(self.peek(1)) } else { None };
        // (Without a conversion the value is formatted where it is: the
        // stack holds it, as CPython's FORMAT_VALUE holds the popped one.)
        let converted = match conversion {
            Conversion::None => None,
            Conversion::Str => Some(self.str(v)?),
            Conversion::Repr => Some(self.repr(v)?),
            Conversion::Ascii => Some(self.ascii(v)?),
        };
        let r = match converted {
            Some(c) => self.with_roots(&[c], |vm| vm.format(c, spec)),
            None => self.format(v, spec),
        };
        self.decref_opt(converted);
        self.replace_top(n, Some(r?));
        Ok(())
    }

    pub(super) fn unpack_sequence(&mut self, n: usize) -> PyResult<()> {
        // An exact tuple of the right length (CPython's
        // `UNPACK_SEQUENCE_TUPLE`): its items, with no iterator.
        let seq = self.peek(1);
        if seq.tag() == Tag::Tuple {
            let items = crate::types::tuple::tuple_items(seq).expect("a tuple");
            if items.len() == n {
                let seq = self.pop();
                for &v in items.iter().rev() {
                    self.push(self.incref(v));
                }
                self.decref(seq);
                return Ok(());
            }
        }
        // An exact list of the right length (`UNPACK_SEQUENCE_LIST`): the
        // same, read in place (taking references runs no code).
        if seq.tag() == Tag::List {
            let l = crate::types::list::list_of(seq).expect("a list");
            if l.len() == n {
                let seq = self.pop();
                for i in (0..n).rev() {
                    let v = l.get(i).expect("an item within the length");
                    self.push(self.incref(v));
                }
                self.decref(seq);
                return Ok(());
            }
        }
        let items = self.unpack_iterable(self.peek(1), n, None)?;
        let seq = self.pop();
        for v in items.into_iter().rev() {
            self.push(v);
        }
        self.decref(seq);
        Ok(())
    }

    pub(super) fn unpack_ex(&mut self, before: usize, after: usize) -> PyResult<()> {
        let mut items = self.unpack_iterable(self.peek(1), before, Some(after))?;
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let list = match self.new_list(middle) {
            Ok(l) => l,
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref_all(items.into_iter().chain(tail)));
                return Err(e);
            }
        };
        let seq = self.pop();
        for v in tail.into_iter().rev() {
            self.push(v);
        }
        self.push(list);
        for v in items.into_iter().rev() {
            self.push(v);
        }
        self.decref(seq);
        Ok(())
    }

    pub(super) fn raise_varargs(&mut self, n: u32) -> ObjRef {
        let e = match n {
            0 => match self.topmost_handled() {
                Some(e) => self.incref(e),
                None => {
                    self.new_error("RuntimeError", "No active exception to reraise".to_string())
                }
            },
            1 => self.make_raisable(self.peek(1), None),
            _ => self.make_raisable(self.peek(2), Some(self.peek(1))),
        };
        self.temp_roots.push(e);
        self.replace_top(n as usize, None);
        self.temp_roots.pop();
        e
    }
}
