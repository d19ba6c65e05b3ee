#!/usr/bin/env bash
# Whole-process `crosscheck extract` over the BBC corpus (../shared/benchdata, research use only;
# its held-out files left out) against chrono-node's date-only parse of the same files in one warm
# Node process, run turn about so the machine's load falls on both. Crosscheck's figure includes
# starting the JVM, reading the files and finding quantities, attributions and entities as well as
# dates; chrono's is the second of two passes of its parse alone. Needs node and npm; installs
# chrono-node into target/chrono the first time.
#   bench/extract-vs-chrono.sh [ROUNDS] [JAR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bbc=${BBC:-$here/../shared/benchdata/bbc-news-2004-2005}
rounds=${1:-3}
jar=${2:-$here/target/crosscheck.jar}
[ -d "$bbc" ] || { echo "no BBC corpus at $bbc (set BBC=...)" >&2; exit 2; }
command -v node > /dev/null || { echo "needs node" >&2; exit 2; }
chrono=$here/target/chrono
if [ ! -d "$chrono/node_modules/chrono-node" ]; then
    mkdir -p "$chrono"
    npm install --silent --prefix "$chrono" chrono-node@2.10.3 > /dev/null
fi
mapfile -t files < <(cd "$bbc" && find business entertainment politics sport tech -name '*.txt' | sort \
    | grep -v -x -F -f <(sed 's/$/.txt/' "$bbc/heldout.list") | sed "s|^|$bbc/|")
echo "${#files[@]} files"
for round in $(seq "$rounds"); do
    start=$(date +%s%N)
    java -jar "$jar" extract "${files[@]}" > /dev/null
    crosscheck=$(( ($(date +%s%N) - start) / 1000000 ))
    peer=$(NODE_PATH=$chrono/node_modules node "$here/bench/chrono-date-parse.js" "${files[@]}")
    millis=$(echo "$peer" | sed 's/.*"warmParseMillis":\([0-9]*\).*/\1/')
    printf 'round %d: crosscheck extract %d ms, chrono-node warm date parse %d ms (%s): crosscheck is %.2f x as fast\n' \
        "$round" "$crosscheck" "$millis" "$peer" "$(echo "scale=4; $millis / $crosscheck" | bc)"
done
