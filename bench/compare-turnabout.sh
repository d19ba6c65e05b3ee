#!/usr/bin/env bash
# Times `compare` of one project with two or more jars turn about, so that a machine shared with
# other work loads each the same, and checks that every jar printed the same bytes. Prints, per run,
# the load, wall time, CPU time and peak RSS (/usr/bin/time); then whether the outputs are equal.
#   bench/compare-turnabout.sh PROJECT ROUNDS JAR...
#   bench/compare-turnabout.sh /tmp/crosscheck-10k/project 3 /tmp/before.jar target/crosscheck.jar
set -euo pipefail
project=$1
rounds=$2
shift 2
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
for round in $(seq "$rounds"); do
    for n in $(seq $#); do
        jar=${!n}
        load=$(cut -d' ' -f1 /proc/loadavg)
        /usr/bin/time -f "jar $n ($(basename "$jar")), load $load: %e s wall, %U s user + %S s system, %M KB peak RSS" \
            java -jar "$jar" compare --project "$project" > "$out/$n.json"
    done
done
for n in $(seq 2 $#); do
    if cmp -s "$out/1.json" "$out/$n.json"; then echo "jar $n printed the same $(stat -c %s "$out/1.json") bytes as jar 1"
    else echo "jar $n printed other bytes than jar 1"; fi
done
