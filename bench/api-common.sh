# Shared by bench/exports.sh and bench/api-production.sh (sourced, not run): the generated archive, the published
# API, and starting and stopping it. Expects repo, BENCH_DIR, LETTERS, api_url and api_folder to be set, and
# "$BENCH_DIR/logs" to exist.

# The generated archive of $LETTERS letters, made once and kept in $BENCH_DIR.
corpus="$BENCH_DIR/corpus-$LETTERS"
if [ ! -d "$corpus/letters" ]; then
  echo "# generating $LETTERS letters into $corpus"
  dotnet build "$repo/sitegen" -c Release -o "$BENCH_DIR/sitegen" -v quiet -nologo >"$BENCH_DIR/logs/sitegen-build.log"
  "$BENCH_DIR/sitegen/archive" gen-corpus --letters "$LETTERS" --out "$corpus" >"$BENCH_DIR/logs/gen-corpus.log"
fi

# The API to measure: the folder given, or a Release publish of this checkout.
if [ -z "$api_folder" ]; then
  api_folder="$BENCH_DIR/api"
  echo "# publishing the API (Release) into $api_folder"
  dotnet publish "$repo/api" -c Release -o "$api_folder" -v quiet -nologo >"$BENCH_DIR/logs/api-publish.log"
fi

api_pid=""
stop_api() {
  if [ -n "$api_pid" ] && kill -0 "$api_pid" 2>/dev/null; then
    kill "$api_pid" 2>/dev/null || true
    wait "$api_pid" 2>/dev/null || true
  fi
  api_pid=""
}
trap stop_api EXIT
trap 'exit 130' INT TERM

# Waits until the API started as $api_pid answers with its search index ready; $1 names the script, $2 its log.
wait_api_ready() {
  for _ in $(seq 1 600); do
    curl -fs "$api_url/healthz" 2>/dev/null | grep -q '"search":"ready"' && return 0
    kill -0 "$api_pid" 2>/dev/null || { echo "$1: the API exited; see $2" >&2; exit 1; }
    sleep 0.1
  done
  echo "$1: the API was not ready within 60 s" >&2
  exit 1
}
