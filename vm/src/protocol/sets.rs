//! Set algebra as CPython 3.11's `setobject.c` does it: a key that comes
//! from a set (or an exact dict) travels with the hash stored beside it,
//! so `__hash__` runs once per key ever put into a table, never again for
//! `|`, `&`, `-`, `^`, comparisons or the in-place forms; an operand that
//! is only iterable is iterated lazily, each item hashed once. Which
//! operand is iterated, and which looked up, follows CPython's choices
//! (the smaller set for `&`; copy-then-discard for `-` with a much smaller
//! or non-set operand), so the `__eq__` calls a program can see are the
//! same.

use crate::object::{layout_tag, ObjExt, Tag};
use crate::types::dict::{dict_of, Found as DictFound};
use crate::types::set::{set_of, Found as SetFound};
use crate::vm::{Held, PyResult, Vm};
use ouro_compiler::bytecode::{BinOp, CmpOp};
use ouro_gc_core::{Collector, ObjRef};

/// Is `o` an exact dict (`PyDict_CheckExact`)? A subclass is iterated.
fn exact_dict(o: ObjRef) -> bool {
    o.tag() == Tag::Dict
}

/// The set type a result of an operation on `s` has: frozenset for a
/// frozenset (or a subclass of it), set otherwise (`make_new_set_basetype`).
fn frozen_like(s: ObjRef) -> bool {
    layout_tag(s) == Tag::FrozenSet
}

impl<C: Collector> Vm<C> {
    /// Where `key` (hash `h`) is in the set, or would go.
    fn set_lookup(&mut self, s: ObjRef, key: ObjRef, h: i64) -> PyResult<SetFound> {
        let set = set_of(s).expect("set");
        set.find(key, h, &mut |k| self.key_eq(k, key))
    }

    /// CPython's `set_add_entry`: add `key` (borrowed), whose hash is `h`.
    pub(crate) fn set_add_entry(&mut self, s: ObjRef, key: ObjRef, h: i64) -> PyResult<()> {
        // `set_add_entry` holds the new key while it compares it with the
        // keys already there (an `__eq__` sees that reference).
        let found = if crate::protocol::ops::is_user(key) {
            self.holding_args_tuple(&[key], |vm| vm.set_lookup(s, key, h))?
        } else {
            self.set_lookup(s, key, h)?
        };
        if let SetFound::Absent(slot, dummy) = found {
            let set = set_of(s).expect("set");
            // (Only a resize changes what the table counts.)
            if set.insert_at((slot, dummy), h, self.incref(key)) {
                return self.sync_account(s);
            }
        }
        Ok(())
    }

    /// Add `key` (borrowed) to a set.
    pub fn set_add(&mut self, s: ObjRef, key: ObjRef) -> PyResult<()> {
        let h = self.hash(key)?;
        self.set_add_entry(s, key, h)
    }

    /// CPython's `set_contains_entry`.
    pub(crate) fn set_contains_entry(&mut self, s: ObjRef, key: ObjRef, h: i64) -> PyResult<bool> {
        Ok(matches!(self.set_lookup(s, key, h)?, SetFound::At(_)))
    }

    pub fn set_contains(&mut self, s: ObjRef, key: ObjRef) -> PyResult<bool> {
        let h = self.hash(key)?;
        self.set_contains_entry(s, key, h)
    }

    /// CPython's `set_discard_entry`: remove `key`; false if absent.
    pub(crate) fn set_discard_entry(&mut self, s: ObjRef, key: ObjRef, h: i64) -> PyResult<bool> {
        match self.set_lookup(s, key, h)? {
            SetFound::At(slot) => {
                let k = set_of(s).expect("set").remove_at(slot);
                self.decref(k);
                Ok(true)
            }
            SetFound::Absent(..) => Ok(false),
        }
    }

    /// Remove `key`; false if absent.
    pub fn set_discard(&mut self, s: ObjRef, key: ObjRef) -> PyResult<bool> {
        let h = self.hash(key)?;
        self.set_discard_entry(s, key, h)
    }

    /// `s.clear()`: the table emptied first, then its keys released in
    /// table order (`set_clear_internal`).
    pub(crate) fn set_clear(&mut self, s: ObjRef) -> PyResult<()> {
        let old = set_of(s).expect("set").take_all();
        let synced = self.sync_account(s);
        self.decref_all(old);
        synced
    }

    /// Run `f` over the (hash, key) entries of the set `s` in table order,
    /// each key held meanwhile (code `f` runs may mutate the set).
    fn with_set_entries<R: Held>(
        &mut self,
        s: ObjRef,
        f: impl FnOnce(&mut Self, &[(i64, ObjRef)]) -> R,
    ) -> R {
        let entries = set_of(s).expect("set").entries();
        let keys = entries.iter().map(|&(_, k)| k).collect();
        self.with_owned(keys, |vm, _| f(vm, &entries))
    }

