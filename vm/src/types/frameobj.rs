//! Frame and traceback objects, made on demand as CPython 3.11 makes them.
//!
//! A running frame lives on the vm's frame stack (`frame.rs`), not on the
//! heap — CPython's `_PyInterpreterFrame`. A *frame object* is made for it
//! only when something asks: a traceback entry, `sys._getframe()`,
//! `gi_frame`, `f_back`. The frame then holds a counted reference to its
//! frame object (`Frame::frame_obj`), and the object finds the frame while
//! it runs. When the frame finishes and somebody else still holds the
//! object, everything the frame held moves into the object (CPython's
//! `take_ownership`), so a traceback keeps the locals of the frames it
//! passed through alive for as long as the exception lives.
//!
//! A traceback object is one entry of `__traceback__`: a frame object, the
//! instruction and line it was at, and the next (inner) entry.

use crate::interp::frame::Frame;
use crate::object::{Refs, Tag};
use crate::payload;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::RefCell;

/// Where a frame object's frame is.
pub enum FrameState {
    /// Running: on the vm's frame stack, whose entry names this object as
    /// its `frame_obj`.
    Running,
    /// Suspended in the generator `gen`, which owns the frame. Not a
    /// counted reference: the generator takes the frame back out of this
    /// state before it lets go of it (resume, or `clear`).
    Suspended { gen: ObjRef },
    /// Finished: what the frame held belongs to this object now.
    /// `back` is `f_back` (owned), the caller's frame object when it
    /// finished.
    Finished {
        frame: Box<Frame>,
        back: Option<ObjRef>,
    },
}

pub struct FrameObject {
    /// `f_code` (owned).
    pub code: ObjRef,
    /// The vm's NULL sentinel, which a suspended frame's value stack may
    /// hold and which is not a reference.
    pub null: ObjRef,
    pub state: RefCell<FrameState>,
}

impl Refs for FrameObject {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.code);
        if let FrameState::Finished { frame, back, .. } = &*self.state.borrow() {
            frame.visit_refs(self.null, visit);
            if let Some(b) = back {
                visit(*b);
            }
        }
    }

    /// CPython's `frame_dealloc`: the function and the locals namespace,
    /// the frame's slots, `f_back`, and the code last.
    fn clear(&self, out: &mut Vec<ObjRef>) {
        let state = std::mem::replace(&mut *self.state.borrow_mut(), FrameState::Running);
        if let FrameState::Finished { frame, back, .. } = state {
            frame.release_owned_into(self.null, out);
            out.extend(back);
        }
        out.push(self.code);
    }

    /// CPython's `frame_tp_clear`: the frame's slots (locals, cells and
    /// value stack) only.
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        if let FrameState::Finished { frame, .. } = &mut *self.state.borrow_mut() {
            frame.release_slots_into(self.null, out);
        }
    }
}
/// Frame objects are tracked by the cycle collector only once they own a
/// frame (CPython's `_PyFrame_New_NoTrack`, tracked in `take_ownership`):
/// a running frame's object holds nothing but its code.
pub static FRAME_VT: TypeVTable = TypeVTable {
    tracking: ouro_gc_core::Tracking::Lazy(|_| false),
    ..crate::object::refs_vtable::<FrameObject>("frame", Tag::Frame, true)
};
payload!(FrameObject, FRAME_VT);

/// One entry of an exception's `__traceback__` (CPython's
/// `PyTracebackObject`).
pub struct TracebackObject {
    /// `tb_next` (owned): the entry of the frame this one called.
    pub next: std::cell::Cell<Option<ObjRef>>,
    /// `tb_frame` (owned).
    pub frame: ObjRef,
    /// The instruction the frame was at.
    pub instr: usize,
    pub line: u32,
}

impl Refs for TracebackObject {
    fn traverse(&self, visit: Visit<'_>) {
        if let Some(n) = self.next.get() {
            visit(n);
        }
        visit(self.frame);
    }
    /// CPython's `tb_dealloc`: next, then frame.
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.next.take());
        out.push(self.frame);
    }
    /// `tb_clear`: next (the frame stays, as `tb_frame` is read-only).
    fn gc_clear(&self, out: &mut Vec<ObjRef>) {
        out.extend(self.next.take());
    }
}
pub static TRACEBACK_VT: TypeVTable =
    crate::object::refs_vtable::<TracebackObject>("traceback", Tag::Traceback, true);
payload!(TracebackObject, TRACEBACK_VT);

