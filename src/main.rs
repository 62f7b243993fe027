//! The `ouro` command line: argument parsing and the one place a concrete
//! collector is chosen. Everything else lives in the library crates.
//!
//! ```text
//! ouro                                     the interactive prompt
//! ouro FILE [ARGS...]                      same as `ouro run FILE`
//! ouro run [--gc NAME] [--gc-threshold A[,B[,C]]] [--stats]
//!          [--trace FILE [--trace-format jsonl|chrome] [--trace-alloc]]
//!          [--max-heap SIZE] [--stress-gc] [--verify-heap] FILE [ARGS...]
//! ouro -c CODE [ARGS...]
//! ouro dis FILE
//! ouro trace FILE [FILE2]                  a --trace file, read back
//! ouro compare [--gc LIST] [--runs N] [--report F.html] FILE [ARGS...]
//! ouro bench [--gc LIST] [--runs N] [--baseline CMD] [--json F] [FILES|DIRS]
//! ```
//!
//! Exit status follows CPython: 0, 1 for an uncaught exception or a syntax
//! error, 2 for a usage error.

mod bench;
mod cli;
mod compare;
mod proc;
mod repl;
mod report;
mod trace;
mod trace_report;

use cli::{Command, RunOptions};
use ouro_vm::VmConfig;
use std::process::ExitCode;

/// The collectors this build offers, by `--gc` name.
/// The first is the default (CPython's own collector).
const COLLECTORS: &[&str] = &[
    ouro_gc_generational::COLLECTOR_NAME,
    ouro_gc_refcount::COLLECTOR_NAME,
    ouro_gc_marksweep::COLLECTOR_NAME,
];

/// Run the VM on a thread with a large stack: native code that calls back
/// into Python (finalizers, sort keys, reprs) nests the interpreter loop.
const VM_STACK_BYTES: usize = 1 << 30;

/// Evaluate `$body` on the vm's thread with `$C` the collector type that
/// `$gc` names (the one place a concrete collector is chosen); its status.
macro_rules! on_vm_thread {
    ($gc:expr, $C:ident => $body:expr) => {{
        let gc: String = $gc;
        let worker = std::thread::Builder::new()
            .stack_size(VM_STACK_BYTES)
            .spawn(move || match gc.as_str() {
                ouro_gc_refcount::COLLECTOR_NAME => {
                    type $C = ouro_gc_refcount::RefCount;
                    $body
                }
                ouro_gc_generational::COLLECTOR_NAME => {
                    type $C = ouro_gc_generational::Generational;
                    $body
                }
                ouro_gc_marksweep::COLLECTOR_NAME => {
                    type $C = ouro_gc_marksweep::MarkSweep;
                    $body
                }
                other => unreachable!("collector {other} was validated by the parser"),
            });
        join_status(worker)
    }};
}

fn main() -> ExitCode {
    report_panics_as_internal_errors();
    let args: Vec<String> = std::env::args().skip(1).collect();
    let status = match cli::parse(&args, COLLECTORS) {
        Ok(Command::Run(opts)) => run(opts),
        Ok(Command::Dis(file)) => dis(&file),
        Ok(Command::Trace(files)) => trace_report::run(&files),
        Ok(Command::Compare(opts)) => compare::run(&opts),
        Ok(Command::Bench(opts)) => bench::run(&opts),
        Ok(Command::Help(text)) => {
            print!("{text}");
            0
        }
        Err(msg) => {
            eprintln!("{msg}");
            2
        }
    };
    // The status the OS reports is the low byte, as for CPython's exit(n).
    ExitCode::from(status as u8)
}

fn run(opts: RunOptions) -> i32 {
    if let Some(path) = &opts.trace {
        let format = opts.trace_format.unwrap_or(trace::Format::Jsonl);
        if let Err(msg) = trace::install(path, format, &opts.gc) {
            eprintln!("{msg}");
            return 2;
        }
    }
    if opts.interactive {
        return interactive(opts);
    }
    let (source, filename) = match &opts.code {
        Some(code) => (code.clone(), "<string>".to_string()),
        // CPython 3.11 reports the main script by its absolute path
        // (`__file__`, tracebacks), while `sys.argv[0]` stays as given.
        None => match read_source(&opts.file) {
            Ok(s) => (s, absolute(&opts.file)),
            Err(status) => return status,
        },
    };
    let config = config_of(&opts);
    on_vm_thread!(opts.gc.clone(), C => ouro_vm::run_program::<C>(config, &source, &filename))
}

/// The prompt, on the vm's thread.
fn interactive(opts: RunOptions) -> i32 {
    let config = config_of(&opts);
    let gc = opts.gc.clone();
    on_vm_thread!(opts.gc.clone(), C => repl::interactive::<C>(config, &gc))
}

/// In a build that aborts on panic (the release profile), end a panic the
/// way an unwinding build's `join_status` does: the panic's own message,
/// then ours, and exit status 70 (not SIGABRT's).
fn report_panics_as_internal_errors() {
    if cfg!(panic = "abort") {
        let report = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            report(info);
            eprintln!("ouro: internal error: the interpreter thread failed");
            std::process::exit(70);
        }));
    }
}

/// The exit status of the vm's thread (70 if it failed).
fn join_status(worker: std::io::Result<std::thread::JoinHandle<i32>>) -> i32 {
    match worker.map(|h| h.join()) {
        Ok(Ok(status)) => status,
        _ => {
            eprintln!("ouro: internal error: the interpreter thread failed");
            70
        }
    }
}

fn config_of(opts: &RunOptions) -> VmConfig {
    VmConfig {
        verify_heap: opts.verify_heap,
        stress: opts.stress_gc,
        max_heap: opts.max_heap,
        gc_threshold: opts.gc_threshold,
        gc_growth: opts.gc_growth,
        stats: opts.stats,
        trace: opts.trace.is_some(),
        trace_alloc: opts.trace_alloc,
        heap_snapshot: opts.heap_snapshot.clone(),
        heap_snapshot_every: opts.heap_snapshot_every,
        argv: opts.argv.clone(),
        max_steps: None,
    }
}

/// A program's text. A file that is not UTF-8 is a SyntaxError (exit 1)
/// with CPython's message; one that cannot be read is a usage error.
fn read_source(file: &str) -> Result<String, i32> {
    let bytes = std::fs::read(file).map_err(|e| {
        eprintln!("ouro: can't open file '{file}': {e}");
        2
    })?;
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(&bytes);
    String::from_utf8(bytes.to_vec()).map_err(|e| {
        let at = e.utf8_error().valid_up_to();
        let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
        eprintln!(
            "SyntaxError: Non-UTF-8 code starting with '\\x{:02x}' in file {} on line {line}, \
             but no encoding declared; see https://peps.python.org/pep-0263/ for details",
            bytes[at],
            absolute(file)
        );
        1
    })
}

fn absolute(path: &str) -> String {
    std::path::absolute(path)
        .map_or_else(|_| path.to_string(), |p| p.to_string_lossy().into_owned())
}

fn dis(file: &str) -> i32 {
    let source = match std::fs::read_to_string(file) {
        Ok(s) => s,
        Err(e) => {
            eprintln!("ouro: can't open file '{file}': {e}");
            return 2;
        }
    };
    match ouro_compiler::compile_module(&source, file) {
        Ok(code) => {
            print!("{}", ouro_compiler::dis(&code));
            0
        }
        Err(e) => ouro_vm::run::report_syntax_error(&e),
    }
}
