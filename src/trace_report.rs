//! `ouro trace FILE`: a JSON-lines trace (`docs/TRACE.md`) read back as
//! one line per collection and cascade, in the spirit of Go's
//! `GODEBUG=gctrace=1`, then the totals; `ouro trace A B` puts two traces'
//! totals side by side.

use crate::compare::{bytes, int, num, Event};
use serde_json::Value;

/// A trace's events; an error names the file and line.
fn load(path: &str) -> Result<Vec<Event>, (i32, String)> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| (2, format!("ouro: can't open trace file '{path}': {e}")))?;
    let mut events = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(e)) if e.get("event").is_some_and(Value::is_string) => events.push(e),
            _ => {
                return Err((
                    1,
                    format!(
                        "ouro trace: {path}, line {}: not a trace event (is it a --trace-format jsonl file?)",
                        i + 1
                    ),
                ))
            }
        }
    }
    if events.is_empty() {
        return Err((1, format!("ouro trace: {path}: no events")));
    }
    Ok(events)
}

fn text<'a>(e: &'a Event, k: &str) -> &'a str {
    e.get(k).and_then(Value::as_str).unwrap_or("?")
}

/// Microseconds as milliseconds.
fn ms(us: f64) -> String {
    format!("{:.3}ms", us / 1000.0)
}

/// The line of one collection or cascade; None for other events.
fn line(e: &Event, nth: &mut u64) -> Option<String> {
    let at = ms(num(e, "ts_us"));
    match text(e, "event") {
        "gc_end" => {
            *nth += 1;
            Some(format!(
                "gc {nth} @{at} gen{} {}: {} pause, {} examined, {} unreachable, {} finalized, {} freed ({} released), heap {}->{}",
                int(e, "gen"),
                text(e, "reason"),
                ms(num(e, "pause_us")),
                int(e, "examined"),
                int(e, "unreachable"),
                int(e, "finalized"),
                int(e, "freed"),
                int(e, "released"),
                bytes(int(e, "heap_before")),
                bytes(int(e, "heap_after")),
            ))
        }
        "cascade" => Some(format!(
            "cascade @{at} from {}: {} objects freed in {}",
            text(e, "root_type"),
            int(e, "freed"),
            ms(num(e, "duration_us")),
        )),
        _ => None,
    }
}

/// The rows of the totals table: a label and the summary's figure.
fn totals(s: &Event) -> Vec<(&'static str, String)> {
    let wall = num(s, "wall_us");
    let gc = num(s, "pause_total_us");
    vec![
        ("collector", text(s, "collector").to_string()),
        ("run time", ms(wall)),
        (
            "collections",
            format!(
                "{} (gen0 {}, gen1 {}, gen2 {})",
                int(s, "collections"),
                int(s, "collections_gen0"),
                int(s, "collections_gen1"),
                int(s, "collections_gen2")
            ),
        ),
        ("pause total", ms(gc)),
        ("pause max", ms(num(s, "pause_max_us"))),
        ("pause p50", ms(num(s, "pause_p50_us"))),
        ("pause p99", ms(num(s, "pause_p99_us"))),
        (
            "collector share",
            format!("{:.1}%", gc / wall.max(1e-9) * 100.0),
        ),
        ("allocated", int(s, "allocated").to_string()),
        (
            "freed",
            format!(
                "{} (refcount {}, cycle {}, sweep {})",
                int(s, "freed"),
                int(s, "freed_refcount"),
                int(s, "freed_cycle"),
                int(s, "freed_sweep")
            ),
        ),
        ("alive at exit", int(s, "objects_alive").to_string()),
        ("peak heap", bytes(int(s, "heap_peak"))),
        ("heap at exit", bytes(int(s, "heap_at_exit"))),
    ]
}

fn summary_of<'a>(path: &str, events: &'a [Event]) -> Result<&'a Event, (i32, String)> {
    events
        .iter()
        .rev()
        .find(|e| text(e, "event") == "summary")
        .ok_or_else(|| {
            (
                1,
                format!("ouro trace: {path}: no summary (the run did not end normally)"),
            )
        })
}

fn render(files: &[String]) -> Result<String, (i32, String)> {
    let mut out = String::new();
    match files {
        [one] => {
            let events = load(one)?;
            let mut nth = 0;
            for e in &events {
                if let Some(l) = line(e, &mut nth) {
                    out.push_str(&l);
                    out.push('\n');
                }
            }
            if let Ok(s) = summary_of(one, &events) {
                out.push('\n');
                for (k, v) in totals(s) {
                    out.push_str(&format!("{k:<16} {v}\n"));
                }
            } else {
                out.push_str("(no summary: the run did not end normally)\n");
            }
        }
        [a, b] => {
            let (ea, eb) = (load(a)?, load(b)?);
            let (ta, tb) = (totals(summary_of(a, &ea)?), totals(summary_of(b, &eb)?));
            let wa = ta
                .iter()
                .map(|r| r.1.len())
                .chain([a.len()])
                .max()
                .unwrap_or(0);
            out.push_str(&format!("{:<16} {a:<wa$}  {b}\n", ""));
            for ((k, va), (_, vb)) in ta.iter().zip(&tb) {
                out.push_str(&format!("{k:<16} {va:<wa$}  {vb}\n"));
            }
        }
        _ => return Err((2, "usage: ouro trace FILE [FILE2]".to_string())),
    }
    Ok(out)
}

/// `ouro trace FILES`: the exit status.
pub fn run(files: &[String]) -> i32 {
    match render(files) {
        Ok(text) => {
            print!("{text}");
            0
        }
        Err((status, msg)) => {
            eprintln!("{msg}");
            status
        }
    }
}
