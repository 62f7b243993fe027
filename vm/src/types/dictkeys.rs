//! A dict's keys object: CPython 3.11's `PyDictKeysObject`, one buffer of
//! 8-byte words holding a small header, the index table (1, 2, 4 or 8
//! bytes per index, by size) and the dense entries. A table whose keys are
//! all strs keeps no hashes (a str caches its own), as CPython's "unicode"
//! keys do, so an entry is two words (key, value); otherwise three (hash,
//! key, value).
//!
//! ```text
//! word 0        used (u32) | entries so far (u32)
//! word 1        log2 of the index table's size (u8) | str-keys flag (u8)
//!               | index width in bytes (u8) | out-of-table-order flag (u8)
//!               | first entry word (u32)
//! indices       2^log2 indices of `index_width` bytes, padded to words:
//!               an entry number, EMPTY or DUMMY
//! entries       usable = 2/3 of the size, 2 or 3 words each; an entry
//!               whose key word is 0 was deleted (or is not yet used)
//! ```
//!
//! Handles are stored as words (`ObjRef::to_word`) and read back only
//! from entry words that were written from live handles the dict owns;
//! that is one unsafe step, in `handle`; the other is `KeysCell::in_place`,
//! which lends a dict's keys object where it lies.

use crate::object::ObjExt;
use crate::types::str::StrObject;
use ouro_gc_core::ObjRef;
use std::cell::Cell;

/// A dict's keys object (if it has one yet), in the cell its dict keeps it
/// in. `with` takes it out for the length of one operation and puts it
/// back (a dict reached again meanwhile, which it must not be, would see
/// no table), `in_place` lends it where it lies for one `Keys` method call,
/// without the two stores: for the hottest reads and value replacements.
#[derive(Default)]
pub struct KeysCell(Cell<Option<Keys>>);

impl KeysCell {
    /// Run `f` on the keys object (if any), taken out of the cell meanwhile.
    #[inline(always)]
    pub fn with<R>(&self, f: impl FnOnce(Option<&mut Keys>) -> R) -> R {
        let mut k = self.0.take();
        let r = f(k.as_mut());
        let stray = self.0.replace(k);
        debug_assert!(stray.is_none(), "a dict reached while its keys were out");
        r
    }

    /// Run `f`, one call of a `Keys` method, on the keys object (if any)
    /// where it lies. (`f` must be no more than that: see the SAFETY note.)
    #[inline(always)]
    pub fn in_place<R>(&self, f: impl FnOnce(Option<&mut Keys>) -> R) -> R {
        // SAFETY: the cell is one dict's, reached only through its
        // `&self` methods, single-threaded; the reference made here lives
        // for `f` alone, and every `f` the dict passes is one call of a
        // `Keys` method, which reads and writes the table's words (and
        // reads the strs its keys are) but runs no Python code and reaches
        // no dict, so no other reference to this cell's contents is made
        // while it lives. (Inside a `with`, the cell holds `None`: `f`
        // sees no table.)
        f(unsafe { (*self.0.as_ptr()).as_mut() })
    }

    pub fn take(&self) -> Option<Keys> {
        self.0.take()
    }

    pub fn set(&self, k: Option<Keys>) {
        self.0.set(k)
    }

    pub fn replace(&self, k: Option<Keys>) -> Option<Keys> {
        self.0.replace(k)
    }
}

/// Where a probe stopped (see `Keys::probe`).
pub enum Probe {
    At(usize),
    Absent(usize),
    /// Entry `n`'s key has the hash; is it equal?
    Compare(usize, ObjRef),
}

/// What an index slot holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Ix {
    Empty,
    /// A deleted entry was here (probing goes on past it).
    Dummy,
    At(usize),
}

