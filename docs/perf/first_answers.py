#!/usr/bin/env python3
"""How long `minutegraph serve` takes from its start to its first answers.

Usage: first_answers.py PORT TRACK -- COMMAND...
  Starts COMMAND (a `serve` listening on PORT), polls /health every 100 ms from the start until it answers 200, then
  asks /api/owners for TRACK once and GraphQL for a month of meetings once, and stops the service. Prints the
  seconds to a healthy service, the milliseconds of each first answer, the seconds from the start to the owners
  answer, and the CPU seconds the service had used by then (user and system, every thread).
"""
import json
import os
import subprocess
import sys
import time
import urllib.parse
import urllib.request

MEETINGS = '{ meetings(from: "2023-01-01", to: "2023-01-31", first: 50) { edges { node { id title attendees { name } } } } }'


def cpu_seconds(pid):
    with open(f"/proc/{pid}/stat") as stat:
        fields = stat.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def timed(request):
    started = time.perf_counter()
    with urllib.request.urlopen(request, timeout=300) as response:
        response.read()
    return (time.perf_counter() - started) * 1000


def main():
    port, track = int(sys.argv[1]), sys.argv[2]
    command = sys.argv[sys.argv.index("--") + 1:]
    base = f"http://127.0.0.1:{port}"
    start = time.time()
    service = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                with urllib.request.urlopen(base + "/health", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if service.poll() is not None or time.time() - start > 300:
                sys.exit("the service stopped or was not healthy within 300 s")
            time.sleep(0.1)
        healthy = time.time() - start
        owners = timed(base + "/api/owners?track=" + urllib.parse.quote(track))
        answered = time.time() - start
        cpu = cpu_seconds(service.pid)
        graphql = timed(urllib.request.Request(base + "/graphql", json.dumps({"query": MEETINGS}).encode(),
                                               {"Content-Type": "application/json"}))
        print(f"healthy {healthy:.1f} s, first owners {owners:.0f} ms, first GraphQL {graphql:.0f} ms; "
              f"start to owners {answered:.1f} s, {cpu:.1f} s of CPU")
    finally:
        service.terminate()
        service.wait()


if __name__ == "__main__":
    main()
