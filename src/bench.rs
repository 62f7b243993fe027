//! `ouro bench [FILES|DIRS] [--gc LIST] [--runs N] [--baseline CMD]
//! [--json FILE]`: each workload under each collector, `N` timed runs
//! alternating with the baseline interpreter (resolved to its real binary
//! through `sys.executable`, since `python3` on PATH may be a slow shim),
//! plus one traced run per collector for the heap and collector figures.
//! One table: median wall time, peak heap and RSS, GC share, max pause,
//! and the ratios to the baseline; then the geometric mean of the time
//! ratios per collector. `--json` keeps every figure, to track over time.

use crate::compare::{bytes, int, num, run_once};
use crate::proc::{run_measured, Measured};
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{json, Value};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub inputs: Vec<String>,
    pub collectors: Vec<String>,
    pub runs: usize,
    pub baseline: Option<String>,
    pub json: Option<String>,
}

/// The figures of one workload under one collector.
struct Row {
    workload: String,
    collector: String,
    times: Vec<Duration>,
    rss: Vec<u64>,
    output_ok: bool,
    failed: Option<String>,
    heap_peak: u64,
    gc_share: f64,
    max_pause_us: f64,
    collections: u64,
}

struct Baseline {
    argv: Vec<String>,
    times: Vec<Duration>,
    rss: Vec<u64>,
    stdout: Vec<u8>,
    failed: Option<String>,
}

fn median<T: Copy + Ord>(v: &[T]) -> Option<T> {
    let mut s = v.to_vec();
    s.sort_unstable();
    s.get((s.len().max(1) - 1) / 2).copied()
}

fn secs(d: Duration) -> String {
    format!("{:.3}s", d.as_secs_f64())
}

/// The workload files: each file given, and every `.py` of each
/// directory given, sorted by name.
fn workloads(inputs: &[String]) -> Result<Vec<PathBuf>, String> {
    let mut out = Vec::new();
    for i in inputs {
        let p = Path::new(i);
        let meta =
            std::fs::metadata(p).map_err(|e| format!("ouro bench: can't open '{i}': {e}"))?;
        if meta.is_dir() {
            let mut files: Vec<PathBuf> = std::fs::read_dir(p)
                .map_err(|e| format!("ouro bench: can't read '{i}': {e}"))?
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|f| f.extension().is_some_and(|x| x == "py"))
                .collect();
            files.sort();
            if files.is_empty() {
                return Err(format!("ouro bench: no .py files in '{i}'"));
            }
            out.extend(files);
        } else {
            out.push(p.to_path_buf());
        }
    }
    Ok(out)
}

