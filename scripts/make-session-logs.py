#!/usr/bin/env python3
"""Fills a data folder with many realistic session logs, to time `socratic sessions list`.

    scripts/make-session-logs.py --exe .build/release/socratic --count 10000 /tmp/many

Four sessions are run for real with the given socratic (explore with a change of belief and a
mid-session /confidence, explore from a topic, partner, drill), so their logs hold what a
person's do: moves, reflections, summaries, critiques. Each is then copied, in turn, under a
new id and start time a minute apart, into DATA/sessions. Nothing here is the project's own
data; the folder is the caller's to delete.
"""

import argparse
import datetime
import json
import os
import random
import subprocess
import tempfile

SESSIONS = [
    ([], "Remote work makes teams slower because nobody talks.\ny\n75\n"
     "My team stopped pairing after we went remote.\nMy manager says so too.\n"
     "I guess some teams do fine.\nIf I saw numbers from our sprints I might change my mind.\n"
     "Honestly I feel lonely at home.\n/confidence 60\nThe standups are shorter now.\n"
     "/belief\n60\nOffices waste time.\ny\n50\nThe commute takes an hour.\n/quit\n55\n"),
    ([], "2\nCrypto is mostly used for scams.\ny\n85\nFTX took my friend's savings.\n"
     "The news is full of rug pulls.\nSome people send money home with it.\n"
     "Maybe stablecoins are different.\n/quit\n75\n"),
    (["partner"], "I think AI will take all the jobs.\nYou sound like you work for them.\n"
     "Well my cousin lost her job to a chatbot.\n/me What makes you say that?\n"
     "I am scared honestly.\nThanks, let's change the subject.\n/quit\n"),
    (["drill"], "1\nWhat makes you think so?\nHow did you come to believe that?\n"
     "Isn't that just what the news says?\nIt sounds like you have been burned before.\n"
     "What would change your mind?\n/quit\n"),
]
ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"


def templates(exe):
    """The logs of the four sessions, each as (id, header start text, whole text)."""
    folder = tempfile.mkdtemp(prefix="socratic-templates-")
    environment = dict(os.environ, SOCRATIC_DATA_DIR=folder)
    for seed, (arguments, typed) in enumerate(SESSIONS, start=1):
        subprocess.run([exe, *arguments, "--seed", str(seed)], input=typed.encode(),
                       env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       check=True)
    logs = []
    for name in sorted(os.listdir(os.path.join(folder, "sessions"))):
        with open(os.path.join(folder, "sessions", name), encoding="utf-8") as file:
            text = file.read()
        header = json.loads(text.split("\n", 1)[0])
        logs.append((header["id"], header["at"], text))
    return logs


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--exe", required=True, help="the socratic binary to run")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("data", help="the data folder to fill (its sessions/ is created)")
    options = parser.parse_args()
    logs = templates(options.exe)
    sessions = os.path.join(options.data, "sessions")
    os.makedirs(sessions, mode=0o700, exist_ok=True)
    random.seed(1)
    start = datetime.datetime(2026, 1, 1, tzinfo=datetime.timezone.utc)
    for index in range(options.count):
        template_id, template_at, text = logs[index % len(logs)]
        at = start + datetime.timedelta(minutes=index)
        session_id = at.strftime("%Y%m%d-%H%M-") + "".join(random.choices(ALPHABET, k=4))
        stamp = at.strftime("%Y-%m-%dT%H:%M:%S.000Z")
        log = text.replace(template_id, session_id).replace(template_at, stamp, 1)
        path = os.path.join(sessions, session_id + ".jsonl")
        with open(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600), "w",
                  encoding="utf-8") as file:
            file.write(log)
    print(f"{options.count} logs in {sessions}")


if __name__ == "__main__":
    main()
