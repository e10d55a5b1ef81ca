#!/usr/bin/env python3
"""How long after a note is saved its change can be queried, with `minutegraph serve --watch` running.

Usage: watch_latency.py PORT NOTES_DIR NOTE [ROUNDS]
  NOTE is a path under NOTES_DIR. Each round rewrites the note's `title:` line with a new title, then asks GraphQL
  for the meetings of the note's date every 5 ms until the new title is there. Prints each round and the median,
  p90 and worst. The note is put back as it was at the end.
"""
import json
import pathlib
import re
import statistics
import sys
import time
import urllib.request


def meeting_titles(port, date):
    query = '{ meetings(from: "%s", to: "%s", first: 50) { edges { node { title } } } }' % (date, date)
    request = urllib.request.Request(f"http://127.0.0.1:{port}/graphql", json.dumps({"query": query}).encode(),
                                     {"Content-Type": "application/json"})
    with urllib.request.urlopen(request) as response:
        data = json.load(response)["data"]["meetings"]["edges"]
    return {edge["node"]["title"] for edge in data}


def main():
    port, folder, note = int(sys.argv[1]), pathlib.Path(sys.argv[2]), sys.argv[3]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 10
    path = folder / note
    original = path.read_bytes()
    text = original.decode("utf-8")
    date = re.search(r"^datetime:\s*['\"]?(\d{4}-\d{2}-\d{2})", text, re.M).group(1)
    took = []
    try:
        for i in range(rounds):
            title = f"Latency probe {time.time_ns()}"
            changed = re.sub(r"^title:.*$", f'title: "{title}"', text, count=1, flags=re.M)
            start = time.perf_counter()
            path.write_text(changed, encoding="utf-8")
            while title not in meeting_titles(port, date):
                if time.perf_counter() - start > 60:
                    sys.exit(f"round {i}: the change was not queryable within 60 s")
                time.sleep(0.005)
            took.append((time.perf_counter() - start) * 1000)
            print(f"round {i}: {took[-1]:.0f} ms", flush=True)
            time.sleep(1)
    finally:
        path.write_bytes(original)
    took.sort()
    print(f"{rounds} changes of {note}: median {statistics.median(took):.0f} ms, "
          f"p90 {took[int(len(took) * 0.9) - 1]:.0f} ms, worst {took[-1]:.0f} ms")


if __name__ == "__main__":
    main()
