#!/usr/bin/env bash
# Measures what `archive serve` does after one letter changes: it starts serve on a generated archive (no search
# index, so the number is the site's own), edits one letter at a time, and reports the rebuild's own time, the time
# from the edit to the rebuilt page (which includes serve's 300 ms wait for the editor to stop saving), and how many
# files were rewritten. Usage: bench/rebuild.sh [letters]   (default 10000; BENCH_RUNS edits, default 5;
# BENCH_GIT=1 makes the copy a git repository of one commit, so every rebuild reads its history as an editor's does)
set -euo pipefail

repo="$(cd "$(dirname "$0")/.." && pwd)"
work="${BENCH_DIR:-/tmp/archive-bench}"
letters="${1:-10000}"
runs="${BENCH_RUNS:-5}"
port="${BENCH_PORT:-8787}"

mkdir -p "$work"
dotnet build "$repo/sitegen" -c Release -o "$work/bin" --nologo -v quiet >/dev/null
archive="$work/bin/archive"
corpus="$work/corpus-$letters"
[ -d "$corpus" ] || "$archive" gen-corpus --letters "$letters" --out "$corpus" >/dev/null
# serve edits the corpus: work on a copy, so the build benchmarks keep measuring the generated one.
edited="$work/edited-$letters"
rm -rf "$edited" "$work/serve-site-$letters"
cp -r "$corpus" "$edited"
if [ -n "${BENCH_GIT:-}" ]; then
  git -C "$edited" init -q
  git -C "$edited" add -A
  # No automatic gc: run in the background after the commit, it writes into .git while serve watches the folder.
  git -C "$edited" -c user.name=bench -c user.email=bench@example.org -c commit.gpgsign=false -c gc.auto=0 commit -q -m "The generated archive"
fi
site="$work/serve-site-$letters/_site"
log="$work/serve-$letters.log"

"$archive" serve --content "$edited" --out "$site" --no-search --port "$port" >"$log" 2>&1 &
serve=$!
trap 'kill $serve 2>/dev/null || true; wait $serve 2>/dev/null || true' EXIT

wait_for() { # pattern, count: waits until the log has that many lines matching
  for _ in $(seq 1 1200); do
    [ "$(grep -c "$1" "$log" || true)" -ge "$2" ] && return 0
    sleep 0.05
  done
  echo "bench: serve did not log '$1' in time; its log:" >&2; cat "$log" >&2; exit 1
}

wait_for '^build: [0-9]* pages' 1
echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GB RAM, dotnet $(dotnet --version), load $(cut -d' ' -f1-3 /proc/loadavg)"
echo "first build: $(grep '^build: [0-9]* pages' "$log" | head -1)"
total=$(find "$site" -type f | wc -l)

for run in $(seq 1 "$runs"); do
  file=$(ls "$edited/letters" | sed -n "$((run * 97 % letters + 1))p")
  touch "$work/marker"
  sleep 0.01
  start=$(date +%s.%N)
  # A changed title: the letter's page, its neighbours, its signatories' and their countries' pages, the lists.
  sed -i "0,/^title: .*/s//title: \"Edited Title $run\"/" "$edited/letters/$file"
  wait_for 'pages rendered again' "$run"
  end=$(date +%s.%N)
  line=$(grep 'pages rendered again' "$log" | tail -1)
  rewritten=$(find "$site" -type f -newer "$work/marker" | wc -l)
  grep -q "Edited Title $run" "$site/letters/${file%.md}/index.html" || { echo "bench: the edited page was not rebuilt" >&2; exit 1; }
  printf 'rebuild %s letters, edit %s: %s; %.2f s from the edit to the rebuilt page; %s of %s files rewritten\n' \
    "$letters" "$run" "${line#build: }" "$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')" "$rewritten" "$total"
done
