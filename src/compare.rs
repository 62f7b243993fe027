//! `ouro compare FILE [ARGS] [--gc LIST] [--runs N] [--report FILE.html]`:
//! the program under each collector, `N` rounds alternating between them,
//! each run traced (`--trace`, `docs/TRACE.md`); one table with a column
//! per collector, and a short diff of any output that differs from the
//! first collector's. `--report` writes the same as one self-contained
//! HTML page with plots (`report.rs`).

use crate::report;
use indicatif::{ProgressBar, ProgressStyle};
use serde_json::{Map, Value};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub type Event = Map<String, Value>;

/// What `ouro compare` was asked.
#[derive(Debug, Clone)]
pub struct CompareOptions {
    pub collectors: Vec<String>,
    pub runs: usize,
    pub report: Option<String>,
    /// The program and its arguments.
    pub program: Vec<String>,
}

/// One run of the program under one collector.
pub struct Run {
    pub wall: Duration,
    pub status: Option<i32>,
    pub stdout: String,
    pub stderr: String,
    pub events: Vec<Event>,
}

impl Run {
    pub fn summary(&self) -> Option<&Event> {
        self.events.last().filter(|e| e["event"] == "summary")
    }
}

/// Every run of one collector, and the one with the median time.
pub struct Column {
    pub collector: String,
    pub runs: Vec<Run>,
}

impl Column {
    /// The run whose time is the median (the lower one of an even count):
    /// its trace stands for the collector.
    pub fn median_run(&self) -> &Run {
        let mut order: Vec<usize> = (0..self.runs.len()).collect();
        order.sort_by_key(|&i| self.runs[i].wall);
        &self.runs[order[(order.len() - 1) / 2]]
    }

    pub fn median_wall(&self) -> Duration {
        self.median_run().wall
    }
}

pub fn num(e: &Event, k: &str) -> f64 {
    e.get(k).and_then(Value::as_f64).unwrap_or(0.0)
}

pub fn int(e: &Event, k: &str) -> u64 {
    e.get(k).and_then(Value::as_u64).unwrap_or(0)
}

/// Bytes, short: 512B, 14.2K, 3.1M.
pub fn bytes(n: u64) -> String {
    let n = n as f64;
    if n < 1024.0 {
        format!("{n}B")
    } else if n < 1024.0 * 1024.0 {
        format!("{:.1}K", n / 1024.0)
    } else if n < 1024.0 * 1024.0 * 1024.0 {
        format!("{:.1}M", n / (1024.0 * 1024.0))
    } else {
        format!("{:.2}G", n / (1024.0 * 1024.0 * 1024.0))
    }
}

pub fn ms(us: f64) -> String {
    if us >= 10_000.0 {
        format!("{:.1} ms", us / 1000.0)
    } else {
        format!("{:.3} ms", us / 1000.0)
    }
}

/// A scratch directory for the traces, removed when dropped.
struct Scratch(PathBuf);

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

pub fn run_once(
    exe: &Path,
    collector: &str,
    program: &[String],
    trace: &Path,
) -> Result<Run, String> {
    let started = Instant::now();
    let out = Command::new(exe)
        .args(["run", "--gc", collector, "--trace"])
        .arg(trace)
        .args(program)
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("ouro compare: can't run {}: {e}", exe.display()))?;
    let wall = started.elapsed();
    let text = std::fs::read_to_string(trace).unwrap_or_default();
    let events = text
        .lines()
        .filter_map(|l| match serde_json::from_str::<Value>(l) {
            Ok(Value::Object(e)) => Some(e),
            _ => None,
        })
        .collect();
    Ok(Run {
        wall,
        status: out.status.code(),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        events,
    })
}

