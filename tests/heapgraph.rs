//! Pictures of the heap: `_ouro.show_backrefs` / `show_refs` write DOT
//! graphs with both paths that keep an object alive, cycle edges marked
//! and refcounts under the counting collectors; `show_growth`,
//! `most_common_types` and `count` as objgraph's; `--heap-snapshot`
//! writes the whole heap as JSON whose references all resolve.

mod common;

use common::{have, ouro, report, scratch};

use serde_json::Value;

const COLLECTORS: [&str; 3] = ["refcount", "generational", "marksweep"];

/// `b` is held by a global, by a list, and by a cycle with `a`.
const PROGRAM: &str = r#"
import _ouro

class Node:
    def __init__(self, name):
        self.name = name
        self.peer = None

a = Node("a")
b = Node("b")
a.peer = b
b.peer = a
holder = [b]
_ouro.show_backrefs(b, filename="back.dot")
_ouro.show_refs(a, filename="refs.svg")
print(_ouro.count("Node"))
_ouro.show_growth(limit=1)
extra = [Node(i) for i in range(40)]
_ouro.show_growth(limit=1)
print(_ouro.most_common_types(limit=1, objects=extra + [holder]))
"#;

/// The DOT node id of the node whose label starts with `label`.
fn node_id<'a>(dot: &'a str, label: &str) -> &'a str {
    let line = dot
        .lines()
        .find(|l| l.contains(&format!("[label=\"{label}")))
        .unwrap_or_else(|| panic!("no node labelled {label:?}\n{dot}"));
    line.trim().split('[').next().unwrap()
}

fn edge<'a>(dot: &'a str, from: &str, to: &str) -> Option<&'a str> {
    dot.lines()
        .find(|l| l.trim().starts_with(&format!("{from} -> {to}")))
}

#[test]
fn show_backrefs_draws_both_paths_and_marks_the_cycle() {
    for gc in COLLECTORS {
        let dir = scratch("heapgraph", &format!("graph_{gc}"));
        std::fs::write(dir.join("prog.py"), PROGRAM).unwrap();
        let o = ouro(&dir, &["run", "--gc", gc, "prog.py"]);
        assert_eq!(o.status.code(), Some(0), "{gc}: {}", report(&o));
        let out = String::from_utf8_lossy(&o.stdout).to_string();
        assert!(
            out.starts_with("Graph written to back.dot ("),
            "{gc}: {out}"
        );
        let dot = std::fs::read_to_string(dir.join("back.dot")).expect("back.dot");
        assert!(dot.starts_with("digraph ObjectGraph {"), "{dot}");
        let b = node_id(&dot, "Node\\n<__main__.Node object");
        let globals = node_id(&dot, "dict\\n");
        let holder = node_id(&dot, "list\\n1 item");
        // The global path: the module's dict holds b by the name `b`.
        let g = edge(&dot, globals, b).unwrap_or_else(|| panic!("{gc}: no global edge\n{dot}"));
        assert!(g.contains("label=\"b\""), "{g}");
        assert!(
            !g.contains("color=red"),
            "{gc}: a global is not a cycle: {g}"
        );
        let h = edge(&dot, holder, b).unwrap_or_else(|| panic!("{gc}: no list edge\n{dot}"));
        assert!(h.contains("label=\"[0]\""), "{h}");
        // The cycle path: a.peer -> b and b.peer -> a, both marked.
        let peers: Vec<&str> = dot
            .lines()
            .filter(|l| l.contains("label=\"peer\""))
            .collect();
        assert_eq!(peers.len(), 2, "{gc}: both peer edges\n{dot}");
        assert!(
            peers.iter().all(|l| l.contains("color=red")),
            "{gc}: the cycle is marked\n{dot}"
        );
        assert!(
            dot.contains("module\\n__main__"),
            "{gc}: the path ends at the module\n{dot}"
        );
        let b_line = dot
            .lines()
            .find(|l| l.trim().starts_with(&format!("{b}[")))
            .unwrap();
        if gc == "marksweep" {
            assert!(
                !dot.contains("refcount"),
                "no counts under marksweep\n{dot}"
            );
        } else {
            // b: the global, the list, a.peer.
            assert!(b_line.contains("refcount 3"), "{gc}: {b_line}");
        }

        let lines: Vec<&str> = out.lines().collect();
        assert_eq!(
            lines[1], "Graph written to refs.dot (5 nodes)",
            "{gc}: {out}"
        );
        if have("dot", "-V") {
            assert_eq!(lines[2], "Image generated as refs.svg", "{out}");
            let svg = std::fs::read_to_string(dir.join("refs.svg")).expect("refs.svg");
            assert!(svg.contains("<svg"), "{svg}");
        } else {
            assert!(
                lines[2].starts_with("Image renderer (dot) not found"),
                "{out}"
            );
        }
        let refs = std::fs::read_to_string(dir.join("refs.dot")).unwrap();
        assert!(refs.contains("label=\"name\""), "attribute names\n{refs}");
        assert!(refs.contains("label=\"__class__\""), "{refs}");
        assert_eq!(lines[3], "2", "{gc}: count('Node')\n{out}");
        let growth: Vec<&str> = lines[4..]
            .iter()
            .filter(|l| l.starts_with("Node"))
            .copied()
            .collect();
        assert_eq!(growth.len(), 1, "{gc}: {out}");
        let fields: Vec<&str> = growth[0].split_whitespace().collect();
        assert_eq!(fields, ["Node", "42", "+40"], "{gc}: {out}");
        assert_eq!(lines.last().unwrap(), &"[('Node', 40)]", "{gc}: {out}");
    }
}

