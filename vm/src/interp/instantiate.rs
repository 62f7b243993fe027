//! Calling a class (CPython's `type.__call__`): a builtin type's
//! constructor, or `__new__` (a user one sees the argument tuple
//! `type.__call__` makes) then `__init__`, which a Python `__init__` runs in
//! a frame of the loop; with the references CPython holds meanwhile.

use super::call::{is_generator_function, CallArgs, TUPLE_CTORS};
use crate::interp::frame::{CallArgsHeld, Extra, OnReturn};
use crate::object::{ObjExt, Tag};
use crate::types::function::FunctionObject;
use crate::types::instance::WrapperObject;
use crate::types::typeobj::{InstanceLayout, TypeObject};
use crate::vm::{Args, NativeCall, PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef};

impl<C: Collector> Vm<C> {
    /// Calling a builtin type that has no constructor: the singleton types
    /// give their one object (CPython's `type(None)()`), others refuse.
    fn builtin_without_ctor(&mut self, cls: ObjRef, tag: Tag, nargs: usize) -> PyResult<ObjRef> {
        let name = cls.payload::<TypeObject>().name.to_string();
        let single = match tag {
            Tag::None => Some(self.none),
            Tag::NotImplemented => Some(self.not_implemented),
            Tag::Ellipsis => Some(self.ellipsis),
            _ => None,
        };
        match single {
            Some(o) if nargs == 0 => Ok(self.incref(o)),
            Some(_) => Err(self.type_error(format!("{name} takes no arguments"))),
            None => Err(self.type_error(format!("cannot create '{name}' instances"))),
        }
    }

    /// Call a class: make the instance, then run `__init__`. In the loop, a
    /// Python `__init__` gets a frame and `None` is returned.
    pub(crate) fn instantiate(
        &mut self,
        cls: ObjRef,
        args: CallArgs,
        in_loop: bool,
    ) -> PyResult<Option<ObjRef>> {
        // A metaclass with its own `__call__` decides what calling the
        // class does (`super().__call__(...)` reaches `instantiate_plain`).
        if let Some(f) = self.meta_call(cls) {
            let f = self.incref(f);
            let mut pos = vec![cls];
            pos.extend_from_slice(&args.pos);
            let call = CallArgs {
                pos,
                kw: args.kw.clone(),
            };
            // Everything `args` owns is rooted while the metaclass runs.
            let mut held = call.pos.clone();
            held.extend(call.kw.iter().map(|&(_, v)| v));
            held.push(f);
            // (`slot_tp_call`: the metaclass's `__call__` gets the
            // argument tuple.)
            let r = self.with_roots(&held, |vm| {
                vm.holding_args_tuple(&args.pos, |vm| vm.call_args(f, &call))
            });
            self.decref(f);
            self.release_call(&r, args, cls);
            return r.map(Some);
        }
        self.instantiate_plain(cls, args, in_loop)
    }