/// The entries of the traceback chain that starts at `tb` (borrowed),
/// outermost first.
pub fn chain(tb: Option<ObjRef>) -> Vec<ObjRef> {
    let mut out = Vec::new();
    let mut cur = tb;
    while let Some(t) = cur {
        out.push(t);
        cur = t.payload::<TracebackObject>().next.get();
    }
    out
}

use crate::builtins::check_args;
use crate::object::ObjExt;
use crate::types::exception::ExceptionObject;
use crate::types::generator::GeneratorObject;
use crate::vm::{Args, PyResult, Vm};
use ouro_gc_core::Collector;
use std::cell::Cell;
use std::rc::Rc;

/// Where a frame is: on the frame stack, or wherever its frame object
/// says.
#[derive(Clone, Copy)]
pub(crate) enum FrameAt {
    Stack(usize),
    Object(ObjRef),
}

/// The names and values (borrowed; None for unbound) of a function
/// frame's locals, in CPython's `localsplus` order: the fast locals (a
/// parameter that is a cell in its own place), the other cells, the free
/// variables.
fn locals_of(frame: &Frame) -> Vec<(Rc<str>, Option<ObjRef>)> {
    let rc = &frame.rc;
    let cell_value = |c: ObjRef| c.payload::<crate::types::cell::CellObject>().value.get();
    let cell = |j: usize| frame.cells.get(j).and_then(|&c| cell_value(c));
    let mut pairs = Vec::new();
    for (i, name) in rc.varnames.iter().enumerate() {
        let v = match rc.cell2arg.iter().position(|&a| a == Some(i as u32)) {
            Some(j) => cell(j),
            None => frame.fast.get(i).copied().flatten(),
        };
        pairs.push((Rc::from(name.as_str()), v));
    }
    for (j, name) in rc.cellvars.iter().enumerate() {
        if rc.cell2arg.get(j).copied().flatten().is_none() {
            pairs.push((Rc::from(name.as_str()), cell(j)));
        }
    }
    let nc = rc.cellvars.len();
    for (k, name) in rc.freevars.iter().enumerate() {
        pairs.push((Rc::from(name.as_str()), cell(nc + k)));
    }
    pairs
}

/// Store the bindings `pairs` in the locals dict `d`, deleting the names
/// that are unbound.
fn store_locals<C: Collector>(
    vm: &mut Vm<C>,
    d: ObjRef,
    pairs: &[(Rc<str>, Option<ObjRef>)],
) -> PyResult<()> {
    for (name, v) in pairs {
        match v {
            Some(v) => vm.dict_set_str(d, name, *v)?,
            None => {
                let k = vm.intern_borrow(name);
                vm.dict_del(d, k)?;
            }
        }
    }
    Ok(())
}

fn frame_obj<'a>(fo: ObjRef) -> &'a FrameObject {
    fo.payload::<FrameObject>()
}

impl<C: Collector> Vm<C> {
    /// The frame object of `self.frames[i]` (a new reference), made the
    /// first time it is asked for (CPython's `_PyFrame_GetFrameObject`).
    pub(crate) fn frame_object_at(&mut self, i: usize) -> PyResult<ObjRef> {
        if let Some(fo) = self.frames[i].frame_obj {
            return Ok(self.incref(fo));
        }
        let fo = self.new_frame_object(self.frames[i].code, FrameState::Running)?;
        self.frames[i].frame_obj = Some(self.incref(fo));
        Ok(fo)
    }

    fn new_frame_object(&mut self, code: ObjRef, state: FrameState) -> PyResult<ObjRef> {
        let code = self.incref(code);
        let null = self.null;
        let fo = self.alloc(
            &FRAME_VT,
            FrameObject {
                code,
                null,
                state: RefCell::new(FrameState::Running),
            },
        );
        // (On failure `alloc` released the code the payload owned.)
        let fo = fo?;
        *frame_obj(fo).state.borrow_mut() = state;
        Ok(fo)
    }

