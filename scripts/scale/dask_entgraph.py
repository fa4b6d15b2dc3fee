#!/usr/bin/env python3
"""The co-mention graph of a corpus with Dask: a thin recipe over `entgraph partial` and
`entgraph merge` (the merge logic lives, and is tested, in Swift).

    python3 scripts/scale/dask_entgraph.py corpus/ -o graph.graphml [-o graph.dot ...]
        [--entgraph .build/release/entgraph] [--partitions 8] [--split-every 8]
        [--scheduler threads|processes|synchronous|tcp://host:8786]
        [--partial-args "--window paragraph"] [--merge-args "--min-weight 2"]

A bag of file paths (listed as `entgraph build` lists a folder: hidden names skipped, the
extensions entgraph reads, sorted by path bytes) is cut into partitions; `map_partitions` runs
`entgraph partial - --stdin-paths` on each (the paths go on standard input), and a tree
`reduction` runs `entgraph merge` on groups of at most --split-every partials until one is
left; the driver then runs `entgraph merge` once more to write the outputs. Whatever the
number of partitions, the outputs are byte for byte those of `entgraph build PATH... -o OUT`
(see the README's order contract: give the same spelling of the paths).

The partial files go to --workdir (default: a temporary folder beside the first output), which
every worker must be able to read and write: a shared file system on a cluster. The binary must
be at the same path on every worker.
"""
import argparse
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
import uuid

from entgraph_inputs import collect  # beside this script


def run(command, stdin=None):
    """Runs entgraph; status 1 (some inputs skipped, each named on stderr) is not a failure."""
    result = subprocess.run(command, input=stdin, capture_output=True)
    sys.stderr.write(result.stderr.decode("utf-8", "replace"))
    if result.returncode not in (0, 1):
        raise RuntimeError(f"{shlex.join(command)} failed with status {result.returncode}")


def make_partial(paths, entgraph, workdir, extra):
    """map_partitions: the partial of one partition's files, as a one-element list."""
    paths = list(paths)
    if not paths:
        return []
    out = os.path.join(workdir, f"part-{uuid.uuid4().hex}.egp")
    run([entgraph, "partial", "-", "--stdin-paths", "-q", "--threads", "1", "-o", out] + extra,
        stdin="\n".join(paths).encode())
    return [out]


def merge_partials(partials, entgraph, workdir):
    """The reduction: one partial from several (itself when there is one)."""
    partials = [p for p in partials if p]
    if len(partials) <= 1:
        return partials[0] if partials else None
    out = os.path.join(workdir, f"merged-{uuid.uuid4().hex}.egp")
    run([entgraph, "merge", "-q", "-o", out] + partials)
    return out


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("-o", "--output", action="append", required=True)
    parser.add_argument("--entgraph", default=shutil.which("entgraph") or "entgraph")
    parser.add_argument("--partitions", type=int, default=os.cpu_count() or 2)
    parser.add_argument("--split-every", type=int, default=8)
    parser.add_argument("--scheduler", default="threads",
                        help="threads, processes, synchronous, or a dask.distributed scheduler address")
    parser.add_argument("--workdir")
    parser.add_argument("--partial-args", default="", help="options for every `entgraph partial`")
    parser.add_argument("--merge-args", default="", help="options for the last `entgraph merge` (outputs, pruning)")
    args = parser.parse_args(argv)

    import dask
    import dask.bag as db

    entgraph = os.path.abspath(args.entgraph) if os.path.sep in args.entgraph else args.entgraph
    files = collect(args.paths)
    if not files:
        sys.exit("dask_entgraph: no input found")
    workdir = args.workdir or tempfile.mkdtemp(prefix=".entgraph-dask-", dir=os.path.dirname(os.path.abspath(args.output[0])))
    os.makedirs(workdir, exist_ok=True)
    try:
        scheduler = {"scheduler": args.scheduler}
        if "://" in args.scheduler:
            from dask.distributed import Client  # only for a cluster
            scheduler = {"scheduler": Client(args.scheduler)}
        bag = db.from_sequence(files, npartitions=max(1, min(args.partitions, len(files))))
        partials = bag.map_partitions(make_partial, entgraph, workdir, shlex.split(args.partial_args))
        merged = partials.reduction(lambda ps: merge_partials(ps, entgraph, workdir),
                                    lambda ps: merge_partials(ps, entgraph, workdir),
                                    split_every=max(2, args.split_every))
        with dask.config.set(**scheduler):
            final = merged.compute()
        if final is None:
            sys.exit("dask_entgraph: no partial was made")
        command = [entgraph, "merge", final] + shlex.split(args.merge_args)
        for output in args.output:
            command += ["-o", output]
        result = subprocess.run(command)
        sys.exit(result.returncode)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    main()
