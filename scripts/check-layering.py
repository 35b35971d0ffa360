#!/usr/bin/env python3
"""Fails when the engine's folders (models/*) include each other in a cycle.

The engine is built in stages, each folder using only the folders below it:

    core -> workspace -> import -> segment -> offer -> campaign -> simulate -> evaluate -> export

(demo, itemmodels and secure sit on top and nothing in the engine uses them). An include of a
folder above is a layering error: this script lists each such include with its file and line,
and exits 1. It also fails on any cycle between folders not in the list. Run by CTest
(layering_check) and by hand: scripts/check-layering.py [ROOT]
"""
import os
import re
import sys

ORDER = ["core", "workspace", "import", "segment", "offer", "campaign", "simulate", "evaluate",
         "export", "demo", "itemmodels", "secure"]
TOP = {"demo", "itemmodels", "secure"}  # may use any stage; nothing below may use them

root = sys.argv[1] if len(sys.argv) > 1 else os.path.join(os.path.dirname(__file__), "..")
models = os.path.join(root, "models")
include = re.compile(r'\s*#\s*include\s+"([a-z]+)/')
folders = sorted(d for d in os.listdir(models) if os.path.isdir(os.path.join(models, d)))
problems = []
edges = {}
for folder in folders:
    for name in sorted(os.listdir(os.path.join(models, folder))):
        if not name.endswith((".h", ".cpp")):
            continue
        path = os.path.join(models, folder, name)
        with open(path, encoding="utf-8", errors="replace") as f:
            for number, line in enumerate(f, 1):
                m = include.match(line)
                if not m or m.group(1) == folder or m.group(1) not in folders:
                    continue
                used = m.group(1)
                edges.setdefault(folder, set()).add(used)
                if folder not in ORDER or used not in ORDER:
                    continue
                if used in TOP and folder not in TOP:
                    problems.append(f"models/{folder}/{name}:{number}: {folder} uses {used}, "
                                    f"which is on top of the engine")
                elif folder not in TOP and ORDER.index(used) > ORDER.index(folder):
                    problems.append(f"models/{folder}/{name}:{number}: {folder} uses {used}, "
                                    f"a later stage ({' -> '.join(ORDER[:9])})")


def reaches(start, goal):
    seen, stack = set(), [start]
    while stack:
        node = stack.pop()
        for nxt in edges.get(node, ()):
            if nxt == goal:
                return True
            if nxt not in seen:
                seen.add(nxt)
                stack.append(nxt)
    return False


for folder in folders:
    if reaches(folder, folder):
        problems.append(f"models/{folder}: its includes lead back to it (a folder cycle)")
for p in problems:
    print(p)
if problems:
    print(f"layering: {len(problems)} problem(s)")
    sys.exit(1)
print(f"layering: {len(folders)} engine folders, no include against the stage order, no cycle")
