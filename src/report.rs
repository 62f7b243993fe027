//! `ouro compare --report FILE.html`: one self-contained page (no script,
//! no external file) with the comparison table, any output differences,
//! and four SVG plots drawn with `plotters` from each collector's median
//! run: heap over time, pause distribution, cumulative collection time and
//! frees by cause.

use crate::compare::{bytes, int, ms, num, short_diff, table, Column, Event};
use plotters::coord::types::RangedCoordf64;
use plotters::prelude::*;

const WIDTH: u32 = 860;
const HEIGHT: u32 = 380;

/// Each collector's colour, the same in every plot.
fn colour(collector: &str) -> RGBColor {
    match collector {
        "generational" => RGBColor(31, 119, 180),
        "refcount" => RGBColor(214, 39, 40),
        "marksweep" => RGBColor(44, 160, 44),
        _ => RGBColor(120, 120, 120),
    }
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn events<'a>(c: &'a Column, name: &'a str) -> impl Iterator<Item = &'a Event> + 'a {
    c.median_run()
        .events
        .iter()
        .filter(move |e| e["event"] == name)
}

/// (time in ms, bytes in use) from every event that carries a heap figure.
fn heap_points(c: &Column) -> Vec<(f64, f64)> {
    let mut pts: Vec<(f64, f64)> = c
        .median_run()
        .events
        .iter()
        .filter_map(|e| {
            let t = num(e, "ts_us") / 1000.0;
            match e["event"].as_str()? {
                "heap" => Some((t, num(e, "bytes"))),
                "gc_start" => Some((t, num(e, "heap_before"))),
                "gc_end" => Some((t, num(e, "heap_after"))),
                _ => None,
            }
        })
        .collect();
    pts.sort_by(|a, b| a.0.total_cmp(&b.0));
    pts
}

/// Pauses (ms) by percentile: (percentile, pause).
fn pause_curve(c: &Column) -> Vec<(f64, f64)> {
    let mut p: Vec<f64> = events(c, "gc_end")
        .map(|e| num(e, "pause_us") / 1000.0)
        .collect();
    p.sort_by(f64::total_cmp);
    let n = p.len();
    p.into_iter()
        .enumerate()
        .map(|(i, v)| {
            (
                if n == 1 {
                    100.0
                } else {
                    i as f64 * 100.0 / (n - 1) as f64
                },
                v,
            )
        })
        .collect()
}

/// Cumulative collection time (ms) at the end of each collection (ms).
fn cumulative_gc(c: &Column) -> Vec<(f64, f64)> {
    let mut total = 0.0;
    let mut pts = vec![(0.0, 0.0)];
    for e in events(c, "gc_end") {
        let end = num(e, "ts_us") / 1000.0;
        let pause = num(e, "pause_us") / 1000.0;
        pts.push(((end - pause).max(0.0), total));
        total += pause;
        pts.push((end, total));
    }
    if let Some(s) = c.median_run().summary() {
        pts.push((num(s, "ts_us") / 1000.0, total));
    }
    pts
}

type Series = Vec<(String, Vec<(f64, f64)>)>;

