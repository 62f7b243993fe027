//! `range` past 64 bits. A range's start, stop and step are int objects of
//! any size, as CPython's; the common operations take a 64-bit fast path
//! (`Vm::range_values`), and these big-int paths answer when a bound or an
//! index does not fit: `range(2**100)[2**99]`, `2**99 in range(2**100)`,
//! `len(range(2**64, 2**64 + 3))`, iteration (by index, as CPython's
//! `longrangeiter` yields its big values), equality and truth.

use crate::object::{ObjExt, Tag};
use crate::types::scalar::{int_of, Int, RangeObject, SliceObject};
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use ouro_gc_core::{Collector, ObjRef};

fn big(o: ObjRef) -> BigInt {
    match int_of(o) {
        Some(Int::Small(v)) => BigInt::from(v),
        Some(Int::Big(b)) => b.clone(),
        None => BigInt::zero(),
    }
}

/// A range's (start, stop, step) as big ints.
pub(crate) fn range_big(r: ObjRef) -> (BigInt, BigInt, BigInt) {
    let p = r.payload::<RangeObject>();
    (big(p.start), big(p.stop), big(p.step))
}

/// Do a range's bounds and step all fit in 64 bits (the fast paths)?
pub(crate) fn range_fits(r: ObjRef) -> bool {
    let p = r.payload::<RangeObject>();
    [p.start, p.stop, p.step]
        .iter()
        .all(|&o| matches!(int_of(o), Some(Int::Small(_))))
}

/// The number of values of range(start, stop, step), CPython's
/// `compute_range_length`.
pub(crate) fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let one = BigInt::one();
    if step.is_positive() && start < stop {
        (stop - start - &one).div_floor(step) + one
    } else if step.is_negative() && start > stop {
        (start - stop - &one).div_floor(&-step) + one
    } else {
        BigInt::zero()
    }
}

impl<C: Collector> Vm<C> {
    /// `len(r)`: OverflowError past `sys.maxsize`, as CPython.
    pub(crate) fn range_length(&mut self, r: ObjRef) -> PyResult<usize> {
        let (start, stop, step) = range_big(r);
        match big_len(&start, &stop, &step).to_i64() {
            Some(n) => Ok(n as usize),
            None => Err(self.new_error(
                "OverflowError",
                "Python int too large to convert to C ssize_t".to_string(),
            )),
        }
    }

    /// `bool(r)`: whether it has a value, whatever its size.
    pub(crate) fn range_is_empty(&self, r: ObjRef) -> bool {
        let (start, stop, step) = range_big(r);
        big_len(&start, &stop, &step).is_zero()
    }

    /// `v in r` for an int `v`.
    pub(crate) fn range_big_contains(&self, r: ObjRef, v: ObjRef) -> bool {
        let (start, stop, step) = range_big(r);
        let v = big(v);
        let inside = if step.is_positive() {
            start <= v && v < stop
        } else {
            stop < v && v <= start
        };
        inside && (v - start).mod_floor(&step).is_zero()
    }

    /// `r.index(v)` for an int `v` that `r` contains.
    pub(crate) fn range_big_index(&mut self, r: ObjRef, v: ObjRef) -> PyResult<ObjRef> {
        let (start, _, step) = range_big(r);
        self.new_bigint((big(v) - start) / step)
    }

    /// `a == b` for two ranges: the same values.
    pub(crate) fn range_big_eq(&self, a: ObjRef, b: ObjRef) -> bool {
        let (s1, e1, t1) = range_big(a);
        let (s2, e2, t2) = range_big(b);
        let (l1, l2) = (big_len(&s1, &e1, &t1), big_len(&s2, &e2, &t2));
        l1 == l2 && (l1.is_zero() || (s1 == s2 && (l1.is_one() || t1 == t2)))
    }

    /// `hash(r)`: CPython's `range_hash`, the hash of `(len, start, step)`
    /// with the start and step left out (`None`) where they do not matter,
    /// so equal ranges hash alike.
    pub(crate) fn range_hash(&mut self, r: ObjRef) -> PyResult<i64> {
        let (start, stop, step) = range_big(r);
        let len = big_len(&start, &stop, &step);
        let parts = [
            Some(len.clone()),
            (!len.is_zero()).then_some(start),
            (len > BigInt::one()).then_some(step),
        ];
        let items = self.make_all(3, |vm, i| match &parts[i] {
            Some(v) => vm.new_bigint(v.clone()),
            None => Ok(vm.new_none()),
        })?;
        let t = self.new_tuple(items)?;
        self.using(t, |vm, t| vm.hash(t))
    }

    /// `r[k]` on the big-int path: an index or a slice.
    pub(crate) fn range_big_getitem(&mut self, r: ObjRef, k: ObjRef) -> PyResult<ObjRef> {
        let (start, stop, step) = range_big(r);
        let len = big_len(&start, &stop, &step);
        if k.tag() == Tag::Slice {
            let (lo, hi, by) = self.big_slice_indices(k, &len)?;
            let vals = [&start + lo * &step, &start + hi * &step, &step * by];
            let objs = self.make_all(3, |vm, i| vm.new_bigint(vals[i].clone()))?;
            return self.alloc(
                &crate::types::scalar::RANGE_VT,
                RangeObject {
                    start: objs[0],
                    stop: objs[1],
                    step: objs[2],
                },
            );
        }
        let Some(i) = self.index_object(k)? else {
            let tn = self.type_name(k);
            return Err(self.type_error(format!(
                "range indices must be integers or slices, not {tn}"
            )));
        };
        let mut i = {
            let v = big(i);
            self.decref(i);
            v
        };
        if i.is_negative() {
            i += &len;
        }
        if i.is_negative() || i >= len {
            return Err(self.new_error("IndexError", "range object index out of range".to_string()));
        }
        self.new_bigint(start + i * step)
    }

    /// A slice's (start, stop, step) adjusted to a sequence of `len`
    /// values, in big ints (CPython's `_PySlice_GetLongIndices`).
    fn big_slice_indices(&mut self, k: ObjRef, len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
        let s = k.payload::<SliceObject>();
        let parts = [s.start, s.stop, s.step];
        let mut vals: [Option<BigInt>; 3] = [None, None, None];
        for (slot, &o) in vals.iter_mut().zip(&parts) {
            if o == self.none {
                continue;
            }
            let Some(i) = self.index_object(o)? else {
                return Err(self.type_error(
                    "slice indices must be integers or None or have an __index__ method"
                        .to_string(),
                ));
            };
            *slot = Some(big(i));
            self.decref(i);
        }
        let [lo, hi, by] = vals;
        let by = by.unwrap_or_else(BigInt::one);
        if by.is_zero() {
            return Err(self.value_error("slice step cannot be zero".to_string()));
        }
        let (lower, upper) = if by.is_negative() {
            (-BigInt::one(), len - BigInt::one())
        } else {
            (BigInt::zero(), len.clone())
        };
        let clamp = |v: Option<BigInt>, dflt: &BigInt| match v {
            None => dflt.clone(),
            Some(v) if v.is_negative() => (v + len).max(lower.clone()),
            Some(v) => v.min(upper.clone()),
        };
        let (lo_dflt, hi_dflt) = if by.is_negative() {
            (upper.clone(), lower.clone())
        } else {
            (lower.clone(), upper.clone())
        };
        Ok((clamp(lo, &lo_dflt), clamp(hi, &hi_dflt), by))
    }
}
