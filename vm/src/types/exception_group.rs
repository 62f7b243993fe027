//! Exception groups (PEP 654): `BaseExceptionGroup`/`ExceptionGroup` —
//! construction with CPython's checks, `message`/`exceptions`, `split`,
//! `subgroup` and `derive` — and what `except*` needs of them: the match of
//! one clause (`CheckEgMatch`) and what is raised after all of them
//! (`PrepReraiseStar`). CPython's `Objects/exceptions.c` and the
//! `CHECK_EG_MATCH`/`PREP_RERAISE_STAR` parts of `Python/ceval.c`.

use crate::object::{ObjExt, Tag};
use crate::types::exception::ExceptionObject;
use crate::types::str::str_of;
use crate::types::tuple::tuple_items;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};
use std::collections::HashSet;

/// The sub-exceptions of `o` if it is an exception group (borrowed; the
/// group holds them and they never change).
pub fn group_exceptions<'a>(o: ObjRef) -> Option<&'a [ObjRef]> {
    o.get::<ExceptionObject>()?.group_parts().map(|(_, e)| e)
}

/// How `split`/`subgroup` decide which leaves match.
enum Matcher {
    /// An exception class or a tuple of them.
    Type(ObjRef),
    /// A callable taking an exception.
    Predicate(ObjRef),
    /// The leaves with these addresses (for `PrepReraiseStar`).
    Ids(HashSet<usize>),
}

/// What a split gives: the matching part and the rest (owned, None when
/// empty).
type Split = (Option<ObjRef>, Option<ObjRef>);

