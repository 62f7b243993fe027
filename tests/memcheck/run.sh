#!/usr/bin/env bash
# Run a sample of the corpus under valgrind's memcheck, for every collector:
# any invalid read or write, use of uninitialised memory or bad free in
# ouro itself fails the run. (The private heap's arenas are mapped memory
# that memcheck sees as one block; what it checks is everything around the
# objects: payload buffers, the vm's tables, the interpreter's own state.)
#
# Usage: tests/memcheck/run.sh [OURO_BINARY] [PROGRAM.py ...]
# Default binary: target/debug/ouro (build it first); default programs:
# the sample listed below.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
bin="${1:-$root/target/debug/ouro}"
shift || true
# Each program runs in its own directory: the binary's path must not be
# relative to this one.
bin="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
if [ ! -x "$bin" ]; then
    echo "memcheck: no ouro binary at $bin (build it first)" >&2
    exit 1
fi
collectors=(generational refcount marksweep)
if [ "$#" -gt 0 ]; then
    programs=("$@")
else
    programs=(
        memory/m01_names_bind.py
        memory/m08_cascade_order.py
        memory/m09_del_exception.py
        lang/exceptions_chaining.py
        builtins/dict_methods.py
        builtins/sorting.py
        regress/safety_exc_chain_uaf.py
        regress/safety_index_clears_list.py
        regress/safety_del_clears_during_store.py
        regress/safety_special_method_lookup.py
        regress/safety_bytes_and_sizes.py
        regress/safety_gc_get_objects_dying.py
        memory/m13_gc_collect_counts.py
        memory/m14_finalizers_in_cycles.py
    )
fi
if ! command -v valgrind >/dev/null 2>&1; then
    echo "memcheck: valgrind is not installed" >&2
    exit 1
fi
failed=0
passed=0
for gc in "${collectors[@]}"; do
    for p in "${programs[@]}"; do
        path="$root/tests/programs/$p"
        [ -f "$path" ] || path="$p"
        if [ ! -f "$path" ]; then
            echo "memcheck: no program $p" >&2
            failed=$((failed + 1))
            continue
        fi
        log=$(mktemp)
        (cd "$(dirname "$path")" && valgrind --tool=memcheck --error-exitcode=99 \
            --leak-check=no --quiet --log-file="$log" \
            "$bin" run --gc "$gc" "$(basename "$path")" >/dev/null 2>&1) && status=0 || status=$?
        # 0 or 1 (a program's own uncaught exception) is the program's
        # business; anything else (memcheck's 99, a signal, 70 from the
        # heap checks, 126/127 from a binary that did not run) is ours.
        if [ "$status" -gt 1 ] || [ -s "$log" ]; then
            echo "FAIL $gc $p"
            head -40 "$log"
            failed=$((failed + 1))
        else
            echo "ok   $gc $p"
            passed=$((passed + 1))
        fi
        rm -f "$log"
    done
done
echo "memcheck: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
