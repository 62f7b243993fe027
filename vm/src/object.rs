//! Object layouts: how a Rust payload type becomes a heap object, and the
//! one place where a payload is read through an `ObjRef`.
//!
//! Every layout is a Rust struct implementing [`Payload`], with one static
//! [`TypeVTable`] whose `tag` is one of the [`Tag`] values. Mutable parts
//! of a payload sit in `Cell`/`RefCell`, so payloads are only ever borrowed
//! shared; a `RefCell` borrow is never held across a call back into the vm.

use ouro_gc_core::{ObjRef, TypeVTable, HEADER_SIZE, TAIL_WORD};
use std::cell::Cell;

/// The layouts the vm knows, stored in `TypeVTable::tag`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[repr(u32)]
pub enum Tag {
    Null = 0,
    None,
    NotImplemented,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    List,
    Tuple,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    Builtin,
    Method,
    Code,
    Module,
    Type,
    Instance,
    Exception,
    Cell,
    Iter,
    DictView,
    StaticMethod,
    ClassMethod,
    Property,
    Super,
    Frame,
    WeakRef,
    Member,
    GetSet,
    Generator,
    Bytearray,
    Complex,
    /// An asynchronous generator's awaitable (`types/asyncgen.rs`).
    AsyncGenOp,
    Traceback,
    /// `collections.deque` (`types/deque.rs`).
    Deque,
    /// `functools.partial` (`types/partial.rs`).
    Partial,
    /// `_random.Random` (`modules/mt19937.rs`).
    Random,
    /// An instance of a user subclass of a builtin type (`class L(list)`):
    /// the builtin layout followed by a class and a `__dict__`
    /// (`types/subclass.rs`). The vtable's tag word carries the builtin
    /// layout's tag above the low byte (`layout_tag`).
    Subclass,
}

/// Number of tags (the size of tables indexed by tag).
pub const TAG_COUNT: usize = Tag::Subclass as usize + 1;

/// The layouts `Tag::is_exact_builtin` answers for: each is one builtin
/// type's alone (`Vm::type_of` finds it in `tag_types`) and carries no
/// instance dict.
const EXACT_BUILTIN_TAGS: u64 = {
    let tags = [
        Tag::Bool,
        Tag::Int,
        Tag::Float,
        Tag::Complex,
        Tag::Str,
        Tag::Bytes,
        Tag::Bytearray,
        Tag::List,
        Tag::Tuple,
        Tag::Dict,
        Tag::Set,
        Tag::FrozenSet,
        Tag::Range,
        Tag::Deque,
    ];
    assert!(TAG_COUNT <= 64);
    let mut mask = 0u64;
    let mut i = 0;
    while i < tags.len() {
        mask |= 1 << tags[i] as u32;
        i += 1;
    }
    mask
};

impl Tag {
    /// Is this one of the layouts whose type is the tag's own and whose
    /// objects carry no instance dict (`Vm::exact_builtin_type`)?
    #[inline(always)]
    pub fn is_exact_builtin(self) -> bool {
        EXACT_BUILTIN_TAGS & (1 << self as u32) != 0
    }
}

/// A vtable's tag word: the layout's tag in the low byte and, for a
/// subclass layout, the builtin base layout's tag above it. (An instance
/// layout with `__slots__` keeps its slot count above the low byte:
/// `types::instance::slots_vtable`.)
pub const fn tag_word(tag: Tag, base: Option<Tag>) -> u32 {
    match base {
        Some(b) => tag as u32 | ((b as u32) << 8),
        None => tag as u32,
    }
}

impl Tag {
    #[inline]
    pub fn of(obj: ObjRef) -> Tag {
        Tag::from_word(obj.vtable().tag & 0xff)
    }

    #[inline]
    fn from_word(t: u32) -> Tag {
        debug_assert!((t as usize) < TAG_COUNT, "a tag word the vm never made");
        // SAFETY: every vtable the vm creates takes its tag word from
        // `tag_word` (or a `Tag` value), whose bytes are `Tag` values, and
        // callers pass one byte of it, so `t` is a valid discriminant.
        unsafe { std::mem::transmute::<u32, Tag>(t) }
    }
}

