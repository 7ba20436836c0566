#!/usr/bin/env python3
"""Writes N pseudo-random lines (paths, names, camelCase, accents, punctuation) to stdout.
Deterministic for a given seed, so fzf and kith see the same input."""
import random, sys

n = int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000
rng = random.Random(int(sys.argv[2]) if len(sys.argv) > 2 else 42)
words = ("alpha beta gamma delta search fuzzy finder index vault note person project "
         "meeting transcript organization acme globex initech deandre jackson adjacent zoë "
         "ñúñez josé müller straße øystein łukasz ærø café naïve résumé fooBar getValue "
         "parseJSON http_server main.swift README.md src lib test kith kithcore").split()
seps = [" ", "/", "-", "_", ".", ", ", ": ", " | ", "  ", "\t"]
out = sys.stdout
for i in range(n):
    k = rng.randint(1, 8)
    parts = []
    for _ in range(k):
        w = rng.choice(words)
        r = rng.random()
        if r < 0.1:
            w = w.upper()
        elif r < 0.25:
            w = w.capitalize()
        elif r < 0.3:
            w = w + str(rng.randint(0, 999))
        parts.append(w)
        parts.append(rng.choice(seps))
    line = "".join(parts[:-1])
    if rng.random() < 0.05:
        line = "  " + line + " "
    out.write(line + "\n")
