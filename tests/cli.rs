//! End-to-end tests of the `ouro` command line: usage errors, `-c` and
//! `sys.argv`, syntax errors, tracebacks, recursion and heap limits, deep
//! deallocation, `--verify-heap`, `--stats`, `dis`, and a table of bad or
//! odd programs that must never crash the VM.
//!
//! Every run is killed after [`TIMEOUT`]. Where CPython defines the answer
//! the expectation comes from `python3` (3.11) run on the same file; when no
//! python3.11 is on PATH those comparisons fall back to the expectations
//! written here. Programs are written to a scratch directory per test under
//! `CARGO_TARGET_TMPDIR`; fixtures that are easier to read as files live in
//! `tests/cli/`.

use std::fmt::Write as _;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

const OURO: &str = env!("CARGO_BIN_EXE_ouro");
/// A run still going after this long is killed and reported as a hang.
const TIMEOUT: Duration = Duration::from_secs(60);
/// The exit status of a run whose heap verification found problems.
const VERIFY_FAILED: i32 = 70;
/// The heap verifier prints this once per object whose stored count is wrong.
const MISMATCH: &str = "verify-heap: mismatch";

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// What one process did.
struct Outcome {
    /// The command line, for failure messages.
    what: String,
    /// The exit code; `None` when killed by a signal (or by the timeout).
    code: Option<i32>,
    timed_out: bool,
    stdout: String,
    stderr: String,
}

impl Outcome {
    /// The last non-empty line of stderr.
    fn last_err_line(&self) -> &str {
        self.stderr
            .lines()
            .rev()
            .find(|l| !l.trim().is_empty())
            .unwrap_or("")
    }

    /// A description of the run for assertion messages.
    fn report(&self) -> String {
        format!(
            "command: {}\nexit: {:?}{}\n--- stdout ---\n{}\n--- stderr ---\n{}",
            self.what,
            self.code,
            if self.timed_out { " (timed out)" } else { "" },
            clip(&self.stdout),
            clip(&self.stderr)
        )
    }
}

/// At most the first 3000 characters of `s` (tracebacks of deep recursion
/// are long).
fn clip(s: &str) -> &str {
    match s.char_indices().nth(3000) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Read a pipe to the end on its own thread, so that neither pipe can fill
/// up and block the child.
fn drain<R: Read + Send + 'static>(mut pipe: R) -> JoinHandle<Vec<u8>> {
    thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = pipe.read_to_end(&mut buf);
        buf
    })
}

/// Run `cmd` with no stdin, capturing stdout and stderr, killing it after
/// [`TIMEOUT`].
fn execute(mut cmd: Command) -> Outcome {
    let what = format!("{cmd:?}");
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let mut child = cmd
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {what}: {e}"));
    let stdout = drain(child.stdout.take().expect("piped stdout"));
    let stderr = drain(child.stderr.take().expect("piped stderr"));
    let deadline = Instant::now() + TIMEOUT;
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait().expect("waiting for the child") {
            break status;
        }
        if Instant::now() >= deadline {
            timed_out = true;
            let _ = child.kill();
            break child.wait().expect("waiting for the killed child");
        }
        thread::sleep(Duration::from_millis(5));
    };
    let text = |h: JoinHandle<Vec<u8>>| String::from_utf8_lossy(&h.join().unwrap()).into_owned();
    Outcome {
        what,
        code: status.code(),
        timed_out,
        stdout: text(stdout),
        stderr: text(stderr),
    }
}

/// Run `ouro ARGS` in `dir` with the environment variables `env` set.
/// `OURO_GC` and `RUST_BACKTRACE` are removed from the inherited
/// environment, so a Rust panic always prints its `RUST_BACKTRACE` note.
fn ouro_with(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Outcome {
    let mut cmd = Command::new(OURO);
    cmd.args(args)
        .current_dir(dir)
        .env_remove("OURO_GC")
        .env_remove("RUST_BACKTRACE");
    for (k, v) in env {
        cmd.env(k, v);
    }
    execute(cmd)
}

/// Run `ouro ARGS` in `dir`.
fn ouro_in(dir: &Path, args: &[&str]) -> Outcome {
    ouro_with(dir, args, &[])
}

/// Run `ouro ARGS` in the scratch root.
fn ouro(args: &[&str]) -> Outcome {
    ouro_in(&scratch_root(), args)
}

/// Whether a CPython 3.11 `python3` is on PATH (checked once).
fn have_python() -> bool {
    static HAVE: OnceLock<bool> = OnceLock::new();
    *HAVE.get_or_init(|| {
        Command::new("python3")
            .arg("--version")
            .output()
            .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).starts_with("Python 3.11"))
    })
}

/// Run `python3 ARGS` in `dir`, or `None` without a python3.11.
fn python_in(dir: &Path, args: &[&str]) -> Option<Outcome> {
    if !have_python() {
        eprintln!("note: no python3.11 on PATH; using the expectations written in the test");
        return None;
    }
    let mut cmd = Command::new("python3");
    cmd.arg("-I")
        .args(args)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("PYTHONIOENCODING", "utf-8");
    Some(execute(cmd))
}

fn scratch_root() -> PathBuf {
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("cli");
    fs::create_dir_all(&root).expect("creating the scratch root");
    root
}

/// A fresh, empty directory for one test.
fn scratch(test: &str) -> PathBuf {
    let dir = scratch_root().join(test);
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("creating a scratch directory");
    dir
}

/// Write `contents` to `dir/name` and return the file's absolute path as a
/// string (CPython prints absolute script paths in tracebacks, so both
/// interpreters are given this one).
fn write(dir: &Path, name: &str, contents: impl AsRef<[u8]>) -> String {
    let path = dir.join(name);
    fs::write(&path, contents).expect("writing a test program");
    path.to_str().expect("a UTF-8 scratch path").to_string()
}

/// A fixture under `tests/cli/`.
fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/cli")
        .join(name)
        .to_str()
        .expect("a UTF-8 fixture path")
        .to_string()
}

/// The process ended on its own, with 0, 1 or 2, and no Rust panic or
/// internal error reached stderr.
fn assert_sane(o: &Outcome) {
    assert!(
        !o.timed_out,
        "hung; killed after {TIMEOUT:?}\n{}",
        o.report()
    );
    assert!(
        matches!(o.code, Some(0..=2 | VERIFY_FAILED)),
        "exit status is not 0, 1, 2 or 70\n{}",
        o.report()
    );
    for bad in ["panicked", "RUST_BACKTRACE", "internal error"] {
        assert!(
            !o.stderr.contains(bad),
            "stderr has {bad:?}\n{}",
            o.report()
        );
    }
}

/// [`assert_sane`] and the exit status is `code`.
fn assert_exit(o: &Outcome, code: i32) {
    assert_sane(o);
    assert_eq!(o.code, Some(code), "wrong exit status\n{}", o.report());
}

/// The lines of a traceback that both interpreters print: CPython 3.11's
/// `^^^^`/`~~^~~` position markers are dropped.
fn significant_lines(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| !(l.contains(['^', '~']) && l.trim().chars().all(|c| matches!(c, '^' | '~'))))
        .collect()
}

/// The `File "...", line N, in NAME` lines of a traceback, in order.
fn frames(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.starts_with("  File \""))
        .collect()
}