    /// A frame finishes while someone else holds its frame object `fo`
    /// (the frame's reference, which is dropped here): the object takes
    /// everything the frame held, and its `f_back` becomes the caller's
    /// frame object (CPython's `take_ownership`), none for a generator's.
    pub(crate) fn frame_object_takes(&mut self, fo: ObjRef, frame: Box<Frame>) {
        let back = match self.frames.len() {
            // A generator's or coroutine's frame has no caller once it is
            // done (`gen_send_ex2` unlinks `previous` before clearing it),
            // so it does not keep the frame that resumed it alive.
            _ if frame.rc.flags.resumable() => None,
            0 => None,
            // Past `--max-heap` too, as traceback entries are (a failure
            // would reset the MemoryError that may be unwinding).
            n => match self.past_limit(|vm| vm.frame_object_at(n - 1)) {
                Ok(b) => Some(b),
                Err(e) => {
                    self.decref(e);
                    None
                }
            },
        };
        *frame_obj(fo).state.borrow_mut() = FrameState::Finished { frame, back };
        self.gc.generations_mut().track(fo);
        self.decref(fo);
    }

    /// The index on the frame stack of the running frame of `fo`.
    fn running_index(&self, fo: ObjRef) -> Option<usize> {
        self.frames.iter().rposition(|f| f.frame_obj == Some(fo))
    }

    /// Run `f` on the frame of the frame object `fo`, wherever it is.
    fn with_frame<R>(&mut self, fo: ObjRef, f: impl FnOnce(&mut Frame) -> R) -> Option<R> {
        self.with_frame_at(FrameAt::Object(fo), f)
    }

    fn with_frame_at<R>(&mut self, at: FrameAt, f: impl FnOnce(&mut Frame) -> R) -> Option<R> {
        let fo = match at {
            FrameAt::Stack(i) => return self.frames.get_mut(i).map(f),
            FrameAt::Object(fo) => fo,
        };
        let gen = match &mut *frame_obj(fo).state.borrow_mut() {
            FrameState::Finished { frame, .. } => return Some(f(frame)),
            FrameState::Suspended { gen, .. } => *gen,
            FrameState::Running => {
                let i = self.running_index(fo)?;
                return Some(f(&mut self.frames[i]));
            }
        };
        let mut frame = gen.payload::<GeneratorObject>().frame.borrow_mut();
        frame.as_mut().map(|b| f(b))
    }

    /// Record that `exc` passes through the running frame: a new
    /// traceback entry in front of its `__traceback__` (CPython's
    /// `PyTraceBack_Here`). Without memory for it, the entry is left out.
    pub(crate) fn add_traceback(&mut self, exc: ObjRef) {
        if exc.get::<ExceptionObject>().is_none() {
            return;
        }
        // Past `--max-heap` too: a MemoryError's traceback must say where
        // it happened (two small objects, as the limit allows names).
        self.past_limit(|vm| vm.add_traceback_entry(exc));
    }

    /// Run `f` with `--max-heap` lifted (for the few small objects that
    /// record where an exception went).
    fn past_limit<R>(&mut self, f: impl FnOnce(&mut Self) -> R) -> R {
        let limit = self.heap.blocks_ref().limit();
        self.heap.blocks().set_limit(None);
        let r = f(self);
        self.heap.blocks().set_limit(limit);
        r
    }

    fn add_traceback_entry(&mut self, exc: ObjRef) {
        let i = self.frames.len() - 1;
        let fo = match self.frame_object_at(i) {
            Ok(fo) => fo,
            Err(e) => return self.decref(e),
        };
        let instr = self.frames[i].pc().saturating_sub(1);
        let line = self.frames[i].rc.line_of(instr);
        let tb = TracebackObject {
            next: Cell::new(None),
            frame: fo,
            instr,
            line,
        };
        match self.alloc(&TRACEBACK_VT, tb) {
            Ok(tb) => {
                let e = exc.payload::<ExceptionObject>();
                tb.payload::<TracebackObject>().next.set(e.traceback.take());
                e.traceback.set(Some(tb));
            }
            // (`alloc` released the frame object the payload owned.)
            Err(e) => self.decref(e),
        }
    }

    /// Set `exc.__traceback__` to `tb` (borrowed): a traceback or None.
    pub(crate) fn set_traceback(&mut self, exc: ObjRef, tb: ObjRef) -> PyResult<()> {
        if tb != self.none && tb.tag() != Tag::Traceback {
            return Err(self.type_error("__traceback__ must be a traceback or None".into()));
        }
        let new = (tb != self.none).then(|| self.incref(tb));
        let old = exc.payload::<ExceptionObject>().traceback.replace(new);
        self.decref_opt(old);
        Ok(())
    }

