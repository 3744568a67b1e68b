#!/usr/bin/env bash
# Times one POST of a batch of 50 reconciliation queries (issue 22) against a running API, several times.
# Usage: bench/reconcile.sh CONTENT_DIR API_URL [RUNS]
#   CONTENT_DIR: the content the API serves (the batch is made from its organizations, deterministically)
#   API_URL: e.g. http://127.0.0.1:5722
# The batch, like a journalist's column: 20 names as filed, 10 of them with their country; 10 in lower case without
# "the"/punctuation; 10 with a word left out (the matcher then compares against every organization); 10 names the
# archive does not have.
set -euo pipefail
content=$1 api=$2 runs=${3:-7}
batch=$(python3 - "$content" <<'PY'
import json, os, sys
folder = os.path.join(sys.argv[1], "organizations")
orgs = []
for f in sorted(os.listdir(folder)):
    name = country = None
    for line in open(os.path.join(folder, f), encoding="utf-8"):
        if line.startswith("name:"):
            name = line[5:].strip().strip('"')
        elif line.startswith("countries:"):
            country = line.split("[")[1].split(",")[0].split("]")[0].strip()
    orgs.append((name, country))
step = len(orgs) // 40
picked = orgs[::step][:40]
queries = []
for i, (name, country) in enumerate(picked[:20]):
    q = {"query": name, "type": "Organization"}
    if i % 2 == 0:
        q["properties"] = [{"pid": "country", "v": country}]
    queries.append(q)
for name, _ in picked[20:30]:
    queries.append({"query": name.lower().replace(",", "")})
for name, _ in picked[30:40]:
    words = name.split()
    queries.append({"query": " ".join(words[:1] + words[2:]) if len(words) > 2 else name + " Network"})
for i in range(10):
    queries.append({"query": f"Unheard-of Citizens Committee Number {i}"})
print(json.dumps({f"q{i}": q for i, q in enumerate(queries)}))
PY
)
for i in $(seq "$runs"); do
  curl -s -o /dev/null -w '%{http_code} %{time_total}\n' --data-urlencode "queries=$batch" "$api/api/v1/reconcile"
done
