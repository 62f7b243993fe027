//! CPython 3.11's shared keys ("split tables") of instance dicts, modelled
//! for what a program can observe of them: the order in which an
//! instance's attributes are released.
//!
//! In CPython each class with a managed `__dict__` (every class whose
//! instances have a dict and whose base is not a variable-size or
//! dict-owning builtin) keeps one keys table shared by its instances'
//! dicts; an instance holds only its values, in the keys' order. So when
//! an instance dies (or its dict is cleared) its attributes are released
//! in the order the *class* first saw their names, not the order this
//! instance got them. A dict stops sharing (and from then on keeps its own
//! insertion order) when it is given a key that is not an exact `str`, or
//! a new name when the class's table is full: the table holds 30 names,
//! less one for each instance made while there is room (CPython's
//! `init_inline_values` shrinks `dk_usable` per new object). `popitem`
//! and `clear` end the sharing too; `copy` keeps it.
//!
//! A class's table lives here, out of the heap, named by a small id that
//! the class and its instances' dicts carry (`DictObject::shared_id`); the
//! table is freed with its class. A dict that outlives its class keeps
//! the id, which a later class may reuse: its release order may then be
//! another's, never anything unsafe (the names are only compared).

use crate::types::dictkeys::filter_bit;
use std::cell::{Cell, RefCell};

/// CPython's `SHARED_KEYS_MAX_SIZE`.
const MAX_SIZE: u8 = 30;

/// The largest id a dict can carry (see `DictObject`).
pub const MAX_ID: u32 = (1 << 22) - 1;

/// Do instances of a subclass of the builtin `base` get a managed dict in
/// CPython (the base has fixed-size instances and no dict of its own), so
/// that they share their class's keys? `int`, `tuple` and `bytes` are
/// variable-size; exceptions keep their own dict.
pub fn managed_base(base: &str) -> bool {
    matches!(
        base,
        "list" | "dict" | "set" | "frozenset" | "float" | "complex" | "str" | "bytearray"
    )
}

struct Table {
    /// The names in the order the class first saw them, each with its
    /// str hash (compared first: most names differ in it).
    names: Vec<(i64, Box<str>)>,
    usable: u8,
}

impl Table {
    /// Is `name` (whose str hash is `hash`) the table's `i`-th name?
    fn is_at(&self, i: usize, (hash, name): (i64, &str)) -> bool {
        self.names
            .get(i)
            .is_some_and(|(h, n)| *h == hash && **n == *name)
    }

    fn position(&self, (hash, name): (i64, &str)) -> Option<usize> {
        self.names
            .iter()
            .position(|(h, n)| *h == hash && **n == *name)
    }
}

#[derive(Default)]
struct Registry {
    tables: Vec<Option<Table>>,
    free: Vec<u32>,
}

thread_local! {
    static REGISTRY: RefCell<Registry> = RefCell::default();
    /// Bumped whenever a table gains a name: a class's cached count of
    /// names (`SharedKeys::names`) holds while this has not moved.
    static GROWN: Cell<u64> = const { Cell::new(0) };
}

/// A class's shared keys: the id of its table (0 until its first
/// instance), which is freed with the class, and whether the table's room
/// is down to one name, after which a new instance changes nothing.
#[derive(Default)]
pub struct SharedKeys {
    id: Cell<u32>,
    settled: Cell<bool>,
    /// Once settled: the table's count of names, while `GROWN` is still
    /// the first of the pair.
    names: Cell<(u64, usize)>,
    /// A filter of the table's names' hashes (one bit per name), while
    /// `GROWN` is still the first of the pair.
    filter: Cell<(u64, u64)>,
}

impl SharedKeys {
    /// A new instance of the class: make the table if needed and shrink
    /// its room by one while more than one name still fits (CPython's
    /// `init_inline_values`). Returns how many names the table has (0
    /// when no more ids can be made: the instance's dict then keeps
    /// insertion order).
    pub fn on_new_instance(&self) -> usize {
        let grown = GROWN.get();
        if self.settled.get() && self.names.get().0 == grown {
            return self.names.get().1;
        }
        REGISTRY.with(|r| {
            let mut r = r.borrow_mut();
            if self.settled.get() {
                let id = self.id.get() as usize;
                let n = r.tables[id - 1].as_ref().map_or(0, |t| t.names.len());
                self.names.set((grown, n));
                return n;
            }
            let mut id = self.id.get();
            if id == 0 {
                let table = Table {
                    names: Vec::new(),
                    usable: MAX_SIZE,
                };
                id = match r.free.pop() {
                    Some(id) => {
                        r.tables[id as usize - 1] = Some(table);
                        id
                    }
                    None if r.tables.len() < MAX_ID as usize => {
                        r.tables.push(Some(table));
                        r.tables.len() as u32
                    }
                    None => return 0,
                };
                self.id.set(id);
            }
            let Some(t) = r.tables[id as usize - 1].as_mut() else {
                return 0;
            };
            if t.usable > 1 {
                t.usable -= 1;
            }
            self.settled.set(t.usable <= 1);
            self.names.set((grown, t.names.len()));
            t.names.len()
        })
    }