    /// `sys._getframe(depth)`: the frame object `depth` calls up (new
    /// reference).
    pub(crate) fn getframe(&mut self, depth: i64) -> PyResult<ObjRef> {
        let n = self.frames.len() as i64;
        if depth < 0 || depth >= n {
            return Err(self.value_error("call stack is not deep enough".into()));
        }
        self.frame_object_at((n - 1 - depth) as usize)
    }

    /// `gi_frame` of the generator `g`: None once finished.
    pub(crate) fn generator_frame(&mut self, g: ObjRef) -> PyResult<ObjRef> {
        let p = g.payload::<GeneratorObject>();
        let (existing, code) = {
            let f = p.frame.borrow();
            match f.as_ref() {
                Some(f) => (Some(f.frame_obj), f.code),
                None => (None, p.code),
            }
        };
        match existing {
            Some(Some(fo)) => Ok(self.incref(fo)),
            Some(None) => {
                let fo = self.new_frame_object(code, FrameState::Suspended { gen: g })?;
                // Tracked now: it takes the frame when the generator dies,
                // which has no way to track it then.
                self.gc.generations_mut().track(fo);
                let mut f = p.frame.borrow_mut();
                f.as_mut().expect("checked above").frame_obj = Some(self.incref(fo));
                Ok(fo)
            }
            None => {
                // Running (on the frame stack, topmost of its code) or
                // finished.
                let running = crate::types::generator::is_running(g);
                let at = self.frames.iter().rposition(|f| f.code == code);
                match at {
                    Some(i) if running => self.frame_object_at(i),
                    _ => Ok(self.new_none()),
                }
            }
        }
    }

