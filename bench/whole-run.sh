#!/usr/bin/env bash
# Whole-process wall time of short runs through the ./triage launcher, against `java -version` in the same
# rounds (the rounds interleave the commands, so that a busy machine slows them alike). Not a test; run it by hand:
#   bench/whole-run.sh [RUNS] [BEFORE_DIR]     (default: 15 rounds)
# BEFORE_DIR, a checkout of an earlier commit with its own ./triage, adds its rows for a before and after:
#   git archive REV | tar -x -C /tmp/before && /tmp/before/triage --version
# Rows: recommend from -a answers; recommend from a FHIR QuestionnaireResponse; the questionnaire answered
# from a pipe to its end. Prints the median of each and its ratio to java -version.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-15}"
before="${2:-}"
"$here/triage" --version >/dev/null
[ -z "$before" ] || "$before/triage" --version >/dev/null
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
answers=(-a red_flags=none -a conditions=none -a goals=relaxation -a pain_level=2)
"$here/triage" recommend "${answers[@]}" >/dev/null
printf '%s' '{"resourceType": "QuestionnaireResponse", "status": "completed", "item": [
 {"linkId": "red_flags", "answer": [{"valueCoding": {"code": "none"}}]},
 {"linkId": "conditions", "answer": [{"valueCoding": {"code": "none"}}]},
 {"linkId": "goals", "answer": [{"valueCoding": {"code": "relaxation"}}]},
 {"linkId": "pain_level", "answer": [{"valueInteger": 2}]}]}' >"$work/qr.json"
intake=$'none\nnone\nrelaxation\nself\n\n\n\n\n\n\n\n\n\n\n\n\n'
printf '%s' "$intake" >"$work/intake.txt"

# Seconds the command took, start to exit.
seconds() {
  local start=$EPOCHREALTIME
  "$@" >/dev/null 2>&1 </dev/null || true
  echo "$start $EPOCHREALTIME" | awk '{printf "%.4f\n", $2 - $1}'
}
piped() { "$1/triage" ask <"$work/intake.txt"; }

names=("java -version" "recommend -a" "recommend --answers qr.json" "ask, piped to the end")
cmds=("java -version" "$here/triage recommend ${answers[*]}" "$here/triage recommend --answers $work/qr.json"
  "piped $here")
if [ -n "$before" ]; then
  names+=("before: recommend -a" "before: ask, piped to the end")
  cmds+=("$before/triage recommend ${answers[*]}" "piped $before")
fi
declare -a times
for ((r = 0; r < runs; r++)); do
  for i in "${!cmds[@]}"; do
    times[$i]+="$(eval seconds ${cmds[$i]}) "
  done
  printf '.' >&2
done
echo >&2
median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR] = $1} END {print a[int((NR + 1) / 2)]}'; }
base="$(echo "${times[0]}" | median)"
echo "$runs rounds on $(nproc) cores, $(java -version 2>&1 | head -1)"
printf '%-32s %8s %8s\n' "whole run" median ratio
for i in "${!cmds[@]}"; do
  m="$(echo "${times[$i]}" | median)"
  awk -v n="${names[$i]}" -v m="$m" -v b="$base" 'BEGIN {printf "%-32s %6.0fms %7.2fx\n", n, m * 1000, m / b}'
done