/// The smallest table: 8 index slots, 5 usable entries.
pub const MIN_LOG2: u8 = 3;
/// Header words: counts, layout, and a filter of the keys' hashes.
const HEADER_WORDS: usize = 3;
/// The layout word's bit of `Keys::in_table_order` (clear: in order).
const OUT_OF_ORDER: u64 = 1 << 24;
/// The header word holding the filter (`Keys::may_hold`).
const FILTER_WORD: usize = 2;

/// The bit a key of `hash` sets in a table's filter (and a name in a
/// class's filter of its shared keys, `SharedKeys::may_hold`).
#[inline]
pub(crate) fn filter_bit(hash: i64) -> u64 {
    let h = hash as u64;
    1 << ((h ^ (h >> 32)) & 63)
}

pub struct Keys {
    words: Box<[u64]>,
}

/// A copy of the table as it is (CPython's `clone_combined_dict_keys`):
/// the same size, the same entries, deleted ones too. The copy's handles
/// are not counted: the caller counts them.
impl Clone for Keys {
    fn clone(&self) -> Keys {
        Keys {
            words: self.words.clone(),
        }
    }
}

/// CPython's USABLE_FRACTION: how many entries a table of `size` holds.
fn usable_of(size: usize) -> usize {
    (size << 1) / 3
}

fn index_width(log2: u8) -> usize {
    match log2 {
        0..=7 => 1,
        8..=15 => 2,
        16..=31 => 4,
        _ => 8,
    }
}

/// A handle stored in an entry word.
fn handle(w: u64) -> Option<ObjRef> {
    // SAFETY: entry words are 0 or were written by `set_entry` from a
    // handle the dict owns (a counted reference, or under marksweep one
    // reachable through the dict), so the object is alive while the dict
    // holds the word.
    (w != 0).then(|| unsafe { ObjRef::from_word(w) })
}

/// Emptied buffers of the smallest tables (CPython 3.11's `keys_free_list`
/// of `PyDict_MAXFREELIST` keys objects of the minimum size), so a dict
/// made and dropped in a loop does not go to the system allocator. Only
/// the buffer is reused: nothing a program sees.
struct SpareWords {
    /// Zeroed buffers, each of one of the two lengths (str keys or not).
    buffers: Vec<Box<[u64]>>,
}

/// How many spare buffers are kept (`PyDict_MAXFREELIST`).
const MAX_SPARE_WORDS: usize = 80;

impl SpareWords {
    /// A zeroed buffer of `len` words, if one is kept.
    fn take(&mut self, len: usize) -> Option<Box<[u64]>> {
        let at = self.buffers.iter().rposition(|b| b.len() == len)?;
        Some(self.buffers.swap_remove(at))
    }

    /// Keep `words` (zeroed here) if there is room.
    fn keep(&mut self, mut words: Box<[u64]>) {
        if self.buffers.len() < MAX_SPARE_WORDS {
            words.fill(0);
            self.buffers.push(words);
        }
    }
}

thread_local! {
    static SPARE_WORDS: std::cell::RefCell<SpareWords> =
        const { std::cell::RefCell::new(SpareWords { buffers: Vec::new() }) };
}

impl Drop for Keys {
    fn drop(&mut self) {
        if self.log2() == MIN_LOG2 {
            let words = std::mem::take(&mut self.words);
            // (At thread exit the spare list may already be gone.)
            let _ = SPARE_WORDS.try_with(|s| s.borrow_mut().keep(words));
        }
    }
}

/// A table's layout, decoded once for a whole probe.
#[derive(Clone, Copy)]
struct Layout {
    mask: usize,
    /// Bytes per index slot, and the mask of one slot's bits (all ones:
    /// empty; one less: dummy).
    width: usize,
    wmask: u64,
    str_keys: bool,
    entry_words: usize,
    /// The key's word within an entry (after the hash, if kept).
    key_at: usize,
    entries: usize,
}

impl Layout {
    /// The content of index slot `i`.
    #[inline(always)]
    fn slot(&self, words: &[u64], i: usize) -> u64 {
        let byte = i * self.width;
        (words[HEADER_WORDS + byte / 8] >> ((byte % 8) * 8)) & self.wmask
    }