/// The builtin layout of `obj`: its tag, or for an instance of a subclass
/// of a builtin type, the base layout's tag (`Tag::List` for an instance
/// of `class L(list)`). Code that implements a builtin type's own
/// behaviour dispatches on this; code that must respect a subclass's
/// overrides dispatches on `tag()`, where such an instance is
/// `Tag::Subclass`.
#[inline]
pub fn layout_tag(obj: ObjRef) -> Tag {
    let w = obj.vtable().tag;
    match Tag::from_word(w & 0xff) {
        Tag::Subclass => Tag::from_word((w >> 8) & 0xff),
        t => t,
    }
}

/// A Rust type that is the payload of a heap object layout.
pub trait Payload: Sized + 'static {
    /// Does an object with this vtable carry a `Self` payload?
    fn matches(vt: &'static TypeVTable) -> bool;
}

/// Typed access to payloads.
pub trait ObjExt {
    fn tag(self) -> Tag;
    fn get<'a, T: Payload>(self) -> Option<&'a T>;
    fn is<T: Payload>(self) -> bool;
    /// The payload, when the caller already knows the layout (checked
    /// anyway: a wrong layout panics).
    fn payload<'a, T: Payload>(self) -> &'a T;
}

impl ObjExt for ObjRef {
    #[inline]
    fn tag(self) -> Tag {
        Tag::of(self)
    }

    #[inline]
    fn get<'a, T: Payload>(self) -> Option<&'a T> {
        if T::matches(self.vtable()) {
            // SAFETY: the vtable says this object was allocated with a `T`
            // payload (`Heap::alloc::<T>` with this vtable), which is
            // initialised and lives until the object is freed; callers keep
            // the object alive (they hold a reference to it) while they use
            // the payload, and all mutation goes through Cell/RefCell.
            Some(unsafe { &*(self.payload_ptr() as *const T) })
        } else {
            None
        }
    }

    #[inline]
    fn is<T: Payload>(self) -> bool {
        T::matches(self.vtable())
    }

    #[inline]
    fn payload<'a, T: Payload>(self) -> &'a T {
        // Checked in every build: the callers establish the layout (a tag
        // test, a receiver check), and a missed check must be a clean
        // internal error, never a misread of another layout.
        if !T::matches(self.vtable()) {
            wrong_layout(self);
        }
        // SAFETY: as in `get`; the vtable comparison above established that
        // the object carries a `T` payload.
        unsafe { &*(self.payload_ptr() as *const T) }
    }
}

/// The payload of an object reached through its own vtable (`traverse`,
/// `clear`, sizes): the vtable that dispatched here proves the layout, so
/// only debug builds check it.
#[inline]
pub fn vt_payload<'a, T: Payload>(o: ObjRef) -> &'a T {
    debug_assert!(T::matches(o.vtable()), "payload of {o:?}");
    // SAFETY: called only from functions of `T`'s own vtable, which the
    // collector reaches through this object's header, so the object was
    // allocated with a `T` payload and is alive while it is traversed.
    unsafe { &*(o.payload_ptr() as *const T) }
}

/// A payload followed by a tail of reference words (`Heap::try_alloc_tail`).
pub trait Tailed: Payload {
    /// The number of tail words, fixed when the object is allocated.
    fn tail_len(&self) -> usize;
}

/// A tail of slots that may be empty and change (an instance's
/// `__slots__`), allocated empty by `Vm::alloc_tail` and reached through
/// `tail_of`. How many there are is the layout's: one vtable per count.
pub trait SlotTail: Payload {
    /// The number of tail slots of every object of the layout `vt`
    /// (which `Self::matches`).
    fn slots_of(vt: &TypeVTable) -> usize;
}

/// A tail of references filled when the object is allocated and never
/// written again (a tuple's items), allocated by `Vm::alloc_items` and
/// reached through `items_of`.
pub trait ItemTail: Tailed {}

/// `TypeVTable::size` of a tailed layout.
pub fn tail_size<T: Tailed>(o: ObjRef) -> usize {
    HEADER_SIZE + std::mem::size_of::<T>() + TAIL_WORD * vt_payload::<T>(o).tail_len()
}

const _: () = assert!(std::mem::size_of::<Cell<Option<ObjRef>>>() == TAIL_WORD);

