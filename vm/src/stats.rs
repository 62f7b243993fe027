//! `--stats`: what the heap and the collector did, printed to stderr at
//! exit. Objects still alive after the main module was released are, under
//! pure reference counting, mostly reference cycles that were never freed.

use crate::vm::Vm;
use ouro_gc_core::Collector;

pub fn print_stats<C: Collector>(vm: &mut Vm<C>) {
    let o = vm.heap.object_stats();
    let b = vm.heap.block_stats();
    let g = vm.gc.stats();
    eprintln!("ouro stats (collector: {})", C::NAME);
    eprintln!("  objects allocated      {}", o.allocated);
    eprintln!("  objects freed          {}", o.freed);
    eprintln!("  objects alive at exit  {}", o.live);
    eprintln!("  peak objects alive     {}", o.peak_live);
    eprintln!("  heap bytes in use      {}", b.bytes_in_use);
    eprintln!("  heap peak bytes        {}", b.peak_bytes);
    eprintln!(
        "  arenas mapped (peak)   {} ({})",
        b.arenas_mapped, b.arenas_peak
    );
    eprintln!("  arenas returned to OS  {}", b.arenas_freed);
    eprintln!("  collections            {}", g.collections);
    eprintln!("  collected by collector {}", g.collected);
    let unreachable = crate::modules::ouro::unreachable_count(vm);
    eprintln!("  unreachable at exit    {unreachable} (never freed: reference cycles)");
}
