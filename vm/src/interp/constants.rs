//! Materialising a compilation's constants as CPython 3.11's compiler
//! shares them, and the references its AST arena holds.
//!
//! * One cache per compilation (`c_const_cache`, `merge_consts_recursive`):
//!   equal constants are one object across all the code objects compiled
//!   together, so `def f(): return 1000` and `def g(): return 1000` return
//!   the same int, and a tuple constant's items are the shared ones.
//! * `co_consts` is a tuple, and code objects whose constants are equal
//!   share it (`merge_const_one`): its items are counted once.
//! * Source run as it is parsed — the main script, `exec`/`eval` of a
//!   string, a line at the prompt — keeps its AST (the arena) until it has
//!   run, and every literal and folded-constant node of the AST holds its
//!   object: the first node of each value is the object the code uses, so
//!   `x = 1000; sys.getrefcount(x)` is 4 at the top of a script and 3 in an
//!   imported module or in code made by `compile()`. (Identifier-like
//!   strings and the one-character and empty singletons are left out:
//!   CPython's counts for those depend on interning and are not modelled.)

use crate::types::code::{CodeObj, CODE_VT};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use ouro_compiler::{CodeObject, Constant};
use ouro_gc_core::{Collector, ObjRef};
use std::collections::HashMap;
use std::rc::Rc;

/// CPython's `_PyCode_ConstantKey`: constants with equal keys are merged.
/// Floats compare by bits (`0.0` and `-0.0` stay apart); a code object is
/// its own key.
#[derive(Clone, PartialEq, Eq, Hash)]
enum Key {
    None,
    Ellipsis,
    Bool(bool),
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<Key>),
    FrozenSet(Vec<Key>),
    Code(usize),
}

fn key_of(c: &Constant) -> Key {
    match c {
        Constant::None => Key::None,
        Constant::Ellipsis => Key::Ellipsis,
        Constant::Bool(b) => Key::Bool(*b),
        Constant::Int(i) => Key::Int(i.clone()),
        Constant::Float(f) => Key::Float(f.to_bits()),
        Constant::Complex { real, imag } => Key::Complex(real.to_bits(), imag.to_bits()),
        Constant::Str(s) => Key::Str(s.clone()),
        Constant::Bytes(b) => Key::Bytes(b.clone()),
        Constant::Tuple(items) => Key::Tuple(items.iter().map(key_of).collect()),
        Constant::FrozenSet(items) => Key::FrozenSet(items.iter().map(key_of).collect()),
        Constant::Code(code) => Key::Code(Rc::as_ptr(code) as usize),
    }
}

/// Does the AST arena's reference to this constant show in CPython's
/// counts the way ouro can model (see the module comment)?
fn arena_counted(c: &Constant) -> bool {
    match c {
        Constant::None | Constant::Ellipsis | Constant::Bool(_) => false,
        Constant::Str(s) => {
            s.chars().count() > 1 && !s.chars().all(|ch| ch.is_alphanumeric() || ch == '_')
        }
        Constant::Bytes(b) => b.len() > 1,
        Constant::Tuple(items) => !items.is_empty(),
        _ => true,
    }
}

/// The constants of one compilation, each object made once (owned here
/// until the compilation's code objects are made).
#[derive(Default)]
struct ConstCache {
    objects: HashMap<Key, ObjRef>,
}

impl<C: Collector> Vm<C> {
    /// Turn a compiled code object into a heap code object, materialising
    /// its constants (nested code objects too) and interning its names.
    pub fn code_object(&mut self, code: Rc<CodeObject>) -> PyResult<ObjRef> {
        self.code_object_with_arena(code, false).map(|(c, _)| c)
    }

    /// `code_object`, and with `arena` the references the AST of the
    /// source held (owned; the caller holds them while the code runs, in
    /// `Vm::ast_arena`).
    pub(crate) fn code_object_with_arena(
        &mut self,
        code: Rc<CodeObject>,
        arena: bool,
    ) -> PyResult<(ObjRef, Vec<ObjRef>)> {
        let mut cache = ConstCache::default();
        let mut held = Vec::new();
        let mut r = Ok(());
        if arena {
            for c in &code.ast_constants {
                if let Err(e) = self.arena_constant(&mut cache, c, &mut held) {
                    r = Err(e);
                    break;
                }
            }
        }
        let r = r.and_then(|()| self.materialize_code(&mut cache, &code));
        let cached: Vec<ObjRef> = cache.objects.into_values().collect();
        self.decref_all(cached);
        match r {
            Ok(o) => Ok((o, held)),
            Err(e) => {
                self.with_roots(&[e], |vm| vm.decref_all(held));
                Err(e)
            }
        }
    }