/// The tail slots of an object with a `T` payload (checked, as `payload`).
#[inline]
pub fn tail_of<'a, T: SlotTail>(o: ObjRef) -> &'a [Cell<Option<ObjRef>>] {
    const { assert!(std::mem::size_of::<T>().is_multiple_of(TAIL_WORD)) };
    o.payload::<T>();
    let n = T::slots_of(o.vtable());
    // SAFETY: an object whose vtable matches `T` (a `SlotTail`) is
    // allocated only by `Vm::alloc_tail`, which zeroes `slots_of(vtable)`
    // words after the payload (zero is `None`), and an object's vtable
    // never changes; the words are 8-aligned
    // (the payload size is a multiple of 8) and, being `Cell`s, are only
    // ever read and written through shared references while the caller
    // keeps the object alive.
    unsafe {
        std::slice::from_raw_parts(
            o.payload_ptr().add(std::mem::size_of::<T>()) as *const Cell<Option<ObjRef>>,
            n,
        )
    }
}

/// The items of an object with a `T` payload (checked, as `payload`).
#[inline]
pub fn items_of<'a, T: ItemTail>(o: ObjRef) -> &'a [ObjRef] {
    const { assert!(std::mem::size_of::<T>().is_multiple_of(TAIL_WORD)) };
    let n = o.payload::<T>().tail_len();
    // SAFETY: an object whose vtable matches `T` (an `ItemTail`) is
    // allocated only by `Vm::alloc_items`, which copies exactly
    // `tail_len()` handles after the payload (8-aligned: the payload size is
    // a multiple of 8); nothing writes them afterwards, so shared
    // references to them are sound while the caller keeps the object alive.
    unsafe {
        std::slice::from_raw_parts(
            o.payload_ptr().add(std::mem::size_of::<T>()) as *const ObjRef,
            n,
        )
    }
}

/// The two words that follow the builtin layout of an instance of a
/// subclass of a builtin type (`types/subclass.rs`): its class and its
/// `__dict__` (made when first needed).
#[repr(C)]
pub struct SubExt {
    pub class: Cell<Option<ObjRef>>,
    pub dict: Cell<Option<ObjRef>>,
}

/// The size of [`SubExt`], in tail words.
pub const SUB_EXT_WORDS: usize = 2;
const _: () = assert!(std::mem::size_of::<SubExt>() == SUB_EXT_WORDS * TAIL_WORD);

/// The class and dict words of an instance of a builtin subclass (checked:
/// any other object panics).
#[inline]
pub fn sub_ext<'a>(o: ObjRef) -> &'a SubExt {
    if o.tag() != Tag::Subclass {
        wrong_layout(o);
    }
    let size = (o.vtable().size)(o);
    // SAFETY: a `Tag::Subclass` vtable is made only by
    // `types::subclass::sub_vtable`, whose `size` is the base layout's size
    // plus `SUB_EXT_WORDS` words, and such objects are allocated only by
    // `Vm::alloc_sub`, which zeroes those last words (zero is `None`) and
    // keeps the base layout's size a multiple of 8, so the last 16 bytes of
    // the block are an aligned, initialised `SubExt`, only ever accessed
    // through `Cell`s while the caller keeps the object alive.
    unsafe {
        &*((o.as_ptr() as *const u8).add(size - std::mem::size_of::<SubExt>()) as *const SubExt)
    }
}

#[cold]
#[inline(never)]
fn wrong_layout(o: ObjRef) -> ! {
    panic!("payload of {o:?} read as another layout")
}

/// The block size of any object whose payload is a `T`.
pub fn layout_size<T>(_: ObjRef) -> usize {
    HEADER_SIZE + std::mem::size_of::<T>()
}

/// `drop_payload` for a `T` payload.
///
/// # Safety
/// `obj` carries a `T` payload, is unreachable and never used again.
pub unsafe fn layout_drop<T>(obj: ObjRef) {
    // SAFETY: the caller guarantees the payload is a live `T` that nobody
    // will read again, so it may be dropped in place exactly once.
    unsafe { std::ptr::drop_in_place(obj.payload_ptr() as *mut T) }
}

/// Implement [`Payload`] for a type with exactly one vtable.
#[macro_export]
macro_rules! payload {
    ($t:ty, $vt:expr) => {
        impl $crate::object::Payload for $t {
            #[inline]
            fn matches(vt: &'static ouro_gc_core::TypeVTable) -> bool {
                std::ptr::eq(vt, &$vt)
            }
        }
    };
    // A layout user classes may subclass: its objects also carry the
    // payload under the subclass vtable `$sub`.
    ($t:ty, $vt:expr, $sub:expr) => {
        impl $crate::object::Payload for $t {
            #[inline]
            fn matches(vt: &'static ouro_gc_core::TypeVTable) -> bool {
                std::ptr::eq(vt, &$vt) || std::ptr::eq(vt, &$sub)
            }
        }
    };
}

