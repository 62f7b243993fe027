#!/bin/sh
# Compare this build of ouro with another on the benchmark workloads:
#   benches/against.sh OLD_OURO [ouro bench options and files...]
# runs `target/release/ouro bench` with OLD_OURO (`run --gc generational`)
# as the baseline, alternating; ratios below 1 mean this build is faster.
# (`ouro bench` asks a baseline for `sys.executable`; the wrapper answers
# with its own path.) Default: --runs 3 --gc generational benches/workloads.
set -eu
[ $# -ge 1 ] || { echo "usage: $0 OLD_OURO [bench options and files...]" >&2; exit 2; }
old=$(realpath "$1")
shift
[ -x "$old" ] || { echo "$0: $old is not an executable" >&2; exit 2; }
here=$(dirname "$0")
wrapper=$(mktemp "${TMPDIR:-/tmp}/ouro-baseline.XXXXXX")
trap 'rm -f "$wrapper"' EXIT
cat > "$wrapper" <<WRAP
#!/bin/sh
[ "\$1" = -c ] && { echo "$wrapper"; exit 0; }
exec "$old" run --gc generational "\$@"
WRAP
chmod +x "$wrapper"
[ $# -ge 1 ] || set -- --runs 3 --gc generational "$here/workloads"
"$here/../target/release/ouro" bench --baseline "$wrapper" "$@"
