#!/usr/bin/env bash
# The same route as a whole process, parcours against a plain networkx
# script (docs/performance.md). Needs python3 with networkx
# (pip install networkx). Usage: benches/compare_networkx.sh [OFFERS]
set -euo pipefail
cd "$(dirname "$0")/.."
offers=${1:-100000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cargo build --release -q
parcours=target/release/parcours
"$parcours" gen --offers "$offers" "$dir/catalogue" > /dev/null
# A request with a route of three offers or more, found by parcours itself.
read -r from occupation < <(python3 - "$dir/catalogue" <<'PY'
import json, pathlib, sys
offers = []
for p in sorted(pathlib.Path(sys.argv[1]).glob("offers-*.json")):
    offers += json.loads(p.read_text())["offers"]
n = len(offers)
for attempt in range(1, 200):
    a = offers[(attempt * 104729) % n]
    b = offers[(attempt * 7919 + 13) % n]
    if b.get("prepares") and a["id"] != b["id"]:
        print(a["id"], b["prepares"][0]); break
PY
)
echo "catalogue: $offers offers; route from $from to occupation $occupation"
"$parcours" route --data "$dir/catalogue" --from "$from" --to-occupation "$occupation" --json > "$dir/p.json" || true
python3 benches/networkx_route.py "$dir/catalogue" "$from" "$occupation"
python3 - "$dir/p.json" <<'PY'
import json, sys
routes = json.load(open(sys.argv[1]))["routes"]
print("parcours:", " -> ".join(s["offer"] for s in routes[0]["path"]), f'{routes[0]["hours"]} h' if routes else "no route")
PY
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
time_runs() {
    for _ in 1 2 3 4 5; do
        /usr/bin/env python3 -c 'import subprocess,sys,time; t=time.perf_counter(); subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL); print(time.perf_counter()-t)' "$@"
    done | median
}
p=$(time_runs "$parcours" route --data "$dir/catalogue" --from "$from" --to-occupation "$occupation")
n=$(time_runs python3 benches/networkx_route.py "$dir/catalogue" "$from" "$occupation")
echo "parcours (load, validate, graph, route): median ${p} s"
echo "networkx script (load, check, graph, route): median ${n} s"
python3 -c "print(f'ratio: networkx / parcours = {float(\"$n\") / float(\"$p\"):.1f}')"
