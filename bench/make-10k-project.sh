#!/usr/bin/env bash
# Builds the 10,000-article project the issue-13 figures are measured on: the BBC news
# corpus (../shared/benchdata, research use only, never shipped) without its held-out files,
# copied until there are 10,000 articles, each copy with one line added so none is a duplicate,
# then imported headless into one project. Prints the import's wall time, its peak resident set
# size (when /usr/bin/time is there) and the project file's size. TEXTS=DIR keeps the copies there
# (and reuses them when DIR already holds 10,000), so runs that alternate two jars read the same files.
#   bench/make-10k-project.sh [PROJECT] [JAR]
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
bbc=${BBC:-$here/../shared/benchdata/bbc-news-2004-2005}
project=${1:-/tmp/crosscheck-10k/project}
jar=${2:-$here/target/crosscheck.jar}
[ -d "$bbc" ] || { echo "no BBC corpus at $bbc (set BBC=...)" >&2; exit 2; }
if [ -n "${TEXTS:-}" ]; then
    texts=$TEXTS
    mkdir -p "$texts"
else
    texts=$(mktemp -d)
    trap 'rm -rf "$texts"' EXIT
fi
mapfile -t files < <(cd "$bbc" && find business entertainment politics sport tech -name '*.txt' | sort \
    | grep -v -x -F -f <(sed 's/$/.txt/' "$bbc/heldout.list"))
n=0
copy=0
if [ "$(find "$texts" -name '*.txt' | wc -l)" -eq 10000 ]; then n=10000; fi
while [ "$n" -lt 10000 ]; do
    for f in "${files[@]}"; do
        [ "$n" -ge 10000 ] && break
        out="$texts/$(printf '%05d' "$n").txt"
        if [ "$copy" -eq 0 ]; then cp "$bbc/$f" "$out"; else { cat "$bbc/$f"; printf '\nCopy %d of %s.\n' "$copy" "$f"; } > "$out"; fi
        n=$((n + 1))
    done
    copy=$((copy + 1))
done
mkdir -p "$(dirname "$project")"
rm -f "$project.mv.db"
rss=$(mktemp)
start=$(date +%s.%N)
if [ -x /usr/bin/time ]; then
    /usr/bin/time -v -o "$rss" java -jar "$jar" import --project "$project" "$texts" > /dev/null
else
    java -jar "$jar" import --project "$project" "$texts" > /dev/null
fi
end=$(date +%s.%N)
peak=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$rss")
rm -f "$rss"
printf 'imported %d articles into %s.mv.db in %.1f s, peak RSS %s MB (%s)\n' "$n" "$project" \
    "$(echo "$end - $start" | bc)" "$(( ${peak:-0} / 1024 ))" "$(du -h "$project.mv.db" | cut -f1)"