    /// The same over the (hash, key) entries of an exact dict.
    fn with_dict_keys<R: Held>(
        &mut self,
        d: ObjRef,
        f: impl FnOnce(&mut Self, &[(i64, ObjRef)]) -> R,
    ) -> R {
        let entries: Vec<(i64, ObjRef)> = dict_of(d)
            .expect("dict")
            .snapshot()
            .iter()
            .map(|e| (e.hash, e.key))
            .collect();
        let keys = entries.iter().map(|&(_, k)| k).collect();
        self.with_owned(keys, |vm, _| f(vm, &entries))
    }

    /// `key in d` for an exact dict, the hash known
    /// (`_PyDict_Contains_KnownHash`).
    fn dict_contains_entry(&mut self, d: ObjRef, key: ObjRef, h: i64) -> PyResult<bool> {
        let dict = dict_of(d).expect("dict");
        if !dict.may_hold(h) {
            return Ok(false);
        }
        let found = dict.find(key, h, &mut |k| self.key_eq(k, key))?;
        Ok(matches!(found, DictFound::At(ix) if dict_of(d).expect("dict").value(ix).is_some()))
    }

    /// `s.update(it)` (`set_update_internal`): a set merges with its
    /// stored hashes (CPython's `set_merge`, whose table order this
    /// matches), an exact dict gives its keys with theirs, anything else
    /// is iterated and each item hashed.
    pub fn set_update(&mut self, s: ObjRef, it: ObjRef) -> PyResult<()> {
        if let Some(other) = set_of(it) {
            if s == it || other.is_empty() {
                return Ok(());
            }
            let target = set_of(s).expect("set");
            if target.merge_into_empty(other) {
                for k in other.keys() {
                    self.incref(k);
                }
                return self.sync_account(s);
            }
            target.reserve_for_merge(other.len());
            self.sync_account(s)?;
            return self.with_set_entries(it, |vm, entries| {
                entries
                    .iter()
                    .try_for_each(|&(h, k)| vm.set_add_entry(s, k, h))
            });
        }
        if exact_dict(it) {
            let n = dict_of(it).expect("dict").len();
            set_of(s).expect("set").reserve_for_merge(n);
            self.sync_account(s)?;
            return self.with_dict_keys(it, |vm, entries| {
                entries
                    .iter()
                    .try_for_each(|&(h, k)| vm.set_add_entry(s, k, h))
            });
        }
        self.for_each_item(it, |vm, x| vm.set_add(s, x).map(|()| true))
    }

    /// A new set (or frozenset) with the items of `it` (`make_new_set`).
    pub fn set_from(&mut self, it: ObjRef, frozen: bool) -> PyResult<ObjRef> {
        let s = self.new_set(frozen)?;
        self.fill(s, |vm, s| vm.set_update(s, it))
    }

    /// `a | b`, `a & b`, `a - b`, `a ^ b` for sets (the result has `a`'s
    /// base type).
    pub(crate) fn set_binop(&mut self, a: ObjRef, b: ObjRef, op: BinOp) -> PyResult<ObjRef> {
        match op {
            BinOp::Or => self.set_union(a, &[b]),
            BinOp::And => self.set_intersection(a, b),
            BinOp::Sub => self.set_difference(a, b),
            _ => self.set_symmetric_difference(a, b),
        }
    }

    /// `s.union(*others)` and `s | o`: a copy of `s` updated with each.
    pub(crate) fn set_union(&mut self, s: ObjRef, others: &[ObjRef]) -> PyResult<ObjRef> {
        let r = self.set_from(s, frozen_like(s))?;
        self.fill(r, |vm, r| {
            others
                .iter()
                .filter(|&&o| o != s)
                .try_for_each(|&o| vm.set_update(r, o))
        })
    }

    /// CPython's `set_intersection`: with a set, the smaller one's entries
    /// looked up in the larger; with any other iterable, its items looked
    /// up in `s` until the result is as large as `s`.
    pub(crate) fn set_intersection(&mut self, s: ObjRef, other: ObjRef) -> PyResult<ObjRef> {
        let frozen = frozen_like(s);
        if s == other {
            return self.set_from(s, frozen);
        }
        let r = self.new_set(frozen)?;
        self.fill(r, |vm, r| {
            if let Some(o) = set_of(other) {
                let (big, small) = match o.len() > set_of(s).expect("set").len() {
                    true => (other, s),
                    false => (s, other),
                };
                return vm.with_set_entries(small, |vm, entries| {
                    for &(h, k) in entries {
                        if vm.set_contains_entry(big, k, h)? {
                            vm.set_add_entry(r, k, h)?;
                        }
                    }
                    Ok(())
                });
            }
            vm.for_each_item(other, |vm, x| {
                let h = vm.hash(x)?;
                if vm.set_contains_entry(s, x, h)? {
                    vm.set_add_entry(r, x, h)?;
                    let (got, of) = (set_of(r).expect("set").len(), set_of(s).expect("set").len());
                    return Ok(got < of);
                }
                Ok(true)
            })
        })
    }

