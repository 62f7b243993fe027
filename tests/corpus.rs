//! The end-to-end corpus: every Python program under `tests/programs/` is run
//! by the `ouro` binary under each collector and must print exactly what
//! python3 printed.
//!
//! Beside each `NAME.py`, `tests/regen.py` writes `NAME.out` (exact stdout)
//! and, for programs that fail, `NAME.exit` (exit status) and `NAME.err` (last
//! non-empty stderr line). A hand-written `NAME.<collector>.out` (`.exit`,
//! `.err`) overrides the plain file where collectors differ on purpose.
//!
//! Each program runs as `ouro run --gc GC [FLAGS] NAME.py` in its own
//! directory, as regen.py runs python3. `OURO_TEST_FILTER=substring` keeps
//! the programs whose path under `tests/programs` contains it,
//! `OURO_TEST_GC=a,b` replaces the collector list. Every program also runs
//! under `--stress-gc --verify-heap` (except programs containing the line
//! `# corpus: skip-stress`, or `# corpus: skip-stress GC...` for the named
//! collectors only, and except under a collector the program has a
//! `NAME.<collector>.out` override for: that output depends on when
//! collections run); `OURO_TEST_STRESS=0` turns that run off. See
//! `tests/README.md`.

use std::env;
use std::fmt::Write;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

/// The collectors every program runs under.
const COLLECTORS: &[&str] = &["generational", "refcount", "marksweep"];
/// The flag sets every program runs with, under every collector.
const MODES: &[&[&str]] = &[&[], &["--verify-heap"]];
const STRESS_MODE: &[&str] = &["--stress-gc", "--verify-heap"];
/// A program holding this line is too big to collect at every safepoint
/// (under every collector, or under those the line names after it).
const SKIP_STRESS: &str = "# corpus: skip-stress";

/// The collectors a program's `# corpus: skip-stress` line exempts from
/// the stress run: `None` if it has no such line, an empty list for all.
fn stress_exemptions(program: &Path) -> Option<Vec<String>> {
    let text = fs::read_to_string(program).ok()?;
    let line = text
        .lines()
        .find(|l| l.trim_start().starts_with(SKIP_STRESS))?;
    // Collector names, then perhaps a reason in parentheses.
    let rest = line.trim_start()[SKIP_STRESS.len()..].split_whitespace();
    Some(
        rest.take_while(|w| COLLECTORS.contains(w))
            .map(str::to_string)
            .collect(),
    )
}
/// A run still going after this long is killed and reported as a hang.
const TIMEOUT: Duration = Duration::from_secs(120);
/// The heap verifier prints this once per object whose stored count is wrong.
const MISMATCH_MARKER: &str = "verify-heap: mismatch";
/// A failure report shows at most this many differing stdout lines.
const DIFF_LINES: usize = 40;
const OURO: &str = env!("CARGO_BIN_EXE_ouro");

/// One execution of one program under one collector with one set of flags.
struct Run {
    program: PathBuf,
    gc: String,
    flags: &'static [&'static str],
}

#[test]
fn corpus() {
    let runs = plan_runs();
    let failures = Mutex::new(Vec::new());
    let next = AtomicUsize::new(0);
    let workers = thread::available_parallelism().map_or(2, std::num::NonZero::get);
    thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| {
                let mut index = next.fetch_add(1, Ordering::Relaxed);
                while let Some(run) = runs.get(index) {
                    let problems = check(run);
                    if !problems.is_empty() {
                        let failure = (index, report(run, &problems));
                        failures.lock().unwrap().push(failure);
                    }
                    index = next.fetch_add(1, Ordering::Relaxed);
                }
            });
        }
    });
    let mut failures = failures.into_inner().unwrap();
    failures.sort();
    for (_, report) in &failures {
        println!("{report}");
    }
    let failed = failures.len();
    println!("corpus: {} passed, {failed} failed", runs.len() - failed);
    assert_eq!(failed, 0, "corpus runs failed; see the reports above");
}

/// `examples/` is tested through links in `tests/programs/examples/`
/// (regen.py makes them); every example must have one.
#[test]
fn examples_are_in_the_corpus() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for original in python_files(&root.join("examples")) {
        let copy = root
            .join("tests/programs/examples")
            .join(original.file_name().unwrap());
        let same = fs::read(&copy).ok() == fs::read(&original).ok();
        assert!(
            same,
            "{} differs from {}; run tests/regen.py",
            copy.display(),
            original.display()
        );
    }
}

