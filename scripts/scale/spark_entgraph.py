#!/usr/bin/env python3
"""The co-mention graph of a corpus with PySpark: a thin recipe over `entgraph partial` and
`entgraph merge` (the merge logic lives, and is tested, in Swift).

    python3 scripts/scale/spark_entgraph.py corpus/ -o graph.graphml [-o graph.dot ...]
        [--entgraph .build/release/entgraph] [--partitions N] [--split-every 8]
        [--master local[2] | --remote sc://host:15002] [--rdd] [--shipped]
        [--partial-args "--window paragraph"] [--merge-args "--min-weight 2"] [--conf KEY=VALUE]

The driver lists the input files (as `entgraph build` lists a folder, entgraph_inputs.py) and
cuts the list into --partitions slices of consecutive files, one partial graph each.

DataFrame route (the default; it works under Spark Connect and serverless, where RDDs are not
available): a DataFrame of (part, path) rows, `mapInArrow` running `entgraph partial -
--stdin-paths -o -` once per slice and returning the partial's bytes as a row; then a tree
reduction: the partials are grouped --split-every at a time (part // split-every), each group
merged into one partial by `entgraph merge`, again in `mapInArrow`, until at most
--split-every are left. They come back to the driver, whose `entgraph merge` writes the
outputs. RDD route (`--rdd`, classic clusters): the same two steps as `parallelize(files,
partitions).mapPartitionsWithIndex(...)` and rounds of `groupByKey` merges.

The binary is shipped to the executors by the script (SparkContext.addFile, or
`addArtifacts(file=True)` under Spark Connect) and found there with SparkFiles; with --shipped,
spark-submit's `--files` shipped it already. The input paths must be readable by the executors
(a shared or mounted file system); partials travel as bytes, so no shared scratch folder is
needed. Whatever the number of partitions, the outputs are byte for byte those of `entgraph
build PATH... -o OUT` (see the README's order contract: give the same spelling of the paths).

Exit status: the last merge's, or 1 if a partial skipped some inputs (as `build` does), or 3
when the Spark job failed (an `entgraph` run in a task failed: its message is shown).
"""
import argparse
import math
import os
import shlex
import shutil
import subprocess
import sys
import tempfile

from entgraph_inputs import collect  # beside this script; spark-submit: --py-files

# One row per partial graph: its place in the tree, its bytes, what entgraph said on standard
# error (skipped inputs), and entgraph's exit status (0, or 1 when inputs were skipped).
PARTIAL_SCHEMA = "part long, partial binary, log string, status int"


# --- On the executors --------------------------------------------------------------------------
# These functions are pickled by value with the tasks (they live in __main__), so the workers
# need pyspark and pyarrow but not this file.

def locate(name, fallback):
    """The entgraph binary on this machine: the shipped copy (SparkFiles, or the working
    directory, where YARN puts spark-submit's --files), else `fallback` (the driver's path, for
    a binary installed at the same place everywhere)."""
    candidates = []
    try:
        from pyspark import SparkFiles
        candidates.append(SparkFiles.get(name))
    except Exception:
        pass  # no SparkFiles here: on the driver before the session, or outside Spark
    candidates.append(os.path.join(os.getcwd(), name))
    candidates.append(fallback if os.sep in fallback else shutil.which(fallback))
    for path in candidates:
        if path and os.path.isfile(path):
            if os.access(path, os.X_OK):
                return path
            # A shipped copy that lost its mode bits: run a private executable copy.
            private = os.path.join(tempfile.mkdtemp(prefix="entgraph-bin-"), name)
            shutil.copyfile(path, private)
            os.chmod(private, 0o755)
            return private
    raise FileNotFoundError(f"spark_entgraph: no {name} binary here (looked at {candidates})")


def run_entgraph(command, stdin=None, cwd=None):
    """Runs entgraph and returns (standard output, standard error, status); status 1 (some
    inputs skipped, each named on standard error) is not a failure, anything above is."""
    result = subprocess.run(command, input=stdin, capture_output=True, cwd=cwd)
    log = result.stderr.decode("utf-8", "replace")
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} failed with status {result.returncode}:\n{log}")
    return result.stdout, log, result.returncode


def partial_of(binary, paths, options, threads, folder):
    """The partial graph of `paths`, as bytes, with entgraph's messages and status. Relative
    paths are read from `folder`, the driver's working directory, when this machine has it
    (executors run in folders of their own; the paths are the documents' ids as given)."""
    command = [binary, "partial", "-", "--stdin-paths", "-q", "--threads", str(threads), "-o", "-"] + options
    return run_entgraph(command, ("\n".join(paths) + "\n").encode(), folder if os.path.isdir(folder) else None)