/// A vtable for an atom layout (no references, no buffers beyond `T`).
pub const fn atom_vtable<T>(name: &'static str, tag: Tag) -> TypeVTable {
    TypeVTable::atom(name, tag as u32, layout_size::<T>, layout_drop::<T>)
}

/// A vtable for a plain atom layout: an atom whose payload needs no drop,
/// allocated and freed without asking the vtable (`TypeVTable::plain_size`).
pub const fn plain_atom_vtable<T>(name: &'static str, tag: Tag) -> TypeVTable {
    const {
        assert!(
            !std::mem::needs_drop::<T>(),
            "a plain atom has nothing to drop"
        )
    };
    TypeVTable {
        plain_size: HEADER_SIZE + std::mem::size_of::<T>(),
        ..atom_vtable::<T>(name, tag)
    }
}

/// A payload that owns references, described once for its vtable.
pub trait Refs: Payload {
    /// Visit every owned reference (see `TypeVTable::traverse`).
    fn traverse(&self, visit: ouro_gc_core::Visit<'_>);
    /// Move every owned reference out, in CPython's release order.
    fn clear(&self, out: &mut Vec<ObjRef>);
    /// Move out the references a cycle collection breaks (`tp_clear`),
    /// leaving the object valid; by default none.
    fn gc_clear(&self, _out: &mut Vec<ObjRef>) {}
}

fn traverse_of<T: Refs>(o: ObjRef, visit: ouro_gc_core::Visit<'_>) {
    vt_payload::<T>(o).traverse(visit)
}
fn clear_of<T: Refs>(o: ObjRef, out: &mut Vec<ObjRef>) {
    vt_payload::<T>(o).clear(out)
}
fn gc_clear_of<T: Refs>(o: ObjRef, out: &mut Vec<ObjRef>) {
    vt_payload::<T>(o).gc_clear(out)
}
fn no_extra(_: ObjRef) -> usize {
    0
}

/// The vtable of a layout whose references are described by [`Refs`].
pub const fn refs_vtable<T: Refs>(name: &'static str, tag: Tag, is_container: bool) -> TypeVTable {
    TypeVTable {
        name,
        tag: tag as u32,
        size: layout_size::<T>,
        extra_size: no_extra,
        accounted_bytes: no_extra,
        traverse: traverse_of::<T>,
        clear: clear_of::<T>,
        gc_clear: gc_clear_of::<T>,
        drop_payload: layout_drop::<T>,
        is_container,
        tracking: ouro_gc_core::Tracking::Always,
        hidden: ouro_gc_core::vtable::never_hidden,
        plain_size: 0,
    }
}

/// Take the reference out of an optional slot (for `Refs::clear`).
pub fn take_opt(slot: &std::cell::Cell<Option<ObjRef>>, out: &mut Vec<ObjRef>) {
    out.extend(slot.take());
}

/// Is `obj` an exact int, float or str (`Runtime::dies_quietly`)? Those
/// own no references, have no `__del__` (a subclass instance has another
/// tag), are never tracked, and cannot be weakly referenced.
#[inline]
pub fn dies_quietly(obj: ObjRef) -> bool {
    matches!(obj.tag(), Tag::Int | Tag::Float | Tag::Str)
}

/// Does `obj`'s CPython deallocator go through the trashcan
/// (`Py_TRASHCAN_BEGIN`)? (See `Runtime::uses_trashcan`.)
pub fn uses_trashcan(obj: ObjRef) -> bool {
    match obj.tag() {
        Tag::List
        | Tag::Tuple
        | Tag::Set
        | Tag::FrozenSet
        | Tag::Instance
        | Tag::Subclass
        | Tag::Exception
        | Tag::Method
        | Tag::Builtin
        | Tag::Frame
        | Tag::Traceback => true,
        // (An instance's hidden attribute dict is CPython's inline
        // values, freed inside the instance's own deallocation.)
        Tag::Dict => !(obj.vtable().hidden)(obj),
        _ => false,
    }
}