    /// A frame object's attribute (`f_*`), or None if it has no such one.
    pub(crate) fn frame_attr(&mut self, fo: ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let v = match name {
            "f_code" => self.incref(frame_obj(fo).code),
            "f_lineno" => {
                let line = self.with_frame(fo, |f| f.line()).unwrap_or(0);
                self.new_int_i64(line.into())?
            }
            "f_lasti" => {
                let pc = self.with_frame(fo, |f| f.pc()).unwrap_or(0);
                self.new_int_i64(2 * pc.saturating_sub(1) as i64)?
            }
            "f_globals" => {
                let g = self.with_frame(fo, |f| f.globals).expect("a frame");
                self.incref(g)
            }
            "f_builtins" => {
                let own = self.with_frame(fo, |f| match f.func {
                    Some(func) => func
                        .get::<crate::types::function::FunctionObject>()
                        .and_then(|f| f.builtins.get()),
                    None => f.builtins,
                });
                self.incref(own.flatten().unwrap_or(self.builtins_dict))
            }
            "f_locals" => self.frame_locals(fo)?,
            "f_back" => {
                let back = match &*frame_obj(fo).state.borrow() {
                    FrameState::Finished { back, .. } => Err(*back),
                    FrameState::Suspended { .. } => Err(None),
                    FrameState::Running => Ok(self.running_index(fo)),
                };
                match back {
                    Err(b) => self.incref(b.unwrap_or(self.none)),
                    Ok(Some(i)) if i > 0 => self.frame_object_at(i - 1)?,
                    Ok(_) => self.new_none(),
                }
            }
            "f_trace" => self.new_none(),
            "f_trace_lines" => self.new_bool(true),
            "f_trace_opcodes" => self.new_bool(false),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `f_locals`: a module or class body's namespace; a function's
    /// locals copied into the frame's own dict, which is refreshed on each
    /// request (CPython 3.11's `PyFrame_FastToLocals`, what `locals()`
    /// returns too).
    pub(crate) fn frame_locals(&mut self, fo: ObjRef) -> PyResult<ObjRef> {
        self.fast_to_locals(FrameAt::Object(fo))
    }

    /// The locals dict of the frame at `at`, brought up to date (a new
    /// reference).
    pub(crate) fn fast_to_locals(&mut self, at: FrameAt) -> PyResult<ObjRef> {
        // The bindings are read in one step (borrowed, then counted);
        // storing them may run `__del__` of values they replace, which may
        // move the frame.
        let snap = self.with_frame_at(at, |frame| {
            if !frame.rc.flags.optimized {
                return Err(frame.locals.unwrap_or(frame.globals));
            }
            Ok((frame.locals, locals_of(frame)))
        });
        let (existing, pairs) = match snap {
            None => return self.new_dict(),
            Some(Err(ns)) => return Ok(self.incref(ns)),
            Some(Ok(snap)) => snap,
        };
        for v in pairs.iter().filter_map(|(_, v)| *v) {
            self.incref(v);
        }
        let values: Vec<ObjRef> = pairs.iter().filter_map(|(_, v)| *v).collect();
        let d = match existing {
            Some(d) => Ok(self.incref(d)),
            None => self.new_dict().inspect(|&d| {
                let mine = self.incref(d);
                self.with_frame_at(at, |f| f.locals = Some(mine));
            }),
        };
        let d = match d {
            Ok(d) => d,
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref_all(values));
                return Err(e);
            }
        };
        let r = self.with_items(values, |vm, _| {
            vm.with_roots(&[d], |vm| store_locals(vm, d, &pairs))
        });
        match r {
            Ok(()) => Ok(d),
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref(d));
                Err(e)
            }
        }
    }

    /// A traceback object's attribute.
    pub(crate) fn traceback_attr(&mut self, tb: ObjRef, name: &str) -> PyResult<Option<ObjRef>> {
        let t = tb.payload::<TracebackObject>();
        let v = match name {
            "tb_frame" => self.incref(t.frame),
            "tb_next" => self.incref(t.next.get().unwrap_or(self.none)),
            "tb_lineno" => self.new_int_i64(t.line.into())?,
            "tb_lasti" => self.new_int_i64(2 * t.instr as i64)?,
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    /// `tb.tb_next = v`: another traceback (not one that leads back here)
    /// or None.
    pub(crate) fn set_tb_next(&mut self, tb: ObjRef, v: Option<ObjRef>) -> PyResult<()> {
        let Some(v) = v else {
            return Err(self.type_error("can't delete tb_next attribute".into()));
        };
        if v != self.none && v.tag() != Tag::Traceback {
            let tn = self.type_name(v);
            return Err(self.type_error(format!("expected traceback object or None, got '{tn}'")));
        }
        let new = (v != self.none).then_some(v);
        if chain(new).contains(&tb) {
            return Err(self.value_error("traceback loop detected".into()));
        }
        let new = new.map(|v| self.incref(v));
        let old = tb.payload::<TracebackObject>().next.replace(new);
        self.decref_opt(old);
        Ok(())
    }

    /// `repr(frame)`.
    pub(crate) fn frame_repr(&mut self, fo: ObjRef) -> String {
        let code = frame_obj(fo)
            .code
            .payload::<crate::types::code::CodeObj>()
            .code
            .clone();
        let line = self.with_frame(fo, |f| f.line()).unwrap_or(0);
        format!(
            "<frame at {:#x}, file '{}', line {}, code {}>",
            fo.addr(),
            code.filename,
            line,
            code.name
        )
    }
}

/// `frame.clear()`: drop a finished frame's locals (CPython's
/// `frame_tp_clear`); a running frame refuses.
fn frame_clear<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "clear", 1, 1)?;
    let fo = args.pos[0];
    if fo.tag() != Tag::Frame {
        return Err(vm.type_error("descriptor 'clear' requires a 'frame' object".into()));
    }
    let mut out = Vec::new();
    let mut suspended = None;
    let refusal = match &mut *frame_obj(fo).state.borrow_mut() {
        FrameState::Finished { frame, .. } => {
            out.extend(frame.locals.take());
            frame.release_slots_into(vm.null, &mut out);
            None
        }
        FrameState::Running => Some("cannot clear an executing frame"),
        FrameState::Suspended { gen, .. } => {
            suspended = Some(*gen);
            None
        }
    };
    // A suspended generator's frame: CPython 3.11 finalizes the generator
    // (`_PyGen_Finalize`: it is closed, its `finally` blocks run).
    if let Some(g) = suspended {
        vm.using(vm.incref(g), |vm, g| vm.finalize_generator(g));
        return Ok(vm.new_none());
    }
    if let Some(msg) = refusal {
        return Err(vm.new_error("RuntimeError", msg.into()));
    }
    vm.decref_all(out);
    Ok(vm.new_none())
}

/// `sys._getframe([depth])`.
pub(crate) fn sys_getframe<C: Collector>(vm: &mut Vm<C>, args: Args<'_>) -> PyResult<ObjRef> {
    check_args(vm, &args, "_getframe", 0, 1)?;
    let depth = match args.pos.first() {
        Some(&d) => crate::builtins::arg_i64(vm, d)?,
        None => 0,
    };
    vm.getframe(depth)
}

pub fn install<C: Collector>(vm: &mut Vm<C>) {
    crate::builtins::def_method(vm, "frame", "clear", frame_clear);
}
