#!/usr/bin/env bash
# Builds the libFuzzer targets of Fuzz/ (with AddressSanitizer) and runs each for FUZZ_SECONDS.
#
#   scripts/fuzz.sh                      every target, FUZZ_SECONDS (default 60) each
#   FUZZ_TARGETS=FuzzGraphML scripts/fuzz.sh
#
# Seeds are the committed files in Fuzz/Corpus/<target>/; what libFuzzer finds goes to
# Fuzz/work/<target>/ (not committed), crashes to Fuzz/work/crashes/<target>-*. A crash, leak,
# timeout (FUZZ_TIMEOUT seconds for one input) or memory blow-up (FUZZ_RSS_MB) fails the run;
# turn the input into a regression test under Tests/ and fix it.
set -euo pipefail
cd "$(dirname "$0")/.."

# Swift's own crash backtracer, started on a trap, reads the dead process's memory under
# AddressSanitizer, which reports that read and leaves the backtracer hanging on the log pipe
# (seen: 13 minutes, until killed). libFuzzer and ASan print the stack themselves.
export SWIFT_BACKTRACE=enable=no

seconds=${FUZZ_SECONDS:-60}
targets=${FUZZ_TARGETS:-"FuzzDocuments FuzzTokenizer FuzzGraphML"}
build=(swift build --package-path Fuzz -c release -Xswiftc -sanitize=fuzzer,address)

"${build[@]}"
bin=$("${build[@]}" --show-bin-path)

failed=()
for target in $targets; do
    name=${target#Fuzz}
    name=${name,,}
    seeds=Fuzz/Corpus/$name
    work=Fuzz/work/$name
    mkdir -p "$work" Fuzz/work/crashes
    echo "== $target for ${seconds}s (seeds: $seeds)"
    if ! "$bin/$target" "$work" "$seeds" \
        -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" \
        -max_len="${FUZZ_MAX_LEN:-2097152}" -print_final_stats=1 \
        -artifact_prefix="Fuzz/work/crashes/$target-" 2>&1 | tee "Fuzz/work/$target.log" | grep -E '^(#[0-9]+ +DONE|==[0-9]+==|SUMMARY|stat::number_of_executed_units|Done [0-9]+ runs)'; then
        :
    fi
    if ! grep -q '^Done [0-9]* runs' "Fuzz/work/$target.log"; then
        failed+=("$target")
        tail -40 "Fuzz/work/$target.log"
    fi
done

if ((${#failed[@]})); then
    echo "fuzzing found problems in: ${failed[*]} (inputs in Fuzz/work/crashes/)" >&2
    exit 1
fi
