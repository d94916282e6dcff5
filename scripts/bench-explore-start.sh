#!/usr/bin/env bash
# Measures how long the release `socratic` takes from being started to showing its first prompt
# (the topic menu's "Topic (1-N): "), against issue 5's target of 50 ms:
#   - piped: stdin a pipe (plain line reading; the prompt is written to stderr);
#   - terminal: in a pseudo-terminal (readline, history and colour set up first).
# Each is run RUNS times (default 40) in a HOME of its own, so no history or packs of yours are
# read: "first run" in a new, empty HOME each time (socratic creates and syncs its data and
# state folders before the prompt), "later runs" in one HOME that already has them, as every
# run after a person's first. The figures are median, p90 and minimum in milliseconds, wall
# clock, including the cost of starting the process (fork and exec, measured from just before
# the spawn).
# Needs python3 with pexpect (Debian's python3-pexpect). Run from anywhere:
#   bash scripts/bench-explore-start.sh [RUNS]
set -euo pipefail
cd "$(dirname "$0")/.."

runs=${1:-40}
echo "bench: building socratic (release)"
swift build -c release --product socratic >/dev/null
socratic=$(swift build -c release --show-bin-path)/socratic

python3 - "$socratic" "$runs" <<'PY'
import os, statistics, subprocess, sys, tempfile, time
import pexpect

socratic, runs = sys.argv[1], int(sys.argv[2])
prompt = b"Topic (1-"

def environment(home):
    return {"HOME": home, "PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "TERM": "xterm-256color"}

lasting_home = tempfile.mkdtemp()  # left behind in the temporary folder

def piped(home):
    start = time.perf_counter()
    process = subprocess.Popen([socratic], stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                               stderr=subprocess.PIPE, env=environment(home))
    seen = b""
    while prompt not in seen:
        chunk = os.read(process.stderr.fileno(), 4096)
        if not chunk:
            raise SystemExit("socratic ended before its prompt: %r" % seen)
        seen += chunk
    elapsed = time.perf_counter() - start
    process.kill()
    process.wait()
    return elapsed

def terminal(home):
    start = time.perf_counter()
    child = pexpect.spawn(socratic, [], env=environment(home), dimensions=(24, 80), timeout=10)
    child.expect_exact(prompt)
    elapsed = time.perf_counter() - start
    child.kill(9)
    child.close(force=True)
    return elapsed

def report(name, measure, fresh):
    measure(lasting_home)  # warm the page cache, and make the lasting HOME's folders
    times = []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as home:
            times.append(measure(home if fresh else lasting_home) * 1000)
    times.sort()
    p90 = times[min(len(times) - 1, round(0.9 * (len(times) - 1)))]
    print(f"   {name:24} median {statistics.median(times):5.1f} ms, p90 {p90:5.1f} ms, "
          f"min {times[0]:5.1f} ms (n = {runs})")

print(f"\n== time to the first prompt (target: <= 50 ms), load average {os.getloadavg()[0]:.1f}")
report("piped, later runs", piped, fresh=False)
report("terminal, later runs", terminal, fresh=False)
report("piped, first run", piped, fresh=True)
report("terminal, first run", terminal, fresh=True)
PY
