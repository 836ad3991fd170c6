#!/usr/bin/env python3
"""Runs passpolicy and the checkers people use instead on the same input, in one run, and
prints a Markdown table: rate (candidates per second, one process pinned to one core),
peak memory of that process, and how many of the weak candidates each rejects and of the
random ones each accepts (from the labels bench/gen_corpus.py wrote beside the input).

Usage: compare.py PASSPOLICY_BIN CONFIG PWQUALITY_BATCH_BIN OUTDIR"""
import os, subprocess, sys, time

passpolicy, config, pwq_batch, out = sys.argv[1:5]
mixed = os.path.join(out, "mixed.txt")
labels = open(os.path.join(out, "mixed.labels")).read().split()

def run(cmd):
    """cmd on the mixed input, pinned to core 0, under GNU time for the peak RSS."""
    rss_file = os.path.join(out, "rss.txt")
    with open(mixed, "rb") as f:
        start = time.perf_counter()
        p = subprocess.run(["/usr/bin/time", "-f", "%M", "-o", rss_file, "taskset", "-c", "0"] + cmd,
                           stdin=f, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        seconds = time.perf_counter() - start
    rss_kib = int(open(rss_file).read().split()[-1])
    return seconds, rss_kib / 1024, p.stdout.decode("utf-8", "replace").splitlines()

def rejected(tool, line):
    if tool == "passpolicy": return '"accepted": false' in line
    if tool == "libpwquality": return line != "OK"
    if tool == "passwdqc": return not line.startswith("OK:")
    if tool == "cracklib": return not line.endswith(": OK")

tools = {
    "passpolicy (every rule, `--user lee.parry`, default store)": ("passpolicy", [passpolicy, "check", "--batch", "--user", "lee.parry", "--config", config]),
    "libpwquality (pwscore's library, cracklib dictionary)": ("libpwquality", [pwq_batch]),
    "passwdqc (pwqcheck --multi)": ("passwdqc", ["pwqcheck", "-1", "--multi", "min=disabled,disabled,disabled,8,8"]),
    "cracklib (cracklib-check)": ("cracklib", ["cracklib-check"]),
}
print(f"Input: {len(labels):,} generated lines (bench/gen_corpus.py: half weak, half random), "
      "the same file for every tool; each tool in one process pinned to one core (taskset -c 0).\n")
print("| tool | candidates/s | time (median of 5 when under 10 s) | peak RSS | weak rejected | random accepted |")
print("|---|---:|---:|---:|---:|---:|")
for name, (tool, cmd) in tools.items():
    # The fast ones are timed 5 times (the median is shown); the slow ones once.
    runs = [run(cmd)]
    if runs[0][0] < 10:
        runs += [run(cmd) for _ in range(4)]
    runs.sort(key=lambda r: r[0])
    seconds, rss, lines = runs[len(runs) // 2]
    if len(lines) != len(labels):
        print(f"| {name} | output has {len(lines)} lines for {len(labels)} inputs | | | | |")
        continue
    weak = [rejected(tool, l) for l, k in zip(lines, labels) if k == "weak"]
    rand = [not rejected(tool, l) for l, k in zip(lines, labels) if k == "random"]
    print(f"| {name} | {len(labels) / seconds:,.0f} | {seconds:.2f} s | {rss:.1f} MiB | "
          f"{100 * sum(weak) / len(weak):.2f} % | {100 * sum(rand) / len(rand):.2f} % |")
