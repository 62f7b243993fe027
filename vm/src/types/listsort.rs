//! CPython 3.11's `list.sort` algorithm (Objects/listobject.c, described
//! in Objects/listsort.txt): natural runs, binary insertion up to a
//! minimum run length, the powersort merge policy, and merges that gallop.
//! ouro sorts with the same algorithm so that a program which counts or
//! prints its comparisons (`__lt__` that logs) sees exactly python3's
//! sequence of calls, and an inconsistent order (`nan`, a random `__lt__`)
//! gives python3's result.
//!
//! The sort works on a slice of `Copy` handles with a fallible "less than";
//! the first error stops it, leaving the slice a permutation of its input
//! (as CPython leaves the list).

/// Merges stay in galloping mode while a run wins this often in a row.
const MIN_GALLOP: usize = 7;
/// The largest minimum run (a power of two).
const MAX_MINRUN: usize = 64;

/// One pending run: where it starts, how long it is, and its powersort
/// "power" (its node's level in the ideal merge tree).
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

struct MergeState<'a, T, E, F: FnMut(&T, &T) -> Result<bool, E>> {
    v: &'a mut [T],
    lt: F,
    min_gallop: usize,
    pending: Vec<Run>,
    tmp: Vec<T>,
    _e: std::marker::PhantomData<E>,
}

/// Sort `v` stably by `lt` as CPython's `list.sort()` does, comparison for
/// comparison. With `Err`, the first error `lt` gave (the slice is then a
/// permutation of what it was).
pub fn sort<T: Copy, E>(v: &mut [T], lt: impl FnMut(&T, &T) -> Result<bool, E>) -> Result<(), E> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        v,
        lt,
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        tmp: Vec::new(),
        _e: std::marker::PhantomData,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = ms.count_run(lo, lo + remaining)?;
        if descending {
            ms.v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            ms.binary_sort(lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(run, n)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse()
}

/// CPython's merge_compute_minrun.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= MAX_MINRUN {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// The powersort "power" of the boundary between a run of `n1` items at
/// `s1` and the `n2` items after it, in a list of `n`: the first bit at
/// which the two runs' midpoints, as fractions of `n`, differ.
fn power_of(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// The index in the sorted `a` where `key` goes, left of any equal
/// items, searched from `hint` outwards (CPython's gallop_left).
fn gallop_left<T: Copy, E>(
    lt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
    key: T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    let (lo, hi) = if lt(&a[hint], &key)? {
        // a[hint] < key: gallop right, to a[lastofs] < key <= a[ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if !lt(&a[hint + ofs], &key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + lastofs + 1, hint + ofs.min(maxofs))
    } else {
        // key <= a[hint]: gallop left, to a[hint-ofs] < key <= a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if lt(&a[hint - ofs], &key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + 1 - ofs.min(maxofs), hint - lastofs)
    };
    let (mut lo, mut hi) = (lo, hi);
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&a[m], &key)? {
            lo = m + 1;
        } else {
            hi = m;
        }
    }
    Ok(hi)
}