    /// False when the table has no name of str hash `hash`.
    #[inline]
    pub fn may_hold(&self, hash: i64) -> bool {
        let (grown, bits) = self.filter.get();
        let bits = match grown == GROWN.get() {
            true => bits,
            false => self.refilter(),
        };
        bits & filter_bit(hash) != 0
    }

    /// Remake the filter of the table's names (`may_hold`).
    #[inline(never)]
    fn refilter(&self) -> u64 {
        let id = self.id.get();
        let bits = REGISTRY.with_borrow(|r| {
            let Some(Some(t)) = r.tables.get((id as usize).wrapping_sub(1)) else {
                return 0;
            };
            t.names.iter().fold(0, |b, &(h, _)| b | filter_bit(h))
        });
        self.filter.set((GROWN.get(), bits));
        bits
    }

    /// Is the table's room down to one name, so that a new instance
    /// changes nothing?
    pub fn settled(&self) -> bool {
        self.settled.get()
    }

    /// The id of the table (0 before the first instance).
    pub fn id(&self) -> u32 {
        self.id.get()
    }
}

impl Drop for SharedKeys {
    fn drop(&mut self) {
        let id = self.id.get();
        if id == 0 {
            return;
        }
        // (At thread exit the registry may already be gone: nothing to free.)
        let _ = REGISTRY.try_with(|r| {
            let mut r = r.borrow_mut();
            r.tables[id as usize - 1] = None;
            r.free.push(id);
        });
    }
}

/// A dict sharing table `id` was given a new key (`name` with its str
/// hash, when it is an exact str) as its entry `at`: does it still share,
/// and if so, is the name the table's `at`-th (see
/// `Keys::in_table_order`)? The name joins the table if there is room
/// (CPython's `insert_into_dictkeys`). (Most dicts get their names in the
/// table's order: the name at `at` is looked at first.)
pub fn admit(id: u32, name: Option<(i64, &str)>, at: usize) -> Option<bool> {
    let name = name?;
    REGISTRY.with(|r| {
        let mut r = r.borrow_mut();
        let Some(Some(t)) = r.tables.get_mut(id as usize - 1) else {
            return None;
        };
        if t.is_at(at, name) {
            return Some(true);
        }
        if t.position(name).is_some() {
            return Some(false);
        }
        if t.usable == 0 {
            return None;
        }
        t.usable -= 1;
        t.names.push((name.0, name.1.into()));
        GROWN.set(GROWN.get() + 1);
        Some(t.names.len() - 1 == at)
    })
}

/// The position of `name` (with its str hash) in table `id`, if there.
pub fn position(id: u32, name: (i64, &str)) -> Option<usize> {
    REGISTRY.with_borrow(|r| r.tables.get(id as usize - 1)?.as_ref()?.position(name))
}

/// Table `id`'s first `n` names (fewer if it has fewer).
pub fn names(id: u32, n: usize) -> Vec<Box<str>> {
    REGISTRY.with_borrow(|r| {
        let Some(Some(t)) = r.tables.get(id as usize - 1) else {
            return Vec::new();
        };
        t.names.iter().take(n).map(|(_, n)| n.clone()).collect()
    })
}

/// Sort `items` into table `id`'s order of names (`name_of` gives an
/// item's name and its str hash); a name the table lacks goes last, in its
/// given order. Items already in the table's order (the common case) are
/// left as they are without sorting.
pub fn sort_in_table_order<T>(
    id: u32,
    items: &mut [T],
    name_of: impl Fn(&T) -> Option<(i64, &str)>,
) {
    REGISTRY.with(|r| {
        let r = r.borrow();
        let Some(Some(t)) = r.tables.get(id as usize - 1) else {
            return;
        };
        let in_order = items
            .iter()
            .enumerate()
            .all(|(i, x)| name_of(x).is_some_and(|n| t.is_at(i, n)));
        if !in_order {
            items.sort_by_cached_key(|x| {
                name_of(x).and_then(|n| t.position(n)).unwrap_or(usize::MAX)
            });
        }
    })
}
