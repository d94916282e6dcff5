#!/usr/bin/env python3
"""Scores the depth `socratic critique --json` gives reflections: simple against complex.

usage: score-depth.py [--exe PATH] [--show] FILE.jsonl
Reads the lines of FILE whose "form" is "reflection" and whose "subtype" is "simple" or
"complex" (as ../shared/corpora/annomi-dev.jsonl has them). A line with an "after" field (what
the other person had said) is critiqued with `--after`, one process per line; the others go
through one `critique --stdin --json`. Prints the confusion table of depths, the agreement on the
reflections the critic recognised, and on all of them (an unrecognised one counts as a miss).
--show prints every disagreement. Python 3, no packages.
"""
import argparse, collections, json, os, subprocess, sys, tempfile

ap = argparse.ArgumentParser()
ap.add_argument("--exe", default=".build/release/socratic")
ap.add_argument("--show", action="store_true")
ap.add_argument("file")
a = ap.parse_args()
items = [json.loads(l) for l in open(a.file) if l.strip()]
items = [i for i in items
         if i.get("form") == "reflection" and i.get("subtype") in ("simple", "complex")]
if not items:
    sys.exit("no reflections with a simple or complex subtype")
home = tempfile.mkdtemp(prefix="score-depth-")
env = dict(os.environ, HOME=home, XDG_DATA_HOME=home, XDG_CONFIG_HOME=home, XDG_STATE_HOME=home)


def one_line(text):
    return " ".join(text.split())


def critique_all(texts):
    r = subprocess.run([a.exe, "critique", "--stdin", "--json"],
                       input="".join(one_line(t) + "\n" for t in texts),
                       capture_output=True, text=True, env=env)
    outs = [json.loads(l) for l in r.stdout.splitlines() if l.strip()]
    if len(outs) != len(texts):
        sys.exit(f"expected {len(texts)} JSON lines, got {len(outs)}: {r.stderr[-500:]}")
    return outs


def critique_after(text, after):
    r = subprocess.run([a.exe, "critique", "--json", "--after", one_line(after), one_line(text)],
                       capture_output=True, text=True, env=env)
    return json.loads(r.stdout) if r.stdout.strip() else {"form": "error"}


plain = [i for i in items if not i.get("after")]
outs = dict(zip(map(id, plain), critique_all([i["text"] for i in plain]))) if plain else {}
for i in items:
    if i.get("after"):
        outs[id(i)] = critique_after(i["text"], i["after"])

table = collections.Counter()
for i in items:
    o = outs[id(i)]
    got = o.get("depth") if o.get("form") == "reflection" else f"({o.get('form')})"
    table[(i["subtype"], got)] += 1
    if a.show and got != i["subtype"]:
        print(f"miss: want {i['subtype']:8} got {got:13} {i['text']!r}")
gots = sorted({g for _, g in table})
print("want \\ got " + "".join(f"{g:>14}" for g in gots))
for w in ("simple", "complex"):
    print(f"{w:10}" + "".join(f"{table[(w, g)]:>14}" for g in gots))
right = table[("simple", "simple")] + table[("complex", "complex")]
recognised = sum(v for (_, g), v in table.items() if g in ("simple", "complex"))
print(f"depth of recognised reflections: {right}/{recognised} = {100.0 * right / max(recognised, 1):.1f}%")
print(f"depth of all reflections: {right}/{len(items)} = {100.0 * right / len(items):.1f}%")
