#!/usr/bin/env bash
# Measures `triage batch` against a plain read-and-write of the same file with the same CSV library,
# in the same run: rows/s of each, their ratio, and peak memory (RSS). Not a test; run it by hand:
#   bench/batch.sh [ROWS] [THREADS]      (default: 1000000 rows, 2 threads)
# Targets: batch >= 60% of the plain throughput, peak RSS < 256 MB, and it must run with -Xmx128m.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
threads="${2:-2}"
jar="$here/target/triage.jar"
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "generating $rows synthetic intakes..."
java -jar "$jar" template --sample "$rows" --seed 1 > "$work/in.csv"
ls -l "$work/in.csv" | awk '{printf "input: %.1f MB\n", $5/1e6}'

measure() { # name, command...: prints seconds and peak RSS in kB
  local name="$1"; shift
  /usr/bin/time -v "$@" 2> "$work/$name.time" >/dev/null || { cat "$work/$name.time" >&2; exit 1; }
  local wall rss
  wall=$(grep 'Elapsed (wall clock)' "$work/$name.time" | awk -F': ' '{print $2}' \
    | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/$name.time" | awk -F': ' '{print $2}')
  echo "$wall $rss"
}

read -r plain_s plain_rss < <(measure plain java -Xmx128m -cp "$jar" "$here/bench/PlainCopy.java" "$work/in.csv" "$work/plain.csv")
read -r batch_s batch_rss < <(measure batch java -Xmx128m -jar "$jar" batch "$work/in.csv" -o "$work/out.csv" --threads "$threads")
grep -A3 '^triage batch' "$work/batch.time" || true

awk -v n="$rows" -v ps="$plain_s" -v bs="$batch_s" -v pr="$plain_rss" -v br="$batch_rss" -v t="$threads" 'BEGIN {
  printf "plain read+write : %8.0f rows/s  (%.1f s, peak RSS %.0f MB)\n", n/ps, ps, pr/1024
  printf "triage batch -t%d : %8.0f rows/s  (%.1f s, peak RSS %.0f MB)\n", t, n/bs, bs, br/1024
  printf "ratio            : %.0f%% of plain (target >= 60%%); peak RSS target < 256 MB\n", 100*ps/bs
}'
