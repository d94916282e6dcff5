import SocraticCore

/// A part of socratic that reads untrusted input, exercised with one input at a time.
///
/// Each must return for any bytes at all: throwing or refusing is fine, trapping or hanging is
/// a bug. Both the libFuzzer driver and the generated-input runs call `run`.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// A belief read and inverted, with its questions, as `invert` does.
  case belief
  /// A question critiqued, as `critique` does.
  case critic
  /// A session log's lines parsed, then summed up, exported and counted in stats.
  case logLine = "log-line"
  /// A topic pack read and validated.
  case pack

  /// Feeds one input to the target.
  public func run(_ bytes: [UInt8]) {
    switch self {
    case .belief:
      let engine = InversionEngine()
      if let analysis = try? engine.analyze(String(decoding: bytes, as: UTF8.self)) {
        _ = engine.questions(for: analysis, seed: 1)
      }
    case .critic:
      _ = try? QuestionCritic().critique(String(decoding: bytes, as: UTF8.self))
    case .logLine:
      let log = Array(FuzzSeeds.logHeader.utf8) + [0x0A] + bytes
      guard let contents = try? SessionLogReader.parse(log, path: "fuzz.jsonl") else { return }
      let summary = SessionSummary(contents.transcript)
      _ = SessionStats([summary, summary]).json()
      _ = MarkdownExporter.render(contents.transcript)
      _ = JSONExporter.render(contents.transcript)
      _ = SessionLogWarning.summarized(contents.warnings)
    case .pack:
      _ = PackReader.read(bytes, path: "fuzz.yaml")
    }
  }

  /// Where generated inputs start from: well-formed inputs of this target, which mutations
  /// then damage.
  public var seeds: [String] {
    switch self {
    case .belief: FuzzSeeds.beliefs
    case .critic: FuzzSeeds.questions
    case .logLine: FuzzSeeds.logLines
    case .pack: FuzzSeeds.packs
    }
  }
}