fn programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs")
}

/// Every (program, collector, mode) combination to run, programs sorted.
fn plan_runs() -> Vec<Run> {
    let filter = env::var("OURO_TEST_FILTER").unwrap_or_default();
    let gcs = env::var("OURO_TEST_GC").unwrap_or_else(|_| COLLECTORS.join(","));
    let mut modes = MODES.to_vec();
    if env::var("OURO_TEST_STRESS").map_or(true, |v| v != "0") {
        modes.push(STRESS_MODE);
    }
    let mut runs = Vec::new();
    for program in python_files(&programs_dir()) {
        if !relative(&program).contains(&filter) {
            continue;
        }
        let exempt = stress_exemptions(&program);
        for gc in gcs.split(',').map(str::trim).filter(|gc| !gc.is_empty()) {
            let skip_stress = exempt
                .as_ref()
                .is_some_and(|gcs| gcs.is_empty() || gcs.iter().any(|g| g == gc));
            // Output that differs under a collector on purpose depends on
            // when its collections run, which stress changes.
            let differs = program.with_extension(format!("{gc}.out")).exists();
            for &flags in &modes {
                if (skip_stress || differs) && flags == STRESS_MODE {
                    continue;
                }
                let (program, gc) = (program.clone(), gc.to_string());
                runs.push(Run { program, gc, flags });
            }
        }
    }
    assert!(!runs.is_empty(), "nothing matches OURO_TEST_FILTER");
    runs
}

/// All `.py` files below `dir`, sorted by path.
fn python_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(dir) = pending.pop() {
        for entry in fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else if path.extension().is_some_and(|ext| ext == "py") {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The program's path under `tests/programs`, with `/` separators.
fn relative(program: &Path) -> String {
    let rel = program.strip_prefix(programs_dir()).unwrap_or(program);
    rel.to_string_lossy().replace('\\', "/")
}

/// Reads `NAME.<gc>.EXT`, falling back to `NAME.EXT`.
fn expected(run: &Run, ext: &str) -> Option<Vec<u8>> {
    let specific = run.program.with_extension(format!("{}.{ext}", run.gc));
    let plain = run.program.with_extension(ext);
    fs::read(specific).or_else(|_| fs::read(plain)).ok()
}

fn command_args(run: &Run) -> Vec<String> {
    let mut args = vec!["run".to_string(), "--gc".to_string(), run.gc.clone()];
    args.extend(run.flags.iter().map(ToString::to_string));
    let name = run.program.file_name().unwrap().to_string_lossy();
    args.push(name.into_owned());
    args
}

/// Runs one program once; returns what differs from python3 (empty: passed).
fn check(run: &Run) -> Vec<String> {
    let Some(want_stdout) = expected(run, "out") else {
        return vec!["no .out file: run python3 tests/regen.py".to_string()];
    };
    let mut child = match Command::new(OURO)
        .args(command_args(run))
        .current_dir(run.program.parent().unwrap())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(child) => child,
        Err(e) => return vec![format!("could not start {OURO}: {e}")],
    };
    let (stdout, stderr) = (drain(child.stdout.take()), drain(child.stderr.take()));
    let status = wait_with_timeout(&mut child);
    let (stdout, stderr) = (stdout.join().unwrap(), stderr.join().unwrap());
    let mut problems = Vec::new();
    check_status(run, status, &mut problems);
    if stdout != want_stdout {
        problems.push(format!("stdout differs:\n{}", diff(&want_stdout, &stdout)));
    }
    check_stderr(run, &String::from_utf8_lossy(&stderr), &mut problems);
    problems
}

/// Reads a pipe to the end on its own thread, so a chatty child never blocks.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut bytes = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut bytes);
        }
        bytes
    })
}

/// The exit status, or None if the child was still running at `TIMEOUT`.
fn wait_with_timeout(child: &mut Child) -> Option<ExitStatus> {
    let deadline = Instant::now() + TIMEOUT;
    while Instant::now() < deadline {
        if let Some(status) = child.try_wait().expect("waiting for ouro") {
            return Some(status);
        }
        thread::sleep(Duration::from_millis(10));
    }
    // It may exit between the last poll and the kill; either way it is reaped.
    let _ = child.kill();
    let _ = child.wait();
    None
}

