//! `cargo bench`: ouro's parts measured in isolation (divan), so that a
//! change to one is measured without the noise of whole programs:
//!
//! - `allocator`: alloc/free throughput of the private heap per size class;
//! - `interpreter`: a tight loop's dispatch, dict and attribute work, in a
//!   live session (`Vm::run_interactive`), compile included;
//! - `collectors`: each collector on synthetic object graphs: a full
//!   collection over a live heap (objects examined per second and bytes
//!   of live heap per second, i.e. pause per MB), dropped cycles
//!   collected, and a dropped structure freed (cascade frees per second).
//!
//! Run `cargo bench --bench components` (`-- collectors` for one group).

use divan::counter::{BytesCount, ItemsCount};
use divan::Bencher;
use ouro_gc_core::Collector;
use ouro_gc_generational::Generational;
use ouro_gc_marksweep::MarkSweep;
use ouro_gc_refcount::RefCount;
use ouro_vm::vm::Vm;
use ouro_vm::VmConfig;

fn main() {
    divan::main();
}

/// A vm with a fresh `__main__` that has run `setup`.
fn session<C: Collector>(setup: &str) -> Vm<C> {
    let mut vm = Vm::<C>::new(VmConfig::default());
    vm.start_interactive();
    run(&mut vm, setup);
    vm
}

fn run<C: Collector>(vm: &mut Vm<C>, code: &str) {
    assert_eq!(
        vm.run_interactive(code),
        None,
        "benchmark code failed: {code}"
    );
}

mod allocator {
    use super::*;

    const BLOCKS: usize = 1000;

    /// Allocate a thousand blocks of `size` bytes, then free them.
    #[divan::bench(args = [16, 32, 64, 128, 256, 512, 4096])]
    fn alloc_free(bencher: Bencher, size: usize) {
        let mut heap = ouro_allocator::Heap::new(None);
        let mut blocks = Vec::with_capacity(BLOCKS);
        bencher.counter(ItemsCount::new(BLOCKS)).bench_local(|| {
            for _ in 0..BLOCKS {
                blocks.push(heap.alloc(size).expect("no limit is set"));
            }
            for b in blocks.drain(..) {
                // SAFETY: `b` came from `heap.alloc(size)` just above
                // and is freed once, with that size.
                unsafe { heap.free(b, size) };
            }
        });
    }
}

mod interpreter {
    use super::*;

    const LOOP: &str = "i = 0\nwhile i < 100000:\n    i += 1\n";
    const DICT: &str =
        "d = {}\nfor i in range(20000):\n    k = keys[i % 100]\n    d[k] = d.get(k, 0) + i\n";
    const ATTRS: &str = "for i in range(20000):\n    p.x = p.x + p.y\n";

    #[divan::bench(sample_count = 30)]
    fn tight_loop(bencher: Bencher) {
        let mut vm = session::<Generational>("");
        bencher
            .counter(ItemsCount::new(100_000usize))
            .bench_local(|| run(&mut vm, LOOP));
    }

    #[divan::bench(sample_count = 30)]
    fn dict_get_set(bencher: Bencher) {
        let mut vm = session::<Generational>("keys = ['k%d' % i for i in range(100)]\n");
        bencher
            .counter(ItemsCount::new(20_000usize))
            .bench_local(|| run(&mut vm, DICT));
    }

    #[divan::bench(sample_count = 30)]
    fn attribute_get_set(bencher: Bencher) {
        let setup =
            "class P:\n    def __init__(self):\n        self.x = 0\n        self.y = 1\np = P()\n";
        let mut vm = session::<Generational>(setup);
        bencher
            .counter(ItemsCount::new(20_000usize))
            .bench_local(|| run(&mut vm, ATTRS));
    }
}

mod collectors {
    use super::*;

    /// `n` live objects: a list of nodes, each holding a list and a peer.
    fn live_graph(n: usize) -> String {
        format!(
            "import gc\nclass Node:\n    pass\nlive = []\nfor i in range({n}):\n    x = Node()\n    x.items = [i]\n    x.peer = live[-1] if live else None\n    live.append(x)\ndel x\n_ = gc.collect()\n"
        )
    }

    /// A full collection of a heap of live objects: how fast a collector
    /// examines what survives (generational: every tracked container;
    /// marksweep: marks and sweeps the whole heap; refcount: none).
    #[divan::bench(types = [Generational, MarkSweep, RefCount], args = [10_000, 100_000], sample_count = 10)]
    fn full_collection_of_live_heap<C: Collector>(bencher: Bencher, n: usize) {
        let mut vm = session::<C>(&live_graph(n));
        let bytes = vm.heap.block_stats().bytes_in_use;
        bencher
            .counter(BytesCount::new(bytes))
            .bench_local(|| run(&mut vm, "_ = gc.collect()\n"));
    }

    /// `n` dropped pairs of objects referring to each other, collected.
    #[divan::bench(types = [Generational, MarkSweep], args = [10_000, 100_000], sample_count = 10)]
    fn collect_dropped_cycles<C: Collector>(bencher: Bencher, n: usize) {
        let make = format!(
            "import gc\nclass N:\n    pass\ngc.disable()\nfor i in range({n}):\n    a = N(); b = N(); a.b = b; b.a = a\ndel a, b\n"
        );
        bencher
            .counter(ItemsCount::new(2 * n))
            .with_inputs(|| session::<C>(&make))
            .bench_local_refs(|vm| run(vm, "_ = gc.collect()\n"));
    }

    /// A dropped list of `n` objects freed: under the counting collectors
    /// one cascade at `del`; under marksweep by the next collection.
    #[divan::bench(types = [Generational, MarkSweep, RefCount], args = [100_000], sample_count = 10)]
    fn free_dropped_structure<C: Collector>(bencher: Bencher, n: usize) {
        let make = format!(
            "import gc\ngc.disable()\nclass Node:\n    pass\nbig = [Node() for i in range({n})]\n"
        );
        let drop = if C::REFCOUNTED {
            "del big\n"
        } else {
            "del big\n_ = gc.collect()\n"
        };
        bencher
            .counter(ItemsCount::new(n))
            .with_inputs(|| session::<C>(&make))
            .bench_local_refs(|vm| run(vm, drop));
    }
}
