#!/usr/bin/env python3
"""Writes N markdown notes (about 2 KB each, some accents) under DIR for full-text timing."""
import os, random, sys

root, n = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 20000
rng = random.Random(3)
words = ("the meeting with José about the café roadmap Zoë Ñúñez said Straße budget review "
         "kith vault note person project acme globex follow up next week decision owner "
         "timeline risk hiring deandre jackson müller résumé naïve plan ship").split()
os.makedirs(root, exist_ok=True)
for i in range(n):
    sub = os.path.join(root, f"d{i % 50}")
    os.makedirs(sub, exist_ok=True)
    lines = ["---", f"title: Note {i}", "---", f"# Note {i}"]
    for _ in range(rng.randint(20, 40)):
        lines.append(" ".join(rng.choice(words) for _ in range(rng.randint(4, 14))))
    with open(os.path.join(sub, f"note-{i}.md"), "w") as f:
        f.write("\n".join(lines) + "\n")
