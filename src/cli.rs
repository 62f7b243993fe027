//! Parsing the command line into a [`Command`]. `ouro FILE args` and
//! `ouro -c CODE` are handled by hand (everything after the program belongs
//! to the program, as with `python3`); subcommands go through clap.

use clap::{Parser, Subcommand};

/// Options of `ouro run`.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    pub gc: String,
    /// `--gc-threshold A[,B[,C]]`, the rest CPython's defaults.
    pub gc_threshold: Option<[i64; 3]>,
    /// `--gc-growth F` (marksweep); 0 when not given.
    pub gc_growth: f64,
    pub stats: bool,
    /// `--trace FILE`, `--trace-format`, `--trace-alloc`.
    pub trace: Option<String>,
    pub trace_format: Option<crate::trace::Format>,
    pub trace_alloc: bool,
    /// `--heap-snapshot FILE`, `--heap-snapshot-every`.
    pub heap_snapshot: Option<String>,
    pub heap_snapshot_every: bool,
    pub max_heap: Option<usize>,
    pub stress_gc: bool,
    pub verify_heap: bool,
    pub file: String,
    pub code: Option<String>,
    /// No program given: the interactive prompt (or, when stdin is not a
    /// terminal, the program read from stdin).
    pub interactive: bool,
    /// `sys.argv`: the program (or `-c`) and its arguments.
    pub argv: Vec<String>,
}

pub enum Command {
    Run(RunOptions),
    Dis(String),
    /// `ouro trace FILE [FILE2]`.
    Trace(Vec<String>),
    /// `ouro compare ...`.
    Compare(crate::compare::CompareOptions),
    /// `ouro bench ...`.
    Bench(crate::bench::BenchOptions),
    Help(String),
}

#[derive(Parser, Debug)]
#[command(
    name = "ouro",
    version,
    about = "A bytecode VM for Python programs with interchangeable garbage collectors"
)]
struct Cli {
    #[command(subcommand)]
    command: Sub,
}

#[derive(Subcommand, Debug)]
enum Sub {
    /// Run a program.
    Run {
        /// The collector: generational, refcount or marksweep. Default: $OURO_GC or generational.
        #[arg(long)]
        gc: Option<String>,
        /// The generations' collection thresholds (default 700,10,10).
        #[arg(long, value_name = "A[,B[,C]]")]
        gc_threshold: Option<String>,
        /// marksweep: collect when the heap has grown by this factor since the last collection (default 2.0).
        #[arg(long, value_name = "F")]
        gc_growth: Option<String>,
        /// Print heap and collector statistics to stderr at exit.
        #[arg(long)]
        stats: bool,
        /// Write the collectors' events to FILE (see docs/TRACE.md).
        #[arg(long, value_name = "FILE")]
        trace: Option<String>,
        /// The trace's format: jsonl (one JSON object per line, the default) or chrome (Perfetto, chrome://tracing).
        #[arg(long, value_name = "FORMAT")]
        trace_format: Option<String>,
        /// Trace every allocation and free too (with --trace).
        #[arg(long)]
        trace_alloc: bool,
        /// Write the whole live heap as JSON to FILE when the program ends.
        #[arg(long, value_name = "FILE")]
        heap_snapshot: Option<String>,
        /// And after each gc.collect(), as FILE-1.json, FILE-2.json, ... (with --heap-snapshot).
        #[arg(long)]
        heap_snapshot_every: bool,
        /// Cap the private heap (e.g. 64M, 2G); exceeding it raises MemoryError.
        #[arg(long, value_name = "SIZE")]
        max_heap: Option<String>,
        /// Collect at every safepoint.
        #[arg(long)]
        stress_gc: bool,
        /// Recount every object's references and report mismatches.
        #[arg(long)]
        verify_heap: bool,
        /// Run CODE instead of a file.
        #[arg(short = 'c', value_name = "CODE")]
        code: Option<String>,
        /// The program and its arguments.
        #[arg(trailing_var_arg = true, allow_hyphen_values = true)]
        program: Vec<String>,
    },
    /// Print the bytecode of a program.
    Dis { file: String },
    /// Read a --trace file back: a line per collection and the totals; with two files, their totals side by side.
    Trace {
        #[arg(required = true, num_args = 1..=2, value_name = "FILE")]
        files: Vec<String>,
    },
}

