//! `--trace FILE`: a `tracing-subscriber` layer that writes the vm's
//! events (`ouro_vm::gclog`) to a file, as JSON lines (`jsonl`, the
//! default) or as Chrome's trace-event format (`chrome`, for Perfetto and
//! `chrome://tracing`). The schema is `docs/TRACE.md`.
//!
//! Every JSON line is `{"v":1,"ts_us":...,"event":NAME, FIELDS...}`. A
//! `free` event is given the Python type its object was allocated with
//! (`--trace-alloc` traces both), so a reader needs no address table.

use std::collections::HashMap;
use std::fmt::Write as _;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::sync::Mutex;
use std::time::Instant;
use tracing::field::{Field, Visit};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer};
use tracing_subscriber::prelude::*;

/// The trace schema's version (`"v"` of every line).
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Chrome,
}

impl Format {
    pub fn parse(s: &str) -> Result<Format, String> {
        match s {
            "jsonl" => Ok(Format::Jsonl),
            "chrome" => Ok(Format::Chrome),
            _ => Err(format!(
                "error: invalid value '{s}' for '--trace-format <FORMAT>': expected jsonl or chrome"
            )),
        }
    }
}

/// The Chrome tracks (thread ids).
const GC_TRACK: u32 = 1;
const CASCADE_TRACK: u32 = 2;
const ALLOC_TRACK: u32 = 3;

struct Sink {
    out: BufWriter<File>,
    /// Chrome: an event was written (the next needs a comma).
    any: bool,
    /// The summary was written: the file is complete.
    done: bool,
    /// `--trace-alloc`: the type of each live traced allocation.
    types: HashMap<u64, String>,
}

pub struct TraceLayer {
    format: Format,
    started: Instant,
    sink: Mutex<Sink>,
}

/// Install the layer as the process's subscriber, writing to `path`.
pub fn install(path: &str, format: Format, collector: &str) -> Result<(), String> {
    let file =
        File::create(path).map_err(|e| format!("ouro: can't write trace file '{path}': {e}"))?;
    let mut sink = Sink {
        out: BufWriter::new(file),
        any: false,
        done: false,
        types: HashMap::new(),
    };
    if format == Format::Chrome {
        let mut head = String::from("{\"displayTimeUnit\":\"ms\",\"traceEvents\":[\n");
        let meta = [
            ("process_name", 0, format!("ouro --gc {collector}")),
            ("thread_name", GC_TRACK, "collections".to_string()),
            (
                "thread_name",
                CASCADE_TRACK,
                "refcount cascades".to_string(),
            ),
            ("thread_name", ALLOC_TRACK, "allocations".to_string()),
        ];
        for (i, (name, tid, value)) in meta.iter().enumerate() {
            if i > 0 {
                head.push_str(",\n");
            }
            let _ = write!(
                head,
                "{{\"name\":\"{name}\",\"ph\":\"M\",\"pid\":1,\"tid\":{tid},\"args\":{{\"name\":{}}}}}",
                json_str(value)
            );
        }
        sink.out
            .write_all(head.as_bytes())
            .map_err(|e| format!("ouro: can't write trace file '{path}': {e}"))?;
        sink.any = true;
    }
    let layer = TraceLayer {
        format,
        started: Instant::now(),
        sink: Mutex::new(sink),
    };
    tracing_subscriber::registry()
        .with(layer)
        .try_init()
        .map_err(|e| format!("ouro: can't start tracing: {e}"))
}

/// A JSON string literal.
fn json_str(s: &str) -> String {
    serde_json::to_string(s).expect("a str serializes")
}

/// An event's fields, in order, as JSON values.
#[derive(Default)]
struct Fields(Vec<(&'static str, String)>);

impl Fields {
    fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| *k == name)
            .map(|(_, v)| v.as_str())
    }

    fn num(&self, name: &str) -> f64 {
        self.get(name).and_then(|v| v.parse().ok()).unwrap_or(0.0)
    }

    fn object(&self) -> String {
        let mut s = String::from("{");
        for (i, (k, v)) in self.0.iter().enumerate() {
            if i > 0 {
                s.push(',');
            }
            let _ = write!(s, "\"{k}\":{v}");
        }
        s.push('}');
        s
    }
}

impl Visit for Fields {
    fn record_u64(&mut self, field: &Field, value: u64) {
        self.0.push((field.name(), value.to_string()));
    }

    fn record_i64(&mut self, field: &Field, value: i64) {
        self.0.push((field.name(), value.to_string()));
    }

    fn record_f64(&mut self, field: &Field, value: f64) {
        let v = if value.is_finite() {
            format!("{:.3}", value)
        } else {
            "0".to_string()
        };
        self.0.push((field.name(), v));
    }