#[test]
fn heap_snapshots_hold_every_object_and_resolve_every_reference() {
    for gc in COLLECTORS {
        let dir = scratch("heapgraph", &format!("snapshot_{gc}"));
        let prog = "import gc\nclass Node: pass\nkeep = [Node() for i in range(25)]\ngc.collect()\nmore = [Node() for i in range(5)]\ngc.collect()\nprint('ok')\n";
        std::fs::write(dir.join("p.py"), prog).unwrap();
        let o = ouro(
            &dir,
            &[
                "run",
                "--gc",
                gc,
                "--heap-snapshot",
                "heap.json",
                "--heap-snapshot-every",
                "p.py",
            ],
        );
        assert_eq!(o.status.code(), Some(0), "{gc}: {}", report(&o));
        assert_eq!(String::from_utf8_lossy(&o.stdout), "ok\n");
        for (file, when, nodes) in [
            ("heap-1.json", "collect", 25),
            ("heap-2.json", "collect", 30),
            ("heap.json", "exit", 30),
        ] {
            let text = std::fs::read_to_string(dir.join(file))
                .unwrap_or_else(|e| panic!("{gc}: {file}: {e}"));
            let v: Value =
                serde_json::from_str(&text).unwrap_or_else(|e| panic!("{gc}: {file}: {e}"));
            assert_eq!(v["v"], 1);
            assert_eq!(v["collector"], gc);
            assert_eq!(v["when"], when);
            let objects = v["objects"].as_array().unwrap();
            let addrs: std::collections::HashSet<u64> = objects
                .iter()
                .map(|o| o["addr"].as_u64().unwrap())
                .collect();
            assert_eq!(
                addrs.len(),
                objects.len(),
                "{gc}: {file}: one entry per object"
            );
            for o in objects {
                for r in o["referents"].as_array().unwrap() {
                    assert!(
                        addrs.contains(&r.as_u64().unwrap()),
                        "{gc}: {file}: dangling {r} in {o}"
                    );
                }
                assert!(o["size"].as_u64().unwrap() >= 16, "{o}");
                if gc == "marksweep" {
                    assert!(o["refcount"].is_null(), "{o}");
                } else {
                    assert!(o["refcount"].as_u64().unwrap() >= 1, "{o}");
                }
            }
            for r in v["roots"].as_array().unwrap() {
                assert!(
                    addrs.contains(&r.as_u64().unwrap()),
                    "{gc}: {file}: root {r}"
                );
            }
            let n = objects.iter().filter(|o| o["type"] == "Node").count();
            assert_eq!(n, nodes, "{gc}: {file}: Node objects");
            let size: u64 = objects.iter().map(|o| o["size"].as_u64().unwrap()).sum();
            assert!(size <= v["heap_bytes"].as_u64().unwrap(), "{gc}: {file}");
        }
    }
}

#[test]
fn heap_snapshot_every_needs_a_file() {
    let dir = scratch("heapgraph", "snapshot_usage");
    std::fs::write(dir.join("p.py"), "print(1)\n").unwrap();
    let o = ouro(&dir, &["run", "--heap-snapshot-every", "p.py"]);
    assert_eq!(o.status.code(), Some(2), "{}", report(&o));
}