/// The numbers in a verifier line `... stored refcount S, counted C`.
fn stored_and_counted(line: &str) -> (usize, usize) {
    let number_after = |key: &str| -> usize {
        let start = line
            .find(key)
            .unwrap_or_else(|| panic!("no {key:?} in {line:?}"))
            + key.len();
        line[start..]
            .chars()
            .take_while(char::is_ascii_digit)
            .collect::<String>()
            .parse()
            .unwrap_or_else(|_| panic!("no number after {key:?} in {line:?}"))
    };
    (number_after("stored refcount "), number_after("counted "))
}

/// The verifier lines of stderr that name a `list` object.
fn list_mismatches(stderr: &str) -> Vec<&str> {
    stderr
        .lines()
        .filter(|l| l.contains(MISMATCH) && l.contains("list object"))
        .collect()
}

// ---------------------------------------------------------------------------
// 1. Usage
// ---------------------------------------------------------------------------

#[test]
fn no_program_reads_one_from_stdin_when_it_is_not_a_terminal() {
    // (A terminal gets the interactive prompt: tests/repl.rs.)
    let o = ouro(&[]);
    assert_exit(&o, 0);
    assert!(o.stdout.is_empty() && o.stderr.is_empty(), "{}", o.report());
    let piped = |args: &[&str], input: &str| {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ouro"))
            .args(args)
            .current_dir(scratch_root())
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("ouro starts");
        use std::io::Write;
        child
            .stdin
            .take()
            .expect("piped")
            .write_all(input.as_bytes())
            .expect("written");
        child.wait_with_output().expect("ouro ends")
    };
    let o = piped(&[], "import sys\nx = [1, 2]\nprint(sys.argv, len(x))\nx\n");
    assert_eq!(String::from_utf8_lossy(&o.stdout), "[''] 2\n");
    assert_eq!(o.status.code(), Some(0));
    let o = piped(&["run", "--gc", "marksweep"], "raise KeyError('piped')\n");
    assert_eq!(o.status.code(), Some(1));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("File \"<stdin>\", line 1, in <module>"),
        "{err}"
    );
    assert!(err.ends_with("KeyError: 'piped'\n"), "{err}");
}

#[test]
fn unknown_collector_is_a_usage_error_naming_the_valid_ones() {
    let o = ouro(&["run", "--gc", "nope", "x.py"]);
    assert_exit(&o, 2);
    assert!(o.stderr.contains("nope"), "{}", o.report());
    assert!(o.stderr.contains("refcount"), "{}", o.report());
    assert!(o.stdout.is_empty(), "{}", o.report());
}

#[test]
fn unknown_collector_in_ouro_gc_is_a_usage_error() {
    let o = ouro_with(&scratch_root(), &["x.py"], &[("OURO_GC", "nope")]);
    assert_exit(&o, 2);
    assert!(o.stderr.contains("refcount"), "{}", o.report());
}

#[test]
fn bad_max_heap_size_is_a_usage_error() {
    for size in ["12X", "0", "", "M", "-5M"] {
        let o = ouro(&["run", "--max-heap", size, "x.py"]);
        assert_exit(&o, 2);
        assert!(!o.stderr.is_empty(), "{}", o.report());
    }
}

#[test]
fn help_exits_0() {
    let o = ouro(&["run", "--help"]);
    assert_exit(&o, 0);
    assert!(o.stdout.contains("--max-heap"), "{}", o.report());
    assert!(o.stdout.contains("--gc"), "{}", o.report());
    let o = ouro(&["--help"]);
    assert_exit(&o, 0);
    assert!(o.stdout.contains("run"), "{}", o.report());
}

#[test]
fn other_usage_errors_exit_2_like_python() {
    // `-c` without code, an unknown option. (`run` without a program is
    // the prompt, or stdin's program.)
    for args in [&["-c"][..], &["--bogus"]] {
        let o = ouro(args);
        assert_exit(&o, 2);
        assert!(!o.stderr.is_empty(), "{}", o.report());
    }
    if let Some(py) = python_in(&scratch_root(), &["-c"]) {
        assert_eq!(py.code, Some(2), "{}", py.report());
    }
}

#[test]
fn missing_file_exits_2_with_cant_open_file() {
    let dir = scratch("missing_file");
    let o = ouro_in(&dir, &["no_such_program.py"]);
    assert_exit(&o, 2);
    assert!(o.stderr.contains("can't open file"), "{}", o.report());
    assert!(o.stderr.contains("no_such_program.py"), "{}", o.report());
    assert!(o.stdout.is_empty(), "{}", o.report());
    let o = ouro_in(&dir, &["run", "--gc", "refcount", "no_such_program.py"]);
    assert_exit(&o, 2);
    assert!(o.stderr.contains("can't open file"), "{}", o.report());
    let o = ouro_in(&dir, &["dis", "no_such_program.py"]);
    assert_exit(&o, 2);
    assert!(o.stderr.contains("can't open file"), "{}", o.report());
    if let Some(py) = python_in(&dir, &["no_such_program.py"]) {
        assert_eq!(py.code, Some(2), "{}", py.report());
        assert!(py.stderr.contains("can't open file"), "{}", py.report());
    }
}

// ---------------------------------------------------------------------------
// 2. Running programs, sys.argv, choosing the collector
// ---------------------------------------------------------------------------

