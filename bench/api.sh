#!/usr/bin/env bash
# Benchmarks the JSON API on a generated 10,000-letter archive against nginx serving the same letter JSON as a
# static file, on loopback, in the same run (issue 6, "Scale and speed").
#
# Usage: bench/api.sh              (from anywhere; uses the repository this script is in)
#
# Environment (all optional):
#   BENCH_DIR       work folder: corpus, built API, nginx config, static file   (default /tmp/archive-bench)
#   LETTERS         letters in the generated corpus                                (default 10000)
#   DURATION        seconds per wrk run                                            (default 15s)
#   CONNECTIONS     wrk connections                                                (default 32)
#   THREADS         wrk threads                                                    (default 2)
#   ROUNDS          how many times each API/nginx pair runs, alternately           (default 2)
#   API_PORT        loopback port of the API                                       (default 5080)
#   NGINX_PORT      loopback port of nginx                                         (default 5081)
#   STARTUPS        start-ups timed (the first indexes, the others read its index)   (default 5)
#
# Needs: the .NET 10 SDK, wrk, nginx, curl. It installs nothing: when a tool is missing it says what to install
# (Debian: apt-get install -y wrk nginx curl). It generates the corpus into $BENCH_DIR if it is missing, builds the
# API in Release, starts the API and nginx on loopback, and stops both when it ends, also on failure or Ctrl-C.
#
# Output: one line per measurement, e.g.
#   letter        api    identity  round 1  rps 12345.6  p50 1.23ms  p99 4.56ms
# wrk runs on the same machine as the servers, so it competes with them for the CPUs; the ratio API/nginx is
# the meaningful number, the absolute ones depend on the machine.
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
BENCH_DIR="${BENCH_DIR:-/tmp/archive-bench}"
LETTERS="${LETTERS:-10000}"
DURATION="${DURATION:-15s}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
ROUNDS="${ROUNDS:-2}"
API_PORT="${API_PORT:-5080}"
NGINX_PORT="${NGINX_PORT:-5081}"
STARTUPS="${STARTUPS:-5}"
api_url="http://127.0.0.1:$API_PORT"
nginx_url="http://127.0.0.1:$NGINX_PORT"

missing=()
for tool in dotnet wrk nginx curl; do
  command -v "$tool" >/dev/null 2>&1 || missing+=("$tool")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "bench/api.sh: missing ${missing[*]}. On Debian: apt-get install -y wrk nginx curl (and the .NET 10 SDK for dotnet)." >&2
  exit 2
fi

mkdir -p "$BENCH_DIR/logs" "$BENCH_DIR/static"
api_pid=""
nginx_started=""
stop_all() {
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  api_pid=""
  if [ -n "$nginx_started" ] && [ -f "$BENCH_DIR/nginx.pid" ]; then
    kill "$(cat "$BENCH_DIR/nginx.pid")" 2>/dev/null || true
  fi
  nginx_started=""
}
trap stop_all EXIT
trap 'exit 130' INT TERM

