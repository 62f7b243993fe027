//! `--verify-heap`: recount every live object's references from the vm's
//! roots and from every object's `traverse`, and compare with the stored
//! counts.
//!
//! A clean report proves two things at once: the reference counting is
//! right (no leaked or over-released reference) and the roots and
//! `traverse` functions are complete — which a tracing collector relies on.

use crate::header::ObjRef;
use crate::heap::Heap;
use crate::vtable::Visit;
use std::collections::HashMap;

/// One object whose stored count differs from the references found to it.
#[derive(Debug, Clone, Copy)]
pub struct Mismatch {
    pub obj: ObjRef,
    pub stored: usize,
    pub counted: usize,
}

/// The result of one verification.
#[derive(Debug, Default)]
pub struct Report {
    pub objects: usize,
    pub references: usize,
    pub mismatches: Vec<Mismatch>,
    /// References to addresses that are not live objects: (holder, address);
    /// the holder is `None` for a root.
    pub dangling: Vec<(Option<ObjRef>, usize)>,
}

impl Report {
    pub fn is_clean(&self) -> bool {
        self.mismatches.is_empty() && self.dangling.is_empty()
    }
}

/// Count references to every live object of `heap` from `roots` and from
/// every object's `traverse`, and report the differences. `check_counts` is
/// false for collectors that keep no counts (only dangling references are
/// reported then).
pub fn verify(heap: &Heap, roots: impl FnOnce(Visit<'_>), check_counts: bool) -> Report {
    let mut counts: HashMap<usize, usize> = HashMap::new();
    heap.for_each(|o| {
        counts.insert(o.addr(), 0);
    });
    let mut report = Report {
        objects: counts.len(),
        ..Report::default()
    };
    let mut holder: Option<ObjRef> = None;
    let mut visit = |target: ObjRef, holder: Option<ObjRef>, report: &mut Report| {
        report.references += 1;
        match counts.get_mut(&target.addr()) {
            Some(n) => *n += 1,
            None => report.dangling.push((holder, target.addr())),
        }
    };
    roots(&mut |t| visit(t, None, &mut report));
    heap.for_each(|o| {
        // A counted object at zero is being released: what it owned has
        // been moved to the collector's work stack (a root) or already
        // dropped, so it holds nothing, whatever its payload still shows.
        if check_counts && o.refcnt() == 0 {
            return;
        }
        holder = Some(o);
        (o.vtable().traverse)(o, &mut |t| visit(t, holder, &mut report));
    });
    if check_counts {
        heap.for_each(|o| {
            let counted = counts[&o.addr()];
            if o.refcnt() != counted {
                report.mismatches.push(Mismatch {
                    obj: o,
                    stored: o.refcnt(),
                    counted,
                });
            }
        });
    }
    report
}