    /// Where live entry `n` starts, and its key word.
    #[inline(always)]
    fn entry_key(&self, words: &[u64], n: usize) -> (usize, u64) {
        let at = self.entries + n * self.entry_words;
        (at, words[at + self.key_at])
    }

    /// The hash of the entry at `at` whose key word is `kw`.
    #[inline(always)]
    fn stored_hash(&self, words: &[u64], at: usize, kw: u64) -> i64 {
        if self.str_keys {
            str_hash(handle(kw).expect("a live entry"))
        } else {
            words[at] as i64
        }
    }
}

impl Keys {
    #[inline(always)]
    fn layout(&self) -> Layout {
        let width = self.width();
        let str_keys = self.str_keys();
        let (entry_words, key_at) = if str_keys { (2, 0) } else { (3, 1) };
        Layout {
            mask: self.mask(),
            width,
            wmask: width_mask(width),
            str_keys,
            entry_words,
            key_at,
            entries: self.entries_start(),
        }
    }

    /// An empty table of `2^log2` index slots.
    pub fn new(log2: u8, str_keys: bool) -> Keys {
        let size = 1usize << log2;
        let index_words = (size * index_width(log2)).div_ceil(8);
        let entry_words = usable_of(size) * if str_keys { 2 } else { 3 };
        let len = HEADER_WORDS + index_words + entry_words;
        let mut words = match log2 {
            MIN_LOG2 => SPARE_WORDS.with_borrow_mut(|spare| spare.take(len)),
            _ => None,
        }
        .unwrap_or_else(|| vec![0u64; len].into_boxed_slice());
        let entries = HEADER_WORDS + index_words;
        words[1] = log2 as u64
            | (str_keys as u64) << 8
            | (index_width(log2) as u64) << 16
            | (entries as u64) << 32;
        // EMPTY is all ones at every index width.
        words[HEADER_WORDS..HEADER_WORDS + index_words].fill(u64::MAX);
        Keys { words }
    }

    /// Bytes of the buffer (`getsizeof` and the heap limit count them).
    pub fn bytes(&self) -> usize {
        self.words.len() * 8
    }

    pub fn used(&self) -> usize {
        (self.words[0] & 0xffff_ffff) as usize
    }
    fn set_used(&mut self, n: usize) {
        self.words[0] = (self.words[0] & !0xffff_ffff) | n as u64;
    }
    /// Entry slots taken so far (live or deleted); new entries go at the end.
    pub fn nentries(&self) -> usize {
        (self.words[0] >> 32) as usize
    }
    pub fn log2(&self) -> u8 {
        self.words[1] as u8
    }
    pub fn mask(&self) -> usize {
        (1usize << self.log2()) - 1
    }
    pub fn usable(&self) -> usize {
        usable_of(1 << self.log2())
    }
    /// Is each entry's key at its own entry number in the shared keys of
    /// the class whose instance dict this is (see `sharedkeys`)? Cleared
    /// by the first that is not, and kept by a rebuild that moves no entry.
    /// (Meaningless for a dict that shares no keys.)
    pub fn in_table_order(&self) -> bool {
        self.words[1] & OUT_OF_ORDER == 0
    }
    pub fn set_out_of_order(&mut self) {
        self.words[1] |= OUT_OF_ORDER;
    }
    /// Are all keys strs (and no hashes kept)?
    pub fn str_keys(&self) -> bool {
        (self.words[1] >> 8) & 1 == 1
    }
    fn entry_words(&self) -> usize {
        if self.str_keys() {
            2
        } else {
            3
        }
    }
    #[inline]
    fn entries_start(&self) -> usize {
        (self.words[1] >> 32) as usize
    }
    #[inline]
    fn width(&self) -> usize {
        ((self.words[1] >> 16) & 0xff) as usize
    }