/// Run everything; the columns in the order of `opts.collectors`.
fn measure(opts: &CompareOptions) -> Result<Vec<Column>, String> {
    let exe = std::env::current_exe().map_err(|e| format!("ouro compare: {e}"))?;
    let dir = std::env::temp_dir().join(format!("ouro-compare-{}", std::process::id()));
    std::fs::create_dir_all(&dir).map_err(|e| format!("ouro compare: {}: {e}", dir.display()))?;
    let scratch = Scratch(dir);
    let mut columns: Vec<Column> = opts
        .collectors
        .iter()
        .map(|c| Column {
            collector: c.clone(),
            runs: Vec::new(),
        })
        .collect();
    let total = (opts.runs * columns.len()) as u64;
    let bar = ProgressBar::new(total);
    bar.set_style(
        ProgressStyle::with_template("{prefix} [{bar:30}] {pos}/{len} {msg}")
            .expect("a valid template")
            .progress_chars("=> "),
    );
    bar.set_prefix("ouro compare");
    for round in 0..opts.runs {
        for col in columns.iter_mut() {
            bar.set_message(format!(
                "{} (run {} of {})",
                col.collector,
                round + 1,
                opts.runs
            ));
            let trace = scratch.0.join(format!("{}-{round}.jsonl", col.collector));
            let run = run_once(&exe, &col.collector, &opts.program, &trace)?;
            col.runs.push(run);
            bar.inc(1);
        }
    }
    bar.finish_and_clear();
    Ok(columns)
}

