//! `ouro bench`: the table and the JSON it writes, alternating with a
//! baseline (python3, resolved to its real binary), output checked against
//! it; a workload's `# bench-args:`; and the GC workloads of
//! `benches/workloads/`, at small sizes, print what python3 prints under
//! every collector (the classic ones are corpus programs). No timing is
//! asserted.

mod common;

use common::{have, ouro, report, scratch};

use serde_json::Value;
use std::path::Path;
use std::process::Command;

#[test]
fn bench_runs_each_workload_under_each_collector_against_a_baseline() {
    if !have("python3", "--version") {
        eprintln!("python3 not found: skipped");
        return;
    }
    let dir = scratch("bench", "table");
    let w = dir.join("work");
    std::fs::create_dir_all(&w).unwrap();
    // Long enough (tens of milliseconds) for the peak-RSS watcher, which
    // polls every millisecond, to see each run even on a loaded machine.
    std::fs::write(w.join("a_sum.py"), "print(sum(range(1000000)))\n").unwrap();
    std::fs::write(
        w.join("b_pairs.py"),
        // Its size comes from its `# bench-args:` line, passed to both
        // interpreters (a run without them fails).
        "import sys\nclass N: pass\nfor i in range(int(sys.argv[1])):\n    a = N(); b = N(); a.b = b; b.a = a\nprint('ok', sys.argv[2])\n# bench-args: 30000 x\n",
    )
    .unwrap();
    std::fs::write(w.join("notes.txt"), "not a workload\n").unwrap();
    let o = ouro(
        &dir,
        &[
            "bench",
            "work",
            "--runs",
            "2",
            "--gc",
            "refcount,marksweep",
            "--baseline",
            "python3",
            "--json",
            "out.json",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    let table = String::from_utf8_lossy(&o.stdout).to_string();
    let rows: Vec<Vec<&str>> = table
        .lines()
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| l.split_whitespace().collect())
        .collect();
    assert_eq!(rows.len(), 4, "two workloads, two collectors\n{table}");
    assert_eq!((rows[0][0], rows[0][1]), ("a_sum", "refcount"), "{table}");
    assert_eq!(
        (rows[3][0], rows[3][1]),
        ("b_pairs", "marksweep"),
        "{table}"
    );
    assert!(rows.iter().all(|r| *r.last().unwrap() == "ok"), "{table}");
    assert!(table.contains("geometric mean of time ratios"), "{table}");

    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out.json")).unwrap()).unwrap();
    assert_eq!(v["v"], 1);
    assert_eq!(v["runs"], 2);
    let baseline = v["baseline"].as_str().unwrap();
    assert!(
        Path::new(baseline).is_absolute(),
        "resolved through sys.executable: {baseline}"
    );
    let results = v["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    for r in results {
        assert_eq!(r["times_s"].as_array().unwrap().len(), 2, "{r}");
        assert_eq!(r["baseline_times_s"].as_array().unwrap().len(), 2, "{r}");
        assert!(r["median_s"].as_f64().unwrap() > 0.0);
        assert!(r["ratio"].as_f64().unwrap() > 0.0);
        assert!(r["peak_rss"].as_u64().unwrap() > 0);
        assert!(r["peak_heap"].as_u64().unwrap() > 0);
        assert_eq!(r["output_ok"], true);
    }
    let pairs_refcount = &results[2];
    assert_eq!(pairs_refcount["collector"], "refcount");
    let pairs_marksweep = &results[3];
    assert!(
        pairs_refcount["peak_heap"].as_u64() > pairs_marksweep["peak_heap"].as_u64(),
        "refcount keeps the cycles: {pairs_refcount} vs {pairs_marksweep}"
    );
    assert!(v["geomean_ratio"]["refcount"].as_f64().unwrap() > 0.0);
}

#[test]
fn bench_flags_output_that_differs_from_the_baseline() {
    if !have("python3", "--version") {
        return;
    }
    let dir = scratch("bench", "differs");
    std::fs::write(
        dir.join("leak.py"),
        "import gc\nl = []\nl.append(l)\ndel l\nprint(gc.collect())\n",
    )
    .unwrap();
    let o = ouro(
        &dir,
        &[
            "bench",
            "--runs",
            "1",
            "--gc",
            "refcount",
            "--baseline",
            "python3",
            "leak.py",
        ],
    );
    assert_eq!(o.status.code(), Some(1), "{}", report(&o));
    assert!(
        String::from_utf8_lossy(&o.stdout).contains("DIFFERS"),
        "{}",
        report(&o)
    );
}

#[test]
fn a_baseline_that_is_not_the_python_it_names_is_kept_as_given() {
    // Another build of ouro as the baseline: asked for `sys.executable`,
    // `ouro run` names a Python, which must not replace it.
    let dir = scratch("bench", "ouro_baseline");
    std::fs::write(dir.join("w.py"), "print(sum(range(1000)))\n").unwrap();
    let me = env!("CARGO_BIN_EXE_ouro");
    let baseline = format!("{me} run --gc refcount");
    let o = ouro(
        &dir,
        &[
            "bench",
            "--runs",
            "1",
            "--gc",
            "refcount",
            "--baseline",
            &baseline,
            "--json",
            "out.json",
            "w.py",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    let v: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("out.json")).unwrap()).unwrap();
    assert_eq!(v["baseline"], baseline.as_str(), "{}", report(&o));
    assert_eq!(v["results"][0]["output_ok"], true, "{}", report(&o));
}

#[test]
fn bad_bench_arguments_are_usage_errors() {
    let dir = scratch("bench", "bad");
    std::fs::create_dir_all(dir.join("empty")).unwrap();
    for args in [
        &["bench", "missing_dir"][..],
        &["bench", "empty"],
        &["bench", "--runs", "x", "empty"],
        &["bench", "--gc", "nosuch", "empty"],
        &["bench", "--frobnicate"],
    ] {
        let o = ouro(&dir, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", report(&o));
        assert!(!o.stderr.is_empty(), "{args:?}");
    }
}

#[test]
fn the_gc_workloads_print_what_python3_prints_at_small_sizes() {
    if !have("python3", "--version") {
        return;
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/workloads");
    let sizes = [
        ("binary_trees.py", "6"),
        ("cycles.py", "3000"),
        ("dict_churn.py", "3000"),
        ("finalizers.py", "3000"),
        ("linked_list.py", "20000"),
        ("long_lived.py", "3000"),
        ("string_build.py", "3000"),
        ("weakrefs.py", "3000"),
    ];
    let mut files: Vec<String> = Vec::new();
    for e in std::fs::read_dir(&root).unwrap().filter_map(|e| e.ok()) {
        let name = e.file_name().to_string_lossy().into_owned();
        if !name.ends_with(".py") {
            continue;
        }
        if e.file_type().unwrap().is_symlink() {
            // A classic workload: a corpus program (which the corpus test
            // runs at its small default size under every collector) with
            // its benchmark size.
            let target = std::fs::canonicalize(e.path()).unwrap();
            let corpus = std::fs::canonicalize(root.join("../../tests/programs/bench")).unwrap();
            assert_eq!(target.parent(), Some(corpus.as_path()), "{name}");
            let text = std::fs::read_to_string(&target).unwrap();
            assert!(
                text.lines().any(|l| l.starts_with("# bench-args: ")),
                "{name} has no `# bench-args:` line"
            );
        } else {
            files.push(name);
        }
    }
    files.sort();
    let named: Vec<&str> = sizes.iter().map(|s| s.0).collect();
    assert_eq!(files, named, "every GC workload has a small size here");
    for (file, size) in sizes {
        let path = root.join(file);
        let want = Command::new("python3")
            .arg(&path)
            .arg(size)
            .output()
            .unwrap();
        assert!(want.status.success(), "python3 {file}");
        for gc in ["generational", "refcount", "marksweep"] {
            let got = Command::new(env!("CARGO_BIN_EXE_ouro"))
                .args(["run", "--gc", gc])
                .arg(&path)
                .arg(size)
                .output()
                .unwrap();
            assert_eq!(
                String::from_utf8_lossy(&got.stdout),
                String::from_utf8_lossy(&want.stdout),
                "{file} under {gc}: {}",
                report(&got)
            );
        }
    }
}