    #[inline]
    pub fn index(&self, i: usize) -> Ix {
        let w = self.width();
        let byte = i * w;
        let word = self.words[HEADER_WORDS + byte / 8];
        let bits = (word >> ((byte % 8) * 8)) & width_mask(w);
        if bits == width_mask(w) {
            Ix::Empty
        } else if bits == width_mask(w) - 1 {
            Ix::Dummy
        } else {
            Ix::At(bits as usize)
        }
    }

    pub fn set_index(&mut self, i: usize, ix: Ix) {
        let w = self.width();
        let m = width_mask(w);
        let bits = match ix {
            Ix::Empty => m,
            Ix::Dummy => m - 1,
            Ix::At(n) => n as u64,
        };
        let byte = i * w;
        let shift = (byte % 8) * 8;
        let word = &mut self.words[HEADER_WORDS + byte / 8];
        *word = (*word & !(m << shift)) | (bits << shift);
    }

    /// Go on along `key`'s probe sequence: from its first slot when `pos`
    /// is `None`, else from the slot after `pos` (left where this stops).
    /// Stops at the key itself (identical), at an empty slot (absent; the
    /// first dummy slot passed, kept in `free`, is where it would go), or
    /// at a stored key with an equal hash, which the caller compares.
    pub fn probe(
        &self,
        key: ObjRef,
        hash: i64,
        pos: &mut Option<usize>,
        perturb: &mut u64,
        free: &mut Option<usize>,
    ) -> Probe {
        let l = self.layout();
        let want = key.to_word();
        let words = &self.words[..];
        let mut p = *perturb;
        let mut i = match *pos {
            None => (hash as u64 as usize) & l.mask,
            Some(i) => super::dict::next_probe(i, &mut p, l.mask),
        };
        let found = loop {
            let ix = l.slot(words, i);
            if ix == l.wmask {
                break Probe::Absent(free.unwrap_or(i));
            }
            if ix == l.wmask - 1 {
                free.get_or_insert(i);
            } else {
                let n = ix as usize;
                let (at, kw) = l.entry_key(words, n);
                if kw == want {
                    break Probe::At(n);
                }
                if l.stored_hash(words, at, kw) == hash {
                    break Probe::Compare(n, handle(kw).expect("a live entry"));
                }
            }
            i = super::dict::next_probe(i, &mut p, l.mask);
        };
        (*pos, *perturb) = (Some(i), p);
        found
    }

    /// The value of the exact str `key` (hash `hash`, text `text`) when
    /// finding it compares only exact strs (no code runs): `Some(None)`
    /// when absent, None when a stored key of its hash is another kind of
    /// object. `probe` specialised for the commonest lookup, `d["name"]`.
    #[inline(always)]
    pub fn find_exact_str(&self, key: ObjRef, hash: i64, text: &str) -> Option<Option<ObjRef>> {
        // The commonest case first, inline: the first slot probed holds
        // the key itself (an interned name, a literal key).
        let l = self.layout();
        let words = &self.words[..];
        let ix = l.slot(words, (hash as u64 as usize) & l.mask);
        if ix < l.wmask - 1 {
            let (at, kw) = l.entry_key(words, ix as usize);
            if kw == key.to_word() {
                return Some(handle(words[at + l.entry_words - 1]));
            }
        }
        self.find_exact_str_probing(key, hash, text)
    }

    /// `find_exact_str` past its first probe.
    #[inline(never)]
    fn find_exact_str_probing(&self, key: ObjRef, hash: i64, text: &str) -> Option<Option<ObjRef>> {
        Some(match self.probe_exact_str(key, hash, text)? {
            Ok(at) => handle(self.words[at]),
            Err(_) => None,
        })
    }