/// A short line diff of `b` against `a` (at most `max` lines shown).
pub fn short_diff(a: &str, b: &str, max: usize) -> Vec<String> {
    let (a, b): (Vec<&str>, Vec<&str>) = (a.lines().collect(), b.lines().collect());
    let mut out = Vec::new();
    // Common prefix and suffix, then the differing middle of each.
    let pre = a.iter().zip(&b).take_while(|(x, y)| x == y).count();
    let suf = a[pre..]
        .iter()
        .rev()
        .zip(b[pre..].iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    out.push(format!(
        "@@ line {} @@ ({} lines removed, {} added)",
        pre + 1,
        a.len() - pre - suf,
        b.len() - pre - suf
    ));
    for l in &a[pre..a.len() - suf] {
        out.push(format!("-{l}"));
    }
    for l in &b[pre..b.len() - suf] {
        out.push(format!("+{l}"));
    }
    if out.len() > max + 1 {
        let more = out.len() - max - 1;
        out.truncate(max + 1);
        out.push(format!("... ({more} more lines)"));
    }
    out
}

/// The rows of the table: a label and one cell per column.
pub fn table(columns: &[Column]) -> Vec<(String, Vec<String>)> {
    let first = &columns[0].median_run().stdout;
    let mut rows: Vec<(String, Vec<String>)> = Vec::new();
    let mut row = |label: &str, f: &dyn Fn(&Column, &Event) -> String| {
        let cells = columns
            .iter()
            .map(|c| match c.median_run().summary() {
                Some(s) => f(c, s),
                None => "(no trace)".to_string(),
            })
            .collect();
        rows.push((label.to_string(), cells));
    };
    row("output", &|c, _| {
        let r = c.median_run();
        let status = match r.status {
            Some(0) => String::new(),
            Some(n) => format!(", exit {n}"),
            None => ", killed".to_string(),
        };
        if std::ptr::eq(c, &columns[0]) {
            format!("reference{status}")
        } else if &r.stdout == first {
            format!("identical{status}")
        } else {
            format!("DIFFERS{status}")
        }
    });
    row("wall time (median)", &|c, _| {
        ms(c.median_wall().as_secs_f64() * 1e6)
    });
    row("peak heap", &|_, s| bytes(int(s, "heap_peak")));
    row("peak RSS", &|_, s| bytes(int(s, "rss_peak")));
    row("allocations", &|_, s| int(s, "allocated").to_string());
    row("frees", &|_, s| int(s, "freed").to_string());
    for cause in ["refcount", "cycle", "sweep"] {
        row(&format!("  by {cause}"), &|_, s| {
            int(s, &format!("freed_{cause}")).to_string()
        });
    }
    row("collections", &|_, s| {
        format!(
            "{} ({}/{}/{})",
            int(s, "collections"),
            int(s, "collections_gen0"),
            int(s, "collections_gen1"),
            int(s, "collections_gen2")
        )
    });
    row("pause total", &|_, s| ms(num(s, "pause_total_us")));
    row("pause max", &|_, s| ms(num(s, "pause_max_us")));
    row("pause p99", &|_, s| ms(num(s, "pause_p99_us")));
    row("GC share", &|_, s| {
        format!(
            "{:.1}%",
            num(s, "pause_total_us") / num(s, "wall_us").max(1e-9) * 100.0
        )
    });
    row("leaked at exit", &|_, s| {
        format!(
            "{} objects ({})",
            int(s, "leaked_objects"),
            bytes(int(s, "leaked_bytes"))
        )
    });
    rows
}

fn render_table(columns: &[Column], runs: usize) -> String {
    let rows = table(columns);
    let label_w = rows.iter().map(|r| r.0.len()).max().unwrap_or(0);
    let widths: Vec<usize> = (0..columns.len())
        .map(|i| {
            rows.iter()
                .map(|r| r.1[i].len())
                .chain([columns[i].collector.len()])
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    out.push_str(&format!("{:<label_w$}", ""));
    for (c, w) in columns.iter().zip(&widths) {
        out.push_str(&format!("  {:<w$}", c.collector));
    }
    out.truncate(out.trim_end().len());
    out.push('\n');
    for (label, cells) in &rows {
        out.push_str(&format!("{label:<label_w$}"));
        for (cell, w) in cells.iter().zip(&widths) {
            out.push_str(&format!("  {cell:<w$}"));
        }
        out.truncate(out.trim_end().len());
        out.push('\n');
    }
    out.push_str(&format!(
        "({runs} run{} per collector, alternating; figures from each collector's median run)\n",
        if runs == 1 { "" } else { "s" }
    ));
    let first = columns[0].median_run();
    for c in &columns[1..] {
        let r = c.median_run();
        if r.stdout != first.stdout {
            out.push_str(&format!(
                "\noutput under {} differs from {}:\n",
                c.collector, columns[0].collector
            ));
            for l in short_diff(&first.stdout, &r.stdout, 12) {
                out.push_str(&format!("  {l}\n"));
            }
        }
    }
    out
}

/// `ouro compare`: the exit status (0 when every run ran; 1 when the
/// program failed to start or a run had no trace).
pub fn run(opts: &CompareOptions) -> i32 {
    if let Err(msg) = check_program(&opts.program) {
        eprintln!("{msg}");
        return 2;
    }
    let columns = match measure(opts) {
        Ok(c) => c,
        Err(msg) => {
            eprintln!("{msg}");
            return 1;
        }
    };
    print!("{}", render_table(&columns, opts.runs));
    let mut status = 0;
    for c in &columns {
        let r = c.median_run();
        if r.summary().is_none() {
            eprintln!(
                "ouro compare: the run under {} left no trace summary; its stderr:\n{}",
                c.collector,
                r.stderr.trim_end()
            );
            status = 1;
        }
    }
    if let Some(path) = &opts.report {
        let html = report::html(&opts.program, &columns, opts.runs);
        if let Err(e) = std::fs::write(path, html) {
            eprintln!("ouro compare: can't write report '{path}': {e}");
            return 1;
        }
        eprintln!("report written to {path}");
    }
    status
}

/// The program file must exist before anything is run.
fn check_program(program: &[String]) -> Result<(), String> {
    let file = program.first().ok_or("ouro compare: no program given")?;
    std::fs::metadata(file)
        .map_err(|e| format!("ouro: can't open file '{file}': {e}"))
        .and_then(|m| {
            if m.is_dir() {
                Err(format!("ouro: can't open file '{file}': it is a directory"))
            } else {
                Ok(())
            }
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_diff_shows_the_differing_middle() {
        let d = short_diff("a\nb\nc\nd\n", "a\nB\nc\nd\n", 10);
        assert_eq!(
            d,
            vec!["@@ line 2 @@ (1 lines removed, 1 added)", "-b", "+B"]
        );
        let d = short_diff("x\n", "x\ny\nz\n", 10);
        assert_eq!(
            d,
            vec!["@@ line 2 @@ (0 lines removed, 2 added)", "+y", "+z"]
        );
    }

    #[test]
    fn short_diff_is_cut_at_max_lines() {
        let a: String = (0..50).map(|i| format!("{i}\n")).collect();
        let d = short_diff(&a, "", 5);
        assert_eq!(d.len(), 7);
        assert_eq!(d[6], "... (45 more lines)");
    }

    #[test]
    fn sizes_read_short() {
        assert_eq!(bytes(512), "512B");
        assert_eq!(bytes(2048), "2.0K");
        assert_eq!(bytes(3 << 20), "3.0M");
    }
}