#[test]
fn dash_c_runs_code() {
    let o = ouro(&["-c", "print(1+1)"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "2\n", "{}", o.report());
    assert!(o.stderr.is_empty(), "{}", o.report());
}

#[test]
fn dash_c_arguments_are_sys_argv() {
    let code = "import sys; print(sys.argv); print(sys.argv == ['-c', 'a', 'b'])";
    let o = ouro(&["-c", code, "a", "b"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "['-c', 'a', 'b']\nTrue\n", "{}", o.report());
    if let Some(py) = python_in(&scratch_root(), &["-c", code, "a", "b"]) {
        assert_eq!(o.stdout, py.stdout);
    }
    let o = ouro(&["run", "-c", code, "a", "b"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "['-c', 'a', 'b']\nTrue\n", "{}", o.report());
}

#[test]
fn file_arguments_are_sys_argv() {
    let dir = scratch("file_argv");
    write(&dir, "argv.py", "import sys\nprint(sys.argv)\n");
    // Arguments after the program belong to the program, even option-like ones.
    let args = ["argv.py", "a", "b", "--stats", "-c"];
    let o = ouro_in(&dir, &args);
    assert_exit(&o, 0);
    assert_eq!(
        o.stdout,
        "['argv.py', 'a', 'b', '--stats', '-c']\n",
        "{}",
        o.report()
    );
    assert!(!o.stderr.contains("ouro stats"), "{}", o.report());
    if let Some(py) = python_in(&dir, &args) {
        assert_eq!(o.stdout, py.stdout);
    }
    let o = ouro_in(&dir, &["argv.py", "a", "b"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "['argv.py', 'a', 'b']\n", "{}", o.report());
}

#[test]
fn run_with_gc_refcount() {
    let dir = scratch("run_gc_refcount");
    write(
        &dir,
        "which.py",
        "import sys, _ouro\nprint(_ouro.collector, sys.argv[1:])\n",
    );
    let o = ouro_in(&dir, &["run", "--gc", "refcount", "which.py", "x"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "refcount ['x']\n", "{}", o.report());
    let o = ouro_in(&dir, &["run", "--gc=refcount", "which.py"]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "refcount []\n", "{}", o.report());
}

#[test]
fn ouro_gc_environment_variable_selects_the_collector() {
    let dir = scratch("ouro_gc_env");
    write(&dir, "which.py", "import _ouro\nprint(_ouro.collector)\n");
    let env = [("OURO_GC", "refcount")];
    let o = ouro_with(&dir, &["which.py"], &env);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "refcount\n", "{}", o.report());
    let o = ouro_with(&dir, &["run", "which.py"], &env);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "refcount\n", "{}", o.report());
    let o = ouro_with(&dir, &["-c", "print(3)"], &env);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "3\n", "{}", o.report());
}

// ---------------------------------------------------------------------------
// 3. Syntax errors
// ---------------------------------------------------------------------------

#[test]
fn syntax_error_shows_file_line_source_and_caret() {
    let dir = scratch("syntax_error");
    let path = write(
        &dir,
        "bad.py",
        "print('never printed')\ny = 1\nx = = 2\nprint(x)\n",
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    assert!(
        o.stdout.is_empty(),
        "nothing runs before a syntax error\n{}",
        o.report()
    );
    let lines: Vec<&str> = o.stderr.lines().collect();
    let at = lines
        .iter()
        .position(|l| *l == format!("  File \"{path}\", line 3"))
        .unwrap_or_else(|| panic!("no File line for line 3\n{}", o.report()));
    assert_eq!(lines.get(at + 1), Some(&"    x = = 2"), "{}", o.report());
    let caret = lines.get(at + 2).copied().unwrap_or("");
    assert!(
        caret.trim_start().starts_with('^') && caret.trim().chars().all(|c| c == '^'),
        "no caret line after the source line\n{}",
        o.report()
    );
    assert_eq!(
        o.last_err_line(),
        "SyntaxError: invalid syntax",
        "{}",
        o.report()
    );
    assert!(
        o.stderr.ends_with("SyntaxError: invalid syntax\n"),
        "{}",
        o.report()
    );
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(o.stderr, py.stderr, "stderr differs from python3's");
        assert_eq!(o.code, py.code);
    }
    // `dis` reports the same error.
    let o = ouro_in(&dir, &["dis", &path]);
    assert_exit(&o, 1);
    assert_eq!(
        o.last_err_line(),
        "SyntaxError: invalid syntax",
        "{}",
        o.report()
    );
}

#[test]
fn syntax_error_in_dash_c() {
    let o = ouro(&["-c", "x = = 2"]);
    assert_exit(&o, 1);
    assert!(
        o.stderr.contains("  File \"<string>\", line 1"),
        "{}",
        o.report()
    );
    assert_eq!(
        o.last_err_line(),
        "SyntaxError: invalid syntax",
        "{}",
        o.report()
    );
    if let Some(py) = python_in(&scratch_root(), &["-c", "x = = 2"]) {
        assert_eq!(o.stderr, py.stderr);
    }
}

#[test]
fn indentation_errors() {
    let dir = scratch("indentation_error");
    let cases = [
        (
            "unexpected.py",
            "def f():\n    x = 1\n      y = 2\n",
            3,
            "IndentationError: unexpected indent",
        ),
        (
            "expected.py",
            "print('no')\nif True:\nprint(1)\n",
            3,
            "IndentationError: expected an indented block after 'if' statement on line 2",
        ),
        (
            "unindent.py",
            "if 1:\n        x = 1\n    y = 2\n",
            3,
            "IndentationError: unindent does not match any outer indentation level",
        ),
    ];
    for (name, source, line, last) in cases {
        let path = write(&dir, name, source);
        let o = ouro_in(&dir, &[&path]);
        assert_exit(&o, 1);
        assert!(o.stdout.is_empty(), "{}", o.report());
        let file_line = format!("  File \"{path}\", line {line}");
        assert!(
            o.stderr.contains(&file_line),
            "no {file_line:?}\n{}",
            o.report()
        );
        assert_eq!(o.last_err_line(), last, "{}", o.report());
        if let Some(py) = python_in(&dir, &[&path]) {
            assert_eq!(py.code, Some(1));
            assert_eq!(o.last_err_line(), py.last_err_line(), "{}", py.report());
            assert_eq!(frames(&o.stderr), frames(&py.stderr), "{}", py.report());
        }
    }
}

#[test]
fn unsupported_syntax_is_a_syntax_error_naming_the_construct() {
    let dir = scratch("unsupported_syntax");
    let path = write(
        &dir,
        "except_star.py",
        "print('never printed')\nfor x in []:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    assert!(o.stdout.is_empty(), "{}", o.report());
    let last = o.last_err_line();
    assert!(last.starts_with("SyntaxError:"), "{}", o.report());
    assert!(
        last.contains("except*"),
        "the message should name `except*`\n{}",
        o.report()
    );
    assert!(
        o.stderr.contains(&format!("  File \"{path}\", line 6")),
        "{}",
        o.report()
    );
}

// ---------------------------------------------------------------------------
// 4. Runtime errors and tracebacks
// ---------------------------------------------------------------------------

const NESTED_CALLS: &str = "\
def inner(x):
    print('inner', x)
    return x / 0


def middle(x):
    print('middle', x)
    return inner(x + 1)

def outer():
    print('outer')
    value = middle(1)
    return value

print('start')
outer()
print('never')
";

#[test]
fn traceback_of_nested_calls_matches_python() {
    let dir = scratch("traceback");
    let path = write(&dir, "nested.py", NESTED_CALLS);
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    assert_eq!(
        o.stdout,
        "start\nouter\nmiddle 1\ninner 2\n",
        "{}",
        o.report()
    );
    assert_eq!(
        o.stderr.lines().next(),
        Some("Traceback (most recent call last):"),
        "{}",
        o.report()
    );
    let expected_frames = [
        format!("  File \"{path}\", line 16, in <module>"),
        format!("  File \"{path}\", line 12, in outer"),
        format!("  File \"{path}\", line 8, in middle"),
        format!("  File \"{path}\", line 3, in inner"),
    ];
    assert_eq!(frames(&o.stderr), expected_frames, "{}", o.report());
    assert_eq!(
        o.last_err_line(),
        "ZeroDivisionError: division by zero",
        "{}",
        o.report()
    );
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(o.stdout, py.stdout);
        assert_eq!(o.code, py.code);
        assert_eq!(frames(&o.stderr), frames(&py.stderr), "{}", py.report());
        assert_eq!(o.last_err_line(), py.last_err_line());
        assert_eq!(significant_lines(&o.stderr), significant_lines(&py.stderr));
    }
}

#[test]
fn traceback_through_generators_matches_python() {
    let dir = scratch("generator_traceback");
    let path = fixture("generator_traceback.py");
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    assert_eq!(o.stdout, "start\nitem\n", "{}", o.report());
    let expected_frames = [
        format!("  File \"{path}\", line 16, in <module>"),
        format!("  File \"{path}\", line 11, in consume"),
        format!("  File \"{path}\", line 7, in shallow"),
        format!("  File \"{path}\", line 3, in deep"),
    ];
    assert_eq!(frames(&o.stderr), expected_frames, "{}", o.report());
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(o.stdout, py.stdout);
        assert_eq!(o.stderr, py.stderr, "{}", py.report());
    }
}

/// A failed `assert` is underlined at its condition, as python3 shows it.
#[test]
fn failed_assert_traceback_underlines_the_condition() {
    let dir = scratch("assert_caret");
    let path = write(
        &dir,
        "asserts.py",
        "def f(x):\n    assert x + 1 == 3, \"m\"\nf(1)\n",
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    let want = format!(
        "Traceback (most recent call last):\n  File \"{path}\", line 3, in <module>\n    f(1)\n  \
         File \"{path}\", line 2, in f\n    assert x + 1 == 3, \"m\"\n           ^^^^^^^^^^\n\
         AssertionError: m\n"
    );
    assert_eq!(o.stderr, want, "{}", o.report());
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(o.stderr, py.stderr, "{}", py.report());
    }
}

#[test]
fn chained_exceptions_match_python() {
    let dir = scratch("chained");
    let path = fixture("chained.py");
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    assert_eq!(o.stdout, "start\n", "{}", o.report());
    for needle in [
        "During handling of the above exception, another exception occurred:",
        "The above exception was the direct cause of the following exception:",
        "KeyError: 'k'",
        "ValueError: bad value",
    ] {
        assert!(o.stderr.contains(needle), "no {needle:?}\n{}", o.report());
    }
    assert_eq!(
        o.stderr
            .matches("Traceback (most recent call last):")
            .count(),
        3
    );
    assert_eq!(o.last_err_line(), "RuntimeError: wrapped", "{}", o.report());
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(o.stdout, py.stdout);
        assert_eq!(o.code, py.code);
        assert_eq!(
            significant_lines(&o.stderr),
            significant_lines(&py.stderr),
            "{}",
            py.report()
        );
    }
}