/// Parse `args` (without the executable name).
pub fn parse(args: &[String], collectors: &[&str]) -> Result<Command, String> {
    match args.first().map(String::as_str) {
        None => Ok(Command::Run(RunOptions {
            gc: default_gc(collectors)?,
            interactive: true,
            argv: vec![String::new()],
            ..RunOptions::default()
        })),
        Some("-c") => {
            let code = args
                .get(1)
                .ok_or_else(|| "Argument expected for the -c option\n".to_string() + &usage())?;
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[2..].iter().cloned());
            let gc = default_gc(collectors)?;
            Ok(Command::Run(RunOptions {
                gc,
                code: Some(code.clone()),
                argv,
                ..RunOptions::default()
            }))
        }
        Some("compare") => parse_compare(&args[1..], collectors),
        Some("bench") => parse_bench(&args[1..], collectors),
        Some("run" | "dis" | "trace" | "help" | "--help" | "-h" | "--version" | "-V") => {
            parse_sub(args, collectors)
        }
        Some(a) if a.starts_with('-') => Err(format!("unknown option {a}\n{}", usage())),
        Some(file) => {
            let gc = default_gc(collectors)?;
            Ok(Command::Run(RunOptions {
                gc,
                file: file.to_string(),
                argv: args.to_vec(),
                ..RunOptions::default()
            }))
        }
    }
}

fn parse_sub(args: &[String], collectors: &[&str]) -> Result<Command, String> {
    let full = std::iter::once("ouro".to_string()).chain(args.iter().cloned());
    let cli = match Cli::try_parse_from(full) {
        Ok(c) => c,
        Err(e)
            if e.kind() == clap::error::ErrorKind::DisplayHelp
                || e.kind() == clap::error::ErrorKind::DisplayVersion =>
        {
            return Ok(Command::Help(e.to_string()))
        }
        Err(e) => return Err(e.to_string()),
    };
    match cli.command {
        Sub::Dis { file } => Ok(Command::Dis(file)),
        Sub::Trace { files } => Ok(Command::Trace(files)),
        Sub::Run {
            gc,
            gc_threshold,
            gc_growth,
            stats,
            trace,
            trace_format,
            trace_alloc,
            heap_snapshot,
            heap_snapshot_every,
            max_heap,
            stress_gc,
            verify_heap,
            code,
            program,
        } => {
            if heap_snapshot_every && heap_snapshot.is_none() {
                return Err(format!(
                    "error: --heap-snapshot-every needs --heap-snapshot FILE\n\n{}",
                    usage()
                ));
            }
            let trace_format = trace_format
                .map(|f| crate::trace::Format::parse(&f))
                .transpose()?;
            if trace.is_none() && (trace_alloc || trace_format.is_some()) {
                return Err(format!(
                    "error: --{} needs --trace FILE\n\n{}",
                    if trace_alloc {
                        "trace-alloc"
                    } else {
                        "trace-format"
                    },
                    usage()
                ));
            }
            let gc = match gc {
                Some(g) => check_gc(&g, collectors)?,
                None => default_gc(collectors)?,
            };
            let max_heap = max_heap.map(|s| parse_size(&s)).transpose()?;
            let gc_threshold = gc_threshold.map(|s| parse_threshold(&s)).transpose()?;
            let gc_growth = gc_growth
                .map(|s| parse_growth(&s))
                .transpose()?
                .unwrap_or(0.0);
            let (file, argv) = match (&code, program.first()) {
                (Some(_), _) => (
                    String::new(),
                    std::iter::once("-c".to_string())
                        .chain(program.iter().cloned())
                        .collect(),
                ),
                (None, Some(f)) => (f.clone(), program.clone()),
                (None, None) => (String::new(), vec![String::new()]),
            };
            let interactive = code.is_none() && program.is_empty();
            Ok(Command::Run(RunOptions {
                gc,
                gc_threshold,
                gc_growth,
                stats,
                trace,
                trace_format,
                trace_alloc,
                heap_snapshot,
                heap_snapshot_every,
                max_heap,
                stress_gc,
                verify_heap,
                file,
                code,
                argv,
                interactive,
            }))
        }
    }
}

/// The collector named by `$OURO_GC`, or the default.
fn default_gc(collectors: &[&str]) -> Result<String, String> {
    match std::env::var("OURO_GC") {
        Ok(g) if !g.is_empty() => check_gc(&g, collectors),
        _ => Ok(collectors[0].to_string()),
    }
}

fn check_gc(name: &str, collectors: &[&str]) -> Result<String, String> {
    if collectors.contains(&name) {
        Ok(name.to_string())
    } else {
        Err(format!(
            "ouro: unknown collector '{name}' (valid collectors: {})",
            collectors.join(", ")
        ))
    }
}

