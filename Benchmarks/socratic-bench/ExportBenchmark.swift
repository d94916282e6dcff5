import Foundation
import SocraticCore

/// Export of long sessions: reading and parsing the log, then rendering Markdown and JSON,
/// for 1k, 10k and 100k turns (a turn is a question and its answer). Target: the whole
/// Markdown export of 10,000 turns in 200 ms or less.
enum ExportBenchmark {
  static var benchmark: Benchmark {
    Benchmark(
      name: "export",
      summary: "export a session of 1k/10k/100k turns (target: Markdown, 10k turns, ≤ 200 ms)",
      run: run)
  }
}

private func run() throws -> [String] {
  var report: [String] = []
  let folder = FileManager.default.temporaryDirectory
    .appendingPathComponent("socratic-bench-\(UUID().uuidString)").path
  defer { try? FileManager.default.removeItem(atPath: folder) }
  for turns in [1_000, 10_000, 100_000] {
    let path = try writeLog(turns: turns, in: folder)
    let iterations = turns >= 100_000 ? 5 : 20
    let warmUp = turns >= 100_000 ? 1 : 3
    let size = (try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
    let transcript = try SessionLogReader.read(path: path).transcript
    let read = try measure(iterations: iterations, warmUp: warmUp) {
      _ = try SessionLogReader.read(path: path)
    }
    let markdown = measure(iterations: iterations, warmUp: warmUp) {
      _ = MarkdownExporter.render(transcript)
    }
    let json = measure(iterations: iterations, warmUp: warmUp) {
      _ = JSONExporter.render(transcript)
    }
    let whole = try measure(iterations: iterations, warmUp: warmUp) {
      let contents = try SessionLogReader.read(path: path)
      _ = MarkdownExporter.render(contents.transcript)
    }
    let wholeJSON = try measure(iterations: iterations, warmUp: warmUp) {
      let contents = try SessionLogReader.read(path: path)
      _ = JSONExporter.render(contents.transcript)
    }
    let cpu = try cpuTimeMedian(iterations: iterations) {
      let contents = try SessionLogReader.read(path: path)
      _ = MarkdownExporter.render(contents.transcript)
    }
    report.append("\(turns) turns (\(size / 1024) KiB log):")
    report.append("  read + parse:          " + read.description)
    report.append("  render Markdown:       " + markdown.description)
    report.append("  render JSON:           " + json.description)
    report.append("  Markdown export total: " + whole.description)
    report.append("  Markdown export, CPU:  median " + format(cpu) + " (this thread's CPU time)")
    report.append("  JSON export total:     " + wholeJSON.description)
    report.append("  per turn (total):      " + format(whole.median / Double(turns)))
  }
  report.append("peak memory: \(Int(peakMemoryMiB())) MiB")
  return report
}

/// The median CPU time this thread spends on the work: unlike wall time it does not grow
/// when other processes share the cores, so it shows what an idle machine would take.
private func cpuTimeMedian(iterations: Int, _ body: () throws -> Void) rethrows -> Double {
  func now() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1e9 + Double(time.tv_nsec)
  }
  var samples: [Double] = []
  for _ in 0..<iterations {
    let start = now()
    try body()
    samples.append(now() - start)
  }
  return samples.sorted()[samples.count / 2]
}

/// Writes a log of `turns` questions and answers through the log writer, with answers of a
/// few lines and some text that needs escaping, as real sessions have.
private func writeLog(turns: Int, in folder: String) throws -> String {
  let start = Date(timeIntervalSince1970: 1_795_587_303)
  let header = SessionHeader(id: "bench-\(turns)", mode: .explore, started: start, topic: "crypto")
  let writer = try SessionLogWriter.create(header, in: folder)
  var events: [SessionEvent] = [
    SessionEvent(
      .belief(
        .init(
          text: "Crypto is mostly used for scams.", claim: "crypto is mostly used for scams",
          inverted: "crypto is not mostly used for scams")), at: start),
    SessionEvent(.confidence(.init(value: 80, moment: .before)), at: start),
  ]
  let kinds = QuestionKind.allCases
  for number in 1...turns {
    let at = start.addingTimeInterval(Double(number))
    events.append(
      SessionEvent(
        .question(
          .init(
            number: number, kind: kinds[number % kinds.count],
            text: "What would have to be true for crypto not to be mostly used for scams?",
            source: .engine)), at: at))
    events.append(
      SessionEvent(
        .answer(
          .init(
            question: number,
            text: "People send money home with it, and *fees* are lower.\n"
              + "# Not everyone uses it for <scams> & fraud.\n1. Remittances\n- Savings")),
        at: at))
  }
  events.append(SessionEvent(.confidence(.init(value: 60, moment: .after)), at: start))
  events.append(SessionEvent(.end(.init(reason: .quit)), at: start))
  // Written in batches: the benchmark measures reading and rendering, not fsync.
  var index = 0
  while index < events.count {
    try writer.append(Array(events[index..<min(index + 5_000, events.count)]))
    index += 5_000
  }
  return writer.path
}
