#!/usr/bin/env bash
# Measures how long proving the safety policies takes, against loading the same rule set, in the same run.
# Not a test; run it by hand:
#   bench/prove.sh [RULES_DIR] [RUNS]     (default: the shipped rules/, 20 runs)
# Prints the number of policies and the size of the encoding (variables, constraints), then for loading the
# rule set and for proving its policies in one JVM: the first run (a fresh JVM, as `triage rules prove` runs it),
# the median and least of the later runs, and the ratio of the medians; then the wall-clock time of the whole
# `triage rules prove` command (JVM start included) against `triage --version`.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
rules="${1:-$here/rules}"
runs="${2:-20}"
"$here/triage" --version >/dev/null # builds the jar when it is missing or stale
jar="$here/target/triage.jar"
java -cp "$jar" "$here/bench/ProveBench.java" "$rules" "$runs"
wall() {
  local start end
  start=$EPOCHREALTIME
  "$@" >/dev/null || true
  end=$EPOCHREALTIME
  echo "$start $end" | awk '{printf "%.3f", $2 - $1}'
}
version=$(wall java -jar "$jar" --version)
prove=$(wall java -jar "$jar" rules prove --rules "$rules")
echo "$prove $version" | awk '{printf "whole command: rules prove %.2f s, --version %.2f s (%.1fx)\n", $1, $2, $1 / $2}'
