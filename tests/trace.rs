//! `--trace`: every line of the traces of all three collectors is checked
//! against the schema of `docs/TRACE.md` (required keys and types, the
//! counts' order, heap figures that agree with the summary), the Chrome
//! format is checked to be a trace-event file with a GC track and a heap
//! counter, and bad trace options are usage errors.

mod common;

use common::{ouro, report, scratch};

use serde_json::{Map, Value};
use std::process::Output;

const COLLECTORS: [&str; 3] = ["refcount", "generational", "marksweep"];

/// Cycles (some with a finalizer), a big list whose release cascades, and
/// enough garbage for automatic collections under every collector.
const PROGRAM: &str = r#"
import gc

class Node:
    def __init__(self, i):
        self.i = i
        self.other = None

class Fin:
    def __del__(self):
        print("finalized", self.tag)

big = [[i] for i in range(5000)]
del big
for i in range(20000):
    a = Node(i); b = Node(i)
    a.other = b; b.other = a
f = Fin(); f.tag = "cycle"; f.self = f
del f, a, b
found = gc.collect()
print("collected something:", found > 0)
print("done")
"#;

/// Run the program under `gc` with `extra` options and the trace in
/// `trace.out`; the output and the trace's text.
fn traced(name: &str, gc: &str, extra: &[&str]) -> (Output, String) {
    let dir = scratch("trace", name);
    std::fs::write(dir.join("prog.py"), PROGRAM).unwrap();
    let mut args = vec!["run", "--gc", gc, "--trace", "trace.out"];
    args.extend_from_slice(extra);
    args.push("prog.py");
    let o = ouro(&dir, &args);
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    let text = std::fs::read_to_string(dir.join("trace.out")).expect("the trace file");
    (o, text)
}

fn num(e: &Map<String, Value>, key: &str, line: usize) -> f64 {
    match e.get(key) {
        Some(Value::Number(n)) => n.as_f64().unwrap(),
        other => panic!("line {line}: {key} should be a number, is {other:?}: {e:?}"),
    }
}

fn count(e: &Map<String, Value>, key: &str, line: usize) -> u64 {
    match e.get(key) {
        Some(Value::Number(n)) if n.is_u64() => n.as_u64().unwrap(),
        other => panic!("line {line}: {key} should be a count, is {other:?}: {e:?}"),
    }
}

fn text<'a>(e: &'a Map<String, Value>, key: &str, line: usize) -> &'a str {
    match e.get(key) {
        Some(Value::String(s)) => s,
        other => panic!("line {line}: {key} should be a string, is {other:?}: {e:?}"),
    }
}

