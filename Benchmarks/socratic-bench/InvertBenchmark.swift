import SocraticCore

extension Benchmark {
  /// One belief → claim, negation and questions, in process. Target: median ≤ 60 µs (release).
  static var invert: Benchmark {
    Benchmark(
      name: "invert",
      summary: "one belief → analysis and questions, in process (target: median ≤ 60 µs, release)"
    ) {
      let engine = InversionEngine()
      let beliefs = [
        "I think crypto is a scam because of FTX.",
        "AI regulation will stifle innovation.",
        "Nobody needs a central bank.",
        "Remote work kills productivity.",
        "The EU AI Act went too far.",
        "All politicians are corrupt.",
        "My parents don't understand me.",
        "Bitcoin has no intrinsic value because it produces nothing.",
      ]
      var lines: [String] = []
      var questionCount = 0
      for belief in beliefs {
        let timings = try measure(iterations: 2_000) {
          let analysis = try engine.analyze(belief)
          questionCount += engine.questions(for: analysis).count
        }
        lines.append("\(timings.description)  \(belief)")
      }
      let all = try measure(iterations: 500) {
        for belief in beliefs {
          let analysis = try engine.analyze(belief)
          questionCount += engine.questions(for: analysis).count
        }
      }
      let perBelief = Timings(nanoseconds: all.nanoseconds.map { $0 / Double(beliefs.count) })
      lines.append("all \(beliefs.count) beliefs, per belief: \(perBelief.description)")
      // The tagger's share: tagging each belief's words once; the reader tags each clause it
      // reads (a belief is read as one to a few clauses).
      lines.append(taggerShare(of: beliefs, per: "belief"))
      lines.append("peak memory: \(peakMemoryMiB()) MiB (questions asked: \(questionCount))")
      return lines
    }
  }
}
