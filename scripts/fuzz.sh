#!/usr/bin/env bash
# Runs every fuzz target for long and prints a summary: executions, coverage and crashes per target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 1200 seconds, every target)
#   FUZZ_JOBS=1 scripts/fuzz.sh 600                        (how many run at once; default: the number of cores)
#   FUZZ_RUNS=10000000 scripts/fuzz.sh 7200                (also stop a target after that many executions)
# It runs at the lowest priority, so other work on the machine goes first.
#
# Builds the fuzz preset first. Each target starts from its seeds (tests/fuzz/corpus/<target>) and from what
# earlier long runs found (build-fuzz/fuzz-long/<target>/corpus, kept between runs); crashes are saved in
# build-fuzz/fuzz-long/<target>/artifacts, the output in build-fuzz/fuzz-long/<target>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-1200}
shift || true
jobs=${FUZZ_JOBS:-$(nproc)}
runs=${FUZZ_RUNS:--1}
case "$seconds" in
'' | *[!0-9]*)
    echo "fuzz.sh: the time per target must be a number of seconds, not \"$seconds\"" >&2
    exit 2
    ;;
esac
if ! [[ "$runs" =~ ^(-1|[1-9][0-9]*)$ ]]; then
    echo "fuzz.sh: FUZZ_RUNS must be a number of executions, not \"$runs\"" >&2
    exit 2
fi

# Long runs are background work: the lowest priority, also for this session's scheduling group, since where the
# kernel groups processes by session (autogroup) a nice value counts only within its own session.
renice -n 19 $$ >/dev/null
if [ -w /proc/self/autogroup ]; then
    echo 19 >/proc/self/autogroup 2>/dev/null || true
fi

cmake --preset fuzz >/dev/null
cmake --build --preset fuzz -j "$(nproc)"

bin=build-fuzz/tests/fuzz
out=build-fuzz/fuzz-long
if [ $# -gt 0 ]; then
    targets=("$@")
else
    mapfile -t targets < <(cd tests/fuzz && ls fuzz_*.cpp | sed 's/\.cpp$//')
fi
for target in "${targets[@]}"; do
    if [ ! -x "$bin/$target" ]; then
        echo "fuzz.sh: no fuzz target $target (tests/fuzz/$target.cpp)" >&2
        exit 2
    fi
done

run_one() {
    local target=$1
    mkdir -p "$out/$target/corpus" "$out/$target/artifacts"
    # A crash ends the run of that target; its input is in artifacts/ and the report in the log.
    "$bin/$target" -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$out/$target/artifacts/" "$out/$target/corpus" "tests/fuzz/corpus/$target" \
        >"$out/$target.log" 2>&1 || true
}

echo "Fuzzing ${#targets[@]} targets for $seconds s each, $jobs at a time, on $(nproc) cores ($(date -u +%Y-%m-%dT%H:%MZ))"
running=0
for target in "${targets[@]}"; do
    if [ "$running" -ge "$jobs" ]; then
        wait -n
        running=$((running - 1))
    fi
    run_one "$target" &
    running=$((running + 1))
done
wait

printf '\n%-28s %14s %8s %8s %8s\n' target executions cov ft crashes
for target in "${targets[@]}"; do
    log="$out/$target.log"
    executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    # The last status line ("#N DONE cov: C ft: F ...", or the last before a crash) has the coverage.
    status=$(grep -E '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
    cov=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
    ft=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
    crashes=$(find "$out/$target/artifacts" -type f | wc -l)
    printf '%-28s %14s %8s %8s %8s\n' "$target" "${executions:-?}" "${cov:-?}" "${ft:-?}" "$crashes"
done