    /// Where the index slot an absent exact str `key` (hash `hash`, text
    /// `text`) would take is, when finding that out compares only exact
    /// strs: None when it is present or a stored key of its hash is another
    /// kind of object (the general insert decides then).
    #[inline]
    pub fn absent_str_slot(&self, key: ObjRef, hash: i64, text: &str) -> Option<usize> {
        self.probe_exact_str(key, hash, text)?.err()
    }

    /// The probe of `find_exact_str` and `absent_str_slot`: `Ok(value
    /// word)` of the key's entry, or `Err(slot)` where it would go (the
    /// first dummy slot passed, else the empty one that ended the probe).
    #[inline(always)]
    fn probe_exact_str(&self, key: ObjRef, hash: i64, text: &str) -> Option<Result<usize, usize>> {
        let l = self.layout();
        let want = key.to_word();
        let words = &self.words[..];
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & l.mask;
        let mut free = None;
        loop {
            let ix = l.slot(words, i);
            if ix == l.wmask {
                return Some(Err(free.unwrap_or(i)));
            }
            if ix == l.wmask - 1 {
                free.get_or_insert(i);
            } else {
                let (at, kw) = l.entry_key(words, ix as usize);
                let value_at = at + l.entry_words - 1;
                if kw == want {
                    return Some(Ok(value_at));
                }
                if l.stored_hash(words, at, kw) == hash {
                    let stored = handle(kw).expect("a live entry");
                    if stored.tag() != crate::object::Tag::Str {
                        return None;
                    }
                    if *stored.payload::<StrObject>().s == *text {
                        return Some(Ok(value_at));
                    }
                }
            }
            i = super::dict::next_probe(i, &mut perturb, l.mask);
        }
    }

    /// The value of live entry `n`.
    #[inline]
    pub fn value(&self, n: usize) -> Option<ObjRef> {
        let at = self.entries_start() + n * self.entry_words();
        handle(*self.words.get(at + self.entry_words() - 1)?)
    }

    /// The value of entry `n` if its key is `key` itself (the check of an
    /// inline cache that remembered the entry).
    #[inline]
    pub fn value_if_key(&self, n: usize, key: ObjRef) -> Option<ObjRef> {
        let at = self.value_word_if_key(n, key)?;
        handle(self.words[at])
    }

    /// The index of entry `n`'s value word if the entry's key is `key`
    /// itself (the header decoded once, one bounds check for the entry:
    /// the path of every attribute read and write through a cache).
    #[inline(always)]
    fn value_word_if_key(&self, n: usize, key: ObjRef) -> Option<usize> {
        let (w0, w1) = (self.words[0], self.words[1]);
        if n >= (w0 >> 32) as usize {
            return None;
        }
        let str_keys = (w1 >> 8) & 1 == 1;
        let words = 3 - usize::from(str_keys);
        let at = (w1 >> 32) as usize + n * words;
        let entry = self.words.get(at..at + words)?;
        let key_word = if str_keys { entry[0] } else { entry[1] };
        (key_word == key.to_word()).then_some(at + words - 1)
    }

    /// Entry `n`: (hash, key, value), or `None` if deleted or unused.
    pub fn entry(&self, n: usize) -> Option<(i64, ObjRef, ObjRef)> {
        if n >= self.nentries() {
            return None;
        }
        let at = self.entries_start() + n * self.entry_words();
        if self.str_keys() {
            let key = handle(self.words[at])?;
            let value = handle(self.words[at + 1]).expect("a live entry has a value");
            Some((str_hash(key), key, value))
        } else {
            let key = handle(self.words[at + 1])?;
            let value = handle(self.words[at + 2]).expect("a live entry has a value");
            Some((self.words[at] as i64, key, value))
        }
    }

    /// The first live entry at or after entry `n`: its number, key and
    /// value (an iterator's step: no hash, the header decoded once).
    pub fn next_live(&self, n: usize) -> Option<(usize, ObjRef, ObjRef)> {
        self.live_from(n)
            .next()
            .map(|(i, _, key, value)| (i, key, value))
    }

