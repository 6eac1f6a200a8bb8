#!/usr/bin/env python3
"""Prints the per-request table of a Gatling HTML report (count, errors, p50/p95/p99/max in ms) as Markdown.

   ops/load-stats.py target/gatling/deadlinehoursimulation-<time>
"""
import re, sys

page = open(sys.argv[1].rstrip('/') + '/index.html', encoding='utf-8').read()
print('| request | count | errors | p50 ms | p95 ms | p99 ms | max ms |')
print('|---|---|---|---|---|---|---|')
for row in re.findall(r'<tr id="[^"]*"[^>]*>(.*?)</tr>', page, re.S):
    name = re.search(r'class="ellipsed-name">([^<]*)<', row)
    cols = dict(re.findall(r'class="value [a-z]+ col-(\d+)">([^<]*)<', row))
    if name and cols:
        print(f"| {name.group(1)} | {cols['2']} | {cols['4']} | {cols['8']} | {cols['10']} | {cols['11']} | {cols['12']} |")