    fn record_bool(&mut self, field: &Field, value: bool) {
        self.0.push((field.name(), value.to_string()));
    }

    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.push((field.name(), json_str(value)));
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.push((field.name(), json_str(&format!("{value:?}"))));
    }
}

impl<S: Subscriber> Layer<S> for TraceLayer {
    fn on_event(&self, event: &Event<'_>, _ctx: Context<'_, S>) {
        if event.metadata().target() != "ouro" {
            return;
        }
        let ts = self.started.elapsed().as_nanos() as f64 / 1000.0;
        let name = event.metadata().name();
        let mut fields = Fields::default();
        event.record(&mut fields);
        let Ok(mut sink) = self.sink.lock() else {
            return;
        };
        if sink.done {
            return;
        }
        match name {
            "alloc" => {
                let ty = fields.get("type").unwrap_or("\"?\"").to_string();
                sink.types.insert(fields.num("addr") as u64, ty);
            }
            "free" => {
                let addr = fields.num("addr") as u64;
                let ty = sink.types.remove(&addr);
                let layout = fields.get("layout").map(str::to_string);
                fields.0.retain(|(k, _)| *k != "layout");
                fields
                    .0
                    .push(("type", ty.or(layout).unwrap_or_else(|| "\"?\"".into())));
            }
            _ => {}
        }
        let text = match self.format {
            Format::Jsonl => jsonl_line(ts, name, &fields),
            Format::Chrome => chrome_events(ts, name, &fields, &mut sink.any),
        };
        // A failed write loses the trace, not the run.
        let _ = sink.out.write_all(text.as_bytes());
        if name == "summary" {
            sink.done = true;
            let _ = sink.out.flush();
        }
    }
}

fn jsonl_line(ts: f64, name: &str, fields: &Fields) -> String {
    let mut s = format!("{{\"v\":{SCHEMA_VERSION},\"ts_us\":{ts:.3},\"event\":\"{name}\"");
    for (k, v) in &fields.0 {
        let _ = write!(s, ",\"{k}\":{v}");
    }
    s.push_str("}\n");
    s
}

/// The Chrome trace events for one vm event, each preceded by the comma
/// that separates it from the last; the summary closes the file.
fn chrome_events(ts: f64, name: &str, f: &Fields, any: &mut bool) -> String {
    let mut events: Vec<String> = Vec::new();
    let counter = |ts: f64, bytes: f64| {
        format!("{{\"name\":\"heap\",\"ph\":\"C\",\"pid\":1,\"tid\":0,\"ts\":{ts:.3},\"args\":{{\"bytes\":{bytes}}}}}")
    };
    match name {
        "gc_start" => events.push(counter(ts, f.num("heap_before"))),
        "gc_end" => {
            let dur = f.num("pause_us");
            let title = format!(
                "gen{} collection ({})",
                f.num("gen"),
                f.get("reason").map_or("?".into(), |r| r.trim_matches('"').to_string())
            );
            events.push(format!(
                "{{\"name\":{},\"cat\":\"gc\",\"ph\":\"X\",\"pid\":1,\"tid\":{GC_TRACK},\"ts\":{:.3},\"dur\":{dur:.3},\"args\":{}}}",
                json_str(&title),
                (ts - dur).max(0.0),
                f.object()
            ));
            events.push(counter(ts, f.num("heap_after")));
        }
        "cascade" => {
            let dur = f.num("duration_us");
            let title = format!(
                "cascade from {}",
                f.get("root_type").map_or("?".into(), |r| r.trim_matches('"').to_string())
            );
            events.push(format!(
                "{{\"name\":{},\"cat\":\"refcount\",\"ph\":\"X\",\"pid\":1,\"tid\":{CASCADE_TRACK},\"ts\":{:.3},\"dur\":{dur:.3},\"args\":{}}}",
                json_str(&title),
                (ts - dur).max(0.0),
                f.object()
            ));
        }
        "heap" => {
            events.push(counter(ts, f.num("bytes")));
            events.push(format!(
                "{{\"name\":\"objects\",\"ph\":\"C\",\"pid\":1,\"tid\":0,\"ts\":{ts:.3},\"args\":{{\"objects\":{}}}}}",
                f.num("objects")
            ));
        }
        "alloc" | "free" => events.push(format!(
            "{{\"name\":\"{name}\",\"cat\":\"heap\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":{ALLOC_TRACK},\"ts\":{ts:.3},\"args\":{}}}",
            f.object()
        )),
        _ => {}
    }
    let mut s = String::new();
    for e in events {
        if *any {
            s.push_str(",\n");
        }
        *any = true;
        s.push_str(&e);
    }
    if name == "summary" {
        let _ = write!(s, "\n],\"otherData\":{}}}\n", f.object());
    }
    s
}