    /// `s.intersection(*others)`: intersected with each in turn.
    pub(crate) fn set_intersection_multi(
        &mut self,
        s: ObjRef,
        others: &[ObjRef],
    ) -> PyResult<ObjRef> {
        let Some((&first, rest)) = others.split_first() else {
            return self.set_from(s, frozen_like(s));
        };
        let mut acc = self.set_intersection(s, first)?;
        for &o in rest {
            let next = self.with_roots(&[acc], |vm| vm.set_intersection(acc, o));
            self.release_holding(&next, [acc]);
            acc = next?;
        }
        Ok(acc)
    }

    /// CPython's `set_swap_bodies` followed by the release of `tmp`: `s`
    /// takes `tmp`'s table, and its old keys are released in their table
    /// order as `tmp` dies (`s &= o`, `s.intersection_update(o)`).
    fn set_take_table(&mut self, s: ObjRef, tmp: ObjRef) -> PyResult<()> {
        set_of(s)
            .expect("set")
            .swap_table(set_of(tmp).expect("set"));
        let synced = self.sync_account(s);
        self.decref(tmp);
        synced
    }

    /// `s &= o` and `s.intersection_update(*others)`.
    pub(crate) fn set_intersection_update(&mut self, s: ObjRef, others: &[ObjRef]) -> PyResult<()> {
        let tmp = self.set_intersection_multi(s, others)?;
        self.set_take_table(s, tmp)
    }

    /// CPython's `set_difference_update_internal` (`s -= o`): a set's
    /// entries (or, when it is more than eight times larger, those of its
    /// intersection with `s`) discarded with their hashes, any other
    /// iterable's items hashed and discarded; a table more than a quarter
    /// dummies is then rebuilt.
    pub(crate) fn set_difference_update(&mut self, s: ObjRef, other: ObjRef) -> PyResult<()> {
        if s == other {
            return self.set_clear(s);
        }
        if let Some(o) = set_of(other) {
            let by = match o.len() >> 3 > set_of(s).expect("set").len() {
                true => self.set_intersection(s, other)?,
                false => self.incref(other),
            };
            let r = self.using(by, |vm, by| {
                vm.with_set_entries(by, |vm, entries| {
                    entries
                        .iter()
                        .try_for_each(|&(h, k)| vm.set_discard_entry(s, k, h).map(drop))
                })
            });
            r?;
        } else {
            self.for_each_item(other, |vm, x| vm.set_discard(s, x).map(|_| true))?;
        }
        set_of(s).expect("set").purge_dummies();
        self.sync_account(s)
    }

    /// CPython's `set_difference` (`s - o`, `s.difference(o)`): with a set
    /// or an exact dict not much smaller than `s`, the entries of `s` that
    /// `o` lacks, looked up with their hashes; otherwise a copy of `s`
    /// with `o`'s items discarded.
    pub(crate) fn set_difference(&mut self, s: ObjRef, other: ObjRef) -> PyResult<ObjRef> {
        let frozen = frozen_like(s);
        let other_len = match (set_of(other), exact_dict(other)) {
            (Some(o), _) => Some(o.len()),
            (None, true) => Some(dict_of(other).expect("dict").len()),
            (None, false) => None,
        };
        let len = set_of(s).expect("set").len();
        if other_len.is_none_or(|n| len >> 2 > n) {
            let r = self.set_from(s, frozen)?;
            return self.fill(r, |vm, r| vm.set_difference_update(r, other));
        }
        let r = self.new_set(frozen)?;
        self.fill(r, |vm, r| {
            vm.with_set_entries(s, |vm, entries| {
                for &(h, k) in entries {
                    let there = match set_of(other) {
                        Some(_) => vm.set_contains_entry(other, k, h)?,
                        None => vm.dict_contains_entry(other, k, h)?,
                    };
                    if !there {
                        vm.set_add_entry(r, k, h)?;
                    }
                }
                Ok(())
            })
        })
    }

    /// `s.difference(*others)`: the difference with the first, then each
    /// other discarded from it.
    pub(crate) fn set_difference_multi(
        &mut self,
        s: ObjRef,
        others: &[ObjRef],
    ) -> PyResult<ObjRef> {
        let Some((&first, rest)) = others.split_first() else {
            return self.set_from(s, frozen_like(s));
        };
        let r = self.set_difference(s, first)?;
        self.fill(r, |vm, r| {
            rest.iter()
                .try_for_each(|&o| vm.set_difference_update(r, o))
        })
    }