port_free() { ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
for port in "$API_PORT" "$NGINX_PORT"; do
  if ! port_free "$port"; then
    echo "bench/api.sh: port $port on 127.0.0.1 is already in use; set API_PORT/NGINX_PORT to free ones" >&2
    exit 2
  fi
done

echo "# $(nproc) CPUs, load average $(cut -d' ' -f1-3 /proc/loadavg) at the start (other work on the machine skews every number)"

# 1. The corpus and the API, built once.
corpus="$BENCH_DIR/corpus-$LETTERS"
if [ ! -d "$corpus/letters" ]; then
  echo "# generating $LETTERS letters into $corpus"
  dotnet build "$repo/sitegen" -c Release -o "$BENCH_DIR/sitegen" -v quiet -nologo >"$BENCH_DIR/logs/sitegen-build.log"
  "$BENCH_DIR/sitegen/archive" gen-corpus --letters "$LETTERS" --out "$corpus" >"$BENCH_DIR/logs/gen-corpus.log"
fi
echo "# building the API (Release)"
dotnet publish "$repo/api" -c Release -o "$BENCH_DIR/api" -v quiet -nologo >"$BENCH_DIR/logs/api-publish.log"

# From its own folder, so it reads its appsettings.json (logging at Warning for requests) as in production;
# rate limiting off, since every wrk connection comes from one address. Its kept search indexes go to a folder of
# this benchmark's own, so the first start-up below is the one that indexes.
start_api() {
  (cd "$BENCH_DIR/api" && ASPNETCORE_URLS="$api_url" Archive__ContentPath="$corpus" ASPNETCORE_ENVIRONMENT=Production \
    Archive__RateLimit__PermitLimit=0 Archive__Search__IndexFolder="$BENCH_DIR/search-index" exec ./Archive.Api >>"$BENCH_DIR/logs/api.log" 2>&1) &
  api_pid=$!
}

# Waits until /healthz answers 200 (and, with a second argument, until it says the search is ready); prints the
# milliseconds since $1 (a date +%s%N timestamp).
wait_healthy() {
  local started=$1 search=${2:-}
  for _ in $(seq 1 6000); do
    if [ -z "$search" ] && curl -fs -o /dev/null "$api_url/healthz"; then
      echo $(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    if [ -n "$search" ] && curl -fs "$api_url/healthz" 2>/dev/null | grep -q '"search":"ready"'; then
      echo $(( ($(date +%s%N) - started) / 1000000 ))
      return 0
    fi
    if ! kill -0 "$api_pid" 2>/dev/null; then
      echo "bench/api.sh: the API exited during start-up; see $BENCH_DIR/logs/api.log" >&2
      return 1
    fi
    sleep 0.01
  done
  echo "bench/api.sh: the API did not answer /healthz within 60 s; see $BENCH_DIR/logs/api.log" >&2
  return 1
}

median() { printf '%s\n' "$@" | sort -n | sed -n "$(( ($# + 1) / 2 ))p"; }

# 2. Start-up: process start to the first 200 from /healthz, and to "search":"ready". The first run indexes the
# content (nothing kept yet), the others read the index the first one kept.
: >"$BENCH_DIR/logs/api.log"
rm -rf "$BENCH_DIR/search-index"
times=()
warm_ready=()
for n in $(seq 1 "$STARTUPS"); do
  started=$(date +%s%N)
  start_api
  ms=$(wait_healthy "$started")
  ready=$(wait_healthy "$started" search)
  times+=("$ms")
  if [ "$n" -eq 1 ]; then cold_ready=$ready; else warm_ready+=("$ready"); fi
  # CPU seconds the process used to get there: steadier than wall time when other work shares the machine.
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' "/proc/$api_pid/stat" 2>/dev/null || echo "?")
  loaded=$(grep -o 'from .* in [0-9]* ms' "$BENCH_DIR/logs/api.log" | tail -1 | grep -o 'in [0-9]* ms')
  indexed=$(grep -oE '(Built|Read)[a-z ]* search index of [0-9]+ letters in [0-9]+ ms' "$BENCH_DIR/logs/api.log" | tail -1)
  echo "startup       api    run $n  first 200 ${ms}ms  search ready ${ready}ms  cpu ${cpu}s  (loaded ${loaded:-?}; ${indexed:-not logged})"
  stop_all
done
echo "startup       api    first 200 median $(median "${times[@]}")ms of ${#times[@]}; search ready ${cold_ready}ms indexing, median $(median "${warm_ready[@]:-0}")ms reading the kept index"

# 3. Both servers up, the static file holding the exact bytes the API returns for one letter.
start_api
wait_healthy "$(date +%s%N)" >/dev/null
letter_id=$(curl -fs "$api_url/api/v1/letters?pageSize=1&page=50" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
organization_id=$(curl -fs "$api_url/api/v1/organizations?pageSize=1&page=10" | sed -n 's/.*"id":"\([^"]*\)".*/\1/p' | head -1)
if [ -z "$letter_id" ] || [ -z "$organization_id" ]; then
  echo "bench/api.sh: could not read a letter id and an organization id from the API" >&2
  exit 1
fi
curl -fs -o "$BENCH_DIR/static/letter.json" "$api_url/api/v1/letters/$letter_id"
for encoding in br gzip; do
  curl -fs -H "Accept-Encoding: $encoding" -o "$BENCH_DIR/static/letter.json.$encoding" "$api_url/api/v1/letters/$letter_id"
done
cat >"$BENCH_DIR/nginx.conf" <<CONF
worker_processes auto;
pid $BENCH_DIR/nginx.pid;
error_log $BENCH_DIR/logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  types { application/json json; }
  sendfile on;
  tcp_nopush on;
  keepalive_requests 1000000;
  server {
    listen 127.0.0.1:$NGINX_PORT;
    root $BENCH_DIR/static;
    # The same precompressed bytes the API sends, chosen by Accept-Encoding like the API does (no gzip_static
    # module needed): nginx gets the best case, a static file with no compression work per request.
    location = /letter.json {
      set \$suffix "";
      if (\$http_accept_encoding ~ "br") { set \$suffix ".br"; }
      if (\$http_accept_encoding = "gzip") { set \$suffix ".gzip"; }
      rewrite ^ /letter.json\$suffix break;
      default_type application/json;
    }
  }
}
CONF
nginx -c "$BENCH_DIR/nginx.conf" -p "$BENCH_DIR/" -e "$BENCH_DIR/logs/nginx-error.log"
nginx_started=1
for _ in $(seq 1 200); do curl -fs -o /dev/null "$nginx_url/letter.json" && break; sleep 0.05; done
echo "# letter $letter_id ($(stat -c %s "$BENCH_DIR/static/letter.json") bytes), organization $organization_id, ${THREADS} wrk threads, ${CONNECTIONS} connections, ${DURATION} per run, on $(nproc) CPUs shared by wrk and the server"

# One wrk run, summarised as one line: name, server, encoding, round, rps, p50, p99, errors.
measure() {
  local name=$1 server=$2 encoding=$3 round=$4 url=$5 script=${6:-}
  local args=(-t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency)
  [ "$encoding" != identity ] && args+=(-H "Accept-Encoding: $encoding")
  [ -n "$script" ] && args+=(-s "$script")
  local out
  out=$(wrk "${args[@]}" "$url")
  local rps p50 p99 non2xx
  rps=$(awk '/^Requests\/sec:/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  non2xx=$(awk '/Non-2xx or 3xx responses:/ {print $5}' <<<"$out")
  printf '%-13s %-6s %-8s  round %s  rps %9s  p50 %8s  p99 %8s%s\n' \
    "$name" "$server" "$encoding" "$round" "$rps" "$p50" "$p99" "${non2xx:+  NON-2XX $non2xx}"
}

# Warms one endpoint up (JIT tiers, the first answer made and kept) so the measured runs see the steady state.
warm() {
  wrk -t1 -c4 -d3s ${2:+-s "$2"} "$1" >/dev/null
}
warm "$api_url/api/v1/letters/$letter_id"
warm "$api_url/api/v1/organizations/$organization_id"
warm "$api_url" "$repo/bench/search-queries.lua"
warm "$nginx_url/letter.json"

# 4. The letter, API and nginx alternately, each $ROUNDS times, per encoding; then the organization and search.
for encoding in identity br gzip; do
  for round in $(seq 1 "$ROUNDS"); do
    measure letter api "$encoding" "$round" "$api_url/api/v1/letters/$letter_id"
    measure letter nginx "$encoding" "$round" "$nginx_url/letter.json"
  done
done
for encoding in identity br; do
  for round in $(seq 1 "$ROUNDS"); do
    measure organization api "$encoding" "$round" "$api_url/api/v1/organizations/$organization_id"
    measure search api "$encoding" "$round" "$api_url" "$repo/bench/search-queries.lua"
  done
done
# Search once more with one client at a time: its latency without queueing behind 31 other connections.
for round in $(seq 1 "$ROUNDS"); do
  CONNECTIONS=1 THREADS=1 measure search-c1 api identity "$round" "$api_url" "$repo/bench/search-queries.lua"
done
echo "# load average $(cut -d' ' -f1-3 /proc/loadavg) at the end"
