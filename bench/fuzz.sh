#!/usr/bin/env bash
# Runs one fuzz target for real (coverage-guided, Jazzer) for the given minutes, then prints what it did.
#
#   bench/fuzz.sh TARGET MINUTES
#
# TARGET is one of: answers (the answers reader, YAML and JSON), rules (the rule set loader), batch (the CSV
# intake reader and a batch run in memory), arguments (the -a parser), questionnaire (its line input), response
# (the FHIR QuestionnaireResponse reader).
# The build's own `./mvnw verify` runs the same targets over their seed corpus only
# (src/test/resources/org/triage/cli/<Target>FuzzTestInputs/<method>/). What the fuzzer adds to the corpus is kept
# in .cifuzz-corpus/; an input that breaks a target is written to its seed folder, so that from then on every
# build runs it (fix the cause first). An input that takes more than 10 s, or a process over 2.5 GB, is a finding.
set -euo pipefail
cd "$(dirname "$0")/.."

target=${1:?usage: bench/fuzz.sh TARGET MINUTES}
minutes=${2:?usage: bench/fuzz.sh TARGET MINUTES}
case "$target" in
  answers) test='AnswersFuzzTest#answersFile' ;;
  rules) test='RuleSetFuzzTest#ruleSet' ;;
  batch) test='BatchFuzzTest#batch' ;;
  arguments) test='AnswerArgumentsFuzzTest#answerArguments' ;;
  questionnaire) test='QuestionnaireFuzzTest#lineInput' ;;
  response) test='ResponseFuzzTest#response' ;;
  *) echo "unknown target '$target': use answers, rules, batch, arguments, questionnaire or response" >&2; exit 2 ;;
esac

log=target/fuzz-$target.log
mkdir -p target
# jazzer.internal.arg.N are given to libFuzzer after the annotation's own flags, so these win: the time, a timeout
# per input and a memory limit (the JUnit integration turns the memory limit off by default).
JAZZER_FUZZ=1 ./mvnw -o -q test -Dman.skip=true -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -DargLine=-Xmx1g \
    -Djazzer.internal.arg.0=fuzz \
    -Djazzer.internal.arg.1=-max_total_time=$((minutes * 60)) \
    -Djazzer.internal.arg.2=-timeout=10 \
    -Djazzer.internal.arg.3=-rss_limit_mb=2560 \
    -Djazzer.internal.arg.4=-print_final_stats=1 \
    >"$log" 2>&1 && status=0 || status=$?

class=${test%%#*}
method=${test##*#}
corpus=.cifuzz-corpus/org.triage.cli.$class/$method
executions=$(grep -oE '^stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)
speed=$(grep -oE '^stat::average_exec_per_sec: *[0-9]+' "$log" | grep -oE '[0-9]+$' | tail -1 || true)
kept=$(grep -oE 'corp: [0-9]+' "$log" | tail -1 | grep -oE '[0-9]+' || true)
crashes=$(grep -cE 'Test unit written to' "$log" || true)
echo "target:      $target ($test), $minutes min"
echo "executions:  ${executions:-unknown} (${speed:-?} per second)"
echo "corpus:      ${kept:-unknown} inputs kept by the fuzzer; $(find "$corpus" -type f 2>/dev/null | wc -l) written to $corpus"
echo "seeds:       $(find "src/test/resources/org/triage/cli/${class}Inputs/$method" -type f | wc -l)"
echo "findings:    $crashes (see $log)"
exit "$status"
