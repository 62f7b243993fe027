//! The instructions that load, store and delete names (fast locals, cells,
//! globals, builtins, class namespaces) and methods, with CPython's
//! NameError and UnboundLocalError messages.

use super::*;
use crate::protocol::attr::dict_get_str_key;
use crate::types::code::GlobalCache;
use crate::types::dict::{dict_of, Identical};

impl<C: Collector> Vm<C> {
    pub(super) fn load_fast(&mut self, i: u32) -> PyResult<()> {
        let v = self.fast_local(i)?;
        self.push(self.incref(v));
        Ok(())
    }

    /// Fast local `i` (borrowed), or UnboundLocalError.
    #[inline(always)]
    pub(super) fn fast_local(&mut self, i: u32) -> PyResult<ObjRef> {
        match self.running().fast[i as usize] {
            Some(v) => Ok(v),
            None => Err(self.unbound_local(i)),
        }
    }

    /// The end of `LoadFastStoreAttr` once `store_attr_hit` stored the
    /// value on top of the stack into `obj` (the local; borrowed) and
    /// gave back `old`: the stack's reference to the value goes, as
    /// `StoreAttr`'s would. When releasing `old` may run code (it dies
    /// and owns references), exactly `StoreAttr`'s order: the local
    /// pushed, `old` released, then both operands popped.
    #[inline(always)]
    pub(super) fn stored_in_place(&mut self, obj: ObjRef, old: Option<ObjRef>) {
        match old {
            Some(o) if C::REFCOUNTED && !crate::vm::releases_quietly(o) => {
                self.push(self.incref(obj));
                self.decref(o);
                self.replace_top(2, None);
            }
            _ => {
                // (Neither release can run code: `old` lives on or is an
                // atom, and the value is held by the attribute too.)
                self.decref_opt(old);
                let v = self.pop();
                self.decref(v);
            }
        }
    }