    /// `type.__call__`: make the instance, then run `__init__`.
    pub(crate) fn instantiate_plain(
        &mut self,
        cls: ObjRef,
        args: CallArgs,
        in_loop: bool,
    ) -> PyResult<Option<ObjRef>> {
        let t = cls.payload::<TypeObject>();
        // (Taken now: no nested call may see it.)
        let star = self.star_tuple.take().map(|t| (t, self.star_dict.take()));
        if t.ctor.get().is_some() || cls == self.types.type_ {
            // Native constructors may run Python code (`list(it)`, `int(x)`).
            let base = self.temp_roots.len();
            self.temp_roots.push(cls);
            self.temp_roots.extend_from_slice(&args.pos);
            self.temp_roots.extend(args.kw.iter().map(|&(_, v)| v));
            let r = match t.ctor.get() {
                Some(ctor) => self.call_ctor(ctor, cls, &args),
                None => crate::builtins::type_call(self, &args),
            };
            self.temp_roots.truncate(base);
            self.release_call(&r, args, cls);
            return r.map(Some);
        }
        if let (InstanceLayout::Builtin(tag), true) = (t.layout, t.is_builtin) {
            // A builtin layout without a constructor: never an
            // `InstanceObject` posing as one of its objects.
            let n = args.pos.len() + args.kw.len();
            self.release_args(args);
            let r = self.builtin_without_ctor(cls, tag, n);
            self.decref(cls);
            return r.map(Some);
        }
        // Neither `__new__` nor `__init__` of its own: `object.__new__`
        // refuses arguments before anything is made (so no instance is
        // made, nor finalized).
        let n = args.pos.len() + args.kw.len();
        let user_new = self.user_new(cls);
        if n > 0
            && t.layout == InstanceLayout::Plain
            && user_new.is_none()
            && self
                .lookup_type_attr(cls, self.names.init)
                .is_none_or(|f| f == self.object_init)
        {
            let tn = t.name.get();
            self.release_args(args);
            self.decref(cls);
            return Err(self.type_error(format!("{tn}() takes no arguments")));
        }
        // A user `__new__` sees the argument tuple `type.__call__` makes
        // (which holds the caller's references from then on).
        let mut held = None;
        let made = match user_new {
            Some(new_fn) => match self.call_tuple(&args, star) {
                Ok(h) => {
                    held = Some(h);
                    // The tuple and dict, and the references unpacking
                    // added, are rooted while `__new__` runs (the caller's
                    // own are `args`, which `call_user_new` roots).
                    let mut roots = vec![h.args];
                    roots.extend(h.kwargs);
                    h.each_extra(Extra::Unpacked, |o| roots.push(o));
                    // `K(*t)`: `__new__` is lent `t`'s items, so the
                    // references `args` owns are set aside meanwhile (`t`,
                    // rooted, keeps them alive; it is immutable).
                    let lent = !h.stack;
                    if lent {
                        self.decref_all(args.pos.iter().copied());
                        self.decref_all(args.kw.iter().map(|&(_, v)| v));
                    }
                    let r =
                        self.with_roots(&roots, |vm| vm.call_user_new(new_fn, cls, &args, lent));
                    if lent {
                        for a in args.pos.iter().chain(args.kw.iter().map(|(_, v)| v)) {
                            self.incref(*a);
                        }
                    }
                    r
                }
                Err(e) => Err(e),
            },
            None => self.new_instance(cls, &args),
        };
        let inst = match made {
            Ok(i) => i,
            Err(e) => {
                self.release_instantiation(&e, args, held, cls);
                return Err(e);
            }
        };
        // A __new__ that returns something else skips __init__ (CPython).
        if !self.is_instance(inst, cls) {
            self.release_instantiation(&inst, args, held, cls);
            return Ok(Some(inst));
        }
        let init = self.names.init;
        let object_init = self.object_init;
        let init_fn = self
            .lookup_type_attr(cls, init)
            .filter(|&f| f != object_init);
        // Arguments `object.__init__` ignores because `__new__` took them
        // (a user `__new__`, or a builtin base's: `class P(tuple)`).
        // (Asked again after a user `__new__`, which may have changed the
        // class, as `object_init` reads `tp_new` then.)
        let new_took_args = (user_new.is_some() && self.user_new(cls).is_some())
            || matches!(
                cls.payload::<TypeObject>().layout,
                InstanceLayout::Builtin(_)
            );
        self.decref(cls);
        match init_fn {
            // (A generator `__init__` takes the general path, which rejects
            // the generator it returns.)
            Some(f) if f.tag() == Tag::Function && !is_generator_function(f) => {
                let f = self.incref(f);
                // What `type.__call__` holds while `__init__` runs: the
                // argument tuple and dict it made, and the caller's
                // references (`args`, now counted there).
                let held = match held {
                    Some(h) => h,
                    None => match self.call_tuple(&args, star) {
                        Ok(h) => h,
                        Err(e) => {
                            self.with_roots(&[e], |vm| {
                                vm.release_args(args);
                                vm.decref_all([f, inst]);
                            });
                            return Err(e);
                        }
                    },
                };
                let mut held = held;
                if held.unpacked {
                    held.receiver = Some(self.incref(inst));
                }
                let mut pos = self.spare_args();
                pos.push(self.incref(inst));
                let call = if held.stack {
                    pos.extend(args.pos.iter().map(|&a| self.incref(a)));
                    let kw = args.kw.iter().map(|&(k, v)| (k, self.incref(v))).collect();
                    CallArgs { pos, kw }
                } else {
                    // `K(*t)`: the frame's references are the ones `args`
                    // owns (`_PyObject_Call_Prepend` lends `t`'s items).
                    pos.extend(args.pos);
                    CallArgs { pos, kw: args.kw }
                };
                let frame = self.function_frame(f, call, OnReturn::Init(inst, Some(held)))?;
                if in_loop {
                    self.push_frame(frame)?;
                    Ok(None)
                } else {
                    self.run_frame(frame).map(Some)
                }
            }
            Some(f) => {
                let mut pos = vec![inst];
                pos.extend_from_slice(&args.pos);
                let base = self.temp_roots.len();
                self.temp_roots.extend_from_slice(&pos);
                self.temp_roots.extend(args.kw.iter().map(|&(_, v)| v));
                let r = self.call_args(
                    f,
                    &CallArgs {
                        pos,
                        kw: args.kw.clone(),
                    },
                );
                self.temp_roots.truncate(base);
                self.with_roots(&[inst], |vm| vm.release_held_args(held, args));
                match r {
                    Ok(v) if v == self.none => {
                        self.decref(v);
                        Ok(Some(inst))
                    }
                    Ok(v) => {
                        let tn = self.type_name(v);
                        self.decref_all([v, inst]);
                        Err(self.type_error(format!("__init__() should return None, not '{tn}'")))
                    }
                    Err(e) => {
                        self.with_roots(&[e], |vm| vm.decref(inst));
                        Err(e)
                    }
                }
            }
            None => {
                let n = args.pos.len() + args.kw.len();
                self.with_roots(&[inst], |vm| vm.release_held_args(held, args));
                let is_exc = inst.tag() == Tag::Exception;
                if n > 0 && !is_exc && !new_took_args {
                    let tn = self.type_name(inst);
                    self.decref(inst);
                    return Err(self.type_error(format!("{tn}() takes no arguments")));
                }
                Ok(Some(inst))
            }
        }
    }