def write_partials(folder, members):
    """Writes the partials of `members` ((bytes, log, status) each) into `folder`; their paths."""
    paths = []
    for index, (data, _, _) in enumerate(members):
        paths.append(os.path.join(folder, f"{index}.egp"))
        with open(paths[-1], "wb") as f:
            f.write(data)
    return paths


def merge_of(binary, members, threads):
    """One partial from several: `members` are (bytes, log, status); so is the result."""
    if len(members) == 1:
        return members[0]
    folder = tempfile.mkdtemp(prefix="entgraph-merge-")
    try:
        inputs = write_partials(folder, members)
        output = os.path.join(folder, "merged.egp")
        _, log, status = run_entgraph([binary, "merge", "-q", "--threads", str(threads), "-o", output] + inputs)
        with open(output, "rb") as f:
            merged = f.read()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    logs = "".join(member[1] for member in members) + log
    return merged, logs, max([status] + [member[2] for member in members])


def arrow_row(part, result):
    """A one-row Arrow batch of PARTIAL_SCHEMA."""
    import pyarrow as pa
    data, log, status = result
    schema = pa.schema([("part", pa.int64()), ("partial", pa.binary()), ("log", pa.string()), ("status", pa.int32())])
    return pa.RecordBatch.from_arrays(
        [pa.array([part], pa.int64()), pa.array([data], pa.binary()), pa.array([log], pa.string()),
         pa.array([status], pa.int32())], schema=schema)


def partials_in_arrow(name, fallback, options, threads, folder):
    """mapInArrow: (part, path) rows in, one PARTIAL_SCHEMA row per part out. A task usually
    holds one part; it makes one partial for each it holds."""
    def run(batches):
        parts = {}
        for batch in batches:
            columns = batch.to_pydict()
            for part, path in zip(columns["part"], columns["path"]):
                parts.setdefault(part, []).append(path)
        if not parts:
            return
        binary = locate(name, fallback)
        for part in sorted(parts):
            yield arrow_row(part, partial_of(binary, parts[part], options, threads, folder))
    return run


def merges_in_arrow(name, fallback, threads):
    """mapInArrow: PARTIAL_SCHEMA rows in, one row per group (rows sharing `part`) out."""
    def run(batches):
        groups = {}
        for batch in batches:
            columns = batch.to_pydict()
            for part, data, log, status in zip(columns["part"], columns["partial"], columns["log"], columns["status"]):
                groups.setdefault(part, []).append((data, log, status))
        if not groups:
            return
        binary = locate(name, fallback)
        for part in sorted(groups):
            yield arrow_row(part, merge_of(binary, groups[part], threads))
    return run


# --- On the driver -----------------------------------------------------------------------------

def dataframe_route(spark, slices, name, fallback, options, split_every, threads, folder):
    """Partials in mapInArrow, then a tree of merges in mapInArrow: DataFrame operations only."""
    from pyspark.sql import functions as F
    rows = [(part, path) for part, paths in enumerate(slices) for path in paths]
    # Range partitioning on `part` keeps each slice in one task and spreads the slices out.
    level = (spark.createDataFrame(rows, "part long, path string")
             .repartitionByRange(len(slices), "part")
             .mapInArrow(partials_in_arrow(name, fallback, options, threads, folder), PARTIAL_SCHEMA))
    count = len(slices)
    while count > split_every:
        count = math.ceil(count / split_every)
        # Hash partitioning, into split_every times more tasks than groups so that few groups
        # share one (the extra tasks are empty); range partitioning would sample `level` first,
        # making every partial twice.
        level = (level.withColumn("part", F.floor(F.col("part") / split_every))
                 .repartition(count * split_every, "part")
                 .mapInArrow(merges_in_arrow(name, fallback, threads), PARTIAL_SCHEMA))
    return [(row["partial"], row["log"], row["status"]) for row in level.collect()]