#[test]
fn exception_in_del_is_ignored_and_the_program_continues() {
    let dir = scratch("del_exception");
    let path = write(
        &dir,
        "del.py",
        "class A:\n    def __del__(self):\n        raise ValueError('in del')\n\n\
         a = A()\nprint('before')\ndel a\nprint('after')\n",
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "before\nafter\n", "{}", o.report());
    assert!(o.stderr.contains("Exception ignored in:"), "{}", o.report());
    assert!(o.stderr.contains("ValueError: in del"), "{}", o.report());
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(o.stdout, py.stdout);
        assert_eq!(o.code, py.code);
        // The first line holds an address; the traceback after it must agree.
        assert_eq!(
            significant_lines(&o.stderr)[1..],
            significant_lines(&py.stderr)[1..],
            "{}",
            py.report()
        );
    }
}

// ---------------------------------------------------------------------------
// 5. Limits: recursion and --max-heap
// ---------------------------------------------------------------------------

const UNBOUNDED: &str = "def f(n):\n    return f(n + 1)\n\n";

#[test]
fn recursion_error_is_catchable() {
    let dir = scratch("recursion_caught");
    let path = write(
        &dir,
        "rec.py",
        format!(
            "{UNBOUNDED}try:\n    f(0)\nexcept RecursionError as e:\n    print('caught', e)\n\
             print(f.__name__)\n"
        ),
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 0);
    assert_eq!(
        o.stdout,
        "caught maximum recursion depth exceeded\nf\n",
        "{}",
        o.report()
    );
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(o.stdout, py.stdout);
    }
}

#[test]
fn uncaught_recursion_error_exits_1() {
    let dir = scratch("recursion_uncaught");
    let path = write(&dir, "rec.py", format!("{UNBOUNDED}f(0)\n"));
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    assert_eq!(
        o.last_err_line(),
        "RecursionError: maximum recursion depth exceeded",
        "{}",
        o.report()
    );
    assert!(
        o.stderr.starts_with("Traceback (most recent call last):"),
        "{}",
        o.report()
    );
}

#[test]
fn uncaught_recursion_traceback_is_condensed_like_python() {
    let dir = scratch("recursion_condensed");
    let path = write(&dir, "rec.py", format!("{UNBOUNDED}f(0)\n"));
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 1);
    assert!(
        o.stderr.contains("more times]"),
        "no `[Previous line repeated N more times]` line\n{}",
        o.report()
    );
    if let Some(py) = python_in(&dir, &[&path]) {
        assert_eq!(significant_lines(&o.stderr), significant_lines(&py.stderr));
    }
}

#[test]
fn raised_recursion_limit_allows_deep_recursion() {
    let dir = scratch("recursion_deep");
    let path = write(
        &dir,
        "deep.py",
        "import sys\nsys.setrecursionlimit(100000)\n\
         def depth(n):\n    if n == 0:\n        return 0\n    return 1 + depth(n - 1)\n\n\
         print(depth(50000))\n",
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "50000\n", "{}", o.report());
}

/// With the recursion limit raised far past what the Rust stack holds,
/// recursion through native code (`repr` calling `__repr__`, `getattr`
/// calling `__getattr__`) stops with RecursionError at ouro's own cap
/// instead of overflowing the stack. CPython 3.11 crashes on this program,
/// so it is checked here rather than in the corpus.
#[test]
fn raised_recursion_limit_never_overflows_the_rust_stack() {
    let dir = scratch("recursion_native_cap");
    let path = write(
        &dir,
        "native.py",
        "import sys\nsys.setrecursionlimit(10**6)\n\
         class A:\n    def __repr__(self):\n        return repr(self)\n\
         class G:\n    def __getattr__(self, n):\n        return getattr(self, n)\n\
         for f in (lambda: repr(A()), lambda: G().x):\n    try:\n        f()\n\
         \x20   except RecursionError:\n        print('RecursionError')\n\
         def depth(n):\n    return 0 if n == 0 else 1 + depth(n - 1)\n\
         print(depth(200000))\n",
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 0);
    assert_eq!(
        o.stdout,
        "RecursionError\nRecursionError\n200000\n",
        "{}",
        o.report()
    );
}

/// Run `source` under `--max-heap 8M`.
fn with_small_heap(test: &str, source: &str) -> Outcome {
    let dir = scratch(test);
    let path = write(&dir, "mem.py", source);
    ouro_in(&dir, &["run", "--max-heap", "8M", &path])
}

#[test]
fn huge_list_raises_catchable_memory_error() {
    let o = with_small_heap(
        "memory_list_caught",
        "try:\n    x = [0] * 10**8\n    print('no MemoryError')\nexcept MemoryError:\n    \
         print('caught')\nprint('done')\n",
    );
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "caught\ndone\n", "{}", o.report());
}

#[test]
fn huge_list_uncaught_memory_error_exits_1() {
    let o = with_small_heap(
        "memory_list_uncaught",
        "print('start')\nx = [0] * 10**8\nprint('no MemoryError')\n",
    );
    assert_exit(&o, 1);
    assert_eq!(o.stdout, "start\n", "{}", o.report());
    assert_eq!(o.last_err_line(), "MemoryError", "{}", o.report());
}

/// `fill()` appends strings "forever": far more than 8M of them, bounded only
/// so that a broken cap fails the test instead of exhausting the machine.
const APPEND_FOREVER: &str = "\
items = []
count = 0

def fill():
    global count
    while count < 3_000_000:
        items.append('item number %d' % count)
        count += 1

";

#[test]
fn appending_forever_raises_catchable_memory_error() {
    // The full list stays alive after the handler, so it is cleared before
    // the program goes on allocating.
    let o = with_small_heap(
        "memory_append_caught",
        &format!(
            "{APPEND_FOREVER}try:\n    fill()\n    print('no MemoryError')\n\
             except MemoryError:\n    print('caught')\n\
             items.clear()\nprint('done', count > 1000)\n"
        ),
    );
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "caught\ndone True\n", "{}", o.report());
}