    /// The Python `__init__` that calling the class `cls` runs when that
    /// call is `type.__call__` on a plain layout with `object.__new__` (no
    /// constructor, no metaclass `__call__`, no user `__new__`) and the
    /// `__init__` is a plain function, not a generator function; borrowed
    /// (the class holds it). None for any other class.
    fn plain_init(&mut self, cls: ObjRef) -> Option<ObjRef> {
        let t = cls.payload::<TypeObject>();
        if t.is_builtin || t.layout != InstanceLayout::Plain || t.ctor.get().is_some() {
            return None;
        }
        if t.meta.get().is_some() && self.meta_call(cls).is_some() {
            return None;
        }
        let new = self.names.new;
        let object_new = self.lookup_type_attr(self.types.object, new);
        if self.lookup_type_attr(cls, new) != object_new {
            return None;
        }
        self.lookup_type_attr(cls, self.names.init)
            .filter(|&f| f.tag() == Tag::Function && !is_generator_function(f))
    }

    /// `Call` of a class that `plain_init` answers for, whose `__init__`'s
    /// parameters the arguments fill (`GVector(x, y, z)`): what
    /// `instantiate_plain` does, made straight from the value stack — the
    /// instance, `type.__call__`'s argument tuple (which takes the stack's
    /// references to the arguments, `CallArgsHeld::stack`), and the
    /// `__init__` frame, pushed. Returns false, having touched nothing,
    /// for any other call.
    pub(crate) fn call_plain_class(&mut self, argc: usize, method: bool) -> PyResult<bool> {
        const MAX: usize = 6;
        let stack = &self.frames.last().expect("a frame is running").stack;
        let at = stack.len() - argc - 1 - usize::from(method);
        let cls = stack[at];
        if argc > MAX
            || cls.tag() != Tag::Type
            || (method && stack[at + 1] != self.null)
            || self.star_tuple.is_some()
        {
            return Ok(false);
        }
        let Some(init) = self.plain_init(cls) else {
            return Ok(false);
        };
        let Some(mut frame) = self.plain_frame(init, argc + 1) else {
            return Ok(false);
        };
        // From here on the call is this path's. The arguments stay on the
        // stack (rooted) until the tuple holds them.
        let mut items = [cls; MAX];
        let stack = &self.frames.last().expect("a frame is running").stack;
        items[..argc].copy_from_slice(&stack[stack.len() - argc..]);
        let items = &items[..argc];
        let made = self
            .alloc_instance(cls)
            .and_then(|inst| match self.new_tuple_from(items) {
                Ok(t) => Ok((inst, t)),
                Err(e) => {
                    self.with_roots(&[e], |vm| vm.decref(inst));
                    Err(e)
                }
            });
        let stack = &mut self.frames.last_mut().expect("a frame is running").stack;
        stack.truncate(at);
        let (inst, args) = match made {
            Ok(m) => m,
            Err(e) => {
                // (The arguments and class, off the stack now, stay rooted
                // while the frame goes.)
                let mut held = vec![e, cls];
                held.extend_from_slice(items);
                self.with_roots(&held, |vm| vm.release_frame(frame));
                self.with_roots(&[e], |vm| {
                    vm.decref_all(items.iter().copied().chain([cls]));
                });
                return Err(e);
            }
        };
        // (The instance holds its class: this frees nothing.)
        self.decref(cls);
        frame.fast[0] = Some(self.incref(inst));
        for (slot, &a) in frame.fast[1..].iter_mut().zip(items) {
            *slot = Some(self.incref(a));
        }
        frame.func = Some(self.incref(init));
        frame.on_return = OnReturn::Init(
            inst,
            Some(CallArgsHeld {
                args,
                kwargs: None,
                unpacked: false,
                stack: true,
                receiver: None,
            }),
        );
        let frame = self.with_cells(frame, init.payload::<FunctionObject>())?;
        self.push_frame(frame)?;
        Ok(true)
    }

