#!/usr/bin/env bash
# Search on a generated archive (issue 18): how long indexing takes and how large the index is, then the latency
# of each kind of query with ONE connection (no queueing behind other requests), p50 and p99.
#
# Usage: bench/search.sh              (from anywhere; uses the repository this script is in)
#
# Environment (all optional):
#   BENCH_DIR   work folder: the corpus, the published API, logs             (default /tmp/archive-bench)
#   LETTERS     letters in the generated corpus                             (default 10000)
#   API_FOLDER  a published API to measure instead of publishing this checkout (e.g. an older commit's, to compare)
#   INDEXINGS   how many times the API starts and indexes from nothing        (default 3)
#   DURATION    wrk run per kind of query                                   (default 10s)
#   ROUNDS      how many times every kind runs, the kinds in turn            (default 2)
#   API_PORT    loopback port of the API                                    (default 5080)
#
# Needs: the .NET 10 SDK, wrk, curl (Debian: apt-get install -y wrk curl). The API runs from its own folder with rate
# limiting off and its kept index in a folder of this script's own, emptied before each start, so every start
# indexes. The size is that folder's, the time the API's own log line ("Built and kept the search index of N
# letters in M ms"). Each query's "total" is printed once, to show what it matched.
#
# Output: one line per measurement, e.g.
#   index         run 1  10000 letters in 9100 ms  cpu 14.2s  size 61.2 MB (5 segments)
#   prefix        round 1  rps 45.1  p50 21.80ms  p99 30.12ms
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/archive-bench}"
LETTERS="${LETTERS:-10000}"
INDEXINGS="${INDEXINGS:-3}"
DURATION="${DURATION:-10s}"
ROUNDS="${ROUNDS:-2}"
API_PORT="${API_PORT:-5080}"
api_url="http://127.0.0.1:$API_PORT"
api_folder="${API_FOLDER:-}"

for tool in dotnet wrk curl; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    echo "bench/search.sh: missing $tool. On Debian: apt-get install -y wrk curl (and the .NET 10 SDK for dotnet)." >&2
    exit 2
  fi
done
if (exec 3<>"/dev/tcp/127.0.0.1/$API_PORT") 2>/dev/null; then
  echo "bench/search.sh: port $API_PORT on 127.0.0.1 is already in use; set API_PORT to a free one" >&2
  exit 2
fi
mkdir -p "$BENCH_DIR/logs"
# The corpus, the published API, start and stop: shared with bench/exports.sh.
# shellcheck source=bench/api-common.sh
source "$repo/bench/api-common.sh"
log="$BENCH_DIR/logs/search-api.log"
index_folder="$BENCH_DIR/search-bench-index"

echo "# $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start; API $api_folder; $LETTERS letters"

start_api() {
  (cd "$api_folder" && ASPNETCORE_URLS="$api_url" Archive__ContentPath="$corpus" ASPNETCORE_ENVIRONMENT=Production \
    Archive__RateLimit__PermitLimit=0 Archive__Search__IndexFolder="$index_folder" exec ./Archive.Api >>"$log" 2>&1) &
  api_pid=$!
}

# 1. Indexing from nothing, INDEXINGS times: the API's own time, its CPU seconds so far, the kept index's size.
: >"$log"
for n in $(seq 1 "$INDEXINGS"); do
  rm -rf "$index_folder"
  start_api
  wait_api_ready bench/search.sh "$log"
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$api_pid/stat")
  took=$(grep -oE 'Built and kept the search index of [0-9]+ letters in [0-9]+ ms' "$log" | tail -1 | grep -oE '[0-9]+ letters in [0-9]+ ms')
  bytes=$(du -sb "$index_folder" | cut -f1)
  segments=$(find "$index_folder" -name '*.si' | wc -l)
  echo "index         run $n  ${took:-? (not logged)}  cpu ${cpu}s (whole process)  size $(awk -v b="$bytes" 'BEGIN {printf "%.1f", b / 1e6}') MB ($segments segments)"
  if [ "$n" -lt "$INDEXINGS" ]; then stop_api; fi
done

# 2. Latency per kind of query, the API left running on the index of the last start.
kinds=(word phrase prefix fuzzy boolean field filter)
declare -A paths=(
  [word]="/api/v1/search?q=humanitarian /api/v1/search?q=veto /api/v1/search?q=governance"
  [phrase]="/api/v1/search?q=%22civil%20society%22 /api/v1/search?q=%22security%20council%22"
  [prefix]="/api/v1/search?q=humanit* /api/v1/search?q=respons* /api/v1/search?q=govern*"
  [fuzzy]="/api/v1/search?q=protection~ /api/v1/search?q=responsibility~ /api/v1/search?q=goverment~"
  [boolean]="/api/v1/search?q=(refugees%20OR%20displaced)%20AND%20-sanctions /api/v1/search?q=council%20NOT%20veto"
  [field]="/api/v1/search?q=title:veto /api/v1/search?q=organization:genocide /api/v1/search?q=organization:democ*"
  [filter]="/api/v1/search?q=freedom&country=CZ&year=2015 /api/v1/search?q=protect*&country=AU"
)
for kind in "${kinds[@]}"; do
  for path in ${paths[$kind]}; do
    total=$(curl -fs "$api_url$path" | grep -oE '"total":[0-9]+' | head -1)
    printf '# %-8s %-60s %s\n' "$kind" "$path" "${total:-FAILED}"
  done
  # Warm-up: JIT tiers and the first-touch work of each query, so the measured runs see the steady state.
  # shellcheck disable=SC2086
  wrk -t1 -c1 -d2s -s "$repo/bench/search-kinds.lua" "$api_url" -- ${paths[$kind]} >/dev/null
done
for round in $(seq 1 "$ROUNDS"); do
  for kind in "${kinds[@]}"; do
    # shellcheck disable=SC2086
    out=$(wrk -t1 -c1 -d"$DURATION" --latency -s "$repo/bench/search-kinds.lua" "$api_url" -- ${paths[$kind]})
    rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
    printf '%-13s round %s  rps %8s  p50 %9s  p99 %9s%s\n' "$kind" "$round" "$rps" "$p50" "$p99" "${non2xx:+  NON-2XX $non2xx}"
  done
done
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
