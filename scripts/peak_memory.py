#!/usr/bin/env python3
"""usage: peak_memory.py OUT PROGRAM [ARG...]

Runs PROGRAM and writes its peak resident memory (KiB) to OUT, exiting as PROGRAM exited.

Why: a process started with posix_spawn (CLONE_VM) from a big parent, such as a test process
that has loaded the tagger model, inherits the parent's high-water mark, because Linux keeps
ru_maxrss across exec. A child forked here starts from this small process instead. SIGTERM is
passed on to PROGRAM as SIGKILL, so a test's deadline still stops it.
"""
import os
import signal
import sys

out, argv = sys.argv[1], sys.argv[2:]
pid = 0


def stop(*_):
    # Set before the fork, so a deadline that comes early still ends everything.
    if pid:
        os.kill(pid, signal.SIGKILL)
    else:
        os._exit(128 + signal.SIGTERM)


signal.signal(signal.SIGTERM, stop)
pid = os.fork()
if pid == 0:
    try:
        os.execv(argv[0], argv)
    except OSError:
        os._exit(127)
while True:
    try:
        _, status, usage = os.wait4(pid, 0)
        break
    except InterruptedError:
        continue
with open(out, "w") as f:
    f.write(str(usage.ru_maxrss))
if os.WIFSIGNALED(status):
    # End the same way; SIGKILL (a deadline) cannot be given a handler, nor needs one reset.
    if os.WTERMSIG(status) != signal.SIGKILL:
        signal.signal(os.WTERMSIG(status), signal.SIG_DFL)
    os.kill(os.getpid(), os.WTERMSIG(status))
sys.exit(os.WEXITSTATUS(status))
