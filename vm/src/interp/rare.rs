//! The instructions a loop runs rarely (names of module and class bodies,
//! imports, `with`, pattern matching, exception groups, async, building
//! sets, maps and strings, `del`): kept out of the interpreter loop, which
//! holds only the hot instructions, so that the loop's code stays small
//! enough for the instruction cache (`Vm::step` falls through to here).

use super::*;

impl<C: Collector> Vm<C> {
    /// Execute one of the instructions `step` does not handle itself: the
    /// one just fetched (the pc is one past it).
    /// (None of them returns or yields: the result is one word, which
    /// keeps `step`'s own result in registers.)
    #[inline(never)]
    pub(super) fn step_rare(&mut self) -> PyResult<()> {
        use Instr::*;
        // (Fetched again rather than passed: a copy passed by address
        // would make the loop keep every instruction in memory.)
        let instr = {
            let f = self.frame();
            f.rc.fetch(f.pc() - 1)
        };
        match instr {
            Nop => {}
            DeleteFast(i) => {
                let old = self.frame().fast[i as usize].take();
                match old {
                    Some(o) => self.decref(o),
                    None => return Err(self.unbound_local(i)),
                }
            }
            LoadName(i) => self.load_name(i)?,
            StoreName(i) => self.store_name(i)?,
            SetupAnnotations => {
                let ns = self.frame().locals.unwrap_or(self.frame().globals);
                let key = self.intern_borrow("__annotations__");
                if !self.contains(ns, key)? {
                    let d = self.new_dict()?;
                    let r = self.dict_set(ns, key, d);
                    self.decref(d);
                    r?;
                }
            }
            DeleteName(i) => self.delete_name(i)?,
            StoreGlobal(i) => {
                // The value stays on the stack (rooted) while the old
                // value's `__del__` runs.
                let name = self.name_const(i);
                let g = self.frame().globals;
                self.dict_set(g, name, self.peek(1))?;
                self.replace_top(1, None);
            }
            DeleteGlobal(i) => {
                let name = self.name_const(i);
                let g = self.frame().globals;
                if !self.dict_del(g, name)? {
                    return Err(self.name_error(name));
                }
            }
            DeleteDeref(i) => {
                let cell = self.frame().cells[i as usize];
                match cell.payload::<CellObject>().value.take() {
                    Some(o) => self.decref(o),
                    None => return Err(self.unbound_deref(i)),
                }
            }
            DeleteAttr(i) => {
                let name = self.name_const(i);
                self.setattr(self.peek(1), name, None)?;
                self.replace_top(1, None);
            }
            DeleteSubscr => {
                self.delitem(self.peek(2), self.peek(1))?;
                self.replace_top(2, None);
            }
            BuildSlice(n) => {
                let step = if n == 3 { self.pop() } else { self.new_none() };
                let stop = self.pop();
                let start = self.pop();
                let s = self.alloc(
                    &crate::types::scalar::SLICE_VT,
                    crate::types::scalar::SliceObject { start, stop, step },
                );
                if s.is_err() {
                    self.decref_all([start, stop, step]);
                }
                self.push(s?);
            }
            BuildSet(n) => {
                self.build_set(n as usize)?;
                self.collect_if_due();
            }
            BuildMap(n) => {
                self.build_map(n as usize)?;
                self.collect_if_due();
            }
            BuildString(n) => self.build_string(n as usize)?,
            SetAdd(i) => {
                self.set_add(self.peek(i as usize + 1), self.peek(1))?;
                self.replace_top(1, None);
            }
            MapAdd(i) => {
                self.dict_set(self.peek(i as usize + 2), self.peek(2), self.peek(1))?;
                self.replace_top(2, None);
            }
            ListExtend(i) => {
                let (l, it) = (self.peek(i as usize + 1), self.peek(1));
                if let Err(e) = self.list_extend(l, it) {
                    if self.is_instance_of_name(e, "TypeError") && !self.can_iterate(it) {
                        self.decref(e);
                        return Err(self.star_error(it));
                    }
                    return Err(e);
                }
                self.replace_top(1, None);
            }
            SetUpdate(i) => {
                self.set_update(self.peek(i as usize + 1), self.peek(1))?;
                self.replace_top(1, None);
            }
            DictUpdate(i) | DictMerge(i) => {
                let m = self.peek(1);
                // `f(**m)`: the function is under the args tuple and dict.
                let func = match instr {
                    DictMerge(_) => Some(self.peek(i as usize + 3)),
                    _ => None,
                };
                let r = self.dict_update_mapping(self.peek(i as usize + 1), m, func.is_some());
                if let Ok(false) = r {
                    let tn = self.type_name(m);
                    let msg = match func {
                        Some(f) => {
                            let fs = self.function_str(f);
                            format!("{fs} argument after ** must be a mapping, not {tn}")
                        }
                        None => format!("'{tn}' object is not a mapping"),
                    };
                    return Err(self.type_error(msg));
                }
                let r = r.map(|_| ());
                if let (Err(e), Some(f)) = (&r, func) {
                    // CPython names the function in the duplicate's error.
                    let e = *e;
                    let text = self.str_string(e).unwrap_or_default();
                    if text.starts_with("got multiple values") {
                        let fs = self.function_str(f);
                        self.decref(e);
                        return Err(self.type_error(format!("{fs} {text}")));
                    }
                }
                r?;
                self.replace_top(1, None);
            }
            ListToTuple => {
                let l = self.pop();
                let items = crate::types::list::list_of(l).expect("list").snapshot();
                for &x in &items {
                    self.incref(x);
                }
                self.decref(l);
                let t = self.new_tuple(items)?;
                self.push(t);
            }
            UnpackEx { before, after } => self.unpack_ex(before as usize, after as usize)?,
            FormatValue {
                conversion,
                has_spec,
            } => self.format_value(conversion, has_spec)?,
            CallFunctionEx { has_kwargs } => {
                self.call_ex(has_kwargs)?;
                self.collect_if_due();
            }
            MakeFunction(flags) => self.make_function(flags)?,
            PrintExpr => {
                self.display_value(self.peek(1))?;
                self.replace_top(1, None);
            }
            AsyncGenWrap => {}
            GetYieldFromIter => {
                let it = self.peek(1);
                if crate::types::generator::is_coroutine(it) {
                    return Err(self.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator"
                            .into(),
                    ));
                }
                if it.tag() != Tag::Generator {
                    let r = self.get_iter(it)?;
                    self.replace_top(1, Some(r));
                }
            }
            Send(t) => {
                use crate::types::generator::GenOutcome;
                match self.send_to(self.peek(2), self.peek(1))? {
                    GenOutcome::Yield(v) => self.replace_top(1, Some(v)),
                    GenOutcome::Return(v) => {
                        self.replace_top(2, Some(v));
                        self.frame().set_pc(t as usize);
                    }
                }
            }
            LoadBuildClass => {
                let b = self.frame_builtins();
                let name = self.intern("__build_class__");
                let v = self.dict_get(b, name);
                self.decref(name);
                let Some(v) = v? else {
                    return Err(self.new_error("NameError", "__build_class__ not found".into()));
                };
                self.push(v);
            }
            RaiseVarargs(n) => {
                let e = self.raise_varargs(n);
                self.reraising = n == 0;
                return Err(e);
            }
            BeforeWith => self.before_with(false)?,
            BeforeAsyncWith => self.before_with(true)?,
            GetAwaitable(what) => {
                let r = self.get_awaitable(self.peek(1), what)?;
                self.replace_top(1, Some(r));
            }
            GetAIter => {
                let r = self.get_aiter(self.peek(1))?;
                self.replace_top(1, Some(r));
            }
            GetANext => {
                let r = self.get_anext(self.peek(1))?;
                self.push(r);
            }
            MatchMapping => {
                let b = self.collection_flags(self.peek(1)) & TPFLAGS_MAPPING != 0;
                self.push(self.new_bool(b));
            }
            MatchSequence => {
                let b = self.collection_flags(self.peek(1)) & TPFLAGS_SEQUENCE != 0;
                self.push(self.new_bool(b));
            }
            GetLen => {
                let n = self.len(self.peek(1))?;
                let n = self.new_int_i64(n as i64)?;
                self.push(n);
            }
            MatchKeys => {
                let r = self.match_keys(self.peek(2), self.peek(1))?;
                self.push(r);
            }
            CopyDictWithoutKeys => {
                let r = self.copy_dict_without_keys(self.peek(2), self.peek(1))?;
                self.replace_top(1, Some(r));
            }
            MatchClass(n) => {
                let (s, c, k) = (self.peek(3), self.peek(2), self.peek(1));
                let r = self.match_class(s, c, n as usize, k)?;
                self.replace_top(3, Some(r));
            }
            EndAsyncFor => {
                let exc = self.pop();
                if !self.is_instance_of_name(exc, "StopAsyncIteration") {
                    self.reraising = true;
                    return Err(exc);
                }
                self.temp_roots.push(exc);
                self.replace_top(1, None);
                self.temp_roots.pop();
                self.decref(exc);
            }
            WithExitCall => {
                let exit = self.peek(1);
                let none = self.none;
                let r = self.call(exit, &[none, none, none])?;
                self.replace_top(1, Some(r));
            }
            WithExceptStart => {
                let (exit, exc) = (self.peek(3), self.peek(1));
                let t = self.type_of(exc);
                let tb = exc
                    .get::<crate::types::exception::ExceptionObject>()
                    .and_then(|e| e.traceback.get())
                    .unwrap_or(self.none);
                let r = self.call(exit, &[t, exc, tb])?;
                self.push(r);
            }
            PushExcInfo => {
                let exc = self.pop();
                let prev = self
                    .handled
                    .replace(self.incref(exc))
                    .unwrap_or_else(|| self.new_none());
                self.push(prev);
                self.push(exc);
            }
            PopExcept => {
                let prev = self.pop();
                let old = if prev == self.none {
                    self.decref(prev);
                    self.handled.take()
                } else {
                    self.handled.replace(prev)
                };
                self.decref_opt(old);
            }
            Reraise => {
                let exc = self.pop();
                self.reraising = true;
                return Err(exc);
            }
            CheckEgMatch => {
                let (exc, t) = (self.peek(2), self.peek(1));
                match self.exception_group_match(exc, t)? {
                    (Some(m), rest) => {
                        let rest = rest.unwrap_or_else(|| self.new_none());
                        self.temp_roots.push(m);
                        self.replace_top(2, Some(rest));
                        self.temp_roots.pop();
                        self.push(m);
                        let old = self.handled.replace(self.incref(m));
                        self.decref_opt(old);
                    }
                    (None, rest) => {
                        self.decref_opt(rest);
                        self.replace_top(1, Some(self.new_none()));
                    }
                }
            }
            PrepReraiseStar => {
                let r = self.prep_reraise_star(self.peek(2), self.peek(1))?;
                self.replace_top(2, Some(r));
            }
            CheckExcMatch => {
                let r = self.exception_matches(self.peek(2), self.peek(1))?;
                let b = self.new_bool(r);
                self.replace_top(1, Some(b));
            }
            LoadAssertionError => {
                let t = self.types.get("AssertionError");
                self.push(self.incref(t));
            }
            ImportName(i) => {
                // `[level, fromlist]`: `import a.b` binds `a` (with a.b
                // loaded); `from a.b import x` works on `a.b`.
                let name = self.name_const(i);
                let level = crate::types::scalar::int_of(self.peek(2))
                    .and_then(|i| i.as_i64())
                    .unwrap_or(0);
                let m = self.import_statement(name, level, self.peek(1))?;
                self.replace_top(2, Some(m));
            }
            ImportFrom(i) => {
                let name = self.name_const(i);
                let m = self.top();
                let v = self.import_from(m, name)?;
                self.push(v);
            }
            ImportStar => {
                self.import_star(self.peek(1))?;
                self.replace_top(1, None);
            }
            _ => unreachable!("{instr:?} is handled by Vm::step"),
        }
        Ok(())
    }
}
