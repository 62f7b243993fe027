//! `--stats`: what the heap and the collector did, printed to stderr at
//! exit. Objects still alive after the main module was released are, under
//! pure reference counting, mostly reference cycles that were never freed:
//! they are listed by type.

use crate::vm::Vm;
use ouro_gc_core::{Collector, FreeCause, Heap, GENERATIONS};
use std::collections::HashMap;

/// Milliseconds, for pause figures.
fn ms(ns: u64) -> String {
    format!("{:.3} ms", ns as f64 / 1e6)
}

pub fn print_stats<C: Collector>(vm: &mut Vm<C>) {
    let o = vm.heap.object_stats();
    let b = vm.heap.block_stats();
    let g = vm.gc.stats();
    let log = &vm.gc_log;
    let wall = log.started.elapsed();
    eprintln!("ouro stats (collector: {})", C::NAME);
    eprintln!("  run time               {}", ms(wall.as_nanos() as u64));
    eprintln!("  objects allocated      {}", o.allocated);
    let by: Vec<String> = FreeCause::ALL
        .iter()
        .map(|c| format!("{} {}", c.name(), o.freed_by[*c as usize]))
        .collect();
    eprintln!("  objects freed          {} ({})", o.freed, by.join(", "));
    eprintln!("  objects alive at exit  {}", o.live);
    eprintln!("  peak objects alive     {}", o.peak_live);
    eprintln!("  heap bytes in use      {}", b.bytes_in_use);
    eprintln!("  heap peak bytes        {}", b.peak_bytes);
    eprintln!(
        "  arenas mapped (peak)   {} ({})",
        b.arenas_mapped, b.arenas_peak
    );
    eprintln!("  arenas returned to OS  {}", b.arenas_freed);
    let gens: Vec<String> = (0..GENERATIONS)
        .map(|i| format!("gen{i} {}", log.per_generation[i]))
        .collect();
    eprintln!(
        "  collections            {} ({})",
        log.pauses_ns.len(),
        gens.join(", ")
    );
    eprintln!(
        "  pauses                 total {}, max {}, p50 {}, p99 {}",
        ms(log.gc_time.as_nanos() as u64),
        ms(log.max_ns()),
        ms(log.percentile_ns(50.0)),
        ms(log.percentile_ns(99.0))
    );
    let share = log.gc_time.as_secs_f64() / wall.as_secs_f64().max(1e-9) * 100.0;
    eprintln!("  collector share        {share:.1}% of run time");
    eprintln!("  collected by collector {}", g.collected);
    let leaked = crate::modules::ouro::unreachable_objects(vm);
    eprintln!(
        "  unreachable at exit    {} (never freed: reference cycles)",
        leaked.len()
    );
    if !leaked.is_empty() {
        let bytes: usize = leaked.iter().map(|&o| Heap::block_size(o)).sum();
        let mut types: HashMap<String, usize> = HashMap::new();
        for &o in &leaked {
            *types.entry(vm.type_name(o)).or_default() += 1;
        }
        let mut types: Vec<(String, usize)> = types.into_iter().collect();
        types.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
        let common: Vec<String> = types
            .iter()
            .take(5)
            .map(|(t, n)| format!("{n} {t}"))
            .collect();
        eprintln!(
            "  leaked                 {bytes} bytes: {}",
            common.join(", ")
        );
    }
}