    /// The argument tuple and keyword dict CPython's `type.__call__`
    /// gets: the caller's own for `K(*t, **d)` (`star`), otherwise made
    /// from `args`, whose references pass to the result as the caller's
    /// (`CallArgsHeld::stack`). With keywords, every argument gets one
    /// more (`_PyStack_UnpackDict`).
    fn call_tuple(
        &mut self,
        args: &CallArgs,
        star: Option<(ObjRef, Option<ObjRef>)>,
    ) -> PyResult<crate::interp::frame::CallArgsHeld> {
        // `K(*t, **d)` with `t` an exact tuple and `d` an exact dict (or
        // none): CPython's `type_call` gets `t` and `d` themselves, and the
        // caller's references are theirs. (The references `args` owns stay
        // with `args`: code after this roots them as owned, and gives them
        // to `__init__`'s frame or releases them.)
        if let Some((t, d)) = star.filter(|&(t, d)| self.is_star_call(args, t, d)) {
            let held = crate::interp::frame::CallArgsHeld {
                args: self.incref(t),
                kwargs: d.map(|d| self.incref(d)),
                unpacked: !args.kw.is_empty(),
                stack: false,
                receiver: None,
            };
            held.each_extra(Extra::Unpacked, |o| {
                self.incref(o);
            });
            return Ok(held);
        }
        let t = self.new_tuple_from(&args.pos)?;
        let kwargs = if args.kw.is_empty() {
            None
        } else {
            let d = self.new_dict();
            let d = match d {
                Ok(d) => d,
                Err(e) => {
                    self.with_roots(&[e], |vm| vm.decref(t));
                    return Err(e);
                }
            };
            for &(k, v) in &args.kw {
                if let Err(e) = self.dict_set(d, k, v) {
                    self.with_roots(&[e], |vm| vm.decref_all([t, d]));
                    return Err(e);
                }
            }
            Some(d)
        };
        let held = crate::interp::frame::CallArgsHeld {
            args: t,
            kwargs,
            unpacked: kwargs.is_some(),
            stack: true,
            receiver: None,
        };
        // (The caller's references are the ones `args` already owns.)
        held.each_extra(Extra::Unpacked, |o| {
            self.incref(o);
        });
        Ok(held)
    }

    /// Whether `args` are the items of `t` and the entries of `d`, in order.
    pub(crate) fn is_star_call(&self, args: &CallArgs, t: ObjRef, d: Option<ObjRef>) -> bool {
        let pos_match =
            crate::types::tuple::tuple_items(t).is_some_and(|items| items == &args.pos[..]);
        let kw_match = match d.and_then(crate::types::dict::dict_of) {
            None => args.kw.is_empty(),
            Some(d) => {
                let entries = d.snapshot();
                entries.len() == args.kw.len()
                    && entries
                        .iter()
                        .zip(&args.kw)
                        .all(|(e, &(k, v))| e.key == k && e.value == v)
            }
        };
        pos_match && kw_match
    }

