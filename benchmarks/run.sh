#!/usr/bin/env bash
# Runs the redact4j JMH suite and writes JMH's JSON (with -prof gc allocation figures) to a folder.
#
#   benchmarks/run.sh --quick            smoke check: every benchmark once, in one JVM (about 1 minute);
#                                        cold single shots: the numbers only show that everything runs
#   benchmarks/run.sh --compare CLASS [JMH args]   one benchmark class, short but forked and warmed
#                                        (1 fork, 3 x 1 s warm-up, 2 x 1 s measurement): ratios within
#                                        the run are worth reading; about 7 s per parameter combination,
#                                        e.g. --compare LogbackEncoderBenchmark (8 combinations, ~1 min);
#                                        -wi/-i/-w/-r/-f among the JMH args replace the defaults
#   benchmarks/run.sh                    the whole suite, 1 fork, 4 x 1 s warm-up, 3 x 1 s measurement
#                                        (about 17 minutes on 2 cores), then report.py -> RESULTS.md
#   benchmarks/run.sh --profile REGEX [JMH args]   one benchmark with -prof stack, printed
#
# Options: --out DIR (default benchmarks/target/jmh-MODE; full mode: benchmarks/results), --no-build,
#          --no-report, --keep-quadratic (full mode: keep the previous single-shot measurement of the
#          jdk regexes on 64 KiB adversarial lines, ~3 minutes, instead of taking it again),
#          --cpu N (pins every JMH JVM to CPU N with taskset; on a VM the CPUs need not be equal or
#          steady: on the 2-core machine these results come from, one CPU scanned about 35% slower
#          than the other, and an unpinned fork moved by the scheduler looked like a "slow JIT
#          compilation"). Extra arguments after the options go to every JMH run, e.g.
#          benchmarks/run.sh --quick -p size=120
#          benchmarks/run.sh --compare EngineBenchmark -p corpus=clean -p size=1024
# The numbers mean something only on a quiet machine; CI may run --quick but must never assert timings.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
jar="$here/target/benchmarks.jar"
mode=full
out=""
build=1
report=1
profile_regex=""
compare_class=""
keep_quadratic=0
cpu=""
while [[ $# -gt 0 ]]; do
  case "$1" in
    --quick) mode=quick; shift ;;
    --profile) mode=profile; profile_regex="$2"; shift 2 ;;
    --compare) mode=compare; compare_class="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --no-build) build=0; shift ;;
    --no-report) report=0; shift ;;
    --keep-quadratic) keep_quadratic=1; shift ;;
    --cpu) cpu="$2"; shift 2 ;;
    -h|--help) sed -n '2,22p' "$0"; exit 0 ;;
    *) break ;;
  esac
done
extra=("$@")
pin=()
if [[ -n "$cpu" ]]; then
  command -v taskset > /dev/null || { echo "--cpu needs taskset (util-linux)" >&2; exit 2; }
  pin=(taskset -c "$cpu")
fi

if [[ $build == 1 || ! -f "$jar" ]]; then
  (cd "$root" && ./mvnw -B -q -pl benchmarks -am package -DskipTests)
fi

if [[ -z "$out" ]]; then
  if [[ $mode == full ]]; then out="$here/results"; else out="$here/target/jmh-$mode"; fi
fi
mkdir -p "$out"
if [[ $keep_quadratic == 1 ]]; then
  find "$out" -name 'jmh-*.json' ! -name 'jmh-engine-adversarial-64k-ss.json' -delete
else
  rm -f "$out"/jmh-*.json
fi

start=$(date +%s)
# A busy machine starves the JIT compiler threads too: the variants with the most code to compile (the
# engine with the whole catalog) then measure still-interpreted or tier-3 code, and ratios lean against them.
load1=$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || echo 0)
cpus=$(nproc 2>/dev/null || echo 1)
if awk -v l="$load1" -v c="$cpus" 'BEGIN { exit !(l > c) }'; then
  echo "WARNING: load average $load1 on $cpus CPUs: timings and even ratios are unreliable; rerun on a quiet machine" >&2