impl<C: Collector> Vm<C> {
    /// `BaseExceptionGroup(message, exceptions)` (CPython's
    /// `BaseExceptionGroup_new`): `cls` may become `ExceptionGroup`.
    pub(crate) fn new_exception_group(
        &mut self,
        cls: ObjRef,
        args: &crate::interp::call::CallArgs,
    ) -> PyResult<ObjRef> {
        let name = cls
            .payload::<crate::types::typeobj::TypeObject>()
            .name
            .to_string();
        if !args.kw.is_empty() {
            return Err(self.type_error(format!("{name}() takes no keyword arguments")));
        }
        let n = args.pos.len();
        if n != 2 {
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() takes exactly 2 arguments ({n} given)"
            )));
        }
        let (message, given) = (args.pos[0], args.pos[1]);
        if str_of(message).is_none() {
            let tn = self.type_name(message);
            return Err(self.type_error(format!(
                "BaseExceptionGroup.__new__() argument 1 must be str, not {tn}"
            )));
        }
        if !self.is_sequence(given) {
            let msg = "second argument (exceptions) must be a sequence";
            return Err(self.type_error(msg.into()));
        }
        let items = self.iterate(given)?;
        let excs = self.new_tuple(items)?;
        self.using(excs, |vm, excs| {
            vm.finish_exception_group(cls, message, excs, given)
        })
    }

    fn finish_exception_group(
        &mut self,
        cls: ObjRef,
        message: ObjRef,
        excs: ObjRef,
        given: ObjRef,
    ) -> PyResult<ObjRef> {
        let items = tuple_items(excs).expect("a tuple").to_vec();
        if items.is_empty() {
            let msg = "second argument (exceptions) must be a non-empty sequence";
            return Err(self.value_error(msg.into()));
        }
        let exception = self.types.get("Exception");
        let mut nested_base = false;
        for (i, &e) in items.iter().enumerate() {
            if e.tag() != Tag::Exception {
                return Err(self.value_error(format!(
                    "Item {i} of second argument (exceptions) is not an exception"
                )));
            }
            nested_base |= !self.is_instance(e, exception);
        }
        let (base_group, group) = (
            self.types.get("BaseExceptionGroup"),
            self.types.get("ExceptionGroup"),
        );
        let cls = if cls == base_group && !nested_base {
            group
        } else if nested_base && cls == group {
            let msg = "Cannot nest BaseExceptions in an ExceptionGroup";
            return Err(self.type_error(msg.into()));
        } else if nested_base && cls != base_group && self.is_subclass(cls, exception) {
            let name = cls
                .payload::<crate::types::typeobj::TypeObject>()
                .name
                .to_string();
            return Err(self.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
        } else {
            cls
        };
        let args = vec![self.incref(message), self.incref(given)];
        let args = self.new_tuple(args)?;
        let e = self.new_exception_object(cls, args)?;
        let parts = vec![self.incref(message), self.incref(excs)];
        match self.new_tuple(parts) {
            Ok(p) => {
                e.payload::<ExceptionObject>().group.set(Some(p));
                Ok(e)
            }
            Err(x) => {
                self.decref(e);
                Err(x)
            }
        }
    }

    /// CPython's `PySequence_Check`: not a dict, and `__getitem__`.
    fn is_sequence(&mut self, o: ObjRef) -> bool {
        match o.tag() {
            Tag::List | Tag::Tuple | Tag::Str | Tag::Bytes | Tag::Bytearray | Tag::Range => true,
            Tag::Dict => false,
            _ => {
                !self.is_instance(o, self.types.get("dict")) && self.has_type_attr(o, "__getitem__")
            }
        }
    }

    /// `ExceptionGroup("", excs)` as CPython's `_PyExc_CreateExceptionGroup`
    /// makes it (`excs` owned, passed as a tuple or a list; a
    /// BaseExceptionGroup if one is not an Exception).
    fn make_exception_group(&mut self, excs: Vec<ObjRef>, as_tuple: bool) -> PyResult<ObjRef> {
        let list = match as_tuple {
            true => self.new_tuple(excs)?,
            false => self.new_list(excs)?,
        };
        let empty = self.new_str("")?;
        let cls = self.types.get("BaseExceptionGroup");
        self.with_items(vec![list, empty], |vm, _| {
            let args = crate::interp::call::CallArgs {
                pos: vec![empty, list],
                kw: Vec::new(),
            };
            vm.new_exception_group(cls, &args)
        })
    }

    /// The matcher `split`/`subgroup` were given.
    fn eg_matcher(&mut self, value: ObjRef) -> PyResult<Matcher> {
        if value.tag() != Tag::Type && self.is_callable(value) {
            return Ok(Matcher::Predicate(value));
        }
        let ok = match tuple_items(value) {
            Some(items) if value.tag() == Tag::Tuple => {
                items.iter().all(|&c| self.is_exception_class(c))
            }
            _ => self.is_exception_class(value),
        };
        if !ok {
            let msg = "expected a function, exception type or tuple of exception types";
            return Err(self.type_error(msg.into()));
        }
        Ok(Matcher::Type(value))
    }

    fn eg_matches(&mut self, exc: ObjRef, m: &Matcher) -> PyResult<bool> {
        match m {
            Matcher::Type(t) => self.exception_matches(exc, *t),
            Matcher::Predicate(f) => {
                let r = self.call(*f, &[exc])?;
                self.using(r, |vm, r| vm.is_true(r))
            }
            Matcher::Ids(ids) => Ok(ids.contains(&exc.addr())),
        }
    }

    /// CPython's `exceptiongroup_split_recursive` (`exc` borrowed and held
    /// by the caller).
    fn eg_split(
        &mut self,
        exc: ObjRef,
        m: &Matcher,
        with_rest: bool,
        depth: usize,
    ) -> PyResult<Split> {
        if self.eg_matches(exc, m)? {
            return Ok((Some(self.incref(exc)), None));
        }
        let Some(excs) = group_exceptions(exc) else {
            return Ok((None, with_rest.then(|| self.incref(exc))));
        };
        if depth > self.recursion_limit {
            return Err(self.recursion_error());
        }
        let (mut matched, mut rest) = (Vec::new(), Vec::new());
        let mut failed = None;
        for &e in excs {
            // Each part is rooted while the next one's predicate runs.
            let base = self.temp_roots.len();
            self.temp_roots.extend(matched.iter().chain(rest.iter()));
            let r = self.eg_split(e, m, with_rest, depth + 1);
            self.temp_roots.truncate(base);
            match r {
                Ok((a, b)) => {
                    matched.extend(a);
                    rest.extend(b);
                }
                Err(x) => {
                    failed = Some(x);
                    break;
                }
            }
        }
        if let Some(x) = failed {
            self.decref_all(matched);
            self.decref_all(rest);
            return Err(x);
        }
        let rest_held = rest.clone();
        let m = self.with_roots(&rest_held, |vm| vm.eg_subset(exc, matched));
        let m = match m {
            Ok(m) => m,
            Err(x) => {
                self.decref_all(rest);
                return Err(x);
            }
        };
        let held: Vec<ObjRef> = m.into_iter().collect();
        let r = self.with_roots(&held, |vm| vm.eg_subset(exc, rest));
        match r {
            Ok(r) => Ok((m, r)),
            Err(x) => {
                self.decref_opt(m);
                Err(x)
            }
        }
    }

    /// CPython's `exceptiongroup_subset`: `orig.derive(excs)` with orig's
    /// traceback, cause, context and notes; None for no exceptions.
    fn eg_subset(&mut self, orig: ObjRef, excs: Vec<ObjRef>) -> PyResult<Option<ObjRef>> {
        if excs.is_empty() {
            return Ok(None);
        }
        let list = self.new_list(excs)?;
        let eg = self.using(list, |vm, list| {
            vm.call_method_named(orig, "derive", &[list])
        })?;
        if group_exceptions(eg).is_none() {
            self.decref(eg);
            let msg = "derive must return an instance of BaseExceptionGroup";
            return Err(self.type_error(msg.into()));
        }
        self.copy_exception_metadata(orig, eg);
        // The notes (kept in the exception's dict by `add_note`), copied.
        let key = self.intern_borrow("__notes__");
        let notes = orig
            .payload::<ExceptionObject>()
            .dict
            .get()
            .and_then(|d| crate::protocol::attr::dict_get_str_key(d, key));
        if let Some(n) = notes {
            let n = self.incref(n);
            let r = self.with_roots(&[eg], |vm| {
                vm.using(n, |vm, n| {
                    if !vm.is_sequence(n) {
                        return Ok(());
                    }
                    let copy = vm.iterate(n)?;
                    let copy = vm.new_list(copy)?;
                    vm.using(copy, |vm, copy| vm.setattr(eg, key, Some(copy)))
                })
            });
            if let Err(x) = r {
                self.decref(eg);
                return Err(x);
            }
        }
        Ok(Some(eg))
    }

    /// Give `to` the traceback, cause and context of `from` (setting the
    /// cause suppresses the context, as `PyException_SetCause` does).
    fn copy_exception_metadata(&mut self, from: ObjRef, to: ObjRef) {
        let (f, t) = (
            from.payload::<ExceptionObject>(),
            to.payload::<ExceptionObject>(),
        );
        let tb = f.traceback.get().map(|tb| self.incref(tb));
        let old_tb = t.traceback.replace(tb);
        let cause = f.cause.get().map(|c| self.incref(c));
        let context = f.context.get().map(|c| self.incref(c));
        let old_cause = t.cause.replace(cause);
        let old_context = t.context.replace(context);
        t.suppress_context.set(true);
        self.decref_opt(old_tb);
        self.decref_opt(old_cause);
        self.decref_opt(old_context);
    }

    /// `CheckEgMatch`'s work: `(rest, match)` for `exc` against the
    /// `except*` clause's classes `t`, or None when nothing matched
    /// (CPython's `exception_group_match`).
    pub(crate) fn exception_group_match(&mut self, exc: ObjRef, t: ObjRef) -> PyResult<Split> {
        let classes: Vec<ObjRef> = match tuple_items(t) {
            Some(items) => items.to_vec(),
            None => vec![t],
        };
        let base_group = self.types.get("BaseExceptionGroup");
        for &c in &classes {
            if !self.is_exception_class(c) {
                let msg = "catching classes that do not inherit from BaseException is not allowed";
                return Err(self.type_error(msg.into()));
            }
            if self.is_subclass(c, base_group) {
                let msg =
                    "catching ExceptionGroup with except* is not allowed. Use except instead.";
                return Err(self.type_error(msg.into()));
            }
        }
        if exc == self.none {
            return Ok((None, None));
        }
        if self.exception_matches(exc, t)? {
            if group_exceptions(exc).is_some() {
                return Ok((Some(self.incref(exc)), None));
            }
            // A bare exception is wrapped, keeping its traceback.
            let wrapped = self.make_exception_group(vec![self.incref(exc)], true)?;
            let tb = exc.payload::<ExceptionObject>().traceback.get();
            let tb = tb.map(|tb| self.incref(tb));
            let old = wrapped.payload::<ExceptionObject>().traceback.replace(tb);
            self.decref_opt(old);
            return Ok((Some(wrapped), None));
        }
        if group_exceptions(exc).is_some() {
            let pair = self.call_method_named(exc, "split", &[t])?;
            let items = tuple_items(pair)
                .filter(|i| i.len() == 2)
                .map(<[_]>::to_vec);
            let r = match items {
                Some(i) => {
                    let keep = |vm: &mut Self, o: ObjRef| (o != vm.none).then(|| vm.incref(o));
                    Ok((keep(self, i[0]), keep(self, i[1])))
                }
                None => Err(self.type_error("split must return a 2-tuple".into())),
            };
            self.decref(pair);
            return r;
        }
        Ok((None, Some(self.incref(exc))))
    }

    /// `PrepReraiseStar`: what to raise after the `except*` clauses, from
    /// the original exception and the list of what they raised, re-raised
    /// or left (None items skipped); None for nothing (CPython's
    /// `_PyExc_PrepReraiseStar`). Exceptions re-raised unchanged go back
    /// into the shape of the original group.
    pub(crate) fn prep_reraise_star(&mut self, orig: ObjRef, list: ObjRef) -> PyResult<ObjRef> {
        let excs: Vec<ObjRef> = crate::types::list::list_of(list)
            .map(|l| l.snapshot())
            .unwrap_or_default()
            .into_iter()
            .filter(|&e| e != self.none)
            .collect();
        if excs.is_empty() {
            return Ok(self.new_none());
        }
        if group_exceptions(orig).is_none() {
            // A bare exception was wrapped: one clause ran.
            return Ok(self.incref(excs[0]));
        }
        let (mut raised, mut reraised) = (Vec::new(), Vec::new());
        for &e in &excs {
            if same_metadata(e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let mut ids = HashSet::new();
        for &e in &reraised {
            collect_leaf_ids(e, &mut ids);
        }
        let projected = if ids.is_empty() {
            None
        } else {
            self.eg_split(orig, &Matcher::Ids(ids), false, 0)?.0
        };
        if raised.is_empty() {
            return Ok(projected.unwrap_or_else(|| self.new_none()));
        }
        let mut all: Vec<ObjRef> = raised.iter().map(|&e| self.incref(e)).collect();
        all.extend(projected);
        if all.len() == 1 {
            return Ok(all[0]);
        }
        self.make_exception_group(all, false)
    }
}

/// CPython's `is_same_exception_metadata`: re-raised (`raise` alone), not
/// raised anew.
fn same_metadata(a: ObjRef, b: ObjRef) -> bool {
    let (Some(x), Some(y)) = (a.get::<ExceptionObject>(), b.get::<ExceptionObject>()) else {
        return false;
    };
    x.traceback.get() == y.traceback.get()
        && x.cause.get() == y.cause.get()
        && x.context.get() == y.context.get()
}

/// The addresses of the leaf exceptions of `e` (itself when not a group).
fn collect_leaf_ids(e: ObjRef, ids: &mut HashSet<usize>) {
    let mut work = vec![e];
    while let Some(e) = work.pop() {
        match group_exceptions(e) {
            Some(excs) => work.extend_from_slice(excs),
            None => {
                ids.insert(e.addr());
            }
        }
    }
}

/// The group a method was called on.
fn this<C: Collector>(vm: &mut Vm<C>, args: &Args<'_>, name: &str, n: usize) -> PyResult<ObjRef> {
    let o = args.pos[0];
    if group_exceptions(o).is_none() {
        let tn = vm.type_name(o);
        return Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'BaseExceptionGroup' object but received a '{tn}'"
        )));
    }
    let given = args.pos.len() - 1;
    if !args.kwnames.is_empty() || given != n {
        return Err(vm.type_error(match n {
            0 => format!("BaseExceptionGroup.{name}() takes no arguments ({given} given)"),
            _ => format!("BaseExceptionGroup.{name}() takes exactly one argument ({given} given)"),
        }));
    }
    Ok(o)
}