    fn set_entry(&mut self, n: usize, hash: i64, key: Option<ObjRef>, value: Option<ObjRef>) {
        let at = self.entries_start() + n * self.entry_words();
        let (k, v) = (
            key.map_or(0, ObjRef::to_word),
            value.map_or(0, ObjRef::to_word),
        );
        if self.str_keys() {
            self.words[at] = k;
            self.words[at + 1] = v;
        } else {
            self.words[at] = hash as u64;
            self.words[at + 1] = k;
            self.words[at + 2] = v;
        }
    }

    /// Replace the value of entry `n` if its key is `key` itself (one
    /// look at the entry, for a store through a cached index): the old
    /// value, or `value` given back.
    #[inline]
    pub fn replace_if_key(
        &mut self,
        n: usize,
        key: ObjRef,
        value: ObjRef,
    ) -> Result<ObjRef, ObjRef> {
        let Some(at) = self.value_word_if_key(n, key) else {
            return Err(value);
        };
        match handle(self.words[at]) {
            Some(old) => {
                self.words[at] = value.to_word();
                Ok(old)
            }
            None => Err(value),
        }
    }

    /// Replace the value of live entry `n`, returning the old one.
    pub fn replace_value(&mut self, n: usize, value: ObjRef) -> ObjRef {
        let at = self.entries_start() + (n + 1) * self.entry_words() - 1;
        let old = std::mem::replace(&mut self.words[at], value.to_word());
        handle(old).expect("live entry")
    }

    /// Is there room for one more entry without a resize?
    pub fn has_room(&self) -> bool {
        self.nentries() < self.usable()
    }

    /// Can this table take `key` as it is (a non-str key needs hashes)?
    pub fn accepts(&self, key: ObjRef) -> bool {
        // Exactly str, as CPython's unicode-keys tables (a subclass may
        // define its own `__eq__` and `__hash__`).
        !self.str_keys() || key.tag() == crate::object::Tag::Str
    }

    /// False when no key with this hash was ever added to this table (one
    /// bit per key, kept until the table is rebuilt): a lookup that misses
    /// is answered without probing.
    #[inline]
    pub fn may_hold(&self, hash: i64) -> bool {
        self.words[FILTER_WORD] & filter_bit(hash) != 0
    }

    /// Append a new entry and point the index slot `slot` at it (the caller
    /// found `slot` by probing; `has_room` and `accepts` hold).
    #[inline]
    pub fn push(&mut self, slot: usize, hash: i64, key: ObjRef, value: ObjRef) {
        let l = self.layout();
        let counts = self.words[0];
        let n = (counts >> 32) as usize;
        let at = l.entries + n * l.entry_words;
        if !l.str_keys {
            self.words[at] = hash as u64;
        }
        self.words[at + l.key_at] = key.to_word();
        self.words[at + l.key_at + 1] = value.to_word();
        // One more entry slot taken and one more live entry (the live
        // count, in the low half, is below the slots taken: no carry).
        self.words[0] = counts + (1 << 32) + 1;
        self.words[FILTER_WORD] |= filter_bit(hash);
        self.set_index(slot, Ix::At(n));
    }

    /// Delete entry `n` (found at index slot `slot`), returning it.
    pub fn remove(&mut self, slot: usize, n: usize) -> (i64, ObjRef, ObjRef) {
        let e = self.entry(n).expect("live entry");
        self.set_entry(n, 0, None, None);
        self.set_index(slot, Ix::Dummy);
        self.set_used(self.used() - 1);
        e
    }

    /// The first EMPTY or DUMMY index slot on `hash`'s probe sequence.
    pub fn free_slot(&self, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while let Ix::At(_) = self.index(i) {
            i = super::dict::next_probe(i, &mut perturb, mask);
        }
        i
    }

