//! Code objects on the heap: the compiler's `CodeObject` plus its constants
//! (a `co_consts` tuple, `constants.rs`) and interned names.

use crate::object::{Refs, Tag};
use crate::payload;
use ouro_compiler::CodeObject;
use ouro_gc_core::{ObjRef, TypeVTable, Visit};
use std::cell::Cell;
use std::rc::Rc;

/// How many classes one attribute site remembers (`CodeObj::attr_guard`).
const ATTR_WAYS: usize = 4;

/// What one attribute site remembers of one class: for instances of the
/// class at `class` while `TYPE_DICT_EPOCH` is `epoch`, `obj.name` is the
/// instance dict's entry (`slot` 0) or the `__slots__` value
/// `tail[len - slot]` (`MemberObject::from_end`).
#[derive(Clone, Copy, PartialEq, Eq)]
pub struct AttrGuard {
    pub class: usize,
    pub epoch: u64,
    pub slot: usize,
    /// For the instance dict: the name's position in the class's shared
    /// keys, plus one (0: not known yet), which is where an instance's
    /// inline values keep it (`ValuesInstance`).
    pub vix: u32,
}

/// What a `LoadMethod` site remembers: for instances of the class at
/// `class` while `TYPE_DICT_EPOCH` is `epoch`, the class gives the plain
/// method `func` (borrowed: a class dict holds it while no class dict
/// changes). The instance dict is still asked each time.
#[derive(Clone, Copy)]
pub struct MethodGuard {
    pub class: usize,
    pub epoch: u64,
    pub func: Option<ObjRef>,
}

/// One attribute site's remembered classes.
type AttrWays = [Cell<AttrGuard>; ATTR_WAYS];

pub struct CodeObj {
    pub code: Rc<CodeObject>,
    /// What a call asks of the code, copied here from `code` (read on
    /// every call: one load less than through the `Rc`).
    pub shape: CallShape,
    /// `co_consts` (owned): a tuple, never replaced.
    consts: ObjRef,
    names: Cell<Box<[ObjRef]>>,
    /// `LoadGlobal`'s inline caches, one per name.
    global_cache: Box<[Cell<GlobalCache>]>,
    /// `LoadAttr`'s and `StoreAttr`'s inline caches, one per name: the
    /// index of the attribute's entry in the instance dict it was last
    /// found in (instances of one class share their dicts' key order).
    attr_hint: Box<[Cell<usize>]>,
    /// Per name, for `LoadAttr` and for `StoreAttr`: classes (by address,
    /// up to `ATTR_WAYS` of them, placed by address) and the
    /// `TYPE_DICT_EPOCH` for which `obj.name` on an instance of that class
    /// was found to be a plain instance-dict or `__slots__` access, so the
    /// class need not be asked again while no class dict changed. (One
    /// site often sees instances of several subclasses.)
    attr_guard: Box<[[AttrWays; 2]]>,
    /// `LoadMethod`'s inline caches, one per name.
    method_guard: Box<[Cell<MethodGuard>]>,
    /// Objects made on first use and kept (owned), as CPython's code object
    /// holds them: `co_qualname` (which functions made from the code share)
    /// and the `co_names` tuple.
    kept: Cell<[Option<ObjRef>; KEPT]>,
}

/// The facts about a code object a call needs (`CodeObj::shape`).
#[derive(Debug, Clone, Copy)]
pub struct CallShape {
    /// Positional parameters (`co_argcount`).
    pub argcount: u32,
    /// Fast locals (`co_nlocals`).
    pub nlocals: u32,
    /// The value stack's most.
    pub max_stack: u32,
    /// Only positional parameters: no `*args`, `**kwargs` or keyword-only
    /// ones.
    pub positional_only: bool,
    /// A call makes a generator or coroutine (`CodeFlags::resumable`).
    pub resumable: bool,
    /// Has cell or free variables.
    pub has_cells: bool,
}

impl CallShape {
    fn of(code: &CodeObject) -> CallShape {
        CallShape {
            argcount: code.argcount,
            nlocals: code.varnames.len() as u32,
            max_stack: code.max_stack,
            positional_only: !code.flags.varargs
                && !code.flags.varkeywords
                && code.kwonlyargcount == 0,
            resumable: code.flags.resumable(),
            has_cells: !code.cellvars.is_empty() || !code.freevars.is_empty(),
        }
    }
}

/// `CodeObj::kept`'s slots.
pub const KEPT_QUALNAME: usize = 0;
pub const KEPT_NAMES: usize = 1;
const KEPT: usize = 2;

