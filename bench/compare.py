#!/usr/bin/env python3
"""Runs passpolicy and the checkers people use instead on the same input files, in one run,
and prints a Markdown table: rate (candidates per second, one process, one core), peak memory,
and how many of the weak / random candidates each rejects / accepts.

Usage: compare.py PASSPOLICY_BIN CONFIG PWQUALITY_BATCH_BIN OUTDIR"""
import os, resource, subprocess, sys, time

passpolicy, config, pwq_batch, out = sys.argv[1:5]
files = {name: os.path.join(out, name + ".txt") for name in ("mixed", "weak", "random")}

def run(cmd, path):
    """Runs cmd with path on stdin, pinned to one core; returns (seconds, peak RSS MiB, stdout)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    with open(path, "rb") as f:
        start = time.perf_counter()
        p = subprocess.run(["taskset", "-c", "0"] + cmd, stdin=f, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
    rss = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return seconds, max(rss, before) / 1024, p.stdout.decode("utf-8", "replace")

def count_rejected(tool, stdout):
    lines = stdout.splitlines()
    if tool == "passpolicy":
        return sum('"accepted": false' in l for l in lines)
    if tool == "libpwquality":
        ok, bad = map(int, stdout.split()); return bad
    if tool == "passwdqc":
        return sum(not l.startswith("OK:") for l in lines)
    if tool == "cracklib":
        return sum(not l.endswith(": OK") for l in lines)

tools = {
    "passpolicy": [passpolicy, "check", "--batch", "--config", config],
    "libpwquality": [pwq_batch],
    "passwdqc": ["pwqcheck", "-1", "--multi", "min=disabled,disabled,disabled,8,8"],
    "cracklib": ["cracklib-check"],
}
lines = {k: sum(1 for _ in open(v, "rb")) for k, v in files.items()}
rows = []
for tool, cmd in tools.items():
    seconds, rss, stdout = run(cmd, files["mixed"])
    _, _, weak_out = run(cmd, files["weak"])
    _, _, rand_out = run(cmd, files["random"])
    weak_rejected = count_rejected(tool, weak_out) / lines["weak"] * 100
    random_accepted = 100 - count_rejected(tool, rand_out) / lines["random"] * 100
    rows.append((tool, lines["mixed"] / seconds, seconds, rss, weak_rejected, random_accepted))

print(f"Input: {lines['mixed']:,} generated lines (bench/gen_corpus.py); each tool in one process on one core (taskset -c 0).\n")
print("| tool | candidates/s | time for all | peak RSS | weak rejected | random accepted |")
print("|---|---:|---:|---:|---:|---:|")
for tool, rate, seconds, rss, weak, rand in rows:
    print(f"| {tool} | {rate:,.0f} | {seconds:.2f} s | {rss:.1f} MiB | {weak:.2f} % | {rand:.2f} % |")
