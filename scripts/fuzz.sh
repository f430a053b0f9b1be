#!/usr/bin/env bash
# Runs every fuzz target for long and prints a summary: executions, coverage and crashes per target.
#
#   scripts/fuzz.sh [SECONDS_PER_TARGET] [TARGET...]     (default: 1200 seconds, every target)
#   FUZZ_JOBS=1 scripts/fuzz.sh 600                        (how many run at once; default: the number of cores)
#   FUZZ_RUNS=10000000 scripts/fuzz.sh 7200                (also stop a target after that many executions)
#   FUZZ_PROCESSES=2 scripts/fuzz.sh 7200 TARGET            (fuzz each target in that many processes, which share
#                                                           its corpus and FUZZ_RUNS between them; default: 1)
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
processes=${FUZZ_PROCESSES:-1}
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
if ! [[ "$processes" =~ ^[1-9][0-9]*$ ]]; then
    echo "fuzz.sh: FUZZ_PROCESSES must be a number of processes, not \"$processes\"" >&2
    exit 2
fi
if [ "$runs" != -1 ]; then
    runs=$(((runs + processes - 1) / processes))
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
    rm -f "$out/$target".*log
    # A crash ends that process's run; its input is in artifacts/ and the report in the log. Processes of one
    # target write what they find to the same corpus folder and read each other's finds from it.
    for ((process = 1; process <= processes; process++)); do
        "$bin/$target" -max_total_time="$seconds" -runs="$runs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
            -artifact_prefix="$out/$target/artifacts/" "$out/$target/corpus" \
            "tests/fuzz/corpus/$target" >"$(log_of "$target" "$process")" 2>&1 || true &
    done
    wait
}

# One log per process: build-fuzz/fuzz-long/<target>.log, or <target>.<N>.log when a target runs in several.
log_of() {
    if [ "$processes" -eq 1 ]; then
        echo "$out/$1.log"
    else
        echo "$out/$1.$2.log"
    fi
}

# What this run saved in artifacts/ is what is newer than this mark; earlier runs' files stay beside it.
mkdir -p "$out"
started="$out/.started"
touch "$started"
echo "Fuzzing ${#targets[@]} targets for $seconds s each, $jobs at a time, in $processes processes each, on $(nproc) cores ($(date -u +%Y-%m-%dT%H:%MZ))"
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

printf '\n%-28s %14s %8s %8s %8s %8s\n' target executions cov ft crashes slow
for target in "${targets[@]}"; do
    executions=0 cov=0 ft=0 unknown=
    for ((process = 1; process <= processes; process++)); do
        log=$(log_of "$target" "$process")
        done_here=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
        [ -n "$done_here" ] || unknown='?' # no final statistics: that process did not end by itself
        executions=$((executions + ${done_here:-0}))
        # The last status line ("#N DONE cov: C ft: F ...", or the last before a crash) has the coverage.
        status=$(grep -E '^#[0-9]+.*cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 || true)
        cov_here=$(sed -n 's/.* cov: \([0-9]*\).*/\1/p' <<<"$status")
        ft_here=$(sed -n 's/.* ft: \([0-9]*\).*/\1/p' <<<"$status")
        cov=$((cov > ${cov_here:-0} ? cov : ${cov_here:-0}))
        ft=$((ft > ${ft_here:-0} ? ft : ${ft_here:-0}))
    done
    # crash-, leak-, timeout- and oom- files end a process's run; a slow-unit- file is an input that took more
    # than 10 seconds and did not end it (a machine starved of processor time can make one).
    crashes=$(find "$out/$target/artifacts" -type f -newer "$started" ! -name 'slow-unit-*' | wc -l)
    slow=$(find "$out/$target/artifacts" -type f -newer "$started" -name 'slow-unit-*' | wc -l)
    printf '%-28s %14s %8s %8s %8s %8s\n' "$target" "$executions$unknown" "$cov" "$ft" "$crashes" "$slow"
done
