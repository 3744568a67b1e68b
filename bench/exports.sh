#!/usr/bin/env bash
# Memory of the API under parallel export downloads (issue 16): the process's resident memory when idle, then its
# peak while PARALLEL clients each download every export at once, several rounds, then after. The bound the issue
# sets: peak <= 1.5 x idle + a small constant (ALLOWANCE_MB).
#
# Usage: bench/exports.sh [API_FOLDER]
#   API_FOLDER  a published API (dotnet publish api -c Release -o DIR); default: published here into $BENCH_DIR/api
#
# Environment (all optional):
#   BENCH_DIR     work folder: corpus, published API, logs          (default /tmp/archive-bench)
#   LETTERS       letters in the generated corpus                   (default 10000)
#   PARALLEL      downloads at once, of each export                 (default 32)
#   ROUNDS        how many times the parallel burst is repeated     (default 3)
#   ENCODINGS     Accept-Encoding values, one burst each per round  (default "identity gzip br")
#   ALLOWANCE_MB  the small constant of the bound                   (default 64)
#   API_PORT      loopback port of the API                          (default 5090)
#
# Needs the .NET 10 SDK and curl. Prints one line per measurement and exits 1 when the bound is broken.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/archive-bench}"
LETTERS="${LETTERS:-10000}"
PARALLEL="${PARALLEL:-32}"
ROUNDS="${ROUNDS:-3}"
ENCODINGS="${ENCODINGS:-identity gzip br}"
ALLOWANCE_MB="${ALLOWANCE_MB:-64}"
API_PORT="${API_PORT:-5090}"
api_url="http://127.0.0.1:$API_PORT"
api_folder="${1:-}"

mkdir -p "$BENCH_DIR/logs" "$BENCH_DIR/downloads"
. "$repo/bench/api-common.sh"

# Started from another folder than its own, as an operator would; rate limiting off (every download comes from
# one address); its exports and kept index in folders of this run's own, so the first download builds them.
rm -rf "$BENCH_DIR/exports" "$BENCH_DIR/search-index-exports"
(cd "$BENCH_DIR" && ASPNETCORE_URLS="$api_url" ASPNETCORE_ENVIRONMENT=Production Archive__ContentPath="$corpus" \
  Archive__RateLimit__PermitLimit=0 Archive__Export__Folder="$BENCH_DIR/exports" \
  Archive__Search__IndexFolder="$BENCH_DIR/search-index-exports" exec dotnet "$api_folder/Archive.Api.dll" \
  >"$BENCH_DIR/logs/api-exports.log" 2>&1) &
api_pid=$!
wait_api_ready bench/exports.sh "$BENCH_DIR/logs/api-exports.log"

# The server process itself (dotnet runs the app in the process it starts, so that is $api_pid).
rss_mb() { awk '/^VmRSS:/ {printf "%d", $2 / 1024}' "/proc/$api_pid/status"; }
sleep 2
idle=$(rss_mb)
echo "# $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $LETTERS letters; $PARALLEL parallel downloads of each export per encoding, $ROUNDS rounds"
echo "idle          rss ${idle} MB"

exports=(letters.jsonl signatories.csv)
# One download of each first: a server that makes its exports on first request makes them here.
for export in "${exports[@]}"; do
  curl -fs -o /dev/null -w "first         $export %{size_download} bytes in %{time_total} s\n" "$api_url/api/v1/export/$export"
done
echo "after first   rss $(rss_mb) MB"

peak=0
sample() { while kill -0 "$api_pid" 2>/dev/null; do r=$(rss_mb); echo "$r"; sleep 0.05; done; }
for round in $(seq 1 "$ROUNDS"); do
  for encoding in $ENCODINGS; do
    sample >"$BENCH_DIR/logs/rss-samples" &
    sampler=$!
    pids=()
    for _ in $(seq 1 "$PARALLEL"); do
      for export in "${exports[@]}"; do
        curl -fs -H "Accept-Encoding: $encoding" -o /dev/null "$api_url/api/v1/export/$export" &
        pids+=($!)
      done
    done
    started=$(date +%s%N)
    failed=0
    for pid in "${pids[@]}"; do wait "$pid" || failed=$((failed + 1)); done
    ms=$(( ($(date +%s%N) - started) / 1000000 ))
    kill "$sampler" 2>/dev/null || true
    wait "$sampler" 2>/dev/null || true
    burst=$(sort -n "$BENCH_DIR/logs/rss-samples" | tail -1)
    [ "${burst:-0}" -gt "$peak" ] && peak=$burst
    note=""
    [ "$failed" -gt 0 ] && note="  FAILED $failed"
    echo "round $round  $encoding  $(( PARALLEL * ${#exports[@]} )) downloads in ${ms} ms  peak rss ${burst} MB$note"
  done
done
sleep 2
echo "after         rss $(rss_mb) MB"
bound=$(( idle * 3 / 2 + ALLOWANCE_MB ))
echo "peak          rss ${peak} MB; bound 1.5 x ${idle} + ${ALLOWANCE_MB} = ${bound} MB"
[ "$peak" -le "$bound" ]
