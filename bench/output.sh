#!/usr/bin/env bash
# Measures how a batch writes its output file against an earlier build of triage, in the same run: the same
# generated input through both, alternating, each run writing over the file of the one before (the usual case of a
# nightly job). Prints the median wall time and in-process rows/s of each and their ratio. Not a test; by hand:
#   bench/output.sh EARLIER.jar [ROWS] [RUNS]   (default: 200000 rows, 7 runs of each)
# e.g. git worktree add /tmp/before HEAD~3 && (cd /tmp/before && ./mvnw -q -o package -DskipTests)
#      bench/output.sh /tmp/before/target/triage.jar
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
before="${1:?usage: bench/output.sh EARLIER.jar [ROWS] [RUNS]}"
rows="${2:-200000}"
runs="${3:-7}"
jar="${TRIAGE_JAR:-$here/target/triage.jar}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

java -jar "$jar" template --sample "$rows" --seed 1 > "$work/in.csv"
one() { # name, jar: appends "wall-ms rows/s" to $work/name.runs
  local start end
  start=$(date +%s%N)
  java -Xmx128m -jar "$2" batch "$work/in.csv" -o "$work/$1.csv" 2> "$work/$1.err"
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(grep -o '([0-9]* rows/s)' "$work/$1.err" | tr -dc '0-9')" >> "$work/$1.runs"
}
one before "$before"; one now "$jar" # warm the page cache; not counted
rm -f "$work"/*.runs
for i in $(seq "$runs"); do
  one before "$before"
  one now "$jar"
done
cmp -s "$work/before.csv" "$work/now.csv" || echo "note: the two builds wrote different results" >&2
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
for n in before now; do
  printf '%-6s wall %5s ms  in-process %7s rows/s\n' "$n" "$(awk '{print $1}' "$work/$n.runs" | median)" \
    "$(awk '{print $2}' "$work/$n.runs" | median)"
done
awk -v b="$(awk '{print $1}' "$work/before.runs" | median)" -v n="$(awk '{print $1}' "$work/now.runs" | median)" \
  -v rb="$(awk '{print $2}' "$work/before.runs" | median)" -v rn="$(awk '{print $2}' "$work/now.runs" | median)" \
  'BEGIN {printf "now/before: wall %.3f, rows/s %.3f (%d rows, %d runs each)\n", n / b, rn / rb, '"$rows"', '"$runs"'}'
