//! `ouro compare`: on a cycle-heavy program the table shows refcount
//! leaking and the other two collectors not, with pauses and heap figures
//! for each; the HTML report holds its four SVG plots, and rendered in
//! headless Chromium (Debian's `chromium`, which `.ci/run` installs and
//! then requires with `OURO_REQUIRE_CHROMIUM=1`) it is a page with the
//! plots drawn, not a blank one.

mod common;

use common::{ouro, report, scratch};

use std::path::Path;
use std::process::Command;

/// Many small cycles, dropped as they are made.
const CYCLES: &str = r#"
class Node:
    def __init__(self, i):
        self.i = i
        self.peer = None

for i in range(30000):
    a = Node(i); b = Node(i)
    a.peer = b; b.peer = a
print("made", i + 1, "pairs")
"#;

/// The cells of the table row that starts with `label`.
fn row<'a>(table: &'a str, label: &str) -> Vec<&'a str> {
    let line = table
        .lines()
        .find(|l| l.starts_with(label))
        .unwrap_or_else(|| panic!("no row {label}\n{table}"));
    line[label.len()..]
        .split("  ")
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .collect()
}

/// The first number in a cell.
fn number(cell: &str) -> f64 {
    let digits: String = cell
        .chars()
        .skip_while(|c| !c.is_ascii_digit())
        .take_while(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    digits
        .parse()
        .unwrap_or_else(|_| panic!("no number in {cell:?}"))
}

#[test]
fn compare_shows_refcount_leaking_cycles_and_the_others_not() {
    let dir = scratch("compare", "table");
    std::fs::write(dir.join("cycles.py"), CYCLES).unwrap();
    let o = ouro(&dir, &["compare", "cycles.py", "--runs", "2"]);
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    let table = String::from_utf8_lossy(&o.stdout).to_string();
    let header: Vec<&str> = table.lines().next().unwrap().split_whitespace().collect();
    assert_eq!(header, ["generational", "refcount", "marksweep"], "{table}");
    assert_eq!(
        row(&table, "output"),
        ["reference", "identical", "identical"],
        "{table}"
    );
    let leaked = row(&table, "leaked at exit");
    assert!(
        number(leaked[1]) >= 60000.0,
        "refcount leaks the pairs\n{table}"
    );
    assert_eq!(number(leaked[0]), 0.0, "{table}");
    assert_eq!(number(leaked[2]), 0.0, "{table}");
    for label in [
        "wall time (median)",
        "peak heap",
        "pause total",
        "pause max",
        "pause p99",
        "collections",
    ] {
        assert_eq!(row(&table, label).len(), 3, "{label}\n{table}");
    }
    let heap = row(&table, "peak heap");
    assert!(heap.iter().all(|c| number(c) > 0.0), "{table}");
    let cycle = row(&table, "  by cycle");
    assert!(number(cycle[0]) > 0.0, "generational frees cycles\n{table}");
    assert!(number(row(&table, "  by sweep")[2]) > 0.0, "{table}");
    assert!(
        number(row(&table, "collections")[0]) > number(row(&table, "collections")[1]),
        "{table}"
    );
    assert!(table.contains("2 runs per collector"), "{table}");
}

#[test]
fn compare_shows_a_short_diff_when_outputs_differ() {
    let dir = scratch("compare", "diff");
    let prog = "import gc\nclass A: pass\na = A(); a.me = a\ndel a\nprint('found', gc.collect())\nprint('end')\n";
    std::fs::write(dir.join("p.py"), prog).unwrap();
    let o = ouro(
        &dir,
        &[
            "compare",
            "--runs",
            "1",
            "--gc",
            "generational,refcount",
            "p.py",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    let out = String::from_utf8_lossy(&o.stdout).to_string();
    assert_eq!(row(&out, "output"), ["reference", "DIFFERS"], "{out}");
    assert!(
        out.contains("output under refcount differs from generational"),
        "{out}"
    );
    assert!(
        out.contains("-found 1") && out.contains("+found 0"),
        "{out}"
    );
    assert!(!out.contains("marksweep"), "{out}");
}

#[test]
fn bad_compare_arguments_are_usage_errors() {
    let dir = scratch("compare", "bad");
    std::fs::write(dir.join("p.py"), "print(1)\n").unwrap();
    for args in [
        &["compare"][..],
        &["compare", "--gc", "nosuch", "p.py"],
        &["compare", "--runs", "0", "p.py"],
        &["compare", "--bogus", "p.py"],
        &["compare", "missing.py"],
        &["compare", "."],
    ] {
        let o = ouro(&dir, args);
        assert_eq!(o.status.code(), Some(2), "{args:?}: {}", report(&o));
        assert!(!o.stderr.is_empty(), "{args:?}");
    }
}

/// Chromium's headless flags for this sandbox (no GPU, no network).
fn chromium(profile: &Path) -> Option<Command> {
    let bin = ["chromium", "chromium-browser", "google-chrome"]
        .into_iter()
        .find(|b| {
            Command::new(b)
                .arg("--version")
                .output()
                .is_ok_and(|o| o.status.success())
        })?;
    let mut c = Command::new(bin);
    c.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
    ])
    .arg(format!("--user-data-dir={}", profile.display()));
    Some(c)
}

#[test]
fn the_html_report_renders_its_plots_in_a_browser() {
    let dir = scratch("compare", "report");
    std::fs::write(dir.join("cycles.py"), CYCLES).unwrap();
    let o = ouro(
        &dir,
        &[
            "compare",
            "--runs",
            "1",
            "--report",
            "report.html",
            "cycles.py",
        ],
    );
    assert_eq!(o.status.code(), Some(0), "{}", report(&o));
    let html = std::fs::read_to_string(dir.join("report.html")).expect("the report");
    assert_eq!(html.matches("<svg").count(), 4, "four plots");
    for title in [
        "Heap in use over time",
        "Collection pauses by percentile",
        "Cumulative time in collections",
        "Objects freed, by cause",
    ] {
        assert!(html.contains(title), "{title}");
    }
    assert!(html.contains("<polyline"), "line series drawn");
    assert!(!html.contains("src=\"http"), "self-contained");

    let Some(mut browser) = chromium(&dir.join("profile")) else {
        assert!(
            std::env::var("OURO_REQUIRE_CHROMIUM").is_err(),
            "OURO_REQUIRE_CHROMIUM is set but no chromium was found"
        );
        eprintln!("chromium not found: the report was not rendered");
        return;
    };
    let url = format!("file://{}", dir.join("report.html").display());
    let shot = dir.join("shot.png");
    let r = browser
        .arg("--window-size=1000,2600")
        .arg(format!("--screenshot={}", shot.display()))
        .arg(&url)
        .output()
        .expect("run chromium");
    assert!(shot.exists(), "no screenshot\n{}", report(&r));

    // Not blank: many colours, and the plots' series colours among them.
    let decoder = png::Decoder::new(std::fs::File::open(&shot).unwrap());
    let mut reader = decoder.read_info().expect("a PNG");
    let mut buf = vec![0; reader.output_buffer_size()];
    let info = reader.next_frame(&mut buf).expect("a frame");
    let channels = info.color_type.samples();
    let pixels: Vec<&[u8]> = buf[..info.buffer_size()].chunks(channels).collect();
    let distinct: std::collections::HashSet<[u8; 3]> =
        pixels.iter().map(|p| [p[0], p[1], p[2]]).collect();
    assert!(
        distinct.len() > 50,
        "{} colours: a blank page",
        distinct.len()
    );
    let near = |p: &[u8], c: [u8; 3]| p.iter().zip(c).all(|(&a, b)| a.abs_diff(b) < 12);
    for (name, c) in [
        ("generational", [31, 119, 180]),
        ("refcount", [214, 39, 40]),
        ("marksweep", [44, 160, 44]),
    ] {
        let n = pixels.iter().filter(|p| near(p, c)).count();
        assert!(n > 200, "{name}'s series colour: {n} pixels");
    }
    let ink = pixels
        .iter()
        .filter(|p| p[..3].iter().any(|&v| v < 200))
        .count();
    assert!(ink * 100 > pixels.len(), "almost nothing drawn");

    // The rendered page's DOM has the four plots.
    let mut browser = chromium(&dir.join("profile2")).expect("chromium, found above");
    let dom = browser
        .arg("--dump-dom")
        .arg(&url)
        .output()
        .expect("run chromium");
    let dom = String::from_utf8_lossy(&dom.stdout);
    assert_eq!(
        dom.matches("<svg").count(),
        4,
        "{}",
        &dom[..dom.len().min(2000)]
    );
}