/// A line plot of one series per collector, as an SVG string.
fn line_plot(
    title: &str,
    x_desc: &str,
    y_desc: &str,
    series: &Series,
    y_fmt: &dyn Fn(f64) -> String,
) -> Result<String, String> {
    let xmax = series
        .iter()
        .flat_map(|s| s.1.iter().map(|p| p.0))
        .fold(0.0f64, f64::max)
        .max(1e-3);
    let ymax = series
        .iter()
        .flat_map(|s| s.1.iter().map(|p| p.1))
        .fold(0.0f64, f64::max)
        .max(1e-3)
        * 1.08;
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .caption(title, ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(80)
            .build_cartesian_2d(0f64..xmax, 0f64..ymax)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .x_desc(x_desc)
            .y_desc(y_desc)
            .y_label_formatter(&|v| y_fmt(*v))
            .draw()
            .map_err(|e| e.to_string())?;
        for (name, pts) in series {
            let col = colour(name);
            chart
                .draw_series(LineSeries::new(pts.iter().copied(), col.stroke_width(2)))
                .map_err(|e| e.to_string())?
                .label(name.as_str())
                .legend(move |(x, y)| {
                    PathElement::new(vec![(x, y), (x + 20, y)], col.stroke_width(3))
                });
            if pts.len() < 40 {
                chart
                    .draw_series(pts.iter().map(|&p| Circle::new(p, 3, col.filled())))
                    .map_err(|e| e.to_string())?;
            }
        }
        draw_legend(&mut chart, SeriesLabelPosition::UpperLeft)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

type Chart<'a> = ChartContext<'a, SVGBackend<'a>, Cartesian2d<RangedCoordf64, RangedCoordf64>>;

/// The series' legend box at `pos`.
fn draw_legend(chart: &mut Chart<'_>, pos: SeriesLabelPosition) -> Result<(), String> {
    chart
        .configure_series_labels()
        .position(pos)
        .background_style(WHITE.mix(0.85))
        .border_style(BLACK)
        .draw()
        .map_err(|e| e.to_string())
}

/// Frees by cause: a group of three bars per collector.
fn frees_plot(columns: &[Column]) -> Result<String, String> {
    const CAUSES: [(&str, RGBColor); 3] = [
        ("refcount", RGBColor(255, 127, 14)),
        ("cycle", RGBColor(148, 103, 189)),
        ("sweep", RGBColor(23, 190, 207)),
    ];
    let counts: Vec<[f64; 3]> = columns
        .iter()
        .map(|c| {
            let s = c.median_run().summary();
            CAUSES.map(|(k, _)| s.map_or(0.0, |s| int(s, &format!("freed_{k}")) as f64))
        })
        .collect();
    let ymax = counts
        .iter()
        .flatten()
        .fold(0.0f64, |a, &b| a.max(b))
        .max(1.0)
        * 1.3;
    let n = columns.len();
    let names: Vec<String> = columns.iter().map(|c| c.collector.clone()).collect();
    let mut svg = String::new();
    {
        let root = SVGBackend::with_string(&mut svg, (WIDTH, HEIGHT)).into_drawing_area();
        root.fill(&WHITE).map_err(|e| e.to_string())?;
        let mut chart = ChartBuilder::on(&root)
            .caption("Objects freed, by cause", ("sans-serif", 20))
            .margin(12)
            .x_label_area_size(40)
            .y_label_area_size(80)
            .build_cartesian_2d(0f64..n as f64, 0f64..ymax)
            .map_err(|e| e.to_string())?;
        chart
            .configure_mesh()
            .disable_x_mesh()
            .x_labels(n * 2 + 1)
            .x_label_formatter(&|x| {
                let i = x.floor() as usize;
                if (x - x.floor() - 0.5).abs() < 1e-6 && i < names.len() {
                    names[i].clone()
                } else {
                    String::new()
                }
            })
            .y_desc("objects")
            .y_label_formatter(&|v| format!("{v:.0}"))
            .draw()
            .map_err(|e| e.to_string())?;
        for (k, (cause, col)) in CAUSES.iter().enumerate() {
            let bars = counts.iter().enumerate().map(move |(i, c)| {
                let x0 = i as f64 + 0.15 + k as f64 * 0.24;
                Rectangle::new([(x0, 0.0), (x0 + 0.22, c[k])], col.filled())
            });
            chart
                .draw_series(bars)
                .map_err(|e| e.to_string())?
                .label(*cause)
                .legend(move |(x, y)| Rectangle::new([(x, y - 5), (x + 14, y + 5)], col.filled()));
        }
        draw_legend(&mut chart, SeriesLabelPosition::UpperMiddle)?;
        root.present().map_err(|e| e.to_string())?;
    }
    Ok(svg)
}

fn short_bytes(v: f64) -> String {
    bytes(v.max(0.0) as u64)
}

fn plain_ms(v: f64) -> String {
    format!("{v:.2} ms")
}

/// The report page.
pub fn html(program: &[String], columns: &[Column], runs: usize) -> String {
    let per = |f: fn(&Column) -> Vec<(f64, f64)>| -> Series {
        columns
            .iter()
            .map(|c| (c.collector.clone(), f(c)))
            .collect()
    };
    let plots: Vec<(&str, Result<String, String>)> = vec![
        (
            "Heap over time",
            line_plot(
                "Heap in use over time",
                "time (ms)",
                "heap",
                &per(heap_points),
                &short_bytes,
            ),
        ),
        (
            "Pause distribution",
            line_plot(
                "Collection pauses by percentile",
                "percentile of collections",
                "pause",
                &per(pause_curve),
                &plain_ms,
            ),
        ),
        (
            "Cumulative collection time",
            line_plot(
                "Cumulative time in collections",
                "time (ms)",
                "time collecting",
                &per(cumulative_gc),
                &plain_ms,
            ),
        ),
        ("Frees by cause", frees_plot(columns)),
    ];
    let mut h = String::new();
    let cmd = escape(&program.join(" "));
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>ouro compare: {cmd}</title>\n<style>\n\
         body {{ font-family: sans-serif; margin: 24px auto; max-width: 920px; color: #222; }}\n\
         table {{ border-collapse: collapse; margin: 12px 0; }}\n\
         th, td {{ border: 1px solid #ccc; padding: 4px 10px; text-align: right; }}\n\
         th:first-child, td:first-child {{ text-align: left; }}\n\
         td.differs {{ background: #fdd; font-weight: bold; }}\n\
         pre {{ background: #f6f6f6; padding: 8px; overflow-x: auto; }}\n\
         figure {{ margin: 18px 0; }}\n\
         </style></head><body>\n<h1>ouro compare</h1>\n<p>Program: <code>{cmd}</code>; {runs} run{} per collector, alternating; the figures and plots are each collector's median run.</p>\n",
        if runs == 1 { "" } else { "s" }
    ));
    h.push_str("<table id=\"summary\"><tr><th></th>");
    for c in columns {
        h.push_str(&format!(
            "<th style=\"color: rgb{:?}\">{}</th>",
            {
                let RGBColor(r, g, b) = colour(&c.collector);
                (r, g, b)
            },
            escape(&c.collector)
        ));
    }
    h.push_str("</tr>\n");
    for (label, cells) in table(columns) {
        h.push_str(&format!("<tr><td>{}</td>", escape(&label)));
        for cell in cells {
            let class = if cell.starts_with("DIFFERS") {
                " class=\"differs\""
            } else {
                ""
            };
            h.push_str(&format!("<td{class}>{}</td>", escape(&cell)));
        }
        h.push_str("</tr>\n");
    }
    h.push_str("</table>\n");
    let first = columns[0].median_run();
    for c in &columns[1..] {
        let r = c.median_run();
        if r.stdout != first.stdout {
            h.push_str(&format!(
                "<h3>Output under {} differs from {}</h3>\n<pre>{}</pre>\n",
                escape(&c.collector),
                escape(&columns[0].collector),
                escape(&short_diff(&first.stdout, &r.stdout, 30).join("\n"))
            ));
        }
    }
    for (title, svg) in plots {
        h.push_str(&format!(
            "<figure><figcaption><h2>{title}</h2></figcaption>\n"
        ));
        match svg {
            Ok(svg) => h.push_str(&svg),
            Err(e) => h.push_str(&format!("<p>(plot failed: {})</p>", escape(&e))),
        }
        h.push_str("</figure>\n");
    }
    let pauses: Vec<String> = columns
        .iter()
        .map(|c| {
            let s = c.median_run().summary();
            format!(
                "{}: {} collections, {} in all",
                c.collector,
                s.map_or(0, |s| int(s, "collections")),
                ms(s.map_or(0.0, |s| num(s, "pause_total_us")))
            )
        })
        .collect();
    h.push_str(&format!(
        "<p>{}.</p>\n<p>Made by <code>ouro compare</code>; the traces' schema is docs/TRACE.md.</p>\n</body></html>\n",
        escape(&pauses.join("; "))
    ));
    h
}