fi
# The load beside the run, for the results page: JMH numbers on a busy machine are noise.
echo "start $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown) cpu ${cpu:-any}" > "$out/load.txt"
# One JMH invocation; $1 names its JSON file, the rest are JMH arguments.
jmh() {
  local name="$1"; shift
  echo "== $name: java -jar benchmarks.jar $*" >&2
  ${pin[@]+"${pin[@]}"} java -jar "$jar" "$@" -rf json -rff "$out/jmh-$name.json" "${extra[@]}" > "$out/jmh-$name.log" 2>&1 \
    || { tail -40 "$out/jmh-$name.log" >&2; echo "JMH run '$name' failed; log: $out/jmh-$name.log" >&2; exit 1; }
  grep -E '^(Benchmark|[A-Za-z]+Benchmark\.[a-zA-Z]+ )' "$out/jmh-$name.log" >&2 || true
}

# The jdk regex contenders take about 90 s per 64 KiB adversarial batch (quadratic backtracking):
# they get their own single-shot run in full mode and are left out of the quick mode.
engine_all=(-p contender=redact4j,redact4jCatalog,jdkAlternation,jdkPerRule,re2jAlternation,charLoop,indexOf)
linear=(-p contender=redact4j,redact4jCatalog,re2jAlternation,charLoop,indexOf)
quadratic=(-p contender=jdkAlternation,jdkPerRule)
adapters='(LogbackEncoder|LogstashEncoder|Log4jLayout|Log4jJsonLayout|Jackson)Benchmark'

case "$mode" in
  quick)
    common=(-f 0 -wi 0 -i 1 -bm ss -prof gc)
    jmh engine "EngineBenchmark" "${common[@]}" "${engine_all[@]}" -p corpus=clean,dense,nonlatin
    jmh engine-adversarial "EngineBenchmark" "${common[@]}" "${engine_all[@]}" -p corpus=adversarial -p size=120,1024
    jmh engine-adversarial-64k "EngineBenchmark" "${common[@]}" "${linear[@]}" -p corpus=adversarial -p size=65536
    jmh scaling "RuleScalingBenchmark" "${common[@]}"
    jmh adapters "$adapters" "${common[@]}"
    ;;
  compare)
    # Short enough for a first look, long enough that each variant runs compiled code in its own JVM.
    # The jdk regexes on 64 KiB adversarial lines take minutes per batch: pass -p to leave them out.
    # Each default gives way to the same option among the extra arguments (JMH refuses an option twice).
    defaults=()
    for kv in "-f 1" "-wi 3" "-w 1s" "-i 2" "-r 1s"; do
      [[ " ${extra[*]-} " == *" ${kv%% *} "* ]] || defaults+=(${kv})
    done
    jmh compare "$compare_class" ${defaults[@]+"${defaults[@]}"} -prof gc
    ;;
  full)
    # Four warm-up seconds: C2 takes about three to finish compiling the engine for the whole catalog
    # on secret-dense text; with two, the first measured second still ran the tier-3 code (2x slower).
    common=(-f 1 -wi 4 -w 1s -i 3 -r 1s -prof gc)
    jmh engine "EngineBenchmark" "${common[@]}" "${engine_all[@]}" -p corpus=clean,dense,nonlatin
    jmh engine-adversarial "EngineBenchmark" "${common[@]}" "${engine_all[@]}" -p corpus=adversarial -p size=120,1024
    jmh engine-adversarial-64k "EngineBenchmark" "${common[@]}" "${linear[@]}" -p corpus=adversarial -p size=65536
    [[ $keep_quadratic == 1 ]] || jmh engine-adversarial-64k-ss "EngineBenchmark" -f 1 -wi 0 -i 1 -bm ss -prof gc "${quadratic[@]}" \
      -p corpus=adversarial -p size=65536
    jmh scaling "RuleScalingBenchmark" "${common[@]}"
    jmh adapters "$adapters" "${common[@]}"
    ;;
  profile)
    java -jar "$jar" "$profile_regex" -f 1 -wi 2 -w 1s -i 3 -r 1s -prof stack:lines=6\;top=15\;detailLine=true \
      "${extra[@]}" | tee "$out/profile.log"
    exit 0
    ;;
esac

echo "end   $(date -u +%FT%TZ) load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo unknown)" >> "$out/load.txt"
java -cp "$jar" dev.redact4j.bench.DescribeInputs "$out/describe.json"
echo "JMH JSON in $out; took $(( $(date +%s) - start )) s" >&2
if [[ $report == 1 ]]; then
  if [[ $mode == full ]]; then
    python3 "$here/report.py" "$out" --results "$here/RESULTS.md" --chart "$here/results/engine.svg"
  else
    python3 "$here/report.py" "$out" --results "$out/RESULTS.md" --chart "$out/engine.svg"
  fi
fi
