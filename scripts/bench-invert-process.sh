#!/usr/bin/env bash
# Measures `socratic invert` as a process, against the targets of issues 3 and 12:
#   - `socratic invert --stdin --json` over 10,000 beliefs: at most 1 s;
#   - a cold `socratic invert --json "…"`: at most 1.5 times the wall time of a Swift hello-world
#     that imports Foundation, built with the same toolchain and measured in the same run;
#   - peak memory of either: at most 30 MB.
# Needs hyperfine, python3 and GNU time (/usr/bin/time). Run from anywhere:
#   bash scripts/bench-invert-process.sh
set -euo pipefail
cd "$(dirname "$0")/.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# As installed (README, Install): the Swift runtime and Foundation linked in statically. Built in
# a scratch folder of its own, so the usual release build in .build is left as it is.
echo "bench: building socratic (release, --static-swift-stdlib, in .build-static)"
swift build -c release --product socratic --static-swift-stdlib --scratch-path .build-static >/dev/null
socratic=$(swift build -c release --static-swift-stdlib --scratch-path .build-static --show-bin-path)/socratic

echo "bench: building a Swift hello-world that imports Foundation"
cat >"$work/hello.swift" <<'SWIFT'
import Foundation

print("Hello, \(ProcessInfo.processInfo.processName)")
SWIFT
swiftc -O "$work/hello.swift" -o "$work/hello" 2>/dev/null

# 10,000 beliefs: the corpus's beliefs, over and over.
corpus=Tests/SocraticCoreTests/Resources/belief-corpus.tsv
grep -v '^#' "$corpus" | cut -f1 | grep -v '^$' >"$work/one-round.txt"
: >"$work/beliefs.txt"
while [ "$(wc -l <"$work/beliefs.txt")" -lt 10000 ]; do
  cat "$work/one-round.txt" >>"$work/beliefs.txt"
done
head -n 10000 "$work/beliefs.txt" >"$work/beliefs-10k.txt"

belief="I think crypto is a scam because of FTX."

echo
echo "== socratic invert --stdin --json over 10,000 beliefs (target: <= 1 s)"
hyperfine --warmup 1 --runs 5 --export-json "$work/stdin.json" \
  "$socratic invert --stdin --json < $work/beliefs-10k.txt > /dev/null" >/dev/null
python3 - "$work/stdin.json" <<'PY'
import json, sys
result = json.load(open(sys.argv[1]))["results"][0]
print(f"   mean {result['mean']:.3f} s, min {result['min']:.3f} s, max {result['max']:.3f} s")
PY

echo
echo "== cold socratic invert --json vs hello-world (target: <= 1.5x)"
hyperfine --warmup 5 --runs 50 -N --export-json "$work/cold.json" \
  "$work/hello" "$socratic invert --json '$belief'" >/dev/null
python3 - "$work/cold.json" <<'PY'
import json, sys
hello, invert = json.load(open(sys.argv[1]))["results"]
print(f"   hello-world      median {hello['median'] * 1000:.2f} ms (mean {hello['mean'] * 1000:.2f} ms)")
print(f"   socratic invert  median {invert['median'] * 1000:.2f} ms (mean {invert['mean'] * 1000:.2f} ms)")
print(f"   ratio            {invert['median'] / hello['median']:.2f}x (medians)")
PY

echo
echo "== peak memory (target: <= 30 MB)"
peak() {
  /usr/bin/time -v "$@" 2>&1 >/dev/null | awk -F': ' '/Maximum resident set size/ { printf "%.1f MB", $2 / 1024 }'
}
echo "   socratic invert --json:              $(peak "$socratic" invert --json "$belief")"
echo "   socratic invert --stdin --json (10k): $(peak sh -c "exec '$socratic' invert --stdin --json < '$work/beliefs-10k.txt'")"
echo "   hello-world:                          $(peak "$work/hello")"
