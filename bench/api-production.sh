#!/usr/bin/env bash
# Requests per second of the API as deployed (issue 16): the published folder started from another directory, in
# Production, with the rate limiter on at its default (300 requests a minute per client) and many visitors behind a
# trusted proxy (bench/many-clients.lua), on the 10,000-letter archive: one letter, one page of the letter list
# (and one filtered by country), and search (the four queries of bench/search-queries.lua). Each measurement runs alternately with the limiter on
# and off, so its cost is seen in the same minutes.
#
# Usage: bench/api-production.sh [API_FOLDER]     (default: publishes into $BENCH_DIR/api)
#
# Environment (all optional): BENCH_DIR (/tmp/archive-bench), LETTERS (10000), DURATION (10s), CONNECTIONS (32),
# THREADS (2), ROUNDS (2), CLIENTS (visitors, 100000), API_PORT (5091).
# Needs the .NET 10 SDK, wrk and curl (Debian: apt-get install -y wrk curl).
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/archive-bench}"
LETTERS="${LETTERS:-10000}"
DURATION="${DURATION:-10s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
ROUNDS="${ROUNDS:-2}"
API_PORT="${API_PORT:-5091}"
export CLIENTS="${CLIENTS:-100000}"
api_url="http://127.0.0.1:$API_PORT"
api_folder="${1:-}"

for tool in dotnet wrk curl; do
  command -v "$tool" >/dev/null 2>&1 || { echo "bench/api-production.sh: missing $tool (Debian: apt-get install -y wrk curl)" >&2; exit 2; }
done
mkdir -p "$BENCH_DIR/logs"
. "$repo/bench/api-common.sh"

# $1: the permit limit (300, the default, or 0: off).
start_api() {
  (cd "$BENCH_DIR" && ASPNETCORE_URLS="$api_url" ASPNETCORE_ENVIRONMENT=Production Archive__ContentPath="$corpus" \
    Archive__PublicBaseUrl=https://letters.example.org AllowedHosts='*' Archive__RateLimit__PermitLimit="$1" \
    Archive__Search__IndexFolder="$BENCH_DIR/search-index" exec dotnet "$api_folder/Archive.Api.dll" >>"$BENCH_DIR/logs/api-production.log" 2>&1) &
  api_pid=$!
  wait_api_ready bench/api-production.sh "$BENCH_DIR/logs/api-production.log"
}

measure() {
  local name=$1 limit=$2 round=$3
  shift 3
  local out rps p50 p99 non2xx
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -s "$repo/bench/many-clients.lua" "$api_url" -- "$@")
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  printf '%-8s limit %-4s round %s  rps %9s  p50 %8s  p99 %8s%s\n' "$name" "$limit" "$round" "$rps" "$p50" "$p99" "${non2xx:+  NON-2XX $non2xx}"
}

: >"$BENCH_DIR/logs/api-production.log"
start_api 300
letter=$(curl -fs "$api_url/api/v1/letters?pageSize=1&page=50" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
stop_api
echo "# $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg); $LETTERS letters; $CLIENTS visitors; wrk $THREADS threads, $CONNECTIONS connections, $DURATION per run"
for round in $(seq 1 "$ROUNDS"); do
  for limit in 300 0; do
    start_api "$limit"
    # Warm-up: JIT tiers, the letter kept by the representation cache.
    wrk -t1 -c4 -d3s -s "$repo/bench/many-clients.lua" "$api_url" -- "/api/v1/letters/$letter" "/api/v1/letters?pageSize=20" "/api/v1/search?q=human%20rights" >/dev/null
    measure letter "$limit" "$round" "/api/v1/letters/$letter"
    measure list "$limit" "$round" "/api/v1/letters?pageSize=20&page=7"
    measure list-fr "$limit" "$round" "/api/v1/letters?pageSize=20&country=FR"
    measure search "$limit" "$round" "/api/v1/search?q=human%20rights" "/api/v1/search?q=%22civil%20society%22" "/api/v1/search?q=freedom&country=FR&year=2015" "/api/v1/search?q=council&sort=date"
    stop_api
  done
done
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
