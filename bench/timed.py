#!/usr/bin/env python3
"""timed.py CMD [ARG...]: run CMD; print "WALL_SECONDS<TAB>CPU_SECONDS" (user+system of CMD) to stdout.

Exits with CMD's exit status. The wall time excludes this script's own start-up.
"""
import os
import subprocess
import sys
import time

if len(sys.argv) < 2:
    sys.exit(__doc__)
start = time.perf_counter()
child = subprocess.Popen(sys.argv[1:], stdout=sys.stderr)
_, status, usage = os.wait4(child.pid, 0)
wall = time.perf_counter() - start
print(f"{wall:.6f}\t{usage.ru_utime + usage.ru_stime:.6f}")
sys.exit(os.waitstatus_to_exitcode(status))
