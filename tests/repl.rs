//! The interactive prompt, tested as a person uses it: `ouro` runs in a
//! real terminal (a tmux pane), keys are typed into it and the screen is
//! read back. Needs `tmux` (CI installs it); without it the test says so
//! and does nothing.

use std::process::Command;
use std::thread::sleep;
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> String {
    let out = Command::new("tmux").args(args).output().expect("tmux runs");
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A tmux session running one command, killed when dropped.
struct Pane(String);

impl Pane {
    fn start(name: &str, command: &str) -> Pane {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", name])
            .output();
        let status = Command::new("tmux")
            .args([
                "new-session",
                "-d",
                "-s",
                name,
                "-x",
                "120",
                "-y",
                "60",
                command,
            ])
            .status()
            .expect("tmux starts");
        assert!(status.success(), "tmux could not start {command}");
        let pane = Pane(name.to_string());
        pane.wait_for(">>>");
        pane
    }

    fn screen(&self) -> String {
        tmux(&["capture-pane", "-t", &self.0, "-p", "-S", "-200"])
    }

    /// Wait until the screen contains `text` (at most 10 s).
    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) || start.elapsed() > Duration::from_secs(10) {
                return s;
            }
            sleep(Duration::from_millis(50));
        }
    }

    /// How many prompts the screen shows (tmux trims their trailing
    /// space).
    fn prompts(&self) -> usize {
        self.screen()
            .lines()
            .filter(|l| l.starts_with(">>>") || l.starts_with("..."))
            .count()
    }

    /// Type a line and press Enter, then wait for the next prompt.
    fn line(&self, text: &str) {
        let before = self.prompts();
        tmux(&["send-keys", "-t", &self.0, "-l", text]);
        tmux(&["send-keys", "-t", &self.0, "Enter"]);
        let start = Instant::now();
        while self.prompts() <= before && start.elapsed() < Duration::from_secs(10) {
            sleep(Duration::from_millis(30));
        }
    }

    fn alive(&self) -> bool {
        Command::new("tmux")
            .args(["has-session", "-t", &self.0])
            .output()
            .is_ok_and(|o| o.status.success())
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        let _ = Command::new("tmux")
            .args(["kill-session", "-t", &self.0])
            .output();
    }
}

fn have_tmux() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

#[test]
fn a_session_at_the_prompt() {
    if !have_tmux() {
        eprintln!("skipped: tmux is not installed (CI installs it)");
        return;
    }
    let ouro = env!("CARGO_BIN_EXE_ouro");
    let pane = Pane::start("ouro-repl-test", &format!("{ouro} run --gc refcount"));
    for line in [
        "import sys, gc",
        "x = [1, 2, 3]",
        "sys.getrefcount(x)",
        "x",
        "_",
        "def double(n):",
        "    return n * 2",
        "",
        "double(21)",
        "1/0",
        "class A:",
        "    def __del__(self): print('A finalized')",
        "",
        "a = A()",
        "del a",
        "'still' + ' here'",
        "None",
        "(1,",
        " 2)",
    ] {
        pane.line(line);
    }
    let screen = pane.screen();
    for expected in [
        ">>> sys.getrefcount(x)\n2\n",
        ">>> x\n[1, 2, 3]\n",
        ">>> _\n[1, 2, 3]\n",
        ">>> def double(n):\n...     return n * 2\n...\n>>> double(21)\n42\n",
        "Traceback (most recent call last):\n  File \"<stdin>\", line 1, in <module>\nZeroDivisionError: division by zero\n",
        ">>> del a\nA finalized\n",
        ">>> 'still' + ' here'\n'still here'\n",
        ">>> None\n>>> (1,\n...  2)\n(1, 2)\n",
    ] {
        assert!(screen.contains(expected), "missing {expected:?} in\n{screen}");
    }
    // Ctrl-D leaves.
    tmux(&["send-keys", "-t", &pane.0, "C-d"]);
    let start = Instant::now();
    while pane.alive() && start.elapsed() < Duration::from_secs(10) {
        sleep(Duration::from_millis(50));
    }
    assert!(!pane.alive(), "Ctrl-D did not end the session");
}

#[test]
fn exit_status_and_syntax_errors_at_the_prompt() {
    if !have_tmux() {
        eprintln!("skipped: tmux is not installed (CI installs it)");
        return;
    }
    let ouro = env!("CARGO_BIN_EXE_ouro");
    // The pane's shell reports the status ouro exits with.
    let pane = Pane::start(
        "ouro-repl-exit",
        &format!("sh -c '{ouro}; echo exited with $?; sleep 30'"),
    );
    pane.line("x = = 1");
    pane.line("print('after the error')");
    pane.line("raise SystemExit(3)");
    let screen = pane.wait_for("exited with");
    assert!(screen.contains("SyntaxError: invalid syntax"), "{screen}");
    assert!(screen.contains("after the error"), "{screen}");
    assert!(screen.contains("exited with 3"), "{screen}");
}
