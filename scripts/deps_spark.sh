#!/usr/bin/env bash
# Installs what `make test-spark` needs beyond scripts/deps.sh, and nothing that is already
# there: a Java runtime (Debian's OpenJDK 17, only when there is no `java`) and pyspark with the
# modules its Arrow route and Spark Connect need. Idempotent: a second run installs nothing.
# Kept out of deps.sh: pyspark is about 500 MB installed, and `make test` does not need it.
set -euo pipefail

# The pyspark the recipe is tested with, installed only when an import below fails (a working
# pyspark of another version is kept).
PYSPARK_SPEC=${PYSPARK_SPEC:-pyspark[sql,connect]==4.3.0}

if ! command -v java >/dev/null; then
    echo "deps-spark: installing openjdk-17-jre-headless" >&2
    sudo=""
    if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get install -y -q --no-install-recommends openjdk-17-jre-headless >/dev/null 2>&1 || {
        $sudo apt-get update -q >/dev/null
        $sudo apt-get install -y -q --no-install-recommends openjdk-17-jre-headless >/dev/null
    }
fi

# pyarrow: mapInArrow; grpc, google.rpc, zstandard: the Spark Connect client (the test runs
# the DataFrame route through a local Connect server too).
if ! python3 -c "import pyspark, pyarrow, pandas, grpc, grpc_status, google.rpc, zstandard" 2>/dev/null; then
    echo "deps-spark: pip installing $PYSPARK_SPEC" >&2
    python3 -m pip install -q "$PYSPARK_SPEC"
fi
