#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// `swift run -c release socratic-bench [NAME...]`: runs the named benchmarks, or all of them,
/// and prints their figures. Targets are checked by reading the figures, not by asserting them.
let benchmarks: [Benchmark] = [
  .invert, .critique, .explore, .coaching, PacksBenchmark.load, PacksBenchmark.hostile,
  ExportBenchmark.benchmark, SessionsBenchmark.benchmark,
]

let requested = Set(CommandLine.arguments.dropFirst())
let unknown = requested.subtracting(benchmarks.map(\.name))
if !unknown.isEmpty {
  print(
    "socratic-bench: unknown benchmark \(unknown.sorted().joined(separator: ", ")); known: "
      + benchmarks.map(\.name).joined(separator: ", "))
  exit(64)
}
for benchmark in benchmarks where requested.isEmpty || requested.contains(benchmark.name) {
  print("\(benchmark.name): \(benchmark.summary)")
  do {
    for line in try benchmark.run() { print("  " + line) }
  } catch {
    print("  failed: \(error)")
    exit(1)
  }
}
