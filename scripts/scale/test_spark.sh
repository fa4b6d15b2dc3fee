#!/usr/bin/env bash
# `make test-spark`: the PySpark recipe (spark_entgraph.py) in Spark local mode, local[2],
# against `entgraph build` of the same inputs, every output compared byte for byte (cmp):
#   1. corpus/, DataFrame route (mapInArrow), 5 partials, merges 2 at a time (a tree of 3 levels);
#   2. corpus/, RDD route (--rdd), 3 partials, --window paragraph and --min-weight 2;
#   3. corpus/, DataFrame route through Spark Connect (a local Connect server, --remote local[2]);
#   4. the first 1,000 files of the benchmark corpus, DataFrame route, 8 partials, merges 3 at a time.
# Usage: scripts/scale/test_spark.sh ENTGRAPH NEWS_FOLDER   (the Makefile installs, prepares, builds)
set -euo pipefail
set -f  # options are split into words below, and local[2] is not a file pattern
cd "$(dirname "$0")/../.."

entgraph=$1
news=$2
work=.build/test-spark
rm -rf "$work"
mkdir -p "$work/news-1000"

# Spark local mode on this machine: loopback only, and the executors' Python is this python3.
export SPARK_LOCAL_IP=127.0.0.1
PYSPARK_PYTHON=$(python3 -c 'import sys; print(sys.executable)')
export PYSPARK_PYTHON PYSPARK_DRIVER_PYTHON=$PYSPARK_PYTHON
spark_conf=(--conf spark.sql.shuffle.partitions=4)
classic="--master local[2] --conf spark.ui.enabled=false"  # no web UI (a Connect server keeps its own)

# 1,000 files of the benchmark corpus, the first by name, copied so that build and the recipe
# read the same folder (the ids are the paths).
mapfile -t names < <(find "$news" -maxdepth 1 -name '*.txt' -printf '%f\n' | LC_ALL=C sort)
(cd "$news" && cp -t "$OLDPWD/$work/news-1000" "${names[@]:0:1000}")
count=$(find "$work/news-1000" -name '*.txt' | wc -l)
[[ $count -eq 1000 ]] || { echo "test-spark: $news holds $count of the 1,000 files needed" >&2; exit 1; }

failures=0
summary=()

# Seconds, one decimal, between two `date +%s%N` readings.
seconds() { local tenths=$((($2 - $1) / 100000000)); echo "$((tenths / 10)).$((tenths % 10))"; }

# check NAME "BUILD OPTIONS" "RECIPE OPTIONS" INPUT OUTPUT...: build and recipe, then cmp.
check() {
    local name=$1 build_options=$2 recipe_options=$3 input=$4
    shift 4
    local outputs=("$@") built=() recipe=() start end
    for output in "${outputs[@]}"; do
        built+=(-o "$work/$name-build.$output")
        recipe+=(-o "$work/$name-spark.$output")
    done
    start=$(date +%s%N)
    # shellcheck disable=SC2086  # the options are words
    "$entgraph" build "$input" -q $build_options "${built[@]}"
    end=$(date +%s%N)
    local build_seconds
    build_seconds=$(seconds "$start" "$end")
    start=$end
    # shellcheck disable=SC2086
    if ! python3 scripts/scale/spark_entgraph.py "$input" --entgraph "$entgraph" "${spark_conf[@]}" \
            $recipe_options "${recipe[@]}" >"$work/$name.log" 2>&1; then
        echo "test-spark: $name: the recipe failed; its log:" >&2
        cat "$work/$name.log" >&2
        failures=$((failures + 1))
        return
    fi
    end=$(date +%s%N)
    local spark_seconds result=same
    spark_seconds=$(seconds "$start" "$end")
    for output in "${outputs[@]}"; do
        if [[ $(stat -c %s "$work/$name-build.$output") -lt 1000 ]]; then
            echo "test-spark: $name: build's $output is too small to mean anything" >&2
            result=FAILED
        elif ! cmp "$work/$name-build.$output" "$work/$name-spark.$output"; then
            result=DIFFERENT
        fi
    done
    [[ $result == same ]] || failures=$((failures + 1))
    summary+=("$(printf '%-14s %-9s build %6ss  spark %6ss  (%s)' "$name" "$result" "$build_seconds" "$spark_seconds" "${outputs[*]}")")
}

check corpus-arrow "" "$classic --partitions 5 --split-every 2" corpus graphml dot json gexf
check corpus-rdd "--window paragraph --min-weight 2" \
    "$classic --rdd --partitions 3 --split-every 2 --partial-args=--window=paragraph --merge-args=--min-weight=2" \
    corpus graphml json
check corpus-connect "" "--remote local[2] --partitions 4 --split-every 2" corpus graphml json
check news-1000 "--threads 2" "$classic --partitions 8 --split-every 3" "$work/news-1000" graphml json

echo "test-spark: the PySpark recipe against entgraph build, byte for byte (times: this run):"
printf '  %s\n' "${summary[@]}"
if ((failures)); then
    echo "test-spark: $failures case(s) failed; logs in $work/" >&2
    exit 1
fi
rm -rf "$work"