/// Check every line of a JSONL trace; the events by name.
fn validate(trace: &str, gc: &str) -> Vec<Map<String, Value>> {
    let mut events = Vec::new();
    let mut last_ts = 0.0;
    let mut open: Option<(u64, String)> = None;
    let mut peak_seen = 0u64;
    let lines: Vec<&str> = trace.lines().collect();
    assert!(!lines.is_empty(), "empty trace");
    for (i, line) in lines.iter().enumerate() {
        let n = i + 1;
        let v: Value = serde_json::from_str(line)
            .unwrap_or_else(|e| panic!("line {n} is not JSON ({e}): {line}"));
        let Value::Object(e) = v else {
            panic!("line {n} is not an object: {line}")
        };
        assert_eq!(count(&e, "v", n), 1, "line {n}: schema version");
        let ts = num(&e, "ts_us", n);
        assert!(ts >= last_ts, "line {n}: time went back ({ts} < {last_ts})");
        last_ts = ts;
        let event = text(&e, "event", n).to_string();
        match event.as_str() {
            "gc_start" => {
                assert!(open.is_none(), "line {n}: gc_start inside a collection");
                assert_eq!(text(&e, "collector", n), gc);
                let gen = count(&e, "gen", n);
                assert!(gen <= 2, "line {n}: gen {gen}");
                let reason = text(&e, "reason", n);
                peak_seen = peak_seen.max(count(&e, "heap_before", n));
                open = Some((gen, reason.to_string()));
            }
            "gc_end" => {
                let (gen, reason) = open
                    .take()
                    .unwrap_or_else(|| panic!("line {n}: gc_end without gc_start"));
                assert_eq!(text(&e, "collector", n), gc);
                assert_eq!(count(&e, "gen", n), gen, "line {n}");
                assert_eq!(text(&e, "reason", n), reason, "line {n}");
                assert!(
                    ["threshold", "explicit", "stress", "heap_growth", "exit"]
                        .contains(&reason.as_str()),
                    "line {n}: reason {reason}"
                );
                if gc == "marksweep" {
                    assert_eq!(gen, 2, "line {n}: marksweep collections are full");
                }
                assert!(num(&e, "pause_us", n) >= 0.0);
                let examined = count(&e, "examined", n);
                let unreachable = count(&e, "unreachable", n);
                let finalized = count(&e, "finalized", n);
                let freed = count(&e, "freed", n);
                let released = count(&e, "released", n);
                count(&e, "collected", n);
                assert!(unreachable <= examined, "line {n}: unreachable > examined");
                assert!(freed <= unreachable, "line {n}: freed > unreachable");
                assert!(freed <= examined, "line {n}: freed > examined");
                assert!(
                    finalized <= unreachable,
                    "line {n}: finalized > unreachable"
                );
                assert!(released >= freed, "line {n}: released < freed");
                let (before, after) = (count(&e, "heap_before", n), count(&e, "heap_after", n));
                peak_seen = peak_seen.max(before).max(after);
                if gc == "refcount" {
                    assert_eq!(
                        (examined, freed),
                        (0, 0),
                        "line {n}: refcount collects nothing"
                    );
                }
            }
            "cascade" => {
                assert!(!text(&e, "root_type", n).is_empty());
                assert!(count(&e, "freed", n) >= 1000, "line {n}: a small cascade");
                assert!(num(&e, "duration_us", n) >= 0.0);
            }
            "heap" => {
                peak_seen = peak_seen.max(count(&e, "bytes", n));
                count(&e, "objects", n);
            }
            "alloc" => {
                count(&e, "addr", n);
                assert!(count(&e, "size", n) >= 16, "line {n}: size");
                assert!(!text(&e, "type", n).is_empty());
            }
            "free" => {
                count(&e, "addr", n);
                count(&e, "size", n);
                assert!(!text(&e, "type", n).is_empty());
                let cause = text(&e, "cause", n);
                let allowed: &[&str] = match gc {
                    "refcount" => &["refcount"],
                    "generational" => &["refcount", "cycle"],
                    _ => &["sweep"],
                };
                assert!(
                    allowed.contains(&cause),
                    "line {n}: cause {cause} under {gc}"
                );
            }
            "summary" => assert_eq!(n, lines.len(), "line {n}: the summary is not last"),
            other => panic!("line {n}: unknown event {other}"),
        }
        events.push(e);
    }
    assert!(open.is_none(), "the last collection never ended");
    let s = events.last().unwrap();
    let n = lines.len();
    assert_eq!(
        text(s, "event", n),
        "summary",
        "the trace does not end with a summary"
    );
    assert_eq!(text(s, "collector", n), gc);
    let ends = events.iter().filter(|e| e["event"] == "gc_end").count() as u64;
    assert_eq!(count(s, "collections", n), ends, "summary collections");
    let by_gen: u64 = (0..3)
        .map(|g| count(s, &format!("collections_gen{g}"), n))
        .sum();
    assert_eq!(by_gen, ends, "collections per generation");
    let freed = count(s, "freed", n);
    let by_cause: u64 = ["refcount", "cycle", "sweep"]
        .iter()
        .map(|c| count(s, &format!("freed_{c}"), n))
        .sum();
    assert_eq!(by_cause, freed, "frees by cause");
    assert!(count(s, "allocated", n) >= freed);
    let peak = count(s, "heap_peak", n);
    assert!(
        peak >= peak_seen,
        "peak {peak} below a heap figure {peak_seen}"
    );
    assert!(count(s, "heap_at_exit", n) <= peak);
    assert!(count(s, "leaked_objects", n) <= count(s, "objects_alive", n));
    assert!(count(s, "leaked_bytes", n) <= count(s, "heap_at_exit", n));
    assert!(count(s, "rss_peak", n) > 0, "peak RSS");
    for k in [
        "pause_total_us",
        "pause_max_us",
        "pause_p50_us",
        "pause_p99_us",
        "wall_us",
    ] {
        num(s, k, n);
    }
    assert!(num(s, "pause_max_us", n) >= num(s, "pause_p99_us", n));
    assert!(num(s, "pause_p99_us", n) >= num(s, "pause_p50_us", n));
    events
}

