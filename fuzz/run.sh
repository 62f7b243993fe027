#!/usr/bin/env bash
# Run ouro's coverage-guided fuzzers (cargo fuzz, nightly toolchain).
#
#   fuzz/run.sh TARGET SECONDS [JOBS]
#
# TARGET is compile, run_source or run (see README.md). It runs in fork
# mode, going on after a finding: crashes, timeouts and out-of-memory
# inputs are written to fuzz/artifacts/TARGET/, the growing corpus to
# fuzz/corpus/TARGET/.
# SANITIZER=address adds ASan (slower; the private heap is invisible to it).
# The run_source corpus is seeded from tests/programs (each program under
# each collector, plain and with --stress-gc); compile's from the same files.
set -euo pipefail
cd "$(dirname "$0")"
target=${1:?usage: fuzz/run.sh compile|run_source|run SECONDS [JOBS]}
seconds=${2:-600}
jobs=${3:-1}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz

mkdir -p "corpus/$target"
if [ -z "$(ls -A "corpus/$target")" ]; then
    case $target in
        compile)
            for f in ../tests/programs/*/*.py; do
                cp "$f" "corpus/$target/$(basename "$(dirname "$f")")_$(basename "$f")"
            done ;;
        run_source)
            # Byte 0 picks the collector, byte 1's low bit --stress-gc.
            for f in ../tests/programs/*/*.py; do
                name=$(basename "$(dirname "$f")")_$(basename "$f" .py)
                for gc in 0 1 2; do
                    { printf "\\x0$gc\\x0$((gc % 2))"; cat "$f"; } > "corpus/$target/${name}_$gc"
                done
            done ;;
    esac
fi
max_len=65536
[ "$target" = run ] && max_len=8192
cargo +nightly fuzz run --sanitizer "${SANITIZER:-none}" "$target" -- \
    -max_total_time="$seconds" -fork="$jobs" \
    -ignore_crashes=1 -ignore_timeouts=1 -ignore_ooms=1 \
    -timeout=30 -rss_limit_mb=4096 -max_len="$max_len" -close_fd_mask=1 \
    -len_control=0 -print_final_stats=1