fn check_status(run: &Run, status: Option<ExitStatus>, problems: &mut Vec<String>) {
    let want =
        expected(run, "exit").map_or(0, |b| String::from_utf8_lossy(&b).trim().parse().unwrap());
    match status {
        None => problems.push(format!("hang: killed after {} s", TIMEOUT.as_secs())),
        // Without a code the child died of a signal; std words it ("signal: 11 (SIGSEGV)").
        Some(status) if status.code() != Some(want) => {
            problems.push(format!("expected exit status {want}, got {status}"));
        }
        Some(_) => {}
    }
}

fn check_stderr(run: &Run, stderr: &str, problems: &mut Vec<String>) {
    if let Some(want) = expected(run, "err") {
        let want = String::from_utf8_lossy(&want).trim_end().to_string();
        let mut lines = stderr.lines().map(str::trim_end);
        let got = lines.rfind(|l| !l.is_empty()).unwrap_or("");
        if got != want {
            problems.push(format!("last stderr line: expected {want:?}, got {got:?}"));
        }
    }
    let mismatches = stderr.matches(MISMATCH_MARKER).count();
    if run.flags.contains(&"--verify-heap") && mismatches > 0 {
        problems.push(format!("{mismatches} heap verifier mismatch(es)"));
    }
    if !problems.is_empty() {
        problems.push(stderr_tail(stderr));
    }
}

/// The end of stderr, where a traceback or a panic message ends up.
fn stderr_tail(stderr: &str) -> String {
    let lines: Vec<&str> = stderr.lines().collect();
    if lines.is_empty() {
        return "stderr: (empty)".to_string();
    }
    let tail = lines[lines.len().saturating_sub(10)..].join("\n    ");
    format!("stderr (last 10 lines):\n    {tail}")
}

/// A unified-style diff of the one hunk between the common prefix and the
/// common suffix, showing at most `DIFF_LINES` changed lines.
fn diff(want: &[u8], got: &[u8]) -> String {
    let (want, got) = (String::from_utf8_lossy(want), String::from_utf8_lossy(got));
    let old: Vec<&str> = want.split_inclusive('\n').collect();
    let new: Vec<&str> = got.split_inclusive('\n').collect();
    let prefix = old.iter().zip(&new).take_while(|(a, b)| a == b).count();
    let room = old.len().min(new.len()) - prefix;
    let pairs = old.iter().rev().zip(new.iter().rev()).take(room);
    let suffix = pairs.take_while(|(a, b)| a == b).count();
    let (removed, added) = (
        &old[prefix..old.len() - suffix],
        &new[prefix..new.len() - suffix],
    );
    let removed_room = (DIFF_LINES / 2).max(DIFF_LINES.saturating_sub(added.len()));
    let added_room = DIFF_LINES - removed.len().min(removed_room);
    let mut out = vec![format!("    @@ line {} (-expected +actual) @@", prefix + 1)];
    let context = &old[prefix.saturating_sub(2)..prefix];
    out.extend(context.iter().map(|l| show(' ', l)));
    for (sign, lines, room) in [('-', removed, removed_room), ('+', added, added_room)] {
        out.extend(lines.iter().take(room).map(|l| show(sign, l)));
        if lines.len() > room {
            let more = lines.len() - room;
            out.push(format!("    {sign} ... {more} more line(s)"));
        }
    }
    out.join("\n")
}

fn show(sign: char, line: &str) -> String {
    match line.strip_suffix('\n') {
        Some(body) => format!("    {sign}{body}"),
        None => format!("    {sign}{line}  (no newline at end)"),
    }
}

fn report(run: &Run, problems: &[String]) -> String {
    let rel = relative(&run.program);
    let dir = Path::new("tests/programs").join(&rel);
    let dir = dir.parent().unwrap().display();
    let args = command_args(run).join(" ");
    let mode: String = run.flags.iter().map(|flag| format!(" {flag}")).collect();
    let mut text = format!("FAIL {rel} [--gc {}{mode}]\n", run.gc);
    writeln!(text, "  reproduce: cd {dir} && {OURO} {args}").unwrap();
    for problem in problems {
        writeln!(text, "  {problem}").unwrap();
    }
    text
}
