#!/usr/bin/env python3
"""Latency of GET /api/owners on loopback, one request at a time over one keep-alive connection.

Usage: owners_latency.py PORT REQUESTS TRACK[,TRACK...]
  Asks each track once and prints how long each first answer took (the service keeps answers until the graph is
  written, so these are the ones worked out from the evidence); then asks for the tracks in turn, after 50 warm-up
  requests, and prints p50, p90, p99 and the worst.
"""
import http.client
import sys
import time
import urllib.parse
port=int(sys.argv[1]); n=int(sys.argv[2]); tracks=sys.argv[3].split(',')
c=http.client.HTTPConnection('127.0.0.1',port)
def get(t):
    c.request('GET','/api/owners?track='+urllib.parse.quote(t)); r=c.getresponse(); b=r.read(); return r.status
first=[]
for t in tracks:
    s=time.perf_counter(); get(t); first.append(f"{t} {(time.perf_counter()-s)*1000:.0f}")
print("first asks (ms): " + ", ".join(first))
for i in range(50): get(tracks[i%len(tracks)])  # warm-up
lat=[]; codes={}
for i in range(n):
    t=tracks[i%len(tracks)]; s=time.perf_counter(); code=get(t); lat.append((time.perf_counter()-s)*1000); codes[code]=codes.get(code,0)+1
lat.sort()
print(f"requests {n} codes {codes} p50 {lat[n//2]:.1f} ms p90 {lat[int(n*0.9)]:.1f} ms p99 {lat[int(n*0.99)-1]:.1f} ms max {lat[-1]:.1f} ms")
