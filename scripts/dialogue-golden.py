#!/usr/bin/env python3
"""Runs a fixed set of partner and explore conversations through a socratic binary and writes
everything each shows and logs, one file per conversation, so two builds can be compared line
for line: a change meant only to make a step faster must leave every file the same.

    python3 scripts/dialogue-golden.py .build/debug/socratic /tmp/before
    # ... change, build ...
    python3 scripts/dialogue-golden.py .build/debug/socratic /tmp/after
    diff -r /tmp/before /tmp/after

The conversations are made from the lines the dialogue tests type (their string literals, in
the order written, seven to a conversation; every `--every`th conversation is run), each run
once as partner and once as explore, plus one of odd inputs. `--corpus FILE.jsonl` adds
conversations from JSON-lines files whose records have a "belief" (beliefs to explore) or a
"text" (answers to them, and lines said in partner); they are read at run time, never copied
into the project.
Session ids, the data folder and event times are masked; the log's events are kept otherwise.
"""
import argparse
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LITERAL = re.compile(r'"((?:[^"\\\n]|\\.)*)"')
ESCAPES = {"\\u{2019}": "\u2019", "\\u{201C}": "\u201c", "\\u{201D}": "\u201d", '\\"': '"'}
ODD = ["", "?", "asdf", "yes", "word " * 3000, "\u00e9\u00e9 \U0001F600 !!", "I I I I I", "...",
       "because because because", "no. no. no.", "*shrugs* fine", "\x1b[31mred\x1b[0m text"]


def test_lines(path):
    """The lines a test file types: its string literals that read as words."""
    lines = []
    for match in LITERAL.finditer(open(path, encoding="utf-8").read()):
        text = match.group(1)
        if "\\(" in text or " " not in text or len(text) > 300 or not re.search("[a-zA-Z]", text):
            continue
        for escape, value in ESCAPES.items():
            text = text.replace(escape, value)
        if "\\" not in text and not text.startswith("/"):
            lines.append(text)
    return lines


def conversations(every, corpora):
    """The conversations, by name: a mode, its options and the lines typed."""
    made = {}
    files = sorted(glob.glob(os.path.join(ROOT, "Tests/SocraticCoreTests/Dialogue/**/*.swift"),
                         recursive=True))
    number = 0
    topics = [None, "crypto", "politics", None]
    for path in files:
        lines = test_lines(path)
        for start in range(0, len(lines), 7):
            chunk = lines[start:start + 7]
            if len(chunk) < 2:
                continue
            number += 1
            if number % every:
                continue
            made[f"p{number:04d}"] = {"mode": "partner", "topic": topics[number % 4],
                                      "lines": chunk + ["/summary"]}
            made[f"e{number:04d}"] = {"mode": "explore", "belief": chunk[0],
                                      "lines": ["y", "65"] + chunk[1:] + ["/summary"]}
    made["podd"] = {"mode": "partner", "topic": "crypto", "lines": ODD + ["/summary"]}
    made["eodd"] = {"mode": "explore", "belief": "Phones ruin sleep.",
                    "lines": ["y", "50"] + ODD + ["/summary"]}
    chooser = random.Random(11)
    records = [json.loads(line) for corpus in corpora for line in open(corpus, encoding="utf-8")
               if line.strip()]
    beliefs = [record["belief"] for record in records if "belief" in record]
    texts = [record["text"] for record in records if "text" in record]
    for index, belief in enumerate(beliefs[:60]):
        answers = chooser.sample(texts, min(6, len(texts)))
        made[f"e-corpus-{index:03d}"] = {"mode": "explore", "belief": belief,
                                         "lines": ["y", str(10 + index % 90)] + answers
                                         + ["/summary"]}
    for index in range(0, min(len(texts), 360), 6):
        made[f"p-corpus-{index:03d}"] = {"mode": "partner", "topic": None,
                                         "lines": texts[index:index + 6] + ["/summary"]}
    return made


def run(binary, conversation):
    """What one conversation shows (standard output and error) and logs."""
    with tempfile.TemporaryDirectory() as home:
        arguments = [binary, conversation["mode"], "--seed", "7", "--no-color", "--data-dir", home]
        if conversation.get("topic"):
            arguments += ["--topic", conversation["topic"]]
        if conversation.get("belief"):
            arguments += ["--belief", conversation["belief"]]
        environment = dict(os.environ, HOME=home, SOCRATIC_HOME=home)
        done = subprocess.run(arguments, input="\n".join(conversation["lines"]) + "\n",
                              capture_output=True, text=True, env=environment)
        shown = f"{done.stdout}\n--stderr--\n{done.stderr}\n--exit {done.returncode}\n"
        shown = re.sub(r"\d{8}-\d{4}-[a-z0-9]{4}", "ID", shown).replace(home, "HOME")
        logged = []
        for log in sorted(glob.glob(os.path.join(home, "sessions", "*.jsonl"))):
            for line in open(log, encoding="utf-8"):
                event = json.loads(line)
                event.pop("at", None)
                event.pop("id", None)
                logged.append(json.dumps(event, sort_keys=True, ensure_ascii=False))
        return shown + "\n".join(logged) + "\n"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("binary")
    parser.add_argument("outdir")
    parser.add_argument("--every", type=int, default=4, help="run every Nth test conversation")
    parser.add_argument("--corpus", action="append", default=[])
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--only", help="run the conversations whose names start with this")
    options = parser.parse_args()
    binary = os.path.abspath(options.binary)
    os.makedirs(options.outdir, exist_ok=True)
    made = conversations(options.every, options.corpus)
    names = [name for name in sorted(made) if not options.only or name.startswith(options.only)]

    def write(name):
        with open(os.path.join(options.outdir, name + ".txt"), "w", encoding="utf-8") as out:
            out.write(json.dumps(made[name], ensure_ascii=False) + "\n" + run(binary, made[name]))

    with ThreadPoolExecutor(options.jobs) as pool:
        list(pool.map(write, names))
    print(f"dialogue-golden: {len(names)} conversations written to {options.outdir}",
          file=sys.stderr)


if __name__ == "__main__":
    main()