/// Where `LoadGlobal` of one name found it last (CPython 3.11's
/// `LOAD_GLOBAL_MODULE` and `LOAD_GLOBAL_BUILTIN`): the index of its entry
/// in the globals dict; or, when the globals dict at `globals` and
/// `version` did not have it, the index of its entry in the builtins dict.
/// An entry is trusted only while its key is still the name itself, so a
/// hit is always what a lookup would find.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub index: usize,
    pub in_builtins: bool,
    pub globals: usize,
    pub version: u64,
}

impl CodeObj {
    /// `consts` (owned) must be a tuple.
    pub fn new(code: Rc<CodeObject>, consts: ObjRef, names: Box<[ObjRef]>) -> CodeObj {
        assert!(
            crate::types::tuple::tuple_items(consts).is_some(),
            "co_consts is a tuple"
        );
        // (What `CodeRef` relies on to fetch without a bounds check.)
        assert!(
            code.control_stays_inside(),
            "control leaves the instructions of {}",
            code.qualname
        );
        let global_cache = names
            .iter()
            .map(|_| Cell::new(GlobalCache::default()))
            .collect();
        let attr_hint = names.iter().map(|_| Cell::new(0)).collect();
        let attr_guard = names
            .iter()
            .map(|_| {
                std::array::from_fn(|_| {
                    std::array::from_fn(|_| {
                        Cell::new(AttrGuard {
                            class: 0,
                            epoch: u64::MAX,
                            slot: 0,
                            vix: 0,
                        })
                    })
                })
            })
            .collect();
        let method_guard = names
            .iter()
            .map(|_| {
                Cell::new(MethodGuard {
                    class: 0,
                    epoch: u64::MAX,
                    func: None,
                })
            })
            .collect();
        CodeObj {
            shape: CallShape::of(&code),
            code,
            consts,
            names: Cell::new(names),
            global_cache,
            attr_hint,
            attr_guard,
            method_guard,
            kept: Cell::new([None; KEPT]),
        }
    }

    /// The object kept in slot `i` (borrowed), if made.
    pub fn kept(&self, i: usize) -> Option<ObjRef> {
        self.kept.get()[i]
    }

    /// Keep `o` (owned) in the empty slot `i`.
    pub fn keep(&self, i: usize, o: ObjRef) {
        let mut k = self.kept.get();
        debug_assert!(k[i].is_none());
        k[i] = Some(o);
        self.kept.set(k);
    }

    #[inline]
    pub fn consts(&self) -> &[ObjRef] {
        crate::object::items_of::<crate::types::tuple::TupleObject>(self.consts)
    }

    /// The `co_consts` tuple (borrowed).
    pub fn consts_tuple(&self) -> ObjRef {
        self.consts
    }

    #[inline]
    pub fn names(&self) -> &[ObjRef] {
        // SAFETY: as for `consts`.
        unsafe { &*self.names.as_ptr() }
    }
}

impl CodeObj {
    /// The inline cache of `LoadGlobal` of name `i`.
    #[inline]
    pub fn global_cache(&self, i: usize) -> &Cell<GlobalCache> {
        &self.global_cache[i]
    }

    /// The inline cache of `LoadMethod` of name `i`.
    #[inline]
    pub fn method_guard(&self, i: usize) -> &Cell<MethodGuard> {
        &self.method_guard[i]
    }

    /// The inline cache of `LoadAttr` and `StoreAttr` of name `i`.
    #[inline]
    pub fn attr_hint(&self, i: usize) -> &Cell<usize> {
        &self.attr_hint[i]
    }

    /// The guard of `LoadAttr` (`storing` false) or `StoreAttr` of name
    /// `i` for instances of the class at address `class`.
    #[inline]
    pub fn attr_ways(&self, i: usize, storing: bool) -> &[Cell<AttrGuard>; ATTR_WAYS] {
        &self.attr_guard[i][usize::from(storing)]
    }

    /// The one of `attr_ways` where the class at address `class` is
    /// looked for first.
    #[inline]
    pub fn attr_guard(&self, i: usize, storing: bool, class: usize) -> &Cell<AttrGuard> {
        let way = ((class >> 4) ^ (class >> 10)) % ATTR_WAYS;
        &self.attr_guard[i][usize::from(storing)][way]
    }
}

impl Refs for CodeObj {
    fn traverse(&self, visit: Visit<'_>) {
        visit(self.consts);
        for &c in self.names() {
            visit(c);
        }
        for o in self.kept.get().into_iter().flatten() {
            visit(o);
        }
    }
    /// The tuple goes (the object is dying; `consts` is not read again).
    fn clear(&self, out: &mut Vec<ObjRef>) {
        out.push(self.consts);
        out.extend(self.names.take().iter());
        out.extend(self.kept.take().into_iter().flatten());
    }
}
pub static CODE_VT: TypeVTable = crate::object::refs_vtable::<CodeObj>("code", Tag::Code, false);
payload!(CodeObj, CODE_VT);
