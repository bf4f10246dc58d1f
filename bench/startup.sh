#!/usr/bin/env bash
# Measures the time from launch to the questionnaire's first prompt, against `java -version` on the
# same machine in the same run. Not a test; run it by hand:
#   bench/startup.sh [RUNS] [BEFORE.jar]     (default: 15 rounds)
# BEFORE.jar, a jar built from an earlier commit, adds a row for it (without an archive), for a before
# and after in the same run:  git archive REV | tar -x -C /tmp/before && (cd /tmp/before && ./mvnw -q package -DskipTests)
# Each round runs, one after the other: `java -version`; the program to its first prompt without the
# class-data sharing archive; with it; with it and only the quick JIT compiler; and through the
# ./triage launcher (which adds its own check that the jar is up to date). Every command runs on a
# pseudo-terminal (script(1)), as a person would start it, so the terminal is set up as in real use.
# A prompt counts as shown when the first question's last line and the "> " after it have been
# written (drawn whole: the first "> " of its list); then Ctrl-D ends the program. Prints median and min of each, and their ratios to java -version.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-15}"
before="${2:-}"
jar="$here/target/triage.jar"
jsa="$here/target/triage.jsa"
command -v script >/dev/null || { echo "bench: needs script(1) (apt-get install bsdutils)" >&2; exit 1; }
# The launcher builds the jar and the archive when they are missing or stale.
"$here/triage" --version >/dev/null
[ -f "$jsa" ] || { echo "bench: the launcher made no $jsa" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkfifo "$work/in" "$work/out"
exec 3<>"$work/in" # the program's keyboard: held open, so its input never ends by itself

# Seconds from launch to the first prompt of `command` (or to its exit, with "exit" as first argument).
measure() {
  local until="$1" cmd="$2" start end chunk pid
  start=$EPOCHREALTIME
  NO_COLOR=1 TERM=xterm script -qfec "$cmd" /dev/null <&3 >"$work/out" 2>/dev/null &
  pid=$!
  exec 4<"$work/out"
  if [ "$until" = prompt ]; then
    until [[ "${chunk:-}" == *"for help"* ]]; do
      IFS= read -r -d '>' -t 60 chunk <&4 || { echo "bench: no prompt from: $cmd" >&2; kill "$pid"; exit 1; }
    done
    end=$EPOCHREALTIME
    printf '\004' >&3
    cat <&4 >/dev/null
  else
    cat <&4 >/dev/null
    end=$EPOCHREALTIME
  fi
  exec 4<&-
  wait "$pid" || true
  echo "$start $end" | awk '{printf "%.4f\n", $2 - $1}'
}

names=("java -version" "triage, no CDS archive" "triage, CDS archive" "CDS + quick JIT only" "./triage launcher"
  "launcher, drawn whole")
# The last row draws the first question whole, as on a terminal with colour: it needs a size to draw on.
cmds=("java -version"
  "java -jar '$jar'"
  "java -XX:SharedArchiveFile='$jsa' -Xshare:auto -jar '$jar'"
  "java -XX:SharedArchiveFile='$jsa' -Xshare:auto -XX:TieredStopAtLevel=1 -jar '$jar'"
  "'$here/triage'"
  "stty cols 100 rows 40; env -u NO_COLOR '$here/triage'")
untils=(exit prompt prompt prompt prompt prompt)
if [ -n "$before" ]; then
  names+=("before: $(basename "$before"), no CDS")
  cmds+=("java -jar '$(readlink -f "$before")'")
  untils+=(prompt)
fi

measure exit "java -version" >/dev/null # warm the file cache before the first round
for ((r = 1; r <= runs; r++)); do
  for i in "${!cmds[@]}"; do
    measure "${untils[$i]}" "${cmds[$i]}" >>"$work/t$i"
  done
  printf '.' >&2
done
echo >&2

stats() { sort -n "$1" | awk '{v[NR] = $1} END {m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; print m, v[1]}'; }
read -r base_med base_min < <(stats "$work/t0")
printf '%s rounds on %s cores, %s\n' "$runs" "$(nproc)" "$(java -version 2>&1 | head -1)"
printf '%-26s %9s %9s %14s %11s\n' "to first prompt" median min "median ratio" "min ratio"
for i in "${!cmds[@]}"; do
  read -r med min < <(stats "$work/t$i")
  awk -v n="${names[$i]}" -v med="$med" -v min="$min" -v bm="$base_med" -v bn="$base_min" 'BEGIN {
    printf "%-26s %7.0fms %7.0fms %13.1fx %10.1fx\n", n, med * 1000, min * 1000, med / bm, min / bn }'
done
