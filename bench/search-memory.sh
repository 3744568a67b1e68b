#!/usr/bin/env bash
# Peak memory of a whole build with search (issue 21): the build (dotnet), the Node program that feeds Pagefind and
# Pagefind's indexer (pagefind_extended, started by Pagefind's Node API and never waited for, so /usr/bin/time of the
# build does not count it). Every 0.2 s it reads the resident memory (RSS) of each process of the three kinds alive
# then; it prints the peak of their SUM at one moment (the whole build's memory) and each kind's own peak.
#
# Usage: bench/search-memory.sh <content folder> <site folder> [build options…]
#   e.g. bench/search-memory.sh /tmp/c10k /tmp/s10k --no-search-reuse
#
# Environment (optional):
#   SAMPLES_OUT  a file to keep every sample in ("seconds dotnet-KiB node-KiB pagefind-KiB", one line each)
#   ARCHIVE  the archive program to run (default: a Release build of this checkout, made into /tmp/archive-bench-bin)
#
# Output (one line each, MB = 10^6 bytes):
#   wall 52.1 s  sum 912 MB (at 41.3 s)  dotnet 640 MB  node 71 MB  pagefind 480 MB  load 1.20 0.80 0.50
# The build's own output goes to stderr. Only the build's own process tree is counted.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
if [ $# -lt 2 ]; then
  echo "usage: bench/search-memory.sh <content folder> <site folder> [build options…]" >&2
  exit 2
fi
content="$1"; site="$2"; shift 2
archive="${ARCHIVE:-}"
if [ -z "$archive" ]; then
  dotnet build "$repo/sitegen" -c Release -o /tmp/archive-bench-bin >/dev/null
  archive=/tmp/archive-bench-bin/archive
fi

samples="$(mktemp)"
trap 'rm -f "$samples"' EXIT
load="$(cut -d' ' -f1-3 /proc/loadavg)"
start=$(date +%s.%N)
(cd "$repo" && exec "$archive" build --content "$content" --out "$site" "$@" >&2) &
build=$!
# RSS in KiB of the build's process and its descendants (other builds on the machine are not counted), summed per
# kind: the build itself, node, Pagefind's indexer.
while kill -0 "$build" 2>/dev/null; do
  now=$(date +%s.%N)
  ps -eo pid=,ppid=,rss=,comm= | awk -v root="$build" -v t="$(echo "$now - $start" | bc)" '
    { parent[$1] = $2; rss[$1] = $3; name[$1] = $4 }
    END {
      for (p in parent) {
        q = p; while (q != "" && q != root && q != 1 && q != 0) q = parent[q]
        if (q != root) continue
        if (name[p] ~ /^pagefind/) pf += rss[p]; else if (name[p] == "node") n += rss[p]; else d += rss[p]
      }
      printf "%s %d %d %d\n", t, d, n, pf
    }' >>"$samples"
  sleep 0.2
done
status=0
wait "$build" || status=$?
end=$(date +%s.%N)
awk -v wall="$(echo "$end - $start" | bc)" -v load="$load" '
  { s = $2 + $3 + $4; if (s > ms) { ms = s; at = $1 } if ($2 > md) md = $2; if ($3 > mn) mn = $3; if ($4 > mp) mp = $4 }
  END { printf "wall %.1f s  sum %d MB (at %.1f s)  dotnet %d MB  node %d MB  pagefind %d MB  load %s\n",
        wall, ms * 1.024 / 1000, at, md * 1.024 / 1000, mn * 1.024 / 1000, mp * 1.024 / 1000, load }' "$samples"
if [ -n "${SAMPLES_OUT:-}" ]; then cp "$samples" "$SAMPLES_OUT"; fi
if [ "$status" -ne 0 ]; then echo "the build failed (exit code $status)"; fi
exit "$status"
