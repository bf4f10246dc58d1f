#!/usr/bin/env bash
# Measures how long the built jar takes to refuse inputs far over their limits (see "Limits" in README.md), and
# the most memory it used, against `triage --version` measured in the same run on the same machine. Not a test;
# run it by hand after `./mvnw package`:
#   bench/limits.sh [RUNS]      (default: 5 rounds)
# Every command runs in a 128 MB heap (-Xmx128m), as the tests of these inputs do. Each round runs, one after the
# other: --version; recommend on answers files with a client_id of 1 MB, 4 MB and 20 MB; batch on a CSV with one
# cell of 20 MB; recommend --rules on a rule set with one file of a single 20 MB line; and, as a size just within
# the limits, recommend on a 1 MiB answers file. Prints the median and min time of each, its ratio to --version,
# the exit code and the largest resident set size (GNU time's %M).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
runs="${1:-5}"
jar="$here/target/triage.jar"
[ -f "$jar" ] || { echo "bench: no $jar; run ./mvnw package first" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "bench: needs GNU time at /usr/bin/time (apt-get install time)" >&2; exit 1; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

python3 - "$work" <<'PY'
import sys
w = sys.argv[1]
intake = 'red_flags: [none]\nconditions: [none]\ngoals: [relaxation]\n'
for name, n in [('answers-1mb', 1_000_000), ('answers-4mb', 4_000_000), ('answers-20mb', 20_000_000)]:
    with open(f'{w}/{name}.yaml', 'w') as f:
        f.write(intake + 'client_id: "' + 'x' * n + '"\n')
with open(f'{w}/under.yaml', 'w') as f:
    text = intake
    while len(text) < 1_048_576 - 1001:
        text += '#' + 'c' * 998 + '\n'
    f.write(text + '#' + 'c' * (1_048_576 - len(text) - 2) + '\n')
with open(f'{w}/cell-20mb.csv', 'w') as f:
    f.write('client_id,red_flags,conditions,goals\nA,none,none,relaxation\n"' + 'x' * 20_000_000 + '",none,none,relaxation\n')
PY
cp -r "$here/rules" "$work/rules"
python3 -c "open('$work/rules/extra.yaml','w').write('rules: [' + 'x' * 20_000_000 + ']\n')"

names=(version answers-1mb answers-4mb answers-20mb cell-20mb rule-line-20mb under-1mib)
cmd() {
  case "$1" in
    version) echo "--version" ;;
    answers-*|under-1mib) local f="$1"; [ "$f" = under-1mib ] && f=under; echo "recommend --answers $work/$f.yaml" ;;
    cell-20mb) echo "batch $work/cell-20mb.csv" ;;
    rule-line-20mb) echo "recommend --rules $work/rules -a red_flags=none -a conditions=none -a goals=relaxation" ;;
  esac
}
declare -A times rss codes
for ((r = 0; r < runs; r++)); do
  for n in "${names[@]}"; do
    # shellcheck disable=SC2046
    /usr/bin/time -f '%e %M' -o "$work/time" java -Xmx128m -jar "$jar" $(cmd "$n") >/dev/null 2>&1 && code=0 || code=$?
    # GNU time writes "Command exited with non-zero status N" first when the exit code is not 0
    kb=$(tail -1 "$work/time" | cut -d' ' -f2)
    secs=$(tail -1 "$work/time" | cut -d' ' -f1)
    times[$n]="${times[$n]:-} $secs"
    codes[$n]=$code
    [ "${rss[$n]:-0}" -lt "$kb" ] && rss[$n]=$kb
  done
done

median() { tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }
minimum() { tr ' ' '\n' | grep . | sort -n | head -1; }
base=$(echo "${times[version]}" | median)
printf '%-16s %9s %9s %10s %5s %9s\n' input median_s min_s vs_version exit max_rss_MB
for n in "${names[@]}"; do
  m=$(echo "${times[$n]}" | median)
  printf '%-16s %9.2f %9.2f %9.2fx %5s %9d\n' "$n" "$m" "$(echo "${times[$n]}" | minimum)" \
    "$(echo "$m $base" | awk '{print $1 / $2}')" "${codes[$n]}" $((rss[$n] / 1024))
done
echo "($runs rounds, java -Xmx128m -jar target/triage.jar; --version is the baseline)"
