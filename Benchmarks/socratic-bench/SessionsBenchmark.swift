import Foundation
import SocraticCore

/// Finding and listing sessions among 10,000 logs: resolving an id or a prefix, `last`, and
/// `socratic sessions list`'s entries, with every log read (no list index yet) and with the
/// logs unchanged since the last list. Target: each under 300 ms once the index is there.
enum SessionsBenchmark {
  static var benchmark: Benchmark {
    Benchmark(
      name: "sessions",
      summary: "find and list sessions among 10,000 logs (target: each ≤ 300 ms)",
      run: run)
  }
}

private func run() throws -> [String] {
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("socratic-bench-\(UUID().uuidString)").path
  defer { try? FileManager.default.removeItem(atPath: folder) }
  try writeLogs(10_000, in: folder)
  let store = SessionStore(folder: folder)
  let resolveID = try measure(iterations: 10, warmUp: 2) {
    _ = try store.resolve("20261125-0004-0104")
  }
  let ambiguous = measure(iterations: 10, warmUp: 2) {
    _ = try? store.resolve("2026112")
  }
  let index = folder + "/.list-index"
  let listCold = try measure(iterations: 3, warmUp: 0) {
    unlink(index)
    _ = try store.entries()
  }
  _ = try store.entries()
  let last = try measure(iterations: 10, warmUp: 2) { _ = try store.resolve("last") }
  let list = try measure(iterations: 10, warmUp: 2) { _ = try store.entries() }
  return [
    "resolve a whole id:          " + resolveID.description,
    "resolve an ambiguous prefix: " + ambiguous.description,
    "resolve 'last':              " + last.description,
    "list, every log read:        " + listCold.description,
    "list, logs unchanged:        " + list.description,
    "peak memory: \(Int(peakMemoryMiB())) MiB",
  ]
}

/// Writes `count` short explore sessions, a minute apart: a belief, two questions and answers,
/// confidence before and after. The first goes through the log writer; the rest are copies of
/// its bytes with their own id and start time, as syncing 10,000 files would take minutes.
private func writeLogs(_ count: Int, in folder: String) throws {
  let start = Date(timeIntervalSince1970: 1_795_587_303)
  let template = "20261125-0000-ffff"
  let header = SessionHeader(id: template, mode: .explore, started: start, topic: "crypto")
  let writer = try SessionLogWriter.create(header, in: folder + "/template")
  try writer.append([
    SessionEvent(.belief(.init(text: "Tea beats coffee in the morning.")), at: start),
    SessionEvent(.confidence(.init(value: 70, moment: .before)), at: start),
    SessionEvent(
      .question(.init(number: 1, kind: .inversion, text: "Why might it not?", source: .engine)),
      at: start),
    SessionEvent(.answer(.init(question: 1, text: "Coffee wakes some people faster.")), at: start),
    SessionEvent(
      .question(.init(number: 2, kind: .evidence, text: "What shows it?", source: .engine)),
      at: start),
    SessionEvent(.answer(.init(question: 2, text: "How I feel by nine.")), at: start),
    SessionEvent(.confidence(.init(value: 60, moment: .after)), at: start),
    SessionEvent(.end(.init(reason: .quit)), at: start),
  ])
  let text = try String(contentsOfFile: writer.path, encoding: .utf8)
  let startText = Timestamp.string(from: start)
  for index in 0..<count {
    let id = String(format: "20261125-%04d-%04x", index / 60, index)
    let at = Timestamp.string(from: start.addingTimeInterval(Double(index) * 60))
    let log = text.replacingOccurrences(of: template, with: id)
      .replacingOccurrences(of: startText, with: at)
    try log.write(toFile: folder + "/" + id + ".jsonl", atomically: false, encoding: .utf8)
  }
}