/// The arguments a workload asks to be run with: the words after
/// `# bench-args:` on a line of its own (so that a program sized small
/// for the test corpus runs at benchmark size here).
fn workload_args(file: &Path) -> Vec<String> {
    let text = std::fs::read_to_string(file).unwrap_or_default();
    text.lines()
        .find_map(|l| l.trim().strip_prefix("# bench-args:"))
        .map(|a| a.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// `CMD` split into words, its program replaced by the interpreter's own
/// `sys.executable` when it answers.
fn resolve_baseline(cmd: &str) -> Result<Vec<String>, String> {
    let mut argv: Vec<String> = cmd.split_whitespace().map(str::to_string).collect();
    if argv.is_empty() {
        return Err("ouro bench: --baseline needs a command".to_string());
    }
    let out = Command::new(&argv[0])
        .args(&argv[1..])
        .args(["-c", "import sys; print(sys.executable)"])
        .output()
        .map_err(|e| format!("ouro bench: can't run baseline '{cmd}': {e}"))?;
    let exe = String::from_utf8_lossy(&out.stdout).trim().to_string();
    // Only the same program by another path (a shim's real binary): a
    // baseline that runs Python some other way (`ouro run`, a wrapper
    // script) may answer with a Python it is not.
    let same_name = Path::new(&exe).file_name() == Path::new(&argv[0]).file_name();
    if out.status.success() && same_name && Path::new(&exe).exists() {
        argv[0] = exe;
    }
    Ok(argv)
}

fn failure(m: &Measured) -> Option<String> {
    match m.status {
        Some(0) => None,
        s => {
            let err = String::from_utf8_lossy(&m.stderr);
            let last = err.lines().last().unwrap_or("").to_string();
            Some(format!(
                "{}: {last}",
                s.map_or("killed".into(), |s| format!("exit {s}"))
            ))
        }
    }
}

pub fn run(opts: &BenchOptions) -> i32 {
    match bench(opts) {
        Ok(status) => status,
        Err(msg) => {
            eprintln!("{msg}");
            2
        }
    }
}

fn bench(opts: &BenchOptions) -> Result<i32, String> {
    let inputs = if opts.inputs.is_empty() {
        vec!["benches/workloads".to_string()]
    } else {
        opts.inputs.clone()
    };
    let files = workloads(&inputs)?;
    let baseline_argv = opts.baseline.as_deref().map(resolve_baseline).transpose()?;
    let exe = std::env::current_exe().map_err(|e| format!("ouro bench: {e}"))?;
    let scratch = std::env::temp_dir().join(format!("ouro-bench-{}", std::process::id()));
    std::fs::create_dir_all(&scratch).map_err(|e| format!("ouro bench: {e}"))?;
    let per_workload = opts.runs * (opts.collectors.len() + usize::from(baseline_argv.is_some()))
        + opts.collectors.len();
    let bar = ProgressBar::new((files.len() * per_workload) as u64);
    bar.set_style(
        ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_prefix("ouro bench");
    let mut rows: Vec<Row> = Vec::new();
    let mut baselines: Vec<Option<Baseline>> = Vec::new();
    for file in &files {
        let name = file.file_stem().map_or_else(
            || file.display().to_string(),
            |s| s.to_string_lossy().into_owned(),
        );
        let path = file.display().to_string();
        let args = workload_args(file);
        let program: Vec<String> = std::iter::once(path.clone())
            .chain(args.iter().cloned())
            .collect();
        let mut cols: Vec<Row> = opts
            .collectors
            .iter()
            .map(|c| Row {
                workload: name.clone(),
                collector: c.clone(),
                times: Vec::new(),
                rss: Vec::new(),
                output_ok: true,
                failed: None,
                heap_peak: 0,
                gc_share: 0.0,
                max_pause_us: 0.0,
                collections: 0,
            })
            .collect();
        let mut base = baseline_argv.as_ref().map(|argv| Baseline {
            argv: argv.clone(),
            times: Vec::new(),
            rss: Vec::new(),
            stdout: Vec::new(),
            failed: None,
        });
        let mut outputs: Vec<Vec<u8>> = vec![Vec::new(); cols.len()];
        for round in 0..opts.runs {
            if let Some(b) = base.as_mut() {
                bar.set_message(format!(
                    "{name}: baseline (run {} of {})",
                    round + 1,
                    opts.runs
                ));
                let m = run_measured(Command::new(&b.argv[0]).args(&b.argv[1..]).args(&program))
                    .map_err(|e| format!("ouro bench: can't run the baseline: {e}"))?;
                b.failed = b.failed.take().or_else(|| failure(&m));
                b.times.push(m.wall);
                b.rss.push(m.max_rss);
                b.stdout = m.stdout;
                bar.inc(1);
            }
            for (i, col) in cols.iter_mut().enumerate() {
                bar.set_message(format!(
                    "{name}: {} (run {} of {})",
                    col.collector,
                    round + 1,
                    opts.runs
                ));
                let m = run_measured(
                    Command::new(&exe)
                        .args(["run", "--gc", &col.collector])
                        .args(&program),
                )
                .map_err(|e| format!("ouro bench: can't run ouro: {e}"))?;
                col.failed = col.failed.take().or_else(|| failure(&m));
                col.times.push(m.wall);
                col.rss.push(m.max_rss);
                outputs[i] = m.stdout;
                bar.inc(1);
            }
        }
        // One traced run each for the heap and collector figures (not
        // timed: tracing is cheap, but the timed runs are untouched).
        for col in cols.iter_mut() {
            bar.set_message(format!("{name}: {} (traced)", col.collector));
            let trace = scratch.join(format!("{name}-{}.jsonl", col.collector));
            let r = run_once(&exe, &col.collector, &program, &trace)?;
            if let Some(s) = r.summary() {
                col.heap_peak = int(s, "heap_peak");
                col.gc_share = num(s, "pause_total_us") / num(s, "wall_us").max(1e-9);
                col.max_pause_us = num(s, "pause_max_us");
                col.collections = int(s, "collections");
            }
            bar.inc(1);
        }
        for (col, out) in cols.iter_mut().zip(&outputs) {
            col.output_ok = match &base {
                Some(b) => *out == b.stdout,
                None => *out == outputs[0],
            };
        }
        rows.extend(cols);
        baselines.push(base);
    }
    bar.finish_and_clear();
    let _ = std::fs::remove_dir_all(&scratch);
    let (text, summary) = render(&rows, &baselines, opts);
    print!("{text}");
    if let Some(path) = &opts.json {
        let doc = to_json(&rows, &baselines, opts, summary);
        let text = serde_json::to_string_pretty(&doc).expect("JSON");
        std::fs::write(path, text + "\n")
            .map_err(|e| format!("ouro bench: can't write '{path}': {e}"))?;
        eprintln!("results written to {path}");
    }
    let bad = rows.iter().any(|r| r.failed.is_some() || !r.output_ok)
        || baselines.iter().flatten().any(|b| b.failed.is_some());
    Ok(i32::from(bad))
}

/// The geometric mean of each collector's time ratios to the baseline.
type Geomeans = Vec<(String, f64)>;

fn render(rows: &[Row], baselines: &[Option<Baseline>], opts: &BenchOptions) -> (String, Geomeans) {
    let per = opts.collectors.len();
    let mut table: Vec<Vec<String>> = vec![[
        "workload",
        "collector",
        "median",
        "baseline",
        "ratio",
        "peak heap",
        "peak RSS",
        "RSS ratio",
        "GC share",
        "max pause",
        "output",
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()];
    let mut logs: Vec<(f64, usize)> = vec![(0.0, 0); per];
    for (w, chunk) in rows.chunks(per).enumerate() {
        let base = baselines[w].as_ref();
        let bmed = base.and_then(|b| median(&b.times));
        let brss = base.and_then(|b| median(&b.rss));
        for (k, r) in chunk.iter().enumerate() {
            let med = median(&r.times).unwrap_or_default();
            let rss = median(&r.rss).unwrap_or(0);
            let ratio = bmed.map(|b| med.as_secs_f64() / b.as_secs_f64().max(1e-9));
            if let Some(x) = ratio {
                logs[k].0 += x.ln();
                logs[k].1 += 1;
            }
            let status = match (&r.failed, r.output_ok) {
                (Some(f), _) => format!("FAILED ({f})"),
                (None, true) => "ok".to_string(),
                (None, false) => "DIFFERS".to_string(),
            };
            table.push(vec![
                r.workload.clone(),
                r.collector.clone(),
                secs(med),
                bmed.map_or("-".into(), secs),
                ratio.map_or("-".into(), |x| format!("{x:.2}x")),
                bytes(r.heap_peak),
                bytes(rss),
                brss.map_or("-".into(), |b| {
                    format!("{:.2}x", rss as f64 / b.max(1) as f64)
                }),
                format!("{:.1}%", r.gc_share * 100.0),
                format!("{:.2}ms", r.max_pause_us / 1000.0),
                status,
            ]);
        }
    }
    let widths: Vec<usize> = (0..table[0].len())
        .map(|c| table.iter().map(|r| r[c].len()).max().unwrap_or(0))
        .collect();
    let mut out = String::new();
    for r in &table {
        let line: Vec<String> = r
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, w))| {
                if i < 2 || i == r.len() - 1 {
                    format!("{cell:<w$}")
                } else {
                    format!("{cell:>w$}")
                }
            })
            .collect();
        out.push_str(line.join("  ").trim_end());
        out.push('\n');
    }
    let geo: Geomeans = opts
        .collectors
        .iter()
        .zip(&logs)
        .filter(|(_, (_, n))| *n > 0)
        .map(|(c, (sum, n))| (c.clone(), (sum / *n as f64).exp()))
        .collect();
    if !geo.is_empty() {
        out.push_str("\ngeometric mean of time ratios to the baseline:");
        for (c, g) in &geo {
            out.push_str(&format!("  {c} {g:.2}x"));
        }
        out.push('\n');
    }
    out.push_str(&format!(
        "({} timed run{} each, alternating{}; heap, GC share and pause from one traced run)\n",
        opts.runs,
        if opts.runs == 1 { "" } else { "s" },
        baselines
            .iter()
            .flatten()
            .next()
            .map_or(String::new(), |b| format!(" with {}", b.argv.join(" ")))
    ));
    (out, geo)
}

fn to_json(
    rows: &[Row],
    baselines: &[Option<Baseline>],
    opts: &BenchOptions,
    geo: Geomeans,
) -> Value {
    let per = opts.collectors.len();
    let results: Vec<Value> = rows
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let base = baselines[i / per].as_ref();
            let t: Vec<f64> = r.times.iter().map(Duration::as_secs_f64).collect();
            let med = median(&r.times).unwrap_or_default().as_secs_f64();
            let bmed = base.and_then(|b| median(&b.times)).map(|d| d.as_secs_f64());
            json!({
                "workload": r.workload,
                "collector": r.collector,
                "times_s": t,
                "median_s": med,
                "peak_rss": median(&r.rss).unwrap_or(0),
                "peak_heap": r.heap_peak,
                "gc_share": r.gc_share,
                "max_pause_us": r.max_pause_us,
                "collections": r.collections,
                "output_ok": r.output_ok,
                "failed": r.failed,
                "baseline_median_s": bmed,
                "baseline_times_s": base.map(|b| b.times.iter().map(Duration::as_secs_f64).collect::<Vec<_>>()),
                "baseline_peak_rss": base.and_then(|b| median(&b.rss)),
                "ratio": bmed.map(|b| med / b.max(1e-9)),
            })
        })
        .collect();
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    json!({
        "v": 1,
        "unix_time": now,
        "ouro": env!("CARGO_PKG_VERSION"),
        "runs": opts.runs,
        "collectors": opts.collectors,
        "baseline": baselines.iter().flatten().next().map(|b| b.argv.join(" ")),
        "results": results,
        "geomean_ratio": geo.into_iter().map(|(c, g)| (c, json!(g))).collect::<serde_json::Map<_, _>>(),
    })
}
