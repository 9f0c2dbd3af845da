#!/usr/bin/env python3
"""Response time of one GET, repeated: p50/p95 and the body size.  Standard library only.

    python3 bench/measure.py URL AUTH_HEADER [COUNT=50] [LABEL]

WARMUP (environment, default 3) requests are made first and not counted.
"""
import math
import os
import sys
import time
import urllib.request


def main():
    url, auth = sys.argv[1], sys.argv[2]
    count = int(sys.argv[3]) if len(sys.argv) > 3 else 50
    label = sys.argv[4] if len(sys.argv) > 4 else url
    warmup = int(os.environ.get("WARMUP", "3"))
    times, size = [], 0
    for i in range(count + warmup):
        request = urllib.request.Request(url, headers={"Authorization": auth, "Accept": "application/json"})
        start = time.perf_counter()
        with urllib.request.urlopen(request, timeout=600) as reply:
            size = len(reply.read())
        if i >= warmup:
            times.append((time.perf_counter() - start) * 1000)
    times.sort()

    def pct(p):
        return times[max(0, math.ceil(p / 100 * len(times)) - 1)]

    with open("/proc/loadavg") as f:
        load = " ".join(f.read().split()[:3])
    print(f"MEASURE {label}: {count} requests, p50 {pct(50):.1f} ms, p95 {pct(95):.1f} ms, "
          f"max {times[-1]:.1f} ms, body {size} bytes; load {load}")


if __name__ == "__main__":
    main()