    pub(super) fn unbound_local(&mut self, i: u32) -> ObjRef {
        let name = self.frame().rc.varnames[i as usize].clone();
        self.new_error(
            "UnboundLocalError",
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    }

    pub(super) fn unbound_deref(&mut self, i: u32) -> ObjRef {
        let rc = self.frame().rc.clone();
        let i = i as usize;
        if i < rc.cellvars.len() {
            let name = &rc.cellvars[i];
            self.new_error(
                "UnboundLocalError",
                format!(
                    "cannot access local variable '{name}' where it is not associated with a value"
                ),
            )
        } else {
            let name = &rc.freevars[i - rc.cellvars.len()];
            self.new_error(
                "NameError",
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    pub(super) fn load_deref(&mut self, i: u32, class_first: bool) -> PyResult<()> {
        if class_first {
            let rc = self.frame().rc.clone();
            let i = i as usize;
            let name = if i < rc.cellvars.len() {
                &rc.cellvars[i]
            } else {
                &rc.freevars[i - rc.cellvars.len()]
            };
            let key = self.intern_borrow(name);
            let locals = self.frame().locals.expect("class body has a namespace");
            let v = self.dict_get(locals, key);
            if let Some(v) = v? {
                self.push(v);
                return Ok(());
            }
        }
        let cell = self.frame().cells[i as usize];
        match cell.payload::<CellObject>().value.get() {
            Some(v) => {
                self.push(self.incref(v));
                Ok(())
            }
            None => Err(self.unbound_deref(i)),
        }
    }

    pub(super) fn load_name(&mut self, i: u32) -> PyResult<()> {
        let name = self.name_const(i);
        if let Some(locals) = self.frame().locals {
            if locals.tag() == Tag::Subclass {
                // A namespace from `__prepare__` that is a dict subclass:
                // its `__getitem__`, with KeyError as "not here".
                match self.getitem(locals, name) {
                    Ok(v) => {
                        self.push(v);
                        return Ok(());
                    }
                    Err(e) if self.is_instance_of_name(e, "KeyError") => self.decref(e),
                    Err(e) => return Err(e),
                }
            } else if let Some(v) = self.dict_get(locals, name)? {
                self.push(v);
                return Ok(());
            }
        }
        let v = self.load_global(name)?;
        self.push(v);
        Ok(())
    }

    /// Look `name` up in the running frame's globals, then the builtins.
    /// `LoadGlobal` of name `i` of the running code, through its inline
    /// cache (`GlobalCache`).
    pub(crate) fn load_global_at(&mut self, i: u32) -> PyResult<ObjRef> {
        let f = self.frames.last().expect("a frame is running");
        let code = f.rc.obj();
        let name = code.names()[i as usize];
        let cache = code.global_cache(i as usize);
        let c = cache.get();
        let g = f.globals;
        if let Some(gd) = dict_of(g) {
            let hit = if !c.in_builtins {
                gd.value_if_key(c.index, name)
            } else if c.globals == g.addr() && c.version == gd.version.get() {
                dict_of(self.frame_builtins()).and_then(|b| b.value_if_key(c.index, name))
            } else {
                None
            };
            if let Some(v) = hit {
                return Ok(self.incref(v));
            }
        }
        let v = self.load_global(name)?;
        // Remember where it was, when a search that runs no code can tell.
        let fill = dict_of(g).and_then(|gd| {
            let hash = crate::types::dictkeys::str_hash(name);
            match gd.find_identical(name, hash) {
                Identical::At(index) => Some(GlobalCache {
                    index,
                    ..GlobalCache::default()
                }),
                Identical::Absent => {
                    match dict_of(self.frame_builtins())?.find_identical(name, hash) {
                        Identical::At(index) => Some(GlobalCache {
                            index,
                            in_builtins: true,
                            globals: g.addr(),
                            version: gd.version.get(),
                        }),
                        _ => None,
                    }
                }
                Identical::Unsure => None,
            }
        });
        if let Some(c) = fill {
            cache.set(c);
        }
        Ok(v)
    }

    /// Where `obj.name` lives when the attribute protocol reduces to a
    /// plain read or write: `obj` is a plain instance whose class has no
    /// `__getattribute__` (and, `storing`, no Python `__setattr__`), and
    /// the class's attribute `name` is a `__slots__` member (a data
    /// descriptor: it comes before the instance dict, as in
    /// `PyObject_GenericGetAttr`), or the class has none and `name` is no
    /// dunder (those can be special attributes): the instance dict.
    fn plain_target(&self, obj: ObjRef, name: ObjRef, storing: bool) -> Plain {
        if obj.tag() != Tag::Instance {
            return Self::module_target(obj, storing);
        }
        let t = self.type_of(obj);
        self.apply_verdict(obj, name, self.class_verdict(t, name, storing))
    }

    /// A module's attribute is read from its dict before anything else
    /// (`getattr_with`; a module's type has no subclasses here), so the
    /// inline cache may remember where in the dict it is, as CPython's
    /// `LOAD_ATTR_MODULE` does (`module_attr_hit`). (A store goes the
    /// general way.)
    fn module_target(obj: ObjRef, storing: bool) -> Plain {
        match obj.tag() {
            Tag::Module if !storing => {
                Plain::Dict(obj.payload::<crate::types::module::ModuleObject>().dict)
            }
            _ => Plain::Neither,
        }
    }

    /// Where the class's verdict puts `obj.name` for this instance.
    fn apply_verdict(&self, obj: ObjRef, name: ObjRef, v: Verdict<'_>) -> Plain {
        match v {
            Verdict::Slot(m) => match m.slot(obj) {
                Some(slot) => Plain::Slot(slot),
                None => Plain::Neither,
            },
            Verdict::Dict => match self.instance_dict(obj) {
                Some(d) => Plain::Dict(d),
                None => Self::values_target(obj, name, None),
            },
            Verdict::Neither => Plain::Neither,
        }
    }

    /// The attribute `name` of `obj`, which has no dict: among its inline
    /// values if it has them (at `guard`'s remembered position, else
    /// where its class's keys have the name, which the guard then
    /// remembers), or the dict it would have.
    #[inline(always)]
    fn values_target(
        obj: ObjRef,
        name: ObjRef,
        guard: Option<&std::cell::Cell<crate::types::code::AttrGuard>>,
    ) -> Plain {
        let Some(values) = crate::types::instance::values_of(obj) else {
            return Plain::NoDict;
        };
        let at = match guard.map(|g| g.get()) {
            Some(g) if g.vix != 0 => g.vix as usize - 1,
            _ => match Self::learn_position(obj, name, guard) {
                Some(at) => at,
                None => return Plain::Values(values, usize::MAX),
            },
        };
        Plain::Values(values, at)
    }

    /// Where `name` sits in the shared keys of `obj`'s class (remembered
    /// by `guard`, if given, once there).
    #[inline(never)]
    fn learn_position(
        obj: ObjRef,
        name: ObjRef,
        guard: Option<&std::cell::Cell<crate::types::code::AttrGuard>>,
    ) -> Option<usize> {
        if name.tag() != Tag::Str {
            return None;
        }
        let at = crate::protocol::inline_values::position(obj, name)?;
        if let Some(guard) = guard {
            let mut g = guard.get();
            g.vix = at as u32 + 1;
            guard.set(g);
        }
        Some(at)
    }

    /// `plain_target` through the guard of the running code's name `i`:
    /// while the class and every class dict are as when it was set, the
    /// class's verdict (the instance dict or a slot) stands without asking
    /// the class.
    #[inline(always)]
    fn plain_target_at(
        &self,
        obj: ObjRef,
        name: ObjRef,
        code: &CodeObj,
        i: usize,
        storing: bool,
    ) -> Plain {
        let Some(inst) = obj.get::<crate::types::instance::InstanceObject>() else {
            return Plain::Neither;
        };
        let t = inst.class.get();
        let epoch = crate::types::dict::TYPE_DICT_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        let guard = code.attr_guard(i, storing, t.addr());
        let g = guard.get();
        if (g.class, g.epoch) == (t.addr(), epoch) {
            return Self::guarded_target(obj, inst, name, guard);
        }
        self.plain_target_missed(obj, name, code, i, epoch, storing)
    }

    /// Where the holding guard `guard` puts `obj.name` (`inst` is `obj`'s
    /// instance payload).
    #[inline(always)]
    fn guarded_target(
        obj: ObjRef,
        inst: &crate::types::instance::InstanceObject,
        name: ObjRef,
        guard: &std::cell::Cell<crate::types::code::AttrGuard>,
    ) -> Plain {
        match guard.get().slot {
            0 => match inst.dict.get() {
                Some(d) => Plain::Dict(d),
                None => Self::values_target(obj, name, Some(guard)),
            },
            from_end => crate::types::instance::slot_from_end(obj, from_end)
                .map_or(Plain::Neither, Plain::Slot),
        }
    }

    /// `plain_target_at` when the class's own guard does not hold: one of
    /// the site's other guards may (classes whose addresses pick the same
    /// one take turns); else ask the class and set a guard, in place of
    /// one no longer holding if there is one, if the verdict is one it
    /// can keep.
    #[inline(never)]
    fn plain_target_missed(
        &self,
        obj: ObjRef,
        name: ObjRef,
        code: &CodeObj,
        i: usize,
        epoch: u64,
        storing: bool,
    ) -> Plain {
        let inst = obj.payload::<crate::types::instance::InstanceObject>();
        let t = inst.class.get();
        let ways = code.attr_ways(i, storing);
        if let Some(guard) = ways
            .iter()
            .find(|w| (w.get().class, w.get().epoch) == (t.addr(), epoch))
        {
            return Self::guarded_target(obj, inst, name, guard);
        }
        // (Asked once: the verdict both sets the guard and answers.)
        let v = self.class_verdict(t, name, storing);
        let slot = match v {
            Verdict::Dict => Some(0),
            Verdict::Slot(m) if m.from_end > 0 => Some(m.from_end),
            _ => None,
        };
        if let Some(slot) = slot {
            let own = code.attr_guard(i, storing, t.addr());
            let guard = match own.get().epoch == epoch {
                true => ways.iter().find(|w| w.get().epoch != epoch).unwrap_or(own),
                false => own,
            };
            guard.set(crate::types::code::AttrGuard {
                class: t.addr(),
                epoch,
                slot,
                vix: 0,
            });
            return Self::guarded_target(obj, inst, name, guard);
        }
        self.apply_verdict(obj, name, v)
    }

    /// What the class `t` (of a plain instance) makes of `obj.name`: a
    /// `__slots__` member, the instance dict, or neither (see
    /// `plain_target`).
    fn class_verdict<'a>(&self, t: ObjRef, name: ObjRef, storing: bool) -> Verdict<'a> {
        if t.payload::<crate::types::typeobj::TypeObject>()
            .has_getattribute
            .get()
            || storing
                && self
                    .lookup_type_attr(t, self.names.setattr)
                    .is_some_and(|h| h.tag() == Tag::Function)
        {
            return Verdict::Neither;
        }
        match self.lookup_type_attr(t, name) {
            Some(d) if d.tag() == Tag::Member => {
                let m = d.payload::<crate::types::instance::MemberObject>();
                match self.is_subclass(t, m.owner) {
                    true => Verdict::Slot(m),
                    false => Verdict::Neither,
                }
            }
            Some(_) => Verdict::Neither,
            None if str_of(name).is_none_or(|n| n.starts_with("__")) => Verdict::Neither,
            None => Verdict::Dict,
        }
    }

    /// Remember where `name` sits in `obj`'s dict for the next time
    /// (after a slow-path read or write, which may have run Python code:
    /// the dict is looked up afresh).
    fn remember_attr(&self, obj: ObjRef, name: ObjRef, hint: &std::cell::Cell<usize>) {
        if let Plain::Dict(d) = self.plain_target(obj, name, false) {
            Self::remember_in(d, name, hint);
        }
    }

    /// `LoadAttr` of name `i` of the running code on `obj` (borrowed),
    /// through its inline cache (`CodeObj::attr_hint`).
    pub(crate) fn load_attr_at(&mut self, obj: ObjRef, i: u32) -> PyResult<ObjRef> {
        if let Some(v) = self.attr_hit(obj, i) {
            return Ok(self.incref(v));
        }
        if let Some(v) = self.module_attr_hit(obj, i) {
            return Ok(self.incref(v));
        }
        let code = self.frame().rc.obj();
        let (name, hint) = (code.names()[i as usize], code.attr_hint(i as usize));
        let r = self.getattr(obj, name)?;
        self.remember_attr(obj, name, hint);
        Ok(r)
    }

    /// `obj.name` (name `i` of the running code; `obj` borrowed) when the
    /// inline cache finds it in a slot or the instance dict: borrowed.
    /// Runs no code and allocates nothing.
    #[inline(always)]
    pub(super) fn attr_hit(&mut self, obj: ObjRef, i: u32) -> Option<ObjRef> {
        let code = self.running().rc.obj();
        if let Some((values, at)) = Self::values_target_at(obj, code, i as usize, false) {
            return values.get(at)?.get();
        }
        let name = code.names()[i as usize];
        match self.plain_target_at(obj, name, code, i as usize, false) {
            // (An empty slot goes the slow way, to `__getattr__`.)
            Plain::Slot(slot) => slot.get(),
            // (No closure here: LLVM kept one out of line.)
            Plain::Dict(d) => match dict_of(d) {
                Some(dict) => dict.value_if_key(code.attr_hint(i as usize).get(), name),
                None => None,
            },
            Plain::Values(values, at) => values.get(at)?.get(),
            Plain::NoDict | Plain::Neither => None,
        }
    }

    /// `plain_target_at` of an instance whose attributes are in its inline
    /// values, when the site's guard for its class holds and knows the
    /// name's position (the commonest access of all: `self.x`): what the
    /// general path answers (`Plain::Values`), without its layout checks.
    /// `None` when any of that is not so.
    #[inline(always)]
    fn values_target_at<'a>(
        obj: ObjRef,
        code: &CodeObj,
        i: usize,
        storing: bool,
    ) -> Option<(&'a [std::cell::Cell<Option<ObjRef>>], usize)> {
        use crate::types::instance::ValuesInstance;
        let x = obj.get::<ValuesInstance>()?;
        let t = x.base.class.get();
        let g = code.attr_guard(i, storing, t.addr()).get();
        let epoch = crate::types::dict::TYPE_DICT_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        if (g.class, g.epoch, g.slot) != (t.addr(), epoch, 0)
            || g.vix == 0
            || x.base.dict.get().is_some()
        {
            return None;
        }
        Some((
            crate::object::tail_of::<ValuesInstance>(obj),
            g.vix as usize - 1,
        ))
    }

    /// `attr_hit` for a module (kept apart so that the instances' path
    /// stays as small as it is): its dict's entry the inline cache
    /// remembered, if it still holds the name.
    fn module_attr_hit(&mut self, obj: ObjRef, i: u32) -> Option<ObjRef> {
        let Plain::Dict(d) = Self::module_target(obj, false) else {
            return None;
        };
        let code = self.frame().rc.obj();
        let name = code.names()[i as usize];
        dict_of(d)?.value_if_key(code.attr_hint(i as usize).get(), name)
    }

    /// `obj.name = v` (name `i` of the running code; both borrowed) when
    /// the inline cache finds the attribute already in a slot or the
    /// instance dict: `v` is stored (a new reference) and the old value
    /// returned (owned, not yet released: its release may run code).
    /// Runs no code and allocates nothing.
    #[inline(always)]
    pub(super) fn store_attr_hit(
        &mut self,
        obj: ObjRef,
        i: u32,
        v: ObjRef,
    ) -> Option<Option<ObjRef>> {
        let code = self.running().rc.obj();
        let name = code.names()[i as usize];
        let target = match Self::values_target_at(obj, code, i as usize, true) {
            Some((values, at)) => Plain::Values(values, at),
            None => self.plain_target_at(obj, name, code, i as usize, true),
        };
        self.store_in_place(target, code.attr_hint(i as usize), name, v)
    }

    /// `store_attr_hit` once the target is known.
    #[inline(always)]
    fn store_in_place(
        &mut self,
        target: Plain,
        hint: &std::cell::Cell<usize>,
        name: ObjRef,
        v: ObjRef,
    ) -> Option<Option<ObjRef>> {
        match target {
            // (The old value is released after the store, as `member_set`.)
            Plain::Slot(slot) => Some(slot.replace(Some(self.incref(v)))),
            Plain::Dict(d) => {
                let dict = dict_of(d).expect("an instance dict");
                let old = dict.replace_if_key(hint.get(), name, v).ok()?;
                self.incref(v);
                self.maintain_tracking(d, name, v);
                Some(Some(old))
            }
            // Replaced, or set in the keys' order (the values before it
            // are set: see `ValuesInstance`).
            Plain::Values(values, at) => {
                let value = values.get(at)?;
                if value.get().is_none() && at > 0 && values[at - 1].get().is_none() {
                    return None;
                }
                Some(value.replace(Some(self.incref(v))))
            }
            Plain::NoDict | Plain::Neither => None,
        }
    }

    /// `StoreAttr` of name `i` of the running code: `obj.name = v` (both
    /// borrowed; the caller keeps them rooted), through the inline cache.
    pub(crate) fn store_attr_at(&mut self, obj: ObjRef, i: u32, v: ObjRef) -> PyResult<()> {
        let code = self.frame().rc.obj();
        let name = code.names()[i as usize];
        let hint = code.attr_hint(i as usize);
        let target = self.plain_target_at(obj, name, code, i as usize, true);
        // Replaced in place; the old value goes after (its `__del__` may
        // run), as `insertdict` does.
        if let Some(old) = self.store_in_place(target, hint, name, v) {
            self.decref_opt(old);
            return Ok(());
        }
        match target {
            Plain::Dict(d) => {
                // Where `generic_setattr` ends up, without asking the
                // class again (the guard stands for its answer).
                self.instance_dict_store(d, obj, name, Some(v))?;
                Self::remember_in(d, name, hint);
                return Ok(());
            }
            // A new instance's first attribute: its dict is made here, as
            // `generic_setattr` makes it.
            Plain::NoDict if crate::protocol::slots::has_dict(self, obj) => {
                let d = self.create_instance_dict(obj)?;
                self.instance_dict_store(d, obj, name, Some(v))?;
                Self::remember_in(d, name, hint);
                return Ok(());
            }
            // (Inline values out of the keys' order or past the tail:
            // `setattr` moves them into the dict they stand for, which
            // takes the name.)
            Plain::Values(..) | Plain::Slot(_) | Plain::NoDict | Plain::Neither => {}
        }
        self.setattr(obj, name, Some(v))?;
        self.remember_attr(obj, name, hint);
        Ok(())
    }

    /// Remember where `name` sits in the dict `d` for the next time. (Just
    /// stored, it is most often the last entry.)
    fn remember_in(d: ObjRef, name: ObjRef, hint: &std::cell::Cell<usize>) {
        let Some(dict) = dict_of(d) else { return };
        let last = dict.slots().wrapping_sub(1);
        if dict.value_if_key(last, name).is_some() {
            hint.set(last);
        } else if let Identical::At(ix) =
            dict.find_identical(name, crate::types::dictkeys::str_hash(name))
        {
            hint.set(ix);
        }
    }

    pub(crate) fn load_global(&mut self, name: ObjRef) -> PyResult<ObjRef> {
        let g = self.frame().globals;
        if let Some(v) = self.dict_get(g, name)? {
            return Ok(v);
        }
        let b = self.frame_builtins();
        match self.dict_get(b, name)? {
            Some(v) => Ok(v),
            None if b != self.builtins_dict => Err(self.name_error(name)),
            None => match self.lazy_builtin(name)? {
                Some(v) => Ok(v),
                None => Err(self.name_error(name)),
            },
        }
    }

    /// The builtins dict the running frame looks names up in (borrowed):
    /// its function's, or a function-less frame's own, or the builtins
    /// module's.
    pub(crate) fn frame_builtins(&self) -> ObjRef {
        let Some(f) = self.frames.last() else {
            return self.builtins_dict;
        };
        let own = match f.func {
            Some(func) => func
                .get::<crate::types::function::FunctionObject>()
                .and_then(|f| f.builtins.get()),
            None => f.builtins,
        };
        own.unwrap_or(self.builtins_dict)
    }

    /// `frame_builtins`, as a function made now keeps it: `None` for the
    /// builtins module's, else a new reference.
    pub(crate) fn frame_builtins_owned(&mut self) -> Option<ObjRef> {
        let b = self.frame_builtins();
        (b != self.builtins_dict).then(|| self.incref(b))
    }

    /// The builtins a frame running with `globals` uses (CPython's
    /// `_PyEval_BuiltinsFromGlobals`): its `__builtins__` (a module's
    /// dict, or a dict), else the running frame's. `None` for the builtins
    /// module's; else a new reference.
    pub(crate) fn builtins_of_globals(&mut self, globals: ObjRef) -> Option<ObjRef> {
        let key = self.names.builtins;
        let found =
            crate::types::dict::dict_of(globals).and_then(|_| dict_get_str_key(globals, key));
        let b = match found {
            Some(m) if m.tag() == Tag::Module => {
                m.payload::<crate::types::module::ModuleObject>().dict
            }
            Some(d) if crate::types::dict::dict_of(d).is_some() => d,
            // (A `__builtins__` that is no mapping CPython can use.)
            Some(_) => self.builtins_dict,
            None => self.frame_builtins(),
        };
        (b != self.builtins_dict).then(|| self.incref(b))
    }

    /// CPython's `_PyObject_FunctionStr`: `module.qualname()` (no module
    /// for builtins), or the type's name and " object".
    pub(crate) fn function_str(&mut self, f: ObjRef) -> String {
        let get = |vm: &mut Self, n: &str| match vm.getattr_str(f, n) {
            Ok(v) => {
                let s = str_of(v).map(str::to_string);
                vm.decref(v);
                s
            }
            Err(e) => {
                vm.decref(e);
                None
            }
        };
        let Some(q) = get(self, "__qualname__") else {
            return format!("{} object", self.type_name(f));
        };
        match get(self, "__module__") {
            Some(m) if m != "builtins" => format!("{m}.{q}()"),
            _ => format!("{q}()"),
        }
    }

    /// A builtin written in Python (`memoryview`), bound in the builtins
    /// module the first time a program names it.
    pub(super) fn lazy_builtin(&mut self, name: ObjRef) -> PyResult<Option<ObjRef>> {
        let source = match str_of(name) {
            Some("memoryview") => "_memoryview",
            _ => return Ok(None),
        };
        let m = self.intern_borrow(source);
        let module = self.import_module(m)?;
        let v = self.using(module, |vm, module| vm.getattr(module, name))?;
        let b = self.builtins_dict;
        if let Err(e) = self.with_roots(&[v], |vm| vm.dict_set(b, name, v)) {
            self.with_roots(&[e], |vm| vm.decref(v));
            return Err(e);
        }
        Ok(Some(v))
    }

    /// `NameError` for `name`, with its `name` attribute and the
    /// suggestion CPython computes from the frame's variables, then its
    /// globals, then the builtins.
    pub(crate) fn name_error(&mut self, name: ObjRef) -> ObjRef {
        let n = str_of(name).unwrap_or("?").to_string();
        let e = self.new_error("NameError", format!("name '{n}' is not defined"));
        let suggestion = self.frames.last().and_then(|f| {
            let varnames: Vec<&str> = f.rc.varnames.iter().map(String::as_str).collect();
            if let Some(s) = crate::interp::suggestions::suggest(&varnames, &n) {
                return Some(s.to_string());
            }
            [f.globals, self.frame_builtins()].iter().find_map(|&d| {
                let keys = crate::types::dict::dict_of(d)?.snapshot();
                let names: Vec<&str> = keys.iter().filter_map(|k| str_of(k.key)).collect();
                crate::interp::suggestions::suggest(&names, &n).map(str::to_string)
            })
        });
        if let Some(x) = e.get::<crate::types::exception::ExceptionObject>() {
            *x.suggestion.borrow_mut() = suggestion.map(String::into_boxed_str);
        }
        self.set_error_attrs(e, &[("name", name)]);
        e
    }

    /// Give a new exception attributes (`name`, `obj`) in its dict; a
    /// failure to make the dict leaves them out.
    pub(crate) fn set_error_attrs(&mut self, e: ObjRef, attrs: &[(&str, ObjRef)]) {
        let Some(x) = e.get::<crate::types::exception::ExceptionObject>() else {
            return;
        };
        let d = match x.dict.get() {
            Some(d) => d,
            None => match self.new_instance_dict() {
                Ok(d) => {
                    x.dict.set(Some(d));
                    d
                }
                Err(err) => {
                    self.decref(err);
                    return;
                }
            },
        };
        for &(k, v) in attrs {
            if let Err(err) = self.dict_set_str(d, k, v) {
                self.decref(err);
            }
        }
    }

    pub(super) fn store_name(&mut self, i: u32) -> PyResult<()> {
        let name = self.name_const(i);
        let ns = self.frame().locals.unwrap_or(self.frame().globals);
        if ns.tag() == Tag::Subclass {
            self.setitem(ns, name, self.peek(1))?;
        } else {
            self.dict_set(ns, name, self.peek(1))?;
        }
        self.replace_top(1, None);
        Ok(())
    }

    pub(super) fn delete_name(&mut self, i: u32) -> PyResult<()> {
        let name = self.name_const(i);
        let ns = self.frame().locals.unwrap_or(self.frame().globals);
        if ns.tag() == Tag::Subclass {
            return self.delitem(ns, name);
        }
        if self.dict_del(ns, name)? {
            Ok(())
        } else {
            Err(self.name_error(name))
        }
    }

    pub(super) fn load_method(&mut self, i: u32) -> PyResult<()> {
        let obj = self.peek(1);
        if let Some(f) = self.method_hit(obj, i) {
            let f = self.incref(f);
            let obj = self.pop();
            self.push(f);
            self.push(obj);
            return Ok(());
        }
        // `module.function(...)`: the attribute, and no receiver.
        if obj.tag() == Tag::Module {
            let v = self.load_attr_at(obj, i)?;
            self.replace_top(1, Some(v));
            self.push(self.null);
            return Ok(());
        }
        let code = self.frame().rc.obj();
        let name = code.names()[i as usize];
        let inst = obj.get::<crate::types::instance::InstanceObject>();
        let epoch = crate::types::dict::TYPE_DICT_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        let guard = code.method_guard(i as usize);
        // (`lookup_method` runs no Python code: `epoch` still holds.)
        match self.lookup_method(obj, name)? {
            Some(func) => {
                let class = match inst {
                    Some(inst) => Some(inst.class.get()),
                    None => self.exact_builtin_type(obj),
                };
                if let Some(class) = class {
                    guard.set(crate::types::code::MethodGuard {
                        class: class.addr(),
                        epoch,
                        func: Some(func),
                    });
                }
                let obj = self.pop();
                self.push(func);
                self.push(obj);
            }
            None => {
                let r = self.getattr(obj, name)?;
                self.replace_top(1, Some(r));
                self.push(self.null);
            }
        }
        Ok(())
    }

    /// The function `obj.name` (name `i` of the running code; `obj`
    /// borrowed) calls when the method cache holds for `obj`'s class and
    /// the instance dict does not shadow it: borrowed. Runs no code.
    #[inline(always)]
    pub(super) fn method_hit(&mut self, obj: ObjRef, i: u32) -> Option<ObjRef> {
        let code = self.running().rc.obj();
        let g = code.method_guard(i as usize).get();
        let epoch = crate::types::dict::TYPE_DICT_EPOCH.load(std::sync::atomic::Ordering::Relaxed);
        let Some(inst) = obj.get::<crate::types::instance::InstanceObject>() else {
            // An exact builtin's method (`lst.append`, `d.get`): its type,
            // which no instance dict can shadow, decides (CPython 3.11's
            // `LOAD_METHOD_NO_DICT`).
            let t = self.exact_builtin_type(obj)?;
            return g.func.filter(|_| (g.class, g.epoch) == (t.addr(), epoch));
        };
        if (g.class, g.epoch) != (inst.class.get().addr(), epoch) {
            return None;
        }
        let name = code.names()[i as usize];
        // (The dict's filter answers most instances, which have no such
        // attribute, without a lookup.)
        let hash = crate::types::dictkeys::str_hash(name);
        let shadowed = match inst.dict.get() {
            Some(d) => {
                dict_of(d).is_some_and(|dict| dict.may_hold(hash))
                    && dict_get_str_key(d, name).is_some()
            }
            // (The class's filter of its keys' names answers most
            // instances, whose values cannot hold the name, without a
            // lookup: `inline_values::position`.)
            None => crate::types::instance::values_of(obj).is_some_and(|values| {
                crate::protocol::inline_values::get(obj, values, name).is_some()
            }),
        };
        g.func.filter(|_| !shadowed)
    }
}

/// What a class makes of an attribute name (`Vm::class_verdict`).
enum Verdict<'a> {
    /// A `__slots__` member of the class (or a base).
    Slot(&'a crate::types::instance::MemberObject),
    /// The instance dict.
    Dict,
    /// Neither: the full attribute protocol.
    Neither,
}

/// Where a plain attribute access goes (`Vm::plain_target`).
#[derive(Clone, Copy)]
enum Plain {
    /// A `__slots__` member's slot.
    Slot(&'static std::cell::Cell<Option<ObjRef>>),
    /// The instance dict (borrowed).
    Dict(ObjRef),
    /// The instance's inline values, and where the name's is among them
    /// (`usize::MAX`: its class's keys lack the name).
    Values(&'static [std::cell::Cell<Option<ObjRef>>], usize),
    /// The instance dict, which the instance does not have yet (or cannot
    /// have, without `__dict__` in its `__slots__`).
    NoDict,
    /// Neither: the full attribute protocol.
    Neither,
}