def rdd_route(spark, files, partitions, name, fallback, options, split_every, threads, folder):
    """The same with RDDs (classic clusters): mapPartitionsWithIndex, then groupByKey merges."""
    def partial_of_partition(index, paths):
        paths = list(paths)
        if paths:
            yield index, partial_of(locate(name, fallback), paths, options, threads, folder)

    def merge_group(group):
        part, members = group
        return part, merge_of(locate(name, fallback), [member for _, member in sorted(members, key=lambda m: m[0])], threads)

    level = spark.sparkContext.parallelize(files, partitions).mapPartitionsWithIndex(partial_of_partition)
    count = partitions
    while count > split_every:
        count = math.ceil(count / split_every)
        # Keys 0..count-1 under groupByKey's hash partitioner: one group per task.
        level = level.map(lambda row: (row[0] // split_every, row)).groupByKey(count).map(merge_group)
    return [result for _, result in level.collect()]


def slices_of(files, partitions):
    """`partitions` runs of consecutive files, as even as can be."""
    bounds = [len(files) * index // partitions for index in range(partitions + 1)]
    return [files[bounds[index]:bounds[index + 1]] for index in range(partitions)]


def is_connect(spark):
    """Whether `spark` is a Spark Connect session (no SparkContext, no RDDs)."""
    return type(spark).__module__.startswith("pyspark.sql.connect")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     epilog="Options taking entgraph options need `=` when those start with a dash: --merge-args=-q.")
    parser.add_argument("paths", nargs="+", help="files or folders, as for `entgraph build`")
    parser.add_argument("-o", "--output", action="append", required=True, help="outputs of the last merge (repeat)")
    parser.add_argument("--entgraph", default="entgraph", help="the binary (default: entgraph on PATH)")
    parser.add_argument("--shipped", action="store_true",
                        help="spark-submit --files shipped the binary already: do not add it again")
    parser.add_argument("--partitions", type=int,
                        help="partial graphs made (default: the default parallelism, at least one per 1,000 files)")
    parser.add_argument("--split-every", type=int, default=8, help="partials merged together in the tree (default: 8)")
    parser.add_argument("--threads", type=int, default=1, help="threads of each entgraph run on an executor (default: 1, one per task)")
    parser.add_argument("--rdd", action="store_true", help="the RDD route (classic clusters) instead of DataFrames")
    parser.add_argument("--master", help="Spark master, e.g. local[2] (default: spark-submit's, or local[*])")
    parser.add_argument("--remote", help="a Spark Connect server, e.g. sc://host:15002")
    parser.add_argument("--conf", action="append", default=[], metavar="KEY=VALUE", help="a Spark setting (repeat)")
    parser.add_argument("--partial-args", default="", help="options for every `entgraph partial` (--window, --types …)")
    parser.add_argument("--merge-args", default="", help="options for the last `entgraph merge` (--min-weight, -q …)")
    args = parser.parse_args(argv)
    if args.split_every < 2:
        parser.error("--split-every must be at least 2")
    if args.partitions is not None and args.partitions < 1:
        parser.error("--partitions must be at least 1")
    if args.master and args.remote:
        parser.error("--master and --remote exclude each other")

    files = collect(args.paths)
    if not files:
        sys.exit("spark_entgraph: no input found")
    name = os.path.basename(args.entgraph)
    entgraph = os.path.abspath(args.entgraph) if os.sep in args.entgraph else shutil.which(args.entgraph)
    if not args.shipped and not (entgraph and os.path.isfile(entgraph)):
        sys.exit(f"spark_entgraph: no entgraph binary at {args.entgraph}")

    from pyspark.sql import SparkSession
    builder = SparkSession.builder.appName("entgraph")
    if args.remote:
        builder = builder.remote(args.remote)
    elif args.master:
        builder = builder.master(args.master)
    for setting in args.conf:
        key, _, value = setting.partition("=")
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    try:
        connect = is_connect(spark)
        if args.rdd and connect:
            sys.exit("spark_entgraph: --rdd needs a classic Spark session (Spark Connect has no RDDs)")
        if not args.shipped:
            if connect:
                spark.addArtifacts(entgraph, file=True)
            else:
                spark.sparkContext.addFile(entgraph)
        fallback = entgraph or args.entgraph
        if args.partitions:
            partitions = args.partitions
        else:
            parallelism = 8 if connect else spark.sparkContext.defaultParallelism
            partitions = max(parallelism, math.ceil(len(files) / 1000))
        partitions = min(partitions, len(files))
        partial_options = shlex.split(args.partial_args)
        try:
            if args.rdd:
                results = rdd_route(spark, files, partitions, name, fallback, partial_options, args.split_every,
                                    args.threads, os.getcwd())
            else:
                results = dataframe_route(spark, slices_of(files, partitions), name, fallback, partial_options,
                                          args.split_every, args.threads, os.getcwd())
        except Exception as error:  # a task's entgraph failed (its message is in the error), or Spark did
            sys.stderr.write(f"spark_entgraph: the Spark job failed: {error}\n")
            sys.exit(3)
    finally:
        spark.stop()

    for _, log, _ in results:
        sys.stderr.write(log)
    # The driver's merge of the last partials (at most --split-every) writes the outputs.
    driver_binary = entgraph if entgraph and os.path.isfile(entgraph) else locate(name, fallback)
    folder = tempfile.mkdtemp(prefix=".entgraph-spark-", dir=os.path.dirname(os.path.abspath(args.output[0])))
    try:
        inputs = write_partials(folder, results)
        command = [driver_binary, "merge"] + inputs + shlex.split(args.merge_args)
        for output in args.output:
            command += ["-o", output]
        status = subprocess.run(command).returncode
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    skipped = max(result[2] for result in results)
    sys.exit(status if status != 0 else skipped)


if __name__ == "__main__":
    main()