    /// Register an AST node's constant in compile order; the node holds
    /// the object when it is the first of its value (a tuple's items that
    /// were met before are replaced in place by the earlier objects; a
    /// frozenset with such items is rebuilt, so the node's is not the one
    /// the code uses). Returns whether it was the first.
    fn arena_constant(
        &mut self,
        cache: &mut ConstCache,
        c: &Constant,
        held: &mut Vec<ObjRef>,
    ) -> PyResult<bool> {
        if cache.objects.contains_key(&key_of(c)) {
            return Ok(false);
        }
        let mut all_first = true;
        if let Constant::Tuple(items) | Constant::FrozenSet(items) = c {
            for item in items {
                all_first &= self.arena_constant(cache, item, held)?;
            }
        }
        let all_first = all_first || matches!(c, Constant::Tuple(_));
        let o = self.cached(cache, c)?;
        if all_first && arena_counted(c) {
            held.push(self.incref(o));
        }
        Ok(true)
    }

    /// The object for `c` (borrowed from the cache), made if it is new.
    fn cached(&mut self, cache: &mut ConstCache, c: &Constant) -> PyResult<ObjRef> {
        let key = key_of(c);
        if let Some(&o) = cache.objects.get(&key) {
            return Ok(o);
        }
        let o = match c {
            Constant::Tuple(items) => {
                let objs = self.cached_items(cache, items)?;
                self.new_tuple(objs)?
            }
            Constant::FrozenSet(items) => {
                // Built from the items, then rebuilt in its own iteration
                // order, as CPython's compiler does when it merges
                // constants (`merge_consts_recursive`): the table order of
                // what a display shows. (The first build is simulated
                // outside the heap: its frozenset would be garbage a
                // tracing collector counts.)
                let objs = self.cached_items(cache, items)?;
                self.with_items(objs, |vm, objs| {
                    let mut entries = Vec::with_capacity(objs.len());
                    for &o in objs {
                        entries.push((vm.hash(o)?, o));
                    }
                    let order = crate::types::set::table_order(&entries);
                    let s = vm.new_set(true)?;
                    vm.fill(s, |vm, s| order.iter().try_for_each(|&o| vm.set_add(s, o)))
                })?
            }
            Constant::Code(code) => self.materialize_code(cache, code)?,
            scalar => self.scalar_constant(scalar)?,
        };
        cache.objects.insert(key, o);
        Ok(o)
    }

    /// New references to the cached objects of `items`.
    fn cached_items(
        &mut self,
        cache: &mut ConstCache,
        items: &[Constant],
    ) -> PyResult<Vec<ObjRef>> {
        let mut objs = Vec::with_capacity(items.len());
        for x in items {
            match self.cached(cache, x) {
                Ok(o) => objs.push(self.incref(o)),
                Err(e) => {
                    self.with_roots(&[e], |vm| vm.decref_all(objs));
                    return Err(e);
                }
            }
        }
        Ok(objs)
    }

    /// A heap code object for `code`, its `co_consts` tuple merged with
    /// any equal one of the same compilation.
    fn materialize_code(
        &mut self,
        cache: &mut ConstCache,
        code: &Rc<CodeObject>,
    ) -> PyResult<ObjRef> {
        let consts = self.cached(cache, &Constant::Tuple(code.consts.clone()))?;
        let consts = self.incref(consts);
        let names: Vec<ObjRef> = code.names.iter().map(|n| self.intern(n)).collect();
        let obj = CodeObj::new(code.clone(), consts, names.into_boxed_slice());
        self.alloc(&CODE_VT, obj)
    }

    /// A constant that holds no other constant (a new reference).
    fn scalar_constant(&mut self, c: &Constant) -> PyResult<ObjRef> {
        match c {
            Constant::None => Ok(self.new_none()),
            Constant::Ellipsis => Ok(self.incref(self.ellipsis)),
            Constant::Bool(b) => Ok(self.new_bool(*b)),
            Constant::Int(i) => self.new_bigint(i.clone()),
            Constant::Float(f) => self.new_float(*f),
            Constant::Complex { real, imag } => self.new_complex(*real, *imag),
            Constant::Str(s) => {
                if s.chars().all(|ch| ch.is_alphanumeric() || ch == '_') {
                    Ok(self.intern(s))
                } else {
                    self.new_str(s)
                }
            }
            Constant::Bytes(b) => self.new_bytes(b.clone()),
            Constant::Tuple(_) | Constant::FrozenSet(_) | Constant::Code(_) => {
                unreachable!("containers are made by `cached`")
            }
        }
    }
}

impl<C: Collector> Vm<C> {
    /// Compile-and-run helper: the code object for `code` parsed from
    /// source that runs now, its AST's references held until
    /// `release_arena(mark)`; returns the code (owned) and the mark.
    pub(crate) fn code_object_holding_ast(
        &mut self,
        code: Rc<CodeObject>,
    ) -> PyResult<(ObjRef, usize)> {
        let (obj, held) = self.code_object_with_arena(code, true)?;
        let mark = self.ast_arena.len();
        self.ast_arena.extend(held);
        Ok((obj, mark))
    }

    /// The source has run: its AST goes (CPython's `_PyArena_Free`).
    pub(crate) fn release_arena(&mut self, mark: usize) {
        let held = self.ast_arena.split_off(mark);
        self.decref_all(held.into_iter().rev());
    }
}
