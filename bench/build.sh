#!/usr/bin/env bash
# Measures `archive build` on generated archives: wall time and peak memory (resident set), with and without the
# search indexing step, from nothing and again over the site the previous run built (what an editor does).
# Usage: bench/build.sh [letters...]   (default: 1000 10000)
# Results go to stdout as one line per run; the corpora live under $BENCH_DIR (default /tmp/archive-bench), the
# sites under $BENCH_OUT (default the same; BENCH_OUT=/dev/shm takes the disk out of the measurement).
# BENCH_SETTLE=N waits N seconds after deleting the previous run's site: on this machine's ext4 (no journal),
# creating files within about a minute of deleting as many is several times slower, and that would be counted
# against the next build (docs/benchmarks.md, "The disk"); 90 is enough there.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-/tmp/archive-bench}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${BENCH_RUNS:-3}"
settle="${BENCH_SETTLE:-0}"
out="${BENCH_OUT:-$work}"

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is needed for peak memory (apt-get install -y time)" >&2
  exit 1
fi

mkdir -p "$work"
# A Release build of the tool, once, so the numbers measure the tool and not the compiler.
dotnet build "$repo/sitegen" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
archive="$work/bin/archive"

echo "output in $out; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, dotnet $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"

# One build of $letters letters into $out/site-$letters/_site, printed as one line.
measure() {
  local label="$1"
  # %e: wall seconds, %M: peak resident set in KB; the build's own line gives the time of each step.
  steps=$( { /usr/bin/time -f "TIME %e %M" "$archive" build --content "$corpus" --out "$out/site-$letters/_site" $flag; } 2>&1 )
  measured=$(grep '^TIME' <<<"$steps" | awk '{printf "%.2f s wall, %d MB peak", $2, $3/1024}')
  detail=$(grep -o '(load.*)' <<<"$steps" | tail -1)
  updated=$(grep -o '(updated from[^)]*)' <<<"$steps" | tail -1 || true)
  echo "build $letters letters, $label: $measured $updated $detail"
}

for letters in "${sizes[@]}"; do
  corpus="$work/corpus-$letters"
  if [ ! -d "$corpus" ]; then
    "$archive" gen-corpus --letters "$letters" --out "$corpus" >/dev/null
  fi
  for mode in no-search search; do
    flag=""
    [ "$mode" = "no-search" ] && flag="--no-search"
    for run in $(seq 1 "$runs"); do
      rm -rf "$out/site-$letters"
      sync
      sleep "$settle"
      measure "$mode, from nothing, run $run"
    done
  done
  # Building again over the last site, nothing deleted in between, as an editor does: each build writes into the
  # site the one before replaced (kept beside the output), rewriting only what differs. Two builds first, not
  # measured, so that the kept site is one without search, as the measured builds make.
  flag="--no-search"
  measure "no-search, again (not counted)" >/dev/null
  measure "no-search, again (not counted)" >/dev/null
  for run in $(seq 1 "$runs"); do
    measure "no-search, again over the previous site, run $run"
  done
  rm -rf "$out/site-$letters"
done