fn of<'a>(events: &'a [Map<String, Value>], name: &str) -> Vec<&'a Map<String, Value>> {
    events.iter().filter(|e| e["event"] == name).collect()
}

#[test]
fn traces_of_every_collector_follow_the_schema() {
    let plain_dir = scratch("trace", "plain");
    std::fs::write(plain_dir.join("prog.py"), PROGRAM).unwrap();
    for gc in COLLECTORS {
        let plain = ouro(&plain_dir, &["run", "--gc", gc, "prog.py"]);
        let (o, trace) = traced(&format!("schema_{gc}"), gc, &[]);
        assert_eq!(
            o.stdout, plain.stdout,
            "--trace changed the output under {gc}"
        );
        let events = validate(&trace, gc);
        let ends = of(&events, "gc_end");
        assert!(
            ends.iter().any(|e| e["reason"] == "explicit"),
            "{gc}: gc.collect()"
        );
        assert!(
            ends.iter().any(|e| e["reason"] == "exit"),
            "{gc}: the exit collection"
        );
        let summary = events.last().unwrap();
        match gc {
            "refcount" => {
                assert!(
                    !of(&events, "cascade").is_empty(),
                    "refcount: no cascade event"
                );
                assert!(
                    summary["leaked_objects"].as_u64() > Some(40000),
                    "the cycles leak"
                );
                assert_eq!(summary["freed_cycle"], 0);
                assert_eq!(summary["freed_sweep"], 0);
            }
            "generational" => {
                assert!(ends
                    .iter()
                    .any(|e| e["reason"] == "threshold" && e["freed"].as_u64() > Some(0)));
                assert!(
                    ends.iter().any(|e| e["finalized"].as_u64() > Some(0)),
                    "the finalizer in a cycle"
                );
                assert!(summary["freed_cycle"].as_u64() > Some(0));
                assert!(
                    !of(&events, "cascade").is_empty(),
                    "generational: no cascade event"
                );
            }
            _ => {
                assert!(ends
                    .iter()
                    .any(|e| e["reason"] == "heap_growth" && e["freed"].as_u64() > Some(0)));
                assert_eq!(summary["freed_refcount"], 0);
                assert_eq!(summary["leaked_objects"], 0);
                assert!(summary["freed_sweep"].as_u64() > Some(0));
            }
        }
    }
}

#[test]
fn trace_alloc_adds_an_event_per_allocation_and_free() {
    for gc in COLLECTORS {
        let (_, trace) = traced(&format!("alloc_{gc}"), gc, &["--trace-alloc"]);
        let events = validate(&trace, gc);
        let allocs = of(&events, "alloc");
        let frees = of(&events, "free");
        let summary = events.last().unwrap();
        assert!(allocs.len() > 40000, "{gc}: {} alloc events", allocs.len());
        assert!(allocs.len() as u64 <= summary["allocated"].as_u64().unwrap());
        assert!(frees.len() as u64 <= summary["freed"].as_u64().unwrap());
        assert!(
            allocs.iter().any(|e| e["type"] == "Node"),
            "{gc}: instances carry their class"
        );
        // (Under refcount every Node is in a cycle that is never freed.)
        let freed_type = if gc == "refcount" { "list" } else { "Node" };
        assert!(
            frees.iter().any(|e| e["type"] == freed_type),
            "{gc}: a free names its type"
        );
    }
}

