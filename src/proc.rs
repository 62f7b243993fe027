//! Running a child process and measuring it, for `ouro bench`: wall time,
//! output, and its peak resident set. The peak is the child's own `VmHWM`
//! (`/proc/PID/status`), read every millisecond while it runs: `wait4`'s
//! `ru_maxrss` would do, but Linux carries a process's peak across `exec`,
//! so a child forked from this (larger) process reports at least this
//! process's size. A peak reached in the last millisecond can be missed.
//! (The watcher stops right after the child is reaped; its pid could only
//! be read for another process if the pids wrapped around in between.)

use std::io::Read;
use std::process::{Command, Stdio};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

/// The `VmHWM` of process `pid` in bytes, if it is running.
fn peak_rss_of(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    let kb = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse::<u64>()
        .ok()?;
    Some(kb * 1024)
}

/// Poll `pid`'s peak resident set until `done`; the largest seen.
fn watch_rss(pid: u32, done: Arc<AtomicBool>, peak: Arc<AtomicU64>) -> std::thread::JoinHandle<()> {
    std::thread::spawn(move || {
        while !done.load(Ordering::Acquire) {
            if let Some(b) = peak_rss_of(pid) {
                peak.fetch_max(b, Ordering::AcqRel);
            }
            std::thread::sleep(Duration::from_millis(1));
        }
    })
}

pub struct Measured {
    /// The exit status, or None when a signal ended it.
    pub status: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub wall: Duration,
    /// Peak resident set of the child, in bytes.
    pub max_rss: u64,
}

fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut buf = Vec::new();
        if let Some(mut p) = pipe {
            let _ = p.read_to_end(&mut buf);
        }
        buf
    })
}

/// Run `cmd` (stdin empty, output captured) to its end.
pub fn run_measured(cmd: &mut Command) -> std::io::Result<Measured> {
    cmd.stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let started = Instant::now();
    let mut child = cmd.spawn()?;
    let out = drain(child.stdout.take());
    let err = drain(child.stderr.take());
    let done = Arc::new(AtomicBool::new(false));
    let peak = Arc::new(AtomicU64::new(0));
    let watcher = watch_rss(child.id(), done.clone(), peak.clone());
    let waited = child.wait();
    let wall = started.elapsed();
    done.store(true, Ordering::Release);
    let _ = watcher.join();
    let status = waited?.code();
    Ok(Measured {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        wall,
        max_rss: peak.load(Ordering::Acquire),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_child() {
        let m = run_measured(
            Command::new("sh").args(["-c", "echo hi; echo err >&2; sleep 0.05; exit 3"]),
        )
        .expect("sh runs");
        assert_eq!(m.status, Some(3));
        assert_eq!(m.stdout, b"hi\n");
        assert_eq!(m.stderr, b"err\n");
        assert!(m.max_rss > 0);
        // The shell's own size, not this (test) process's.
        assert!(m.max_rss < 64 << 20, "{}", m.max_rss);
    }
}