/// `str(eg)`: `message (N sub-exceptions)`.
fn eg_str<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let o = this(vm, &args, "__str__", 0)?;
    let (message, excs) = o
        .payload::<ExceptionObject>()
        .group_parts()
        .expect("checked");
    let n = excs.len();
    let s = if n > 1 { "s" } else { "" };
    let text = format!("{} ({n} sub-exception{s})", str_of(message).unwrap_or(""));
    vm.new_string(text)
}

/// `eg.derive(excs)`: a plain group with eg's message.
fn eg_derive<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let o = this(vm, &args, "derive", 1)?;
    let (message, _) = o
        .payload::<ExceptionObject>()
        .group_parts()
        .expect("checked");
    let cls = vm.types.get("BaseExceptionGroup");
    let call = crate::interp::call::CallArgs {
        pos: vec![message, args.pos[1]],
        kw: Vec::new(),
    };
    vm.new_exception_group(cls, &call)
}

fn eg_split_method<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let o = this(vm, &args, "split", 1)?;
    let m = vm.eg_matcher(args.pos[1])?;
    let (a, b) = vm.eg_split(o, &m, true, 0)?;
    let none = vm.none;
    let items = vec![
        a.unwrap_or_else(|| vm.incref(none)),
        b.unwrap_or_else(|| vm.incref(none)),
    ];
    vm.new_tuple(items)
}

fn eg_subgroup<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    let o = this(vm, &args, "subgroup", 1)?;
    let m = vm.eg_matcher(args.pos[1])?;
    let (a, _) = vm.eg_split(o, &m, false, 0)?;
    Ok(a.unwrap_or_else(|| vm.new_none()))
}

pub fn register<C: Collector>(vm: &mut Vm<C>) {
    use crate::builtins::def_method;
    def_method(vm, "BaseExceptionGroup", "__str__", eg_str);
    def_method(vm, "BaseExceptionGroup", "derive", eg_derive);
    def_method(vm, "BaseExceptionGroup", "split", eg_split_method);
    def_method(vm, "BaseExceptionGroup", "subgroup", eg_subgroup);
}