/// `A[,B[,C]]`: one to three non-negative thresholds; those not given keep
/// CPython's defaults (700, 10, 10).
pub fn parse_threshold(s: &str) -> Result<[i64; 3], String> {
    let mut t = [700, 10, 10];
    let parts: Vec<&str> = s.split(',').collect();
    let bad = || format!("ouro: invalid --gc-threshold '{s}' (use e.g. 700 or 700,10,10)");
    if parts.len() > 3 {
        return Err(bad());
    }
    for (slot, p) in t.iter_mut().zip(&parts) {
        *slot = p.trim().parse::<u32>().map_err(|_| bad())?.into();
    }
    Ok(t)
}

/// A growth factor above 1 (`1.5`, `2`, `4.0`).
pub fn parse_growth(s: &str) -> Result<f64, String> {
    match s.trim().parse::<f64>() {
        Ok(f) if f > 1.0 && f.is_finite() => Ok(f),
        _ => Err(format!(
            "ouro: invalid --gc-growth '{s}' (a factor above 1, e.g. 2.0)"
        )),
    }
}

/// `64M`, `2G`, `512K`, `1000` (bytes).
pub fn parse_size(s: &str) -> Result<usize, String> {
    let t = s.trim();
    let (num, mult) = match t.char_indices().last() {
        Some((i, c)) if c.is_ascii_alphabetic() => {
            let m = match c.to_ascii_uppercase() {
                'K' => 1 << 10,
                'M' => 1 << 20,
                'G' => 1 << 30,
                'B' => 1,
                _ => return Err(format!("ouro: invalid size '{s}' (use e.g. 512K, 64M, 2G)")),
            };
            (&t[..i], m)
        }
        _ => (t, 1),
    };
    num.trim()
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_mul(mult))
        .filter(|&n| n > 0)
        .ok_or_else(|| format!("ouro: invalid size '{s}' (use e.g. 512K, 64M, 2G)"))
}

const COMPARE_USAGE: &str =
    "usage: ouro compare [--gc LIST] [--runs N] [--report FILE.html] FILE [ARGS...] [-- ARGS...]

Run FILE under each collector (LIST: comma-separated names, all of them by
default), N rounds alternating between them (default 3), each run traced,
and print one table with a column per collector. --report writes the same
with plots as one self-contained HTML page. Options may come before or
after FILE; program arguments that look like these options go after `--`.
";

const BENCH_USAGE: &str =
    "usage: ouro bench [--gc LIST] [--runs N] [--baseline CMD] [--json FILE] [FILES|DIRS...]

Run each workload (each FILE, every .py of each DIR; benches/workloads by
default) under each collector (LIST: comma-separated, all by default), N
timed runs each (default 5) alternating with the baseline interpreter CMD
(e.g. python3) when given, plus one traced run for heap and collector
figures; print median times, peak heap and RSS, GC share, max pause and
the ratios to the baseline. --json writes every figure to FILE.
";

/// Options of a subcommand whose options may come anywhere among its
/// positional arguments (`--name VALUE` or `--name=VALUE`; `--` ends
/// them): the values given, by name, and the positionals. Once
/// `stop_at_first` positional is seen, what looks like an option is a
/// positional too (a program's own arguments).
struct LooseArgs {
    values: Vec<(&'static str, String)>,
    positional: Vec<String>,
}

fn parse_loose(
    args: &[String],
    names: &[&'static str],
    usage: &str,
    stop_at_first: bool,
) -> Result<Result<LooseArgs, String>, String> {
    let mut values = Vec::new();
    let mut positional = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        let (opt, inline) = match a.split_once('=') {
            Some((o, v)) if o.starts_with("--") => (o, Some(v.to_string())),
            _ => (a.as_str(), None),
        };
        if opt == "--" {
            positional.extend(it.by_ref().cloned());
            break;
        }
        if matches!(opt, "-h" | "--help") {
            return Ok(Err(usage.to_string()));
        }
        if let Some(&name) = names.iter().find(|&&n| n == opt) {
            let v = match inline {
                Some(v) => v,
                None => it
                    .next()
                    .cloned()
                    .ok_or_else(|| format!("error: {opt} needs a value\n\n{usage}"))?,
            };
            values.push((name, v));
        } else if opt.starts_with('-') && (positional.is_empty() || !stop_at_first) {
            return Err(format!("error: unknown option '{opt}'\n\n{usage}"));
        } else {
            positional.push(a.clone());
        }
    }
    Ok(Ok(LooseArgs { values, positional }))
}

impl LooseArgs {
    fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .rev()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }

    /// `--gc LIST`, checked, or every collector.
    fn collectors(&self, collectors: &[&str]) -> Result<Vec<String>, String> {
        match self.get("--gc") {
            Some(v) => v
                .split(',')
                .map(|g| check_gc(g.trim(), collectors))
                .collect(),
            None => Ok(collectors.iter().map(|c| c.to_string()).collect()),
        }
    }