    /// The index slot that points at entry `n` (whose hash is `hash`).
    pub fn slot_of(&self, n: usize, hash: i64) -> usize {
        let mask = self.mask();
        let mut perturb = hash as u64;
        let mut i = (hash as u64 as usize) & mask;
        while self.index(i) != Ix::At(n) {
            i = super::dict::next_probe(i, &mut perturb, mask);
        }
        i
    }

    /// The live entries in order.
    pub fn live(&self) -> impl Iterator<Item = (i64, ObjRef, ObjRef)> + '_ {
        let l = self.layout();
        self.live_pairs().map(move |(at, key, value)| {
            let hash = match l.str_keys {
                true => str_hash(key),
                false => self.words[at] as i64,
            };
            (hash, key, value)
        })
    }

    /// The live entries in order as (entry word, key, value), the table's
    /// layout decoded once for the walk.
    #[inline]
    fn live_pairs(&self) -> impl Iterator<Item = (usize, ObjRef, ObjRef)> + '_ {
        self.live_from(0)
            .map(|(_, at, key, value)| (at, key, value))
    }

    /// The live entries from entry `n` on as (entry number, entry word,
    /// key, value), the table's layout decoded once for the walk.
    #[inline]
    fn live_from(&self, n: usize) -> impl Iterator<Item = (usize, usize, ObjRef, ObjRef)> + '_ {
        let l = self.layout();
        let words = &self.words[..];
        (n..self.nentries()).filter_map(move |n| {
            let at = l.entries + n * l.entry_words;
            let key = handle(words[at + l.key_at])?;
            let value = handle(words[at + l.key_at + 1]).expect("a live entry has a value");
            Some((n, at, key, value))
        })
    }

    /// The live entries' keys and values in order (no hashes).
    #[inline]
    pub fn live_items(&self) -> impl Iterator<Item = (ObjRef, ObjRef)> + '_ {
        self.live_pairs().map(|(_, key, value)| (key, value))
    }

    /// A new table of `2^log2` slots holding this one's live entries,
    /// compacted; `str_keys` false converts to a table with hashes.
    pub fn rebuilt(&self, log2: u8, str_keys: bool) -> Keys {
        let mut k = Keys::new(log2, str_keys);
        for (hash, key, value) in self.live() {
            let slot = k.free_slot(hash);
            k.push(slot, hash, key, value);
        }
        if !self.in_table_order() || self.used() != self.nentries() {
            k.set_out_of_order();
        }
        k
    }
}

fn width_mask(w: usize) -> u64 {
    if w == 8 {
        u64::MAX
    } else {
        (1u64 << (w * 8)) - 1
    }
}

/// A str key's hash (cached in the str object).
pub(crate) fn str_hash(key: ObjRef) -> i64 {
    key.get::<StrObject>()
        .expect("a str-keys table holds strs")
        .hash()
}

/// The log2 of the smallest table that holds `n` entries with room to
/// grow (CPython's `calculate_log2_keysize` of `GROWTH_RATE`).
pub fn log2_for(n: usize) -> u8 {
    let mut log2 = MIN_LOG2;
    while usable_of(1usize << log2) < n.max(1) {
        log2 += 1;
    }
    log2
}

/// CPython's `estimate_log2_keysize(n)`: the table `dict_merge` makes at
/// once for `n` entries (`calculate_log2_keysize((n * 3 + 1) / 2)`, whose
/// bit trick gives 16 slots, not 8, for fewer than 6 of them).
pub fn log2_estimate(n: usize) -> u8 {
    let min = 1usize << MIN_LOG2;
    let m = ((n * 3).div_ceil(2) | min) - 1;
    (usize::BITS - (m | (min - 1)).leading_zeros()) as u8
}

/// The log2 of a table to grow into when one with `used` live entries is
/// full: CPython 3.11 sizes for `used * 3`.
pub fn log2_grown(used: usize) -> u8 {
    let mut log2 = MIN_LOG2;
    while (1usize << log2) < used * 3 {
        log2 += 1;
    }
    log2
}