#[test]
fn appending_forever_uncaught_memory_error_exits_1() {
    let o = with_small_heap(
        "memory_append_uncaught",
        &format!("{APPEND_FOREVER}fill()\nprint('no MemoryError')\n"),
    );
    assert_exit(&o, 1);
    assert!(o.stdout.is_empty(), "{}", o.report());
    assert_eq!(o.last_err_line(), "MemoryError", "{}", o.report());
}

#[test]
fn second_memory_error_has_only_its_own_traceback() {
    let o = with_small_heap(
        "memory_traceback",
        "def first():\n    return [0] * 10**8\n\n\ndef second():\n    return [0] * 10**8\n\n\n\
         try:\n    first()\nexcept MemoryError:\n    print('caught')\nsecond()\n",
    );
    assert_exit(&o, 1);
    assert_eq!(o.stdout, "caught\n", "{}", o.report());
    let path = scratch_root().join("memory_traceback/mem.py");
    let path = path.display();
    // What python3 prints when the second allocation fails (under `ulimit -v`).
    assert_eq!(
        frames(&o.stderr),
        [
            format!("  File \"{path}\", line 13, in <module>"),
            format!("  File \"{path}\", line 6, in second"),
        ],
        "{}",
        o.report()
    );
    assert_eq!(o.last_err_line(), "MemoryError", "{}", o.report());
}

#[test]
fn growing_a_string_raises_memory_error() {
    // 26 doublings: a 64 MiB string, far over the 8 MiB cap.
    let o = with_small_heap(
        "memory_string",
        "s = 'x'\ntry:\n    for _ in range(26):\n        s = s + s\n    \
         print('no MemoryError', len(s))\nexcept MemoryError:\n    print('caught')\n",
    );
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "caught\n", "{}", o.report());
}

#[test]
fn endless_iterators_raise_memory_error() {
    // Each constructor drains an iterator that never ends and yields one
    // shared int, so only the collected items themselves grow: they are
    // counted against the cap (an uncounted buffer would grow until the
    // machine ran out and the process aborted). A set keeps one copy of an
    // item, as CPython's does, so it is fed distinct ints instead: with one
    // shared item it would run forever, as python3 does.
    let o = with_small_heap(
        "memory_endless_iter",
        r#"import itertools
class Y:
    def __getitem__(self, i):
        return 1


class Distinct:
    def __getitem__(self, i):
        return i


for f in (list, tuple, lambda x: set(Distinct()), bytearray, bytes, sorted, lambda x: b''.join(x),
          lambda x: [*x], lambda x: print(*x), lambda x: {}.fromkeys(x)):
    try:
        f(Y())
        print('no MemoryError')
    except MemoryError:
        print('caught')
try:
    list(itertools.repeat(1))
except MemoryError:
    print('caught')
print('done')
"#,
    );
    assert_exit(&o, 0);
    assert_eq!(
        o.stdout,
        format!("{}done\n", "caught\n".repeat(11)),
        "{}",
        o.report()
    );
}

// ---------------------------------------------------------------------------
// 6. Deallocation depth
// ---------------------------------------------------------------------------

/// Build a long chain, free it with `del`, and check the heap shrank.
fn assert_deep_structure_is_freed(test: &str, build: &str, size: usize) {
    let dir = scratch(test);
    let path = write(
        &dir,
        "deep.py",
        format!(
            "import _ouro\nbefore = _ouro.heap_objects()\n{build}print('built')\n\
             del head\nprint('freed')\nprint(_ouro.heap_objects() - before < 100)\n"
        ),
    );
    for flags in [&[][..], &["--verify-heap"]] {
        let mut args = vec!["run"];
        args.extend_from_slice(flags);
        args.push(&path);
        let o = ouro_in(&dir, &args);
        assert_exit(&o, 0);
        assert_eq!(
            o.stdout,
            "built\nfreed\nTrue\n",
            "{size} objects\n{}",
            o.report()
        );
        assert!(!o.stderr.contains(MISMATCH), "{}", o.report());
    }
}

#[test]
fn million_node_linked_chain_is_freed() {
    assert_deep_structure_is_freed(
        "dealloc_chain",
        "class Node:\n    def __init__(self, nxt):\n        self.nxt = nxt\n\n\
         head = None\nfor i in range(1_000_000):\n    head = Node(head)\n",
        1_000_000,
    );
}

#[test]
fn deeply_nested_list_is_freed() {
    assert_deep_structure_is_freed(
        "dealloc_nested_list",
        "head = []\nfor i in range(100_000):\n    head = [head]\n",
        100_000,
    );
}

// ---------------------------------------------------------------------------
// 7. --verify-heap
// ---------------------------------------------------------------------------

#[test]
fn verify_heap_is_quiet_on_clean_programs() {
    let dir = scratch("verify_clean");
    let path = write(
        &dir,
        "clean.py",
        "d = {'a': [1, 2], 'b': (3, 'x')}\nclass C:\n    pass\nc = C()\nc.d = d\n\
         del d['a']\nprint(sorted(d), c.d is d)\n",
    );
    let o = ouro_in(&dir, &["run", "--verify-heap", &path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "['b'] True\n", "{}", o.report());
    assert!(!o.stderr.contains(MISMATCH), "{}", o.report());
    // An uncaught exception unwinds cleanly too.
    let path = write(&dir, "nested.py", NESTED_CALLS);
    let o = ouro_in(&dir, &["run", "--verify-heap", &path]);
    assert_exit(&o, 1);
    assert!(!o.stderr.contains(MISMATCH), "{}", o.report());
}

#[test]
fn verify_heap_reports_a_leaked_reference() {
    let dir = scratch("verify_leak");
    let path = write(
        &dir,
        "leak.py",
        "import _ouro\nlst = [1, 2, 3]\n_ouro.leak_ref(lst)\nprint('ok')\n",
    );
    let o = ouro_in(&dir, &["run", "--verify-heap", &path]);
    // A heap that fails verification turns a successful run into exit 70.
    assert_exit(&o, VERIFY_FAILED);
    assert_eq!(o.stdout, "ok\n", "{}", o.report());
    let lines = list_mismatches(&o.stderr);
    assert!(
        !lines.is_empty(),
        "no mismatch naming a list\n{}",
        o.report()
    );
    for line in lines {
        let (stored, counted) = stored_and_counted(line);
        assert_eq!(stored, counted + 1, "{line}");
    }
    // Without --verify-heap nobody looks.
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "ok\n", "{}", o.report());
    assert!(!o.stderr.contains(MISMATCH), "{}", o.report());
    assert!(o.stderr.is_empty(), "{}", o.report());
}

#[test]
fn verify_heap_reports_a_dropped_reference() {
    let dir = scratch("verify_drop");
    let path = write(
        &dir,
        "drop.py",
        "import _ouro\nlst = [1, 2, 3]\na = lst\nb = lst\n_ouro.drop_ref(lst)\nprint('ok')\n",
    );
    let o = ouro_in(&dir, &["run", "--verify-heap", &path]);
    // A heap that fails verification turns a successful run into exit 70.
    assert_exit(&o, VERIFY_FAILED);
    assert_eq!(o.stdout, "ok\n", "{}", o.report());
    let lines = list_mismatches(&o.stderr);
    assert!(
        !lines.is_empty(),
        "no mismatch naming a list\n{}",
        o.report()
    );
    for line in lines {
        let (stored, counted) = stored_and_counted(line);
        assert_eq!(stored + 1, counted, "{line}");
    }
}

