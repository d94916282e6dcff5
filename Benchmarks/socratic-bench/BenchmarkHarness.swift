import SocraticCore

#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// One benchmark: a name to select it by, what it measures, and the target it must meet.
struct Benchmark {
  /// Selects the benchmark on the command line: `socratic-bench NAME`.
  var name: String
  /// What is measured, and the target, in a line.
  var summary: String
  /// Runs the measurement and returns the lines of its report.
  var run: () throws -> [String]
}

/// Timings of repeated runs of the same work.
struct Timings {
  /// Every run's duration in nanoseconds, sorted.
  var nanoseconds: [Double]

  var median: Double { percentile(50) }
  var p90: Double { percentile(90) }
  var minimum: Double { nanoseconds.first ?? 0 }

  func percentile(_ p: Double) -> Double {
    guard !nanoseconds.isEmpty else { return 0 }
    let index = Int((p / 100 * Double(nanoseconds.count - 1)).rounded())
    return nanoseconds[index]
  }

  /// "median 12.3 µs, p90 14.0 µs, min 11.8 µs (n = 1000)".
  var description: String {
    "median \(format(median)), p90 \(format(p90)), min \(format(minimum)) (n = \(nanoseconds.count))"
  }
}

/// Runs `body` `iterations` times after a few warm-up runs and times each run. With
/// `SOCRATIC_BENCH_QUICK` set, a twentieth as many: enough to compare two debug builds.
func measure(iterations: Int, warmUp: Int = 10, _ body: () throws -> Void) rethrows -> Timings {
  let iterations = isQuick ? max(1, iterations / 20) : iterations
  for _ in 0..<(isQuick ? 1 : warmUp) { try body() }
  let clock = ContinuousClock()
  var samples: [Double] = []
  samples.reserveCapacity(iterations)
  for _ in 0..<iterations {
    let elapsed = try clock.measure(body)
    samples.append(
      Double(elapsed.components.attoseconds) / 1e9 + Double(elapsed.components.seconds) * 1e9)
  }
  return Timings(nanoseconds: samples.sorted())
}

extension Benchmark {
  /// A step of a dialogue given a 90-word answer new each time, from the same state: the
  /// figure of a reader that remembers none of what it read before.
  /// - Parameter events: counts the events made, so the work is not optimised away.
  static func freshAnswerTimings<Session: Dialogue>(from start: Session, events: inout Int)
    -> Timings
  {
    let fresh = freshAnswers(count: 2_010)
    var next = 0
    return measure(iterations: 2_000) {
      var step = start
      events += step.receive(.line(fresh[next])).events.count
      next += 1
    }
  }

  /// Answers of about 90 words, each with a number of its own in every sentence: no two share
  /// a sentence, so a reader remembers none of one from another.
  static func freshAnswers(count: Int) -> [String] {
    (0..<count).map { number in
      (1...3).map { sentence in
        "People I know in town \(number * 3 + sentence) send money home with it, and the fees they "
          + "pay are lower than what the banks in their towns charge them for the same transfer."
      }.joined(separator: " ")
    }
  }
}

/// The tagger's share of reading texts: tagging each text's words once, 500 times over, as a
/// line "tagger alone, per <unit>: …".
func taggerShare(of texts: [String], per unit: String) -> String {
  let tokenized = texts.map { Tokenizer.tokenize($0) }
  var tagCount = 0
  let tagging = measure(iterations: 500) {
    for tokens in tokenized { tagCount += Tagger.tags(of: tokens).count }
  }
  let perText = Timings(nanoseconds: tagging.nanoseconds.map { $0 / Double(texts.count) })
  return "tagger alone, per \(unit): \(perText.description) (\(tagCount) tags)"
}

/// Whether `SOCRATIC_BENCH_QUICK` asks for fewer runs of each measurement.
let isQuick = getenv("SOCRATIC_BENCH_QUICK") != nil

/// A duration in nanoseconds with a readable unit.
func format(_ nanoseconds: Double) -> String {
  switch nanoseconds {
  case ..<1_000: return "\(rounded(nanoseconds)) ns"
  case ..<1_000_000: return "\(rounded(nanoseconds / 1_000)) µs"
  case ..<1_000_000_000: return "\(rounded(nanoseconds / 1_000_000)) ms"
  default: return "\(rounded(nanoseconds / 1_000_000_000)) s"
  }
}

private func rounded(_ value: Double) -> String {
  let tenths = (value * 10).rounded() / 10
  return tenths == tenths.rounded() ? String(Int(tenths)) : String(tenths)
}

/// The most memory this process has held at once, in mebibytes.
func peakMemoryMiB() -> Double {
  var usage = rusage()
  getrusage(RUSAGE_SELF.rawValue, &usage)
  return Double(usage.ru_maxrss) / 1024
}
