//! Allocation for the vm: every object is made here, in the private heap,
//! and announced to the collector (`Collector::on_alloc`); out of memory
//! (the heap's `--max-heap` limit, or the system's) becomes MemoryError
//! here and nowhere else.

use crate::object::ObjExt;
use crate::vm::{PyResult, Vm};
use ouro_gc_core::{Collector, ObjRef, TypeVTable};

/// Buffers above this size are probed with a real allocation by
/// `Vm::check_room` before they are built.
const PROBE_ABOVE: usize = 1 << 24;

impl<C: Collector> Vm<C> {
    /// Allocate an object (refcount 1, owned by the caller) or raise
    /// MemoryError. This is the one place out-of-memory becomes an exception.
    pub fn alloc<T>(&mut self, vt: &'static TypeVTable, payload: T) -> PyResult<ObjRef> {
        self.alloc_words::<T, usize>(vt, payload, 0, &[])
    }

    /// `alloc` of a plain atom (an int, a float): no container to count
    /// or track, nothing to look up on the way but its free list.
    #[inline(always)]
    pub fn alloc_atom<T>(&mut self, vt: &'static TypeVTable, payload: T) -> PyResult<ObjRef> {
        match self.heap.try_alloc_atom(vt, payload) {
            Ok(o) => {
                C::on_alloc(self, o);
                if self.config.trace {
                    self.trace_alloc(o);
                }
                Ok(o)
            }
            // (Over the limit: the general path raises MemoryError.)
            Err(payload) => self.alloc(vt, payload),
        }
    }

    /// `alloc` for a layout with a tail of reference slots, all empty
    /// (as many as the layout has).
    pub fn alloc_tail<T: crate::object::SlotTail>(
        &mut self,
        vt: &'static TypeVTable,
        payload: T,
    ) -> PyResult<ObjRef> {
        assert!(T::matches(vt), "{}: not a slot layout", vt.name);
        let n = T::slots_of(vt);
        self.alloc_words::<T, Option<ObjRef>>(vt, payload, n, &[])
    }

    /// `alloc` for a layout whose tail holds `items` (owned references,
    /// which the object owns from now on, even when this fails).
    pub fn alloc_items<T: crate::object::ItemTail>(
        &mut self,
        vt: &'static TypeVTable,
        payload: T,
        items: &[ObjRef],
    ) -> PyResult<ObjRef> {
        assert_eq!(payload.tail_len(), items.len(), "{}: items", vt.name);
        self.alloc_words(vt, payload, items.len(), items)
    }

    /// Allocate an instance of `cls`, a user subclass of the builtin type
    /// whose objects have the layout `base_vt`: `payload` and `items` as
    /// an object of the base type would have them (owned references), plus
    /// the class (borrowed) and room for a `__dict__`.
    pub fn alloc_sub<T>(
        &mut self,
        base_vt: &'static TypeVTable,
        payload: T,
        items: &[ObjRef],
        cls: ObjRef,
    ) -> PyResult<ObjRef> {
        let vt = crate::types::subclass::sub_vtable_for(base_vt).expect("a subclassable layout");
        let tail = items.len() + crate::object::SUB_EXT_WORDS;
        let o = self.alloc_words(vt, payload, tail, items)?;
        crate::object::sub_ext(o).class.set(Some(self.incref(cls)));
        let t = cls.payload::<crate::types::typeobj::TypeObject>();
        if !t.shared_keys.settled() && crate::types::sharedkeys::managed_base(base_vt.name) {
            t.shared_keys.on_new_instance();
        }
        Ok(o)
    }

    fn alloc_words<T, W: Copy>(
        &mut self,
        vt: &'static TypeVTable,
        payload: T,
        tail: usize,
        items: &[W],
    ) -> PyResult<ObjRef> {
        match self.heap.try_alloc_tail(vt, payload, tail, items) {
            Ok(o) => {
                C::on_alloc(self, o);
                if o.is_container() && self.heap.last_alloc_reused() {
                    self.gc.generations_mut().uncount();
                }
                if self.config.trace {
                    self.trace_alloc(o);
                }
                Ok(o)
            }
            Err(payload) => {
                // The payload may own references (an instance's dict and
                // class, a list's items). Release them the one way that knows
                // every layout: make the object past the limit, mark it
                // finalized (it was never a live Python object, so no
                // __del__) and drop it at once.
                let limit = self.heap.blocks_ref().limit();
                self.heap.blocks().set_limit(None);
                let forced = self.heap.try_alloc_tail(vt, payload, tail, items);
                self.heap.blocks().set_limit(limit);
                if let Ok(o) = forced {
                    if o.is_container() {
                        o.set_finalized(true);
                    }
                    C::on_alloc(self, o);
                    self.decref(o);
                }
                Err(self.raise_memory_error())
            }
        }
    }

    /// The preallocated MemoryError (a new reference), reset: a program
    /// that caught an earlier one must not see its traceback again.
    pub fn raise_memory_error(&mut self) -> ObjRef {
        let e = self.incref(self.memory_error);
        let ex = e.payload::<crate::types::exception::ExceptionObject>();
        let tb = ex.traceback.take();
        let (cause, context) = (ex.cause.take(), ex.context.take());
        ex.suppress_context.set(false);
        self.decref_opt(tb);
        self.decref_opt(cause);
        self.decref_opt(context);
        e
    }

    /// Count `bytes` of a container's buffer against `--max-heap`.
    pub fn reserve_external(&mut self, bytes: usize) -> PyResult<()> {
        self.heap
            .blocks()
            .reserve_external(bytes)
            .map_err(|_| self.raise_memory_error())
    }

    /// Check, before Rust code builds a buffer whose size the program
    /// chose (`'a'.ljust(n)`, `format(1, '9999999999')`, `bytes(n)`), that
    /// `bytes` more bytes fit under `--max-heap` and that the system would
    /// give them: MemoryError, as CPython's failing malloc, instead of
    /// Rust's abort on a failed allocation. Large requests are probed with
    /// a real (untouched, so never paged in) allocation.
    pub fn check_room(&mut self, bytes: usize) -> PyResult<()> {
        let limit = self.heap.blocks_ref().limit();
        let in_use = self.heap.blocks_ref().bytes_in_use();
        let over_limit = limit.is_some_and(|l| in_use.saturating_add(bytes) > l);
        let refused = bytes > PROBE_ABOVE && Vec::<u8>::new().try_reserve_exact(bytes).is_err();
        if over_limit || bytes > isize::MAX as usize || refused {
            return Err(self.raise_memory_error());
        }
        Ok(())
    }
}
