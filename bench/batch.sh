#!/usr/bin/env bash
# Measures `triage batch` against a plain read-and-write of the same file with the same CSV library,
# in the same run: rows/s of each, their ratio, and peak memory (RSS). Not a test; run it by hand:
#   bench/batch.sh [ROWS] [THREADS] [RUNS]   (default: 1000000 rows, 2 threads, 3 runs of each, alternating)
#   TRIAGE_JAR=other.jar bench/batch.sh     measures another build of triage against the same baseline
#   BENCH_REPLACE=1 bench/batch.sh          each run writes over the outputs of the run before (see below)
# Targets: batch >= 60% of the plain throughput, peak RSS < 256 MB, and it must run with -Xmx128m.
# Batch with --report (the HTML report, counted while streaming) is measured too, against batch without it.
#
# Two throughputs are given for each run, both as medians over the runs:
#   in-process: rows / time from opening the input to closing the output (what each program prints);
#   whole process: rows / wall time of the process, JVM start and (for triage) loading the rules included.
# The plain copy is compiled beforehand, so that neither figure counts compiling it.
# Each run writes a new file: the outputs of the run before are removed first (untimed). Replacing an existing
# file costs more on some file systems (ext4 writes the new file out at once when it is renamed over an old one,
# or written over a truncated one, so that a crash leaves one or the other whole), in proportion to the size of
# the file, and the results are four times the size of the input. BENCH_REPLACE=1 keeps the outputs of the run
# before, so that each run writes over them, as a nightly job that writes the same file does.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rows="${1:-1000000}"
threads="${2:-2}"
runs="${3:-3}"
jar="${TRIAGE_JAR:-$here/target/triage.jar}" # TRIAGE_JAR=path measures another build
[ -f "$jar" ] || (cd "$here" && ./mvnw -q -B -DskipTests package)
command -v /usr/bin/time >/dev/null || { echo "bench: needs /usr/bin/time (apt-get install time)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

echo "generating $rows synthetic intakes..."
java -jar "$jar" template --sample "$rows" --seed 1 > "$work/in.csv"
ls -l "$work/in.csv" | awk '{printf "input: %.1f MB\n", $5/1e6}'
javac -d "$work/classes" -cp "$jar" "$here/bench/PlainCopy.java"

measure() { # name, command...: appends "wall-seconds peak-kB in-process-rows/s" to $work/name.runs
  local name="$1"; shift
  /usr/bin/time -v "$@" 2> "$work/$name.time" >/dev/null || { cat "$work/$name.time" >&2; exit 1; }
  local wall rss inproc
  wall=$(grep 'Elapsed (wall clock)' "$work/$name.time" | awk -F': ' '{print $2}' \
    | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(grep 'Maximum resident set size' "$work/$name.time" | awk -F': ' '{print $2}')
  inproc=$(grep -o '([0-9]* rows/s)' "$work/$name.time" | tr -dc '0-9')
  [ -n "$inproc" ] || { echo "bench: $name printed no rows/s figure:" >&2; cat "$work/$name.time" >&2; exit 1; }
  echo "$wall $rss $inproc" >> "$work/$name.runs"
}

for i in $(seq "$runs"); do
  [ "${BENCH_REPLACE:-0}" = 1 ] || rm -f "$work/plain.csv" "$work/out.csv" "$work/report.csv" "$work/report.html"
  measure plain java -Xmx128m -cp "$work/classes:$jar" PlainCopy "$work/in.csv" "$work/plain.csv"
  measure batch java -Xmx128m -jar "$jar" batch "$work/in.csv" -o "$work/out.csv" --threads "$threads"
  measure report java -Xmx128m -jar "$jar" batch "$work/in.csv" -o "$work/report.csv" --threads "$threads" \
    --report "$work/report.html"
done
grep -A3 '^triage batch' "$work/batch.time" || true

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }
plain_s=$(awk '{print $1}' "$work/plain.runs" | median); batch_s=$(awk '{print $1}' "$work/batch.runs" | median)
plain_rss=$(awk '{print $2}' "$work/plain.runs" | sort -n | tail -1); batch_rss=$(awk '{print $2}' "$work/batch.runs" | sort -n | tail -1)
plain_in=$(awk '{print $3}' "$work/plain.runs" | median); batch_in=$(awk '{print $3}' "$work/batch.runs" | median)
report_s=$(awk '{print $1}' "$work/report.runs" | median); report_in=$(awk '{print $3}' "$work/report.runs" | median)
report_rss=$(awk '{print $2}' "$work/report.runs" | sort -n | tail -1)

awk -v n="$rows" -v ps="$plain_s" -v bs="$batch_s" -v pr="$plain_rss" -v br="$batch_rss" -v pi="$plain_in" \
    -v bi="$batch_in" -v t="$threads" -v runs="$runs" -v replace="${BENCH_REPLACE:-0}" -v rs="$report_s" \
    -v ri="$report_in" -v rr="$report_rss" 'BEGIN {
  printf "medians of %d runs each, alternating; peak RSS is the largest of the runs\n", runs
  print (replace == 1 ? "each run wrote over the files of the run before (BENCH_REPLACE=1)" : "each run wrote new files")
  printf "                   in-process        whole process\n"
  printf "plain read+write : %8.0f rows/s   %8.0f rows/s (%.2f s)   peak RSS %.0f MB\n", pi, n/ps, ps, pr/1024
  printf "triage batch -t%d : %8.0f rows/s   %8.0f rows/s (%.2f s)   peak RSS %.0f MB\n", t, bi, n/bs, bs, br/1024
  printf "ratio            : %7.0f%%          %7.0f%%   (target >= 60%%; peak RSS target < 256 MB)\n", 100*bi/pi, 100*ps/bs
  printf "batch --report   : %8.0f rows/s   %8.0f rows/s (%.2f s)   peak RSS %.0f MB\n", ri, n/rs, rs, rr/1024
  printf "ratio to batch   : %7.0f%%          %7.0f%%   (the report made from counts kept while streaming)\n", 100*ri/bi, 100*bs/rs
}'
