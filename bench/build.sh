#!/usr/bin/env bash
# Measures `archive build` on generated archives: wall time and peak memory (resident set), with and without the
# search indexing step, from nothing and again over the site the previous run built (what an editor does).
# Usage: bench/build.sh [letters...]   (default: 1000 10000)
# Results go to stdout as one line per run; the corpora live under $BENCH_DIR (default /tmp/archive-bench), the
# sites under $BENCH_OUT (default the same; BENCH_OUT=/dev/shm takes the disk out of the measurement).
#
# Two things about this machine shape how it measures (docs/benchmarks.md, "The disk"):
# - Its ext4 has no journal, and creating files is then several times slower for up to six minutes after many were
#   deleted. So every build from nothing writes into a folder of its own, and nothing is deleted until every build
#   has run. Run the script on a disk that has not had a large deletion (such as this script's last run) for six
#   minutes.
# - Its kernel drops files from memory that have not been read for about a minute (DAMON). An editor's archive is in
#   memory because the editor just saved it; so before each build the archive, the tool and the .NET runtime are read
#   once, and the build is not measured reading 265 MB from the disk.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-/tmp/archive-bench}"
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs="${BENCH_RUNS:-3}"
out="${BENCH_OUT:-$work}"

if [ ! -x /usr/bin/time ]; then
  echo "bench: /usr/bin/time is needed for peak memory (apt-get install -y time)" >&2
  exit 1
fi

mkdir -p "$work"
# A Release build of the tool, once, so the numbers measure the tool and not the compiler.
dotnet build "$repo/sitegen" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
archive="$work/bin/archive"
runtime="$(dirname "$(readlink -f "$(command -v dotnet)")")/shared"

echo "output in $out; machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, dotnet $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"

# What a build reads, read once, so that it is in memory; and the last build's writes on the disk, so that they are
# not written out during the next build.
ready() {
  find "$corpus" "$work/bin" "$runtime" -type f -exec cat {} + >/dev/null
  sync
}

# One build of $letters letters into $1, printed as one line labelled $2.
measure() {
  local site="$1" label="$2"
  ready
  # %e: wall seconds, %M: peak resident set in KB; the build's own line gives the time of each step.
  steps=$( { /usr/bin/time -f "TIME %e %M" "$archive" build --content "$corpus" --out "$site" $flag; } 2>&1 )
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
  sites="$out/site-$letters"
  if [ -e "$sites" ]; then
    echo "bench: $sites is left from an earlier run; delete it and wait six minutes first" >&2
    exit 1
  fi
  for mode in no-search search; do
    flag=""
    [ "$mode" = "no-search" ] && flag="--no-search"
    for run in $(seq 1 "$runs"); do
      measure "$sites/$mode-$run/_site" "$mode, into a new folder, run $run"
    done
  done
  # Building again over the last site, as an editor does: each build writes into the site the one before replaced
  # (kept beside the output), rewriting only what differs. Two builds first, not measured, so that the kept site is
  # one without search, as the measured builds make.
  flag="--no-search"
  measure "$sites/again/_site" "no-search, again (not counted)" >/dev/null
  measure "$sites/again/_site" "no-search, again (not counted)" >/dev/null
  for run in $(seq 1 "$runs"); do
    measure "$sites/again/_site" "no-search, again over the previous site, run $run"
  done
done

# Deleted only now (see the top): the disk is slower for the next six minutes.
for letters in "${sizes[@]}"; do
  rm -rf "$out/site-$letters"
done
