#!/usr/bin/env python3
"""Where a function's time goes, from a `perf record -g` of a release build: the share of all
samples under the function, and how it splits among the functions it calls.

    perf record -g -o /tmp/critique.data .build/release/socratic-bench critique
    python3 scripts/perf-callees.py /tmp/critique.data .build/release/socratic-bench \\
        'QuestionRewriter.suggestion(for:'

perf on the development machine does not read the symbols of the release benchmark ("with
build id … not found, continuing without symbols"), so its frames show as bare addresses.
This names them from `nm -n` of the binary (`perf script` gives addresses in it relative to
the file) and demangles them with `swift demangle`. The function is matched as a substring of
its demangled, simplified name; each sample counts once, under its outermost match, with the
callee the first frame below it that is not a closure, thunk or partial apply.
"""
import argparse
import bisect
import collections
import subprocess


def symbols(binary):
    table = []
    listing = subprocess.run(["nm", "-n", binary], capture_output=True, text=True).stdout
    for line in listing.splitlines():
        parts = line.split(maxsplit=2)
        if len(parts) == 3 and parts[1] in "tTwW":
            table.append((int(parts[0], 16), parts[2]))
    return table


def samples(data, binary):
    table = symbols(binary)
    starts = [address for address, _ in table]
    script = subprocess.run(
        ["perf", "script", "-i", data, "-F", "ip,sym,dso", "--no-inline"],
        capture_output=True, text=True).stdout
    stack = []
    for line in script.splitlines() + [""]:
        line = line.strip()
        if not line:
            if stack:
                yield stack
            stack = []
            continue
        parts = line.split(maxsplit=1)
        try:
            address = int(parts[0], 16)
        except ValueError:
            continue
        name = parts[1] if len(parts) > 1 else ""
        if binary.split("/")[-1] in name:
            index = bisect.bisect_right(starts, address) - 1
            name = table[index][1] if index >= 0 else hex(address)
        elif "(" in name:
            name = name[: name.rfind("(")].strip()
        stack.append(name)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("data", help="the perf.data file")
    parser.add_argument("binary", help="the binary that was recorded")
    parser.add_argument("function", help="part of the demangled name of the function")
    parser.add_argument("--top", type=int, default=25, help="how many callees to list")
    options = parser.parse_args()
    stacks = list(samples(options.data, options.binary))
    names = sorted({name for stack in stacks for name in stack})
    demangled = subprocess.run(
        ["swift", "demangle", "--simplified", "--compact"], input="\n".join(names),
        capture_output=True, text=True).stdout.splitlines()
    readable = dict(zip(names, demangled))
    wrappers = ("closure", "thunk", "partial apply", "outlined")
    callees = collections.Counter()
    under = 0
    for stack in stacks:
        frames = [readable.get(name, name) for name in stack]
        matches = [index for index, frame in enumerate(frames) if options.function in frame]
        if not matches:
            continue
        under += 1
        below = max(matches) - 1
        while below >= 0 and any(word in frames[below] for word in wrappers):
            below -= 1
        callees[frames[below] if below >= 0 else "(itself)"] += 1
    print(f"{options.function}: {100 * under / len(stacks):.1f}% of {len(stacks)} samples")
    for callee, count in callees.most_common(options.top):
        print(f"  {100 * count / len(stacks):6.2f}%  {callee[:150]}")


if __name__ == "__main__":
    main()