/// `gallop_left`, but right of any equal items (CPython's gallop_right).
fn gallop_right<T: Copy, E>(
    lt: &mut impl FnMut(&T, &T) -> Result<bool, E>,
    key: T,
    a: &[T],
    hint: usize,
) -> Result<usize, E> {
    let n = a.len();
    let (mut lastofs, mut ofs) = (0usize, 1usize);
    let (lo, hi) = if lt(&key, &a[hint])? {
        // key < a[hint]: gallop left, to a[hint-ofs] <= key < a[hint-lastofs].
        let maxofs = hint + 1;
        while ofs < maxofs {
            if !lt(&key, &a[hint - ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + 1 - ofs.min(maxofs), hint - lastofs)
    } else {
        // a[hint] <= key: gallop right, to a[lastofs] <= key < a[ofs].
        let maxofs = n - hint;
        while ofs < maxofs {
            if lt(&key, &a[hint + ofs])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        (hint + lastofs + 1, hint + ofs.min(maxofs))
    };
    let (mut lo, mut hi) = (lo, hi);
    while lo < hi {
        let m = lo + ((hi - lo) >> 1);
        if lt(&key, &a[m])? {
            hi = m;
        } else {
            lo = m + 1;
        }
    }
    Ok(hi)
}

impl<T: Copy, E, F: FnMut(&T, &T) -> Result<bool, E>> MergeState<'_, T, E, F> {
    fn lt(&mut self, a: T, b: T) -> Result<bool, E> {
        (self.lt)(&a, &b)
    }

    /// The length of the run starting at `lo` (before `hi`), and whether
    /// it is strictly descending.
    fn count_run(&mut self, lo: usize, hi: usize) -> Result<(usize, bool), E> {
        if lo + 1 == hi {
            return Ok((1, false));
        }
        let mut n = 2;
        if self.lt(self.v[lo + 1], self.v[lo])? {
            let mut i = lo + 2;
            while i < hi && self.lt(self.v[i], self.v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, true))
        } else {
            let mut i = lo + 2;
            while i < hi && !self.lt(self.v[i], self.v[i - 1])? {
                i += 1;
                n += 1;
            }
            Ok((n, false))
        }
    }

    /// Binary insertion of `v[start..hi]` into the sorted `v[lo..start]`.
    fn binary_sort(&mut self, lo: usize, hi: usize, mut start: usize) -> Result<(), E> {
        if lo == start {
            start += 1;
        }
        while start < hi {
            let pivot = self.v[start];
            let (mut l, mut r) = (lo, start);
            while l < r {
                let p = l + ((r - l) >> 1);
                if self.lt(pivot, self.v[p])? {
                    r = p;
                } else {
                    l = p + 1;
                }
            }
            self.v.copy_within(l..start, l + 1);
            self.v[l] = pivot;
            start += 1;
        }
        Ok(())
    }

    /// Powersort: before a new run of `n2` items is pushed, merge the
    /// pending runs whose power is above the new boundary's.
    fn found_new_run(&mut self, n2: usize, n: usize) -> Result<(), E> {
        let Some(last) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = power_of(last.base, last.len, n2, n);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(self.pending.len() - 2)?;
        }
        let top = self.pending.len() - 1;
        self.pending[top].power = power;
        Ok(())
    }

    /// Merge what is pending, at the end.
    fn force_collapse(&mut self) -> Result<(), E> {
        while self.pending.len() > 1 {
            let mut i = self.pending.len() - 2;
            if i > 0 && self.pending[i - 1].len < self.pending[i + 1].len {
                i -= 1;
            }
            self.merge_at(i)?;
        }
        Ok(())
    }

    /// Merge pending runs `i` and `i + 1`.
    fn merge_at(&mut self, i: usize) -> Result<(), E> {
        let a = self.pending[i];
        let b = self.pending[i + 1];
        self.pending[i].len = a.len + b.len;
        self.pending.remove(i + 1);
        // Where b's first item goes in a: what comes before stays.
        let k = gallop_right(
            &mut self.lt,
            self.v[b.base],
            &self.v[a.base..a.base + a.len],
            0,
        )?;
        let (base_a, na) = (a.base + k, a.len - k);
        if na == 0 {
            return Ok(());
        }
        // Where a's last item goes in b: what comes after stays.
        let key = self.v[base_a + na - 1];
        let nb = gallop_left(
            &mut self.lt,
            key,
            &self.v[b.base..b.base + b.len],
            b.len - 1,
        )?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(base_a, na, b.base, nb)
        } else {
            self.merge_hi(base_a, na, b.base, nb)
        }
    }

    /// Merge the runs `v[pa..pa + na]` and `v[pb..pb + nb]` (adjacent,
    /// `na <= nb`), working from the left with `a` copied aside.
    fn merge_lo(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pa..pa + na]);
        let (mut a, mut na) = (0usize, na);
        let (mut b, mut nb) = (pb, nb);
        let mut dest = pa;
        let mut min_gallop = self.min_gallop;
        let r = (|| -> Result<(), E> {
            self.v[dest] = self.v[b];
            dest += 1;
            b += 1;
            nb -= 1;
            if nb == 0 {
                return Ok(());
            }
            if na == 1 {
                return Ok(());
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                // One at a time, until a run keeps winning.
                loop {
                    if self.lt(self.v[b], self.tmp[a])? {
                        self.v[dest] = self.v[b];
                        dest += 1;
                        b += 1;
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 0 {
                            return Ok(());
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    } else {
                        self.v[dest] = self.tmp[a];
                        dest += 1;
                        a += 1;
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 1 {
                            return Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    }
                }
                // Gallop while it pays.
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = gallop_right(&mut self.lt, self.v[b], &self.tmp[a..a + na], 0)?;
                    acount = k;
                    if k > 0 {
                        self.v[dest..dest + k].copy_from_slice(&self.tmp[a..a + k]);
                        dest += k;
                        a += k;
                        na -= k;
                        if na <= 1 {
                            return Ok(());
                        }
                    }
                    self.v[dest] = self.v[b];
                    dest += 1;
                    b += 1;
                    nb -= 1;
                    if nb == 0 {
                        return Ok(());
                    }
                    let k = gallop_left(&mut self.lt, self.tmp[a], &self.v[b..b + nb], 0)?;
                    bcount = k;
                    if k > 0 {
                        self.v.copy_within(b..b + k, dest);
                        dest += k;
                        b += k;
                        nb -= k;
                        if nb == 0 {
                            return Ok(());
                        }
                    }
                    self.v[dest] = self.tmp[a];
                    dest += 1;
                    a += 1;
                    na -= 1;
                    if na == 1 {
                        return Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        // What is left of b is in place; a's rest follows it (CPython's
        // CopyB when one item of a remains: it goes last).
        if na == 1 && nb > 0 && r.is_ok() {
            self.v.copy_within(b..b + nb, dest);
            self.v[dest + nb] = self.tmp[a];
        } else if na > 0 {
            self.v[dest..dest + na].copy_from_slice(&self.tmp[a..a + na]);
        }
        r
    }

    /// Merge the runs `v[pa..pa + na]` and `v[pb..pb + nb]` (adjacent,
    /// `na >= nb`), working from the right with `b` copied aside.
    fn merge_hi(&mut self, pa: usize, na: usize, pb: usize, nb: usize) -> Result<(), E> {
        self.tmp.clear();
        self.tmp.extend_from_slice(&self.v[pb..pb + nb]);
        // Indices one past the last remaining item of each run, and of the
        // destination.
        let (mut a_end, mut na) = (pa + na, na);
        let (mut b_end, mut nb) = (nb, nb);
        let mut dest_end = pb + self.tmp.len();
        let mut min_gallop = self.min_gallop;
        let r = (|| -> Result<(), E> {
            dest_end -= 1;
            a_end -= 1;
            self.v[dest_end] = self.v[a_end];
            na -= 1;
            if na == 0 || nb == 1 {
                return Ok(());
            }
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    if self.lt(self.tmp[b_end - 1], self.v[a_end - 1])? {
                        dest_end -= 1;
                        a_end -= 1;
                        self.v[dest_end] = self.v[a_end];
                        acount += 1;
                        bcount = 0;
                        na -= 1;
                        if na == 0 {
                            return Ok(());
                        }
                        if acount >= min_gallop {
                            break;
                        }
                    } else {
                        dest_end -= 1;
                        b_end -= 1;
                        self.v[dest_end] = self.tmp[b_end];
                        bcount += 1;
                        acount = 0;
                        nb -= 1;
                        if nb == 1 {
                            return Ok(());
                        }
                        if bcount >= min_gallop {
                            break;
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let k = gallop_right(
                        &mut self.lt,
                        self.tmp[b_end - 1],
                        &self.v[pa..pa + na],
                        na - 1,
                    )?;
                    let k = na - k;
                    acount = k;
                    if k > 0 {
                        dest_end -= k;
                        a_end -= k;
                        self.v.copy_within(a_end..a_end + k, dest_end);
                        na -= k;
                        if na == 0 {
                            return Ok(());
                        }
                    }
                    dest_end -= 1;
                    b_end -= 1;
                    self.v[dest_end] = self.tmp[b_end];
                    nb -= 1;
                    if nb == 1 {
                        return Ok(());
                    }
                    let k = gallop_left(&mut self.lt, self.v[a_end - 1], &self.tmp[..nb], nb - 1)?;
                    let k = nb - k;
                    bcount = k;
                    if k > 0 {
                        dest_end -= k;
                        b_end -= k;
                        self.v[dest_end..dest_end + k].copy_from_slice(&self.tmp[b_end..b_end + k]);
                        nb -= k;
                        if nb <= 1 {
                            return Ok(());
                        }
                    }
                    dest_end -= 1;
                    a_end -= 1;
                    self.v[dest_end] = self.v[a_end];
                    na -= 1;
                    if na == 0 {
                        return Ok(());
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        })();
        // CPython's CopyA when one item of b remains: it goes first, after
        // what is left of a; otherwise b's rest fills the front.
        if nb == 1 && na > 0 && r.is_ok() {
            dest_end -= na;
            a_end -= na;
            self.v.copy_within(a_end..a_end + na, dest_end);
            self.v[dest_end - 1] = self.tmp[0];
        } else if nb > 0 {
            self.v[dest_end - nb..dest_end].copy_from_slice(&self.tmp[..nb]);
        }
        r
    }
}

#[cfg(test)]
mod tests {
    use super::sort;

    fn lcg(seed: &mut u64) -> u64 {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        *seed >> 33
    }

    #[test]
    fn sorts_stably_whatever_the_input() {
        let mut seed = 7;
        for n in [0, 1, 2, 3, 10, 63, 64, 65, 100, 257, 1000, 5000] {
            for modulus in [2, 10, 1000, u64::MAX] {
                let mut v: Vec<(u64, usize)> =
                    (0..n).map(|i| (lcg(&mut seed) % modulus, i)).collect();
                let mut want = v.clone();
                want.sort_by_key(|p| p.0);
                sort(&mut v, |a, b| Ok::<bool, ()>(a.0 < b.0)).unwrap();
                assert_eq!(v, want, "n={n} modulus={modulus}");
            }
        }
    }

    #[test]
    fn an_inconsistent_order_leaves_a_permutation() {
        let mut seed = 3;
        let mut v: Vec<usize> = (0..500).collect();
        sort(&mut v, |_, _| {
            Ok::<bool, ()>(lcg(&mut seed).is_multiple_of(2))
        })
        .unwrap();
        let mut s = v.clone();
        s.sort_unstable();
        assert_eq!(s, (0..500).collect::<Vec<_>>());
        let mut calls = 0;
        let mut w: Vec<usize> = (0..300).map(|i| (i * 7919) % 300).collect();
        let r = sort(&mut w, |a, b| {
            calls += 1;
            if calls == 400 {
                Err("boom")
            } else {
                Ok(a < b)
            }
        });
        assert_eq!(r, Err("boom"));
        let mut s = w.clone();
        s.sort_unstable();
        assert_eq!(s, (0..300).collect::<Vec<_>>());
    }
}