    /// `--runs N`, from 1 to 1000.
    fn runs(&self, default: usize, usage: &str) -> Result<usize, String> {
        match self.get("--runs") {
            None => Ok(default),
            Some(v) => match v.parse::<usize>() {
                Ok(n) if (1..=1000).contains(&n) => Ok(n),
                _ => Err(format!(
                    "error: --runs takes a count from 1 to 1000, not '{v}'\n\n{usage}"
                )),
            },
        }
    }
}

/// `ouro compare`'s arguments: its options may follow the program
/// (`ouro compare prog.py --runs 5`).
fn parse_compare(args: &[String], collectors: &[&str]) -> Result<Command, String> {
    let a = match parse_loose(args, &["--gc", "--runs", "--report"], COMPARE_USAGE, true)? {
        Ok(a) => a,
        Err(help) => return Ok(Command::Help(help)),
    };
    if a.positional.is_empty() {
        return Err(format!("error: no program given\n\n{COMPARE_USAGE}"));
    }
    Ok(Command::Compare(crate::compare::CompareOptions {
        collectors: a.collectors(collectors)?,
        runs: a.runs(3, COMPARE_USAGE)?,
        report: a.get("--report").map(str::to_string),
        program: a.positional.clone(),
    }))
}

/// `ouro bench`'s arguments.
fn parse_bench(args: &[String], collectors: &[&str]) -> Result<Command, String> {
    let names = ["--gc", "--runs", "--baseline", "--json"];
    let a = match parse_loose(args, &names, BENCH_USAGE, false)? {
        Ok(a) => a,
        Err(help) => return Ok(Command::Help(help)),
    };
    Ok(Command::Bench(crate::bench::BenchOptions {
        inputs: a.positional.clone(),
        collectors: a.collectors(collectors)?,
        runs: a.runs(5, BENCH_USAGE)?,
        baseline: a.get("--baseline").map(str::to_string),
        json: a.get("--json").map(str::to_string),
    }))
}

fn usage() -> String {
    "usage: ouro [FILE [ARGS...]]\n       ouro run [--gc NAME] [--gc-threshold A[,B[,C]]] [--gc-growth F] [--stats] [--trace FILE [--trace-format jsonl|chrome] [--trace-alloc]] [--heap-snapshot FILE [--heap-snapshot-every]] [--max-heap SIZE] [--stress-gc] [--verify-heap] [FILE [ARGS...]]\n       ouro -c CODE\n       ouro dis FILE\n       ouro trace FILE [FILE2]\n       ouro compare [--gc LIST] [--runs N] [--report FILE.html] FILE [ARGS...]\n       ouro bench [--gc LIST] [--runs N] [--baseline CMD] [--json FILE] [FILES|DIRS...]\n".to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sizes() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("1000"), Ok(1000));
        assert!(parse_size("0").is_err());
        assert!(parse_size("12X").is_err());
    }

    #[test]
    fn growth_is_a_factor_above_one() {
        assert_eq!(parse_growth("2"), Ok(2.0));
        assert_eq!(parse_growth("1.5"), Ok(1.5));
        assert!(parse_growth("1").is_err());
        assert!(parse_growth("0.5").is_err());
        assert!(parse_growth("inf").is_err());
        assert!(parse_growth("x").is_err());
    }

    #[test]
    fn thresholds_fill_in_cpython_defaults() {
        assert_eq!(parse_threshold("100"), Ok([100, 10, 10]));
        assert_eq!(parse_threshold("5,2,1"), Ok([5, 2, 1]));
        assert_eq!(parse_threshold("0"), Ok([0, 10, 10]));
        assert!(parse_threshold("1,2,3,4").is_err());
        assert!(parse_threshold("-1").is_err());
        assert!(parse_threshold("x").is_err());
    }

    #[test]
    fn unknown_collector_is_an_error_listing_the_valid_ones() {
        let args: Vec<String> = ["run", "--gc", "nope", "x.py"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let Err(msg) = parse(&args, &["refcount"]) else {
            panic!("accepted an unknown collector")
        };
        assert!(msg.contains("valid collectors: refcount"), "{msg}");
    }

    #[test]
    fn program_arguments_stay_with_the_program() {
        let args: Vec<String> = ["prog.py", "--stats", "x"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let Ok(Command::Run(o)) = parse(&args, &["refcount"]) else {
            panic!("not a run")
        };
        assert_eq!(o.file, "prog.py");
        assert_eq!(o.argv, vec!["prog.py", "--stats", "x"]);
        assert!(!o.stats);
    }
}