#[test]
fn chrome_format_is_a_trace_event_file_with_a_gc_track_and_a_heap_counter() {
    for gc in COLLECTORS {
        let (_, trace) = traced(&format!("chrome_{gc}"), gc, &["--trace-format", "chrome"]);
        let v: Value = serde_json::from_str(&trace).expect("the Chrome trace is one JSON document");
        let events = v["traceEvents"].as_array().expect("traceEvents");
        for e in events {
            for k in ["name", "ph", "pid", "tid"] {
                assert!(e.get(k).is_some(), "{gc}: {k} missing in {e}");
            }
            if e["ph"] != "M" {
                assert!(e["ts"].as_f64().is_some(), "{gc}: ts in {e}");
            }
        }
        let gc_events: Vec<&Value> = events
            .iter()
            .filter(|e| e["ph"] == "X" && e["tid"] == 1)
            .collect();
        assert!(!gc_events.is_empty(), "{gc}: no collection on the GC track");
        for e in &gc_events {
            assert!(
                e["dur"].as_f64().is_some(),
                "{gc}: a duration event without dur"
            );
            assert!(e["args"]["pause_us"].as_f64().is_some());
        }
        assert!(
            events.iter().any(|e| e["ph"] == "C"
                && e["name"] == "heap"
                && e["args"]["bytes"].as_f64().is_some()),
            "{gc}: no heap counter"
        );
        assert!(
            events
                .iter()
                .any(|e| e["ph"] == "M" && e["name"] == "thread_name" && e["tid"] == 1),
            "{gc}: the GC track is not named"
        );
        assert_eq!(v["otherData"]["collector"], gc);
    }
}

#[test]
fn bad_trace_options_are_usage_errors() {
    let dir = scratch("trace", "bad_options");
    std::fs::write(dir.join("p.py"), "print(1)\n").unwrap();
    let cases: [&[&str]; 3] = [
        &["run", "--trace-alloc", "p.py"],
        &["run", "--trace", "t.out", "--trace-format", "xml", "p.py"],
        &["run", "--trace", "no/such/dir/t.out", "p.py"],
    ];
    for args in cases {
        let o = ouro(&dir, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", report(&o));
        assert!(o.stdout.is_empty(), "{args:?}: {}", report(&o));
        assert!(!o.stderr.is_empty(), "{args:?}: no message");
    }
}

#[test]
fn ouro_trace_reads_a_trace_back_and_compares_two() {
    let (_, a) = traced("report_generational", "generational", &[]);
    let (_, b) = traced("report_refcount", "refcount", &[]);
    let dir = scratch("trace", "report");
    std::fs::write(dir.join("a.jsonl"), &a).unwrap();
    std::fs::write(dir.join("b.jsonl"), &b).unwrap();
    let one = ouro(&dir, &["trace", "a.jsonl"]);
    assert_eq!(one.status.code(), Some(0), "{}", report(&one));
    let out = String::from_utf8_lossy(&one.stdout).to_string();
    let collections = a
        .lines()
        .filter(|l| l.contains("\"event\":\"gc_end\""))
        .count();
    let lines: Vec<&str> = out.lines().filter(|l| l.starts_with("gc ")).collect();
    assert_eq!(lines.len(), collections, "{out}");
    assert!(lines[0].starts_with("gc 1 @"), "{out}");
    assert!(lines.iter().any(|l| l.contains("gen2 explicit")), "{out}");
    assert!(out.contains("collector        generational"), "{out}");
    assert!(out.contains("freed            "), "{out}");

    let two = ouro(&dir, &["trace", "a.jsonl", "b.jsonl"]);
    assert_eq!(two.status.code(), Some(0), "{}", report(&two));
    let out = String::from_utf8_lossy(&two.stdout).to_string();
    let row = out
        .lines()
        .find(|l| l.starts_with("collector "))
        .unwrap_or("");
    assert!(
        row.contains("generational") && row.contains("refcount"),
        "{out}"
    );

    std::fs::write(dir.join("prog.py"), PROGRAM).unwrap();
    for (args, status) in [
        (&["trace", "missing.jsonl"][..], 2),
        (&["trace", "prog.py"][..], 1),
        (&["trace"][..], 2),
    ] {
        let o = ouro(&dir, args);
        assert_eq!(o.status.code(), Some(status), "{args:?}: {}", report(&o));
        assert!(!o.stderr.is_empty(), "{args:?}");
    }
}
