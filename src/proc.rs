//! Running a child process and measuring it: wall time, output, and its
//! own peak resident set (from `wait4`'s resource usage, which `std`
//! does not expose), for `ouro bench`.

use std::io::Read;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

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
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: `rusage` is a plain C struct of integers, for which all-zero
    // bytes are a valid value.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    loop {
        // SAFETY: `pid` is our own child, not yet waited for (`child.wait`
        // is never called, so std never reaps it); `status` and `usage`
        // are valid, exclusive pointers to locals for the call.
        let r = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
        if r == pid {
            break;
        }
        let e = std::io::Error::last_os_error();
        if e.kind() != std::io::ErrorKind::Interrupted {
            return Err(e);
        }
    }
    let wall = started.elapsed();
    let status = if libc::WIFEXITED(status) {
        Some(libc::WEXITSTATUS(status))
    } else {
        None
    };
    Ok(Measured {
        status,
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        wall,
        // Linux reports kilobytes.
        max_rss: (usage.ru_maxrss.max(0) as u64) * 1024,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_a_child() {
        let m = run_measured(Command::new("sh").args(["-c", "echo hi; echo err >&2; exit 3"]))
            .expect("sh runs");
        assert_eq!(m.status, Some(3));
        assert_eq!(m.stdout, b"hi\n");
        assert_eq!(m.stderr, b"err\n");
        assert!(m.max_rss > 0);
    }
}