#[test]
fn drop_ref_refuses_an_object_with_few_references() {
    let o = ouro(&[
        "run",
        "--verify-heap",
        "-c",
        "import _ouro\ntry:\n    _ouro.drop_ref([1])\nexcept ValueError:\n    print('refused')\n",
    ]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "refused\n", "{}", o.report());
    assert!(!o.stderr.contains(MISMATCH), "{}", o.report());
}

#[test]
fn verify_heap_function_counts_problems() {
    let dir = scratch("verify_function");
    let path = write(
        &dir,
        "count.py",
        "import _ouro\nprint(_ouro.verify_heap())\nlst = [1]\n_ouro.leak_ref(lst)\n\
         n = _ouro.verify_heap()\nprint(type(n).__name__, n >= 1)\n",
    );
    let o = ouro_in(&dir, &[&path]);
    assert_exit(&o, VERIFY_FAILED);
    assert_eq!(o.stdout, "0\nint True\n", "{}", o.report());
    assert!(!list_mismatches(&o.stderr).is_empty(), "{}", o.report());
}

// ---------------------------------------------------------------------------
// 8. --stats
// ---------------------------------------------------------------------------

/// The number on the `unreachable at exit` line of `--stats`.
fn unreachable_at_exit(stderr: &str) -> Option<usize> {
    let line = stderr.lines().find(|l| l.contains("unreachable at exit"))?;
    line.split_whitespace().find_map(|w| w.parse().ok())
}