    /// A `__new__` defined by a user class in `cls`'s MRO (borrowed).
    pub(crate) fn user_new(&self, cls: ObjRef) -> Option<ObjRef> {
        let name = self.names.new;
        let ty = cls.payload::<TypeObject>();
        let own = |t: &TypeObject| crate::protocol::attr::dict_get_str_key(t.dict, name);
        (!ty.is_builtin).then(|| own(ty)).flatten().or_else(|| {
            let mro = ty.mro.borrow();
            mro.iter()
                .map(|t| t.payload::<TypeObject>())
                .take_while(|t| !t.is_builtin)
                .find_map(own)
        })
    }

    /// Call a user `__new__(cls, *args, **kw)` (a static method). The
    /// references in `args` are owned, or with `lent` borrowed from an
    /// argument tuple the caller roots.
    fn call_user_new(
        &mut self,
        new_fn: ObjRef,
        cls: ObjRef,
        args: &CallArgs,
        lent: bool,
    ) -> PyResult<ObjRef> {
        let f = match new_fn.tag() {
            Tag::StaticMethod | Tag::ClassMethod => new_fn.payload::<WrapperObject>().func,
            _ => new_fn,
        };
        let f = self.incref(f);
        let mut pos = vec![cls];
        pos.extend_from_slice(&args.pos);
        let base = self.temp_roots.len();
        self.temp_roots.push(f);
        self.temp_roots.push(cls);
        if !lent {
            self.temp_roots.extend_from_slice(&args.pos);
            self.temp_roots.extend(args.kw.iter().map(|&(_, v)| v));
        }
        let r = self.call_args(
            f,
            &CallArgs {
                pos,
                kw: args.kw.clone(),
            },
        );
        self.temp_roots.truncate(base);
        self.decref(f);
        r
    }

    /// Release what a class call holds (its arguments, or the argument
    /// tuple holding them) and the class, with the outcome rooted.
    fn release_instantiation(
        &mut self,
        outcome: &impl crate::vm::Held,
        args: CallArgs,
        held: Option<crate::interp::frame::CallArgsHeld>,
        cls: ObjRef,
    ) {
        match held {
            Some(h) => {
                let base = self.temp_roots.len();
                outcome.held(&mut self.temp_roots);
                self.release_held_args(Some(h), args);
                self.decref(cls);
                self.temp_roots.truncate(base);
            }
            None => self.release_call(outcome, args, cls),
        }
    }

    /// Release a class call's argument tuple (`held`) and `args`, which
    /// it holds as the caller's references unless it is the caller's own
    /// `t` of `K(*t)` (`CallArgsHeld::stack` false).
    fn release_held_args(
        &mut self,
        held: Option<crate::interp::frame::CallArgsHeld>,
        args: CallArgs,
    ) {
        match held {
            Some(h) if h.stack => self.release_call_args(Some(h)),
            Some(h) => {
                self.release_call_args(Some(h));
                self.release_args(args);
            }
            None => self.release_args(args),
        }
    }

    /// Release a call's arguments and callable with its outcome (result
    /// or exception) rooted meanwhile.
    fn release_call(&mut self, outcome: &impl crate::vm::Held, args: CallArgs, callable: ObjRef) {
        let kw = args.kw.into_iter().map(|(_, v)| v);
        self.release_holding(outcome, args.pos.into_iter().chain(kw).chain([callable]));
    }

    pub(crate) fn release_args(&mut self, args: CallArgs) {
        self.decref_all(args.pos);
        for (_, v) in args.kw {
            self.decref(v);
        }
    }

    fn call_ctor(&mut self, ctor: u32, cls: ObjRef, args: &CallArgs) -> PyResult<ObjRef> {
        let f = self.natives[ctor as usize];
        let mut pos = Vec::with_capacity(args.pos.len() + 1);
        pos.push(cls);
        pos.extend_from_slice(&args.pos);
        let (kwnames, kwvals): (Vec<ObjRef>, Vec<ObjRef>) = args.kw.iter().copied().unzip();
        let call = |vm: &mut Self| {
            vm.native_call = NativeCall::new(None, &pos);
            f(
                vm,
                Args {
                    pos: &pos,
                    kwnames: &kwnames,
                    kwvals: &kwvals,
                },
            )
        };
        // (By name: a builtin type's name is fixed, and comparing a few
        // short strs is cheaper than looking the types up.)
        let t = cls.payload::<TypeObject>();
        if t.is_builtin && TUPLE_CTORS.contains(&&*t.name.get()) {
            return self.holding_args_tuple(&args.pos, call);
        }
        call(self)
    }
}
