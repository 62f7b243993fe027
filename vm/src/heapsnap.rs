//! `--heap-snapshot FILE`: the whole live heap as one JSON document, at
//! the end of the program (before shutdown releases the main module) and,
//! with `--heap-snapshot-every`, after each `gc.collect()` too (as
//! `FILE-1.json`, `FILE-2.json`, ...):
//!
//! ```json
//! {"v": 1, "collector": "generational", "when": "exit",
//!  "heap_bytes": 1234, "roots": [ADDR, ...],
//!  "objects": [{"addr": ADDR, "type": "list", "size": 72, "refcount": 2,
//!               "hidden": false, "referents": [ADDR, ...]}, ...]}
//! ```
//!
//! Every object on the private heap is there, with its address (its
//! `id()`), Python type, block size, stored reference count (null under
//! marksweep, which keeps none), and the objects it refers to, in
//! `traverse` order. `hidden` marks objects CPython would not have (an
//! instance's attribute dict the program never asked for). `roots` are
//! the objects the vm itself holds: frames, modules, singletons.

use crate::vm::Vm;
use ouro_gc_core::{Collector, Heap, ObjRef};
use std::io::Write;

/// A JSON string literal.
fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn addr_list(refs: &[ObjRef]) -> String {
    let items: Vec<String> = refs.iter().map(|r| r.addr().to_string()).collect();
    format!("[{}]", items.join(","))
}

impl<C: Collector> Vm<C> {
    /// Write the heap to `path`; how many objects.
    pub fn write_heap_snapshot(&self, path: &str, when: &str) -> std::io::Result<usize> {
        let file = std::fs::File::create(path)?;
        let mut out = std::io::BufWriter::new(file);
        let mut roots = Vec::new();
        ouro_gc_core::Runtime::visit_roots(self, &mut |r| roots.push(r));
        roots.sort_by_key(|r| r.addr());
        roots.dedup();
        write!(
            out,
            "{{\"v\":1,\"collector\":{},\"when\":{},\"heap_bytes\":{},\"roots\":{},\"objects\":[",
            json_str(C::NAME),
            json_str(when),
            self.heap.block_stats().bytes_in_use,
            addr_list(&roots)
        )?;
        let mut n = 0;
        let mut first = true;
        let mut result = Ok(());
        self.heap.for_each(|o| {
            if result.is_err() {
                return;
            }
            let mut refs = Vec::new();
            (o.vtable().traverse)(o, &mut |r| refs.push(r));
            let refcount = if C::REFCOUNTED {
                o.refcnt().to_string()
            } else {
                "null".to_string()
            };
            result = write!(
                out,
                "{}\n{{\"addr\":{},\"type\":{},\"size\":{},\"refcount\":{},\"hidden\":{},\"referents\":{}}}",
                if first { "" } else { "," },
                o.addr(),
                json_str(&self.type_name(o)),
                Heap::block_size(o),
                refcount,
                (o.vtable().hidden)(o),
                addr_list(&refs)
            );
            first = false;
            n += 1;
        });
        result?;
        writeln!(out, "\n]}}")?;
        out.flush()?;
        Ok(n)
    }

    /// `--heap-snapshot`: the snapshot `when` ("exit", or "collect" with
    /// its number), reported on stderr if it cannot be written.
    pub(crate) fn heap_snapshot(&mut self, when: &str) {
        let Some(path) = self.config.heap_snapshot.clone() else {
            return;
        };
        let path = if when == "exit" {
            path
        } else {
            self.heap_snapshots += 1;
            let n = self.heap_snapshots;
            match path.rsplit_once('.') {
                Some((stem, ext)) if !ext.contains('/') => format!("{stem}-{n}.{ext}"),
                _ => format!("{path}-{n}"),
            }
        };
        self.flush_stdout();
        if let Err(e) = self.write_heap_snapshot(&path, when) {
            eprintln!("ouro: can't write heap snapshot '{path}': {e}");
        }
    }
}
