#!/usr/bin/env python3
"""Generates benchmark input: weak passwords that already pass length 8, 3 of 4 classes and
no doubled characters (decorated words, names, common passwords, compounds, keyboard walks),
and random strings of 10-16 characters that meet the same rules. Seeded: the same files
every run. Writes weak.txt, random.txt and mixed.txt (COUNT lines, half of each) to OUTDIR.

The weak families are built from the same Debian word lists passpolicy compiles, so the
accuracy figures are a development measure, not an unseen test."""
import argparse, gzip, os, random, string, sys

parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
parser.add_argument("outdir", nargs="?", default="bench/out", help="where to write the files (default: bench/out)")
parser.add_argument("count", nargs="?", type=int, default=100_000, help="lines of mixed.txt (default: 100000)")
arguments = parser.parse_args()
out = arguments.outdir
count = arguments.count
rng = random.Random(20261123)
os.makedirs(out, exist_ok=True)

def read(path):
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rt", encoding="utf-8", errors="ignore") as f:
            return [w.strip() for w in f if w.strip().isalpha() and w.strip().isascii()]
    except FileNotFoundError:
        return []

english = [w for w in read("/usr/share/dict/american-english") if w.islower() and 4 <= len(w) <= 10]
names = [w for w in read("/usr/share/dict/american-english") + read("/usr/share/dict/propernames.gz")
         if w[:1].isupper() and w[1:].islower() and 4 <= len(w) <= 9]
common = ["password", "letmein", "welcome", "monkey", "dragon", "football", "baseball", "sunshine",
          "princess", "iloveyou", "trustno1", "superman", "starwars", "whatever", "shadow", "master",
          "qwerty", "freedom", "summer", "winter", "autumn", "spring", "chelsea", "arsenal", "liverpool"]
walks = ["qwerty", "qwertyuiop", "asdfgh", "asdfghjkl", "zxcvbn", "1qaz2wsx", "qazwsx", "1q2w3e4r", "zaq12wsx", "poiuyt"]
short = ["Big", "My", "The", "Mr", "Mrs", "I<3", "Red", "Old", "New", "Top"]
leet = {"a": "@4", "e": "3", "i": "1!", "o": "0", "s": "$5", "t": "7+", "l": "1|"}
symbols = "!@#$%^&*?+=-_."

def no_doubles(s):
    return all(a != b for a, b in zip(s, s[1:]))

def classes(s):
    return sum([any(c.isupper() for c in s), any(c.islower() for c in s),
                any(c.isdigit() for c in s), any(not c.isalnum() for c in s)])

def decorate(word):
    w = word.lower()
    if rng.random() < 0.8: w = w.capitalize()
    if rng.random() < 0.15: w = w.upper() if len(w) < 7 else w
    if rng.random() < 0.5:
        w = "".join(rng.choice(leet[c]) if c in leet and rng.random() < 0.4 else c for c in w)
    tail = rng.choice([str(rng.randint(0, 99)), str(rng.randint(1950, 2026)), str(rng.randint(0, 9)), ""])
    sym = rng.choice(symbols)
    form = rng.random()
    if form < 0.55: w = w + tail + sym
    elif form < 0.75: w = w + sym + tail
    elif form < 0.9: w = sym + w + tail
    else: w = tail + w + sym
    return w

def weak_one():
    kind = rng.random()
    if kind < 0.35: base = rng.choice(english)
    elif kind < 0.6: base = rng.choice(names)
    elif kind < 0.7: base = rng.choice(common)
    elif kind < 0.8: base = rng.choice(short) + rng.choice(english).capitalize()
    elif kind < 0.9: base = rng.choice(english) + rng.choice(english).capitalize()
    elif kind < 0.95: base = rng.choice(walks)
    else: base = rng.choice(english)[::-1]
    return decorate(base)

def random_one():
    alphabet = string.ascii_letters + string.digits + "!@#$%^&*()-_=+[]{};:,.<>/?~"
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(10, 16)))
        if classes(s) >= 3 and no_doubles(s): return s

def many(fn, n):
    seen, out = set(), []
    while len(out) < n:
        s = fn()
        if len(s) >= 8 and classes(s) >= 3 and no_doubles(s) and s not in seen:
            seen.add(s); out.append(s)
    return out

weak, rand = many(weak_one, count // 2), many(random_one, count - count // 2)
mixed = [(w, "weak") for w in weak] + [(r, "random") for r in rand]
rng.shuffle(mixed)
for name, lines in (("weak.txt", weak), ("random.txt", rand), ("mixed.txt", [m for m, _ in mixed]),
                    ("mixed.labels", [label for _, label in mixed])):
    with open(os.path.join(out, name), "w") as f:
        f.write("\n".join(lines) + "\n")
print(f"{len(weak)} weak, {len(rand)} random, {len(mixed)} mixed lines in {out}")