    /// CPython's `set_symmetric_difference_update` (`s ^= o`): each key of
    /// `o` (an exact dict's or a set's with their hashes, anything else
    /// made a set first) discarded from `s`, or added when absent.
    pub(crate) fn set_symmetric_update(&mut self, s: ObjRef, other: ObjRef) -> PyResult<()> {
        let toggle = |vm: &mut Self, entries: &[(i64, ObjRef)]| {
            for &(h, k) in entries {
                if !vm.set_discard_entry(s, k, h)? {
                    vm.set_add_entry(s, k, h)?;
                }
            }
            Ok(())
        };
        if s == other {
            return self.set_clear(s);
        }
        if exact_dict(other) {
            return self.with_dict_keys(other, toggle);
        }
        if set_of(other).is_some() {
            return self.with_set_entries(other, toggle);
        }
        let o = self.set_from(other, frozen_like(s))?;
        self.using(o, |vm, o| vm.with_set_entries(o, toggle))
    }

    /// CPython's `set_symmetric_difference` (`s ^ o`): a set made from `o`
    /// (with `s`'s base type), updated with `s`.
    pub(crate) fn set_symmetric_difference(
        &mut self,
        s: ObjRef,
        other: ObjRef,
    ) -> PyResult<ObjRef> {
        let r = self.set_from(other, frozen_like(s))?;
        self.fill(r, |vm, r| vm.set_symmetric_update(r, s))
    }

    /// The in-place operators on a set, `other` a set.
    pub(crate) fn set_inplace(&mut self, a: ObjRef, b: ObjRef, op: BinOp) -> PyResult<()> {
        match op {
            BinOp::Or => self.set_update(a, b),
            BinOp::Xor => self.set_symmetric_update(a, b),
            BinOp::Sub => self.set_difference_update(a, b),
            _ => self.set_intersection_update(a, &[b]),
        }
    }

    /// CPython 3.11's `set_issubset`: is every key of the set `s` in
    /// `other`? A set is searched with the stored hashes; any other
    /// iterable is made a set first.
    pub(crate) fn set_is_subset(&mut self, s: ObjRef, other: ObjRef) -> PyResult<bool> {
        let len = set_of(s).expect("set").len();
        let Some(o) = set_of(other) else {
            let tmp = self.set_from(other, false)?;
            return self.using(tmp, |vm, tmp| vm.set_is_subset(s, tmp));
        };
        if len > o.len() {
            return Ok(false);
        }
        self.with_set_entries(s, |vm, entries| {
            for &(h, k) in entries {
                if !vm.set_contains_entry(other, k, h)? {
                    return Ok(false);
                }
            }
            Ok(true)
        })
    }

    /// CPython's `set_issuperset`: is every item of `other` in `s`?
    pub(crate) fn set_is_superset(&mut self, s: ObjRef, other: ObjRef) -> PyResult<bool> {
        if set_of(other).is_some() {
            return self.set_is_subset(other, s);
        }
        let mut all = true;
        self.for_each_item(other, |vm, x| {
            all = vm.set_contains(s, x)?;
            Ok(all)
        })?;
        Ok(all)
    }

    /// CPython's `set_isdisjoint`: with an exact set or frozenset, the
    /// smaller one's entries looked up in the other; anything else
    /// iterated until an item is found in `s`.
    pub(crate) fn set_isdisjoint(&mut self, s: ObjRef, other: ObjRef) -> PyResult<bool> {
        if s == other {
            return Ok(set_of(s).expect("set").is_empty());
        }
        if matches!(other.tag(), Tag::Set | Tag::FrozenSet) {
            let o_len = set_of(other).expect("set").len();
            let (big, small) = match o_len > set_of(s).expect("set").len() {
                true => (other, s),
                false => (s, other),
            };
            return self.with_set_entries(small, |vm, entries| {
                for &(h, k) in entries {
                    if vm.set_contains_entry(big, k, h)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            });
        }
        let mut disjoint = true;
        self.for_each_item(other, |vm, x| {
            disjoint = !vm.set_contains(s, x)?;
            Ok(disjoint)
        })?;
        Ok(disjoint)
    }

    /// CPython's `set_richcompare` for two sets.
    pub(crate) fn set_compare(&mut self, a: ObjRef, b: ObjRef, op: CmpOp) -> PyResult<bool> {
        let (la, lb) = (set_of(a).expect("set").len(), set_of(b).expect("set").len());
        Ok(match op {
            CmpOp::Eq => la == lb && self.set_is_subset(a, b)?,
            CmpOp::Ne => !(la == lb && self.set_is_subset(a, b)?),
            CmpOp::Le => self.set_is_subset(a, b)?,
            CmpOp::Lt => la < lb && self.set_is_subset(a, b)?,
            CmpOp::Ge => self.set_is_subset(b, a)?,
            CmpOp::Gt => la > lb && self.set_is_subset(b, a)?,
        })
    }
}