#[test]
fn stats_go_to_stderr_and_leave_stdout_alone() {
    let dir = scratch("stats");
    let path = write(
        &dir,
        "prog.py",
        "total = 0\nfor i in range(1000):\n    total += len([i, str(i)])\nprint(total)\n",
    );
    let plain = ouro_in(&dir, &[&path]);
    assert_exit(&plain, 0);
    let o = ouro_in(&dir, &["run", "--stats", &path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, plain.stdout, "{}", o.report());
    assert_eq!(o.stdout, "2000\n", "{}", o.report());
    assert!(o.stderr.contains("ouro stats"), "{}", o.report());
    assert!(o.stderr.contains("objects allocated"), "{}", o.report());
    assert_eq!(unreachable_at_exit(&o.stderr), Some(0), "{}", o.report());
}

#[test]
fn stats_count_an_unreachable_cycle() {
    let dir = scratch("stats_cycle");
    let path = write(
        &dir,
        "cycle.py",
        "a = []\na.append(a)\ndel a\nprint('done')\n",
    );
    let o = ouro_in(&dir, &["run", "--gc", "refcount", "--stats", &path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "done\n", "{}", o.report());
    let n = unreachable_at_exit(&o.stderr)
        .unwrap_or_else(|| panic!("no `unreachable at exit` number\n{}", o.report()));
    assert!(n >= 1, "{}", o.report());
    assert!(
        o.stderr.contains("heap bytes after exit  0"),
        "{}",
        o.report()
    );
}

/// `heap peak bytes` from `--stats`.
fn peak_heap_bytes(stderr: &str) -> Option<usize> {
    let line = stderr.lines().find(|l| l.contains("heap peak bytes"))?;
    line.split_whitespace().find_map(|w| w.parse().ok())
}

/// MEMORY-MODEL.md items 11-13: dropping many small cycles keeps the heap
/// flat under the collectors that free cycles, and grows it under pure
/// reference counting. (Peak heap bytes, which are exact, stand in for
/// peak RSS.)
#[test]
fn dropped_cycles_keep_the_heap_flat_except_under_refcount() {
    let dir = scratch("flat_cycles");
    let make = |name: &str, link: &str| {
        let body = format!(
            "class Node:\n    pass\nfor i in range(100000):\n    a = Node(); b = Node()\n    a.other = b\n{link}print('done')\n"
        );
        write(&dir, name, &body)
    };
    let cycles = make("cycles.py", "    b.other = a\n");
    let plain = make("plain.py", "");
    let peak = |gc: &str, path: &str| {
        let o = ouro_in(&dir, &["run", "--gc", gc, "--stats", path]);
        assert_exit(&o, 0);
        peak_heap_bytes(&o.stderr).unwrap_or_else(|| panic!("no peak\n{}", o.report()))
    };
    for gc in ["generational", "marksweep"] {
        let (c, p) = (peak(gc, &cycles), peak(gc, &plain));
        assert!(c < 3 * p, "{gc}: {c} bytes with cycles vs {p} without");
    }
    let (c, p) = (peak("refcount", &cycles), peak("refcount", &plain));
    assert!(c > 10 * p, "refcount: {c} bytes with cycles vs {p} without");
}

#[test]
fn the_generational_collector_frees_the_cycle_and_the_heap_ends_empty() {
    let dir = scratch("stats_cycle_generational");
    let path = write(
        &dir,
        "cycle.py",
        "a = []\na.append(a)\ndel a\nprint('done')\n",
    );
    let o = ouro_in(&dir, &["run", "--gc", "generational", "--stats", &path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "done\n", "{}", o.report());
    assert_eq!(unreachable_at_exit(&o.stderr), Some(0), "{}", o.report());
    assert!(
        o.stderr.contains("heap bytes after exit  0"),
        "{}",
        o.report()
    );
}

// ---------------------------------------------------------------------------
// 9. dis
// ---------------------------------------------------------------------------

#[test]
fn dis_prints_instructions() {
    let dir = scratch("dis");
    let path = write(&dir, "prog.py", NESTED_CALLS);
    let o = ouro_in(&dir, &["dis", &path]);
    assert_exit(&o, 0);
    for name in ["LOAD_CONST", "RETURN_VALUE", "CALL"] {
        assert!(o.stdout.contains(name), "no {name}\n{}", o.report());
    }
    // `dis` does not run the program.
    assert!(!o.stdout.contains("start\n"), "{}", o.report());
}

// ---------------------------------------------------------------------------
// 10. Robustness: bad and odd programs
// ---------------------------------------------------------------------------

/// `depth` nested `def`s, the innermost returning 1, then a print.
fn nested_defs(depth: usize) -> Vec<u8> {
    let mut s = String::new();
    for i in 0..depth {
        let _ = writeln!(s, "{}def f{i}():", "    ".repeat(i));
    }
    let _ = writeln!(s, "{}return 1\nprint('ok')", "    ".repeat(depth));
    s.into_bytes()
}

fn nested_parens(depth: usize) -> Vec<u8> {
    format!(
        "x = {}1{}\nprint(x)\n",
        "(".repeat(depth),
        ")".repeat(depth)
    )
    .into_bytes()
}

/// (name, source, python3.11's exit status) for programs ouro agrees on.
fn robustness_cases() -> Vec<(&'static str, Vec<u8>, i32)> {
    let b = |s: &str| s.as_bytes().to_vec();
    vec![
        ("garbage", b("@@@ $$$ ???\n"), 1),
        ("lone_close_paren", b(")\n"), 1),
        ("def_paren_colon", b("def f(:\n    pass\n"), 1),
        ("unterminated_string", b("x = 'abc\n"), 1),
        ("unterminated_triple_quoted", b("x = \"\"\"abc\n\n"), 1),
        ("parens_100", nested_parens(100), 0),
        ("open_brackets_5000", "[".repeat(5000).into_bytes(), 1),
        ("nested_defs_50", nested_defs(50), 0),
        ("raise_int", b("raise 5\n"), 1),
        (
            "raise_non_exception_class",
            b("class A: pass\nraise A\n"),
            1,
        ),
        ("call_int", b("x = 1\nx()\n"), 1),
        ("call_none", b("None()\n"), 1),
        ("fstring_unclosed_brace", b("x = f'{'\n"), 1),
        ("fstring_bad_conversion", b("x = f'{1!z}'\n"), 1),
        ("fstring_empty_expression", b("x = f'{}'\n"), 1),
        ("invalid_escape_is_a_warning", b("print('\\q')\n"), 0),
        ("unknown_unicode_name", b("print('\\N{NO SUCH NAME}')\n"), 1),
        ("truncated_x_escape", b("print('\\x4')\n"), 1),
        ("nul_byte", b"print(1)\x00\n".to_vec(), 1),
        ("empty_file", Vec::new(), 0),
        ("only_comments", b("# one\n# two\n"), 0),
        ("bom", b"\xef\xbb\xbfprint('bom')\n".to_vec(), 0),
        ("bom_only", b"\xef\xbb\xbf".to_vec(), 0),
        (
            "tabs_and_spaces",
            b("if True:\n\tx = 1\n        y = 2\n"),
            1,
        ),
        ("return_outside_function", b("return 1\n"), 1),
        ("break_outside_loop", b("break\n"), 1),
        ("yield_outside_function", b("yield 1\n"), 1),
        ("await_outside_function", b("await x\n"), 1),
        ("del_literal", b("del 1\n"), 1),
        ("assign_to_literal", b("1 = x\n"), 1),
        ("nonlocal_at_module_level", b("nonlocal x\n"), 1),
        ("undefined_name", b("print(undefined)\n"), 1),
        (
            "deep_binary_expression",
            format!("x = {}1\n", "1+".repeat(5000)).into_bytes(),
            1,
        ),
        (
            "deep_unary_chain",
            format!("x = {}1\n", "-".repeat(5000)).into_bytes(),
            1,
        ),
        (
            "nested_lambdas",
            format!("f = {}1\nprint('ok')\n", "lambda: ".repeat(300)).into_bytes(),
            0,
        ),
        (
            "long_line",
            format!("x = '{}'\nprint(len(x))\n", "a".repeat(100_000)).into_bytes(),
            0,
        ),
        ("repeated_keyword_argument", b("f(a=1, a=2)\n"), 1),
        ("starred_assignment_alone", b("*a = [1]\n"), 1),
        ("unicode_identifier", b("λ = 3\nprint(λ)\n"), 0),
        ("crlf_line_ends", b("x = 1\r\nprint(x)\r\n"), 0),
        ("cr_line_ends", b("x = 1\rprint(x)\r"), 0),
        ("sys_exit_3", b("import sys\nsys.exit(3)\n"), 3),
        ("sys_exit_message", b("import sys\nsys.exit('bye')\n"), 1),
        ("raise_system_exit", b("raise SystemExit\n"), 0),
        (
            "self_containing_list_repr",
            b("l = []\nl.append(l)\nprint(l)\n"),
            0,
        ),
        (
            "deep_list_repr",
            b("x = []\nfor i in range(100000):\n    x = [x]\nprint(len(repr(x)))\n"),
            1,
        ),
    ]
}

/// Run `source` under ouro and compare the exit status with python3's (or
/// with `expected` without a python3.11). Err describes what went wrong.
fn check_like_python(name: &str, source: &[u8], expected: i32) -> Result<(), String> {
    let dir = scratch(&format!("robust_{name}"));
    let path = write(&dir, &format!("{name}.py"), source);
    let o = ouro_in(&dir, &[&path]);
    if o.timed_out {
        return Err(format!("{name}: hung\n{}", o.report()));
    }
    if ["panicked", "RUST_BACKTRACE", "internal error"]
        .iter()
        .any(|bad| o.stderr.contains(bad))
    {
        return Err(format!(
            "{name}: Rust panic or internal error\n{}",
            o.report()
        ));
    }
    let want = match python_in(&dir, &[&path]) {
        Some(py) => {
            let code = py.code.unwrap_or(-1);
            if code != expected {
                return Err(format!(
                    "{name}: the table says python3 exits {expected} but it exits {code}\n{}",
                    py.report()
                ));
            }
            code
        }
        None => expected,
    };
    if o.code != Some(want) {
        return Err(format!(
            "{name}: python3 exits {want}, ouro exits {:?}\n{}",
            o.code,
            o.report()
        ));
    }
    Ok(())
}

#[test]
fn bad_and_odd_programs_exit_like_python_without_panicking() {
    let failures: Vec<String> = robustness_cases()
        .iter()
        .filter_map(|(name, source, code)| check_like_python(name, source, *code).err())
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs failed:\n\n{}",
        failures.len(),
        robustness_cases().len(),
        failures.join("\n\n")
    );
}

/// One known divergence: panics with the report.
fn assert_like_python(name: &str, source: &[u8], expected: i32) {
    if let Err(e) = check_like_python(name, source, expected) {
        panic!("{e}");
    }
}

#[test]
fn parens_1000_is_a_syntax_error() {
    assert_like_python("parens_1000", &nested_parens(1000), 1);
}

#[test]
fn nested_defs_200_is_an_indentation_error() {
    assert_like_python("nested_defs_200", &nested_defs(200), 1);
}

#[test]
fn non_utf8_source_is_a_syntax_error() {
    assert_like_python("non_utf8_string", b"print('\xff\xfe')\n", 1);
    assert_like_python("non_utf8_comment", b"# \xff\nprint(1)\n", 1);
    let dir = scratch("non_utf8_message");
    let path = write(&dir, "latin1.py", b"x = '\xe9'\n");
    let o = ouro_in(&dir, &[&path]);
    assert!(
        o.last_err_line().starts_with("SyntaxError: Non-UTF-8 code"),
        "{}",
        o.report()
    );
}

#[test]
fn int_max_str_digits_limit() {
    let literal = format!("x = {}\nprint(x % 7)\n", "9".repeat(5000));
    assert_like_python("huge_int_literal", literal.as_bytes(), 1);
    assert_like_python("int_of_huge_str", b"print(int('9' * 5000))\n", 1);
}

#[test]
fn deep_list_comparison_hits_the_recursion_limit() {
    assert_like_python(
        "deep_list_eq",
        b"a = []\nb = []\nfor i in range(100000):\n    a = [a]\n    b = [b]\nprint(a == b)\n",
        1,
    );
}

/// (name, source, CPython 3.11's last stderr line) for syntax errors whose
/// message ouro gets wrong.
const SYNTAX_MESSAGES: &[(&str, &str, &str)] = &[
    (
        "truncated_x_escape",
        "print('\\x4')\n",
        "SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in position 0-2: \
         truncated \\xXX escape",
    ),
    ("lone_close_paren", ")\n", "SyntaxError: unmatched ')'"),
    (
        "fstring_unclosed_brace",
        "x = f'{'\n",
        "SyntaxError: f-string: expecting '}'",
    ),
    (
        "fstring_empty_expression",
        "x = f'{}'\n",
        "SyntaxError: f-string: empty expression not allowed",
    ),
    (
        "nul_byte",
        "print(1)\0\n",
        "SyntaxError: source code cannot contain null bytes",
    ),
    (
        "python2_print",
        "x = 1; print 'hello', x\n",
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?",
    ),
    (
        "python2_exec",
        "exec \"x = 1\"\n",
        "SyntaxError: Missing parentheses in call to 'exec'. Did you mean exec(...)?",
    ),
    (
        "tuple_augassign",
        "a, b += 1\n",
        "SyntaxError: 'tuple' is an illegal expression for augmented assignment",
    ),
    (
        "try_alone",
        "try:\n    pass\nx = 1\n",
        "SyntaxError: expected 'except' or 'finally' block",
    ),
    (
        "except_and_except_star",
        "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
        "SyntaxError: cannot have both 'except' and 'except*' on the same 'try'",
    ),
    (
        "number_then_name",
        "x = 1__0\n",
        "SyntaxError: invalid decimal literal",
    ),
    (
        "imaginary_then_digit",
        "x = 1.5j2\n",
        "SyntaxError: invalid imaginary literal",
    ),
    (
        "octal_digit",
        "x = 0o78\n",
        "SyntaxError: invalid digit '8' in octal literal",
    ),
    (
        "empty_hex",
        "x = 0x\n",
        "SyntaxError: invalid hexadecimal literal",
    ),
    (
        "assign_in_if",
        "if x = 1:\n    pass\n",
        "SyntaxError: invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
    ),
    (
        "two_names_before_colon",
        "for x in y z: pass\n",
        "SyntaxError: invalid syntax",
    ),
    (
        "def_without_colon",
        "def f() -> int pass\n",
        "SyntaxError: expected ':'",
    ),
    (
        "else_without_colon",
        "if x: pass\nelse pass\n",
        "SyntaxError: expected ':'",
    ),
    (
        "assign_to_yield",
        "def f():\n    x = yield = 3\n",
        "SyntaxError: assignment to yield expression not possible",
    ),
];

#[test]
fn syntax_error_messages_match_python() {
    let dir = scratch("syntax_messages");
    let mut failures = Vec::new();
    for (name, source, expected) in SYNTAX_MESSAGES {
        let path = write(&dir, &format!("{name}.py"), source);
        let o = ouro_in(&dir, &[&path]);
        assert_exit(&o, 1);
        let want = python_in(&dir, &[&path])
            .map_or_else(|| expected.to_string(), |py| py.last_err_line().to_string());
        if o.last_err_line() != want {
            failures.push(format!(
                "{name}: python3: {want}\n{name}: ouro:    {}",
                o.last_err_line()
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn ctypes_reads_reference_counts_and_refuses_any_other_address() {
    let dir = scratch("ctypes_addresses");
    let path = write(
        &dir,
        "addresses.py",
        "import ctypes\n\
         x = [1]\n\
         a = id(x)\n\
         print(ctypes.c_long.from_address(a).value)\n\
         for bad in (a + 8, 12345, 0):\n\
         \x20   try:\n\
         \x20       ctypes.c_long.from_address(bad).value\n\
         \x20   except ValueError as e:\n\
         \x20       print('ValueError', 'not the id of a live object' in str(e))\n\
         view = ctypes.c_long.from_address(a)\n\
         del x\n\
         try:\n\
         \x20   view.value\n\
         except ValueError:\n\
         \x20   print('freed: ValueError')\n",
    );
    for gc in ["refcount", "generational"] {
        let o = ouro_in(&dir, &["run", "--gc", gc, &path]);
        assert_exit(&o, 0);
        assert_eq!(
            o.stdout,
            "1\nValueError True\nValueError True\nValueError True\nfreed: ValueError\n",
            "{}",
            o.report()
        );
    }
    // Under marksweep the freed list lives until a collection: the count
    // of the unreachable object is what reaches it (none).
    let o = ouro_in(&dir, &["run", "--gc", "marksweep", &path]);
    assert_exit(&o, 0);
    assert!(
        o.stdout
            .starts_with("1\nValueError True\nValueError True\nValueError True\n"),
        "{}",
        o.report()
    );
}

/// `ctypes.cast(id(x), ctypes.py_object).value` gives back a live object
/// and refuses (ValueError, never a read of freed memory) the address of
/// one that has died, or any other address.
#[test]
fn ctypes_cast_finds_live_objects_only() {
    let dir = scratch("ctypes_cast");
    let path = write(
        &dir,
        "cast.py",
        "import ctypes\n\
         x = [1]\n\
         a = id(x)\n\
         c = ctypes.cast(a, ctypes.py_object)\n\
         print(c.value is x, c.value)\n\
         del x\n\
         for bad in (a, a + 8, 12345):\n\
         \x20   try:\n\
         \x20       ctypes.cast(bad, ctypes.py_object).value\n\
         \x20   except ValueError as e:\n\
         \x20       print('ValueError', 'not the id of a live object' in str(e))\n",
    );
    for gc in ["refcount", "generational"] {
        let o = ouro_in(&dir, &["run", "--gc", gc, &path]);
        assert_exit(&o, 0);
        assert_eq!(
            o.stdout,
            "True [1]\nValueError True\nValueError True\nValueError True\n",
            "{}",
            o.report()
        );
    }
}

/// `x is 5` is a SyntaxWarning at compile time, as python3 prints it: the
/// file and line, then the line itself; none for `is None`, `is []` or a
/// name; one per comparison; `compile()`d text under `<string>` without a
/// line. (Expected text as python3.11 printed it.)
#[test]
fn is_with_a_literal_warns_as_python3_does() {
    let dir = scratch("syntax_warning");
    let path = write(
        &dir,
        "warn.py",
        "x = 5\nprint(x is 5)\nif x is not ():\n    print(1)\ny = [1]\nprint(y is [], x is None, x is -1, x is y)\nexec(\"z = 1\\nz is 'a'\")\nprint(not (x is 'ab'[0]))\n",
    );
    let o = ouro_in(&dir, &["run", &path]);
    assert_exit(&o, 0);
    assert_eq!(
        o.stdout,
        "True\n1\nFalse False False False\nTrue\n",
        "{}",
        o.report()
    );
    let is_ = "SyntaxWarning: \"is\" with a literal. Did you mean \"==\"?";
    let is_not = "SyntaxWarning: \"is not\" with a literal. Did you mean \"!=\"?";
    let want = format!(
        "{path}:2: {is_}\n  print(x is 5)\n\
         {path}:3: {is_not}\n  if x is not ():\n\
         {path}:6: {is_}\n  print(y is [], x is None, x is -1, x is y)\n\
         {path}:8: {is_not}\n  print(not (x is 'ab'[0]))\n\
         <string>:2: {is_}\n"
    );
    assert_eq!(o.stderr, want, "{}", o.report());
}

/// A finalizer that fails at exit is reported without source lines, as
/// python3 reports it while finalizing; one that fails before exit shows
/// them.
#[test]
fn finalizer_errors_at_exit_show_no_source_lines() {
    let dir = scratch("exit_unraisable");
    let path = write(
        &dir,
        "exit.py",
        "class C:\n    def __del__(self):\n        raise ValueError('x')\nc = C()\nc = None\nkept = C()\nprint('end')\n",
    );
    let o = ouro_in(&dir, &["run", &path]);
    assert_exit(&o, 0);
    assert_eq!(o.stdout, "end\n", "{}", o.report());
    let blocks: Vec<&str> = o.stderr.split("Exception ignored in").skip(1).collect();
    assert_eq!(blocks.len(), 2, "{}", o.report());
    assert!(
        blocks[0].contains("    raise ValueError('x')\n"),
        "{}",
        o.report()
    );
    assert!(!blocks[1].contains("raise ValueError"), "{}", o.report());
    assert!(
        blocks[1].ends_with("line 3, in __del__\nValueError: x\n"),
        "{}",
        o.report()
    );
}
