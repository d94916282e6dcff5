import SocraticCore

extension Benchmark {
  /// One question → form, kind, problems and suggestion, in process. Target: median ≤ 30 µs
  /// (release).
  static var critique: Benchmark {
    Benchmark(
      name: "critique",
      summary: "one question → critique, in process (target: median ≤ 30 µs, release)"
    ) {
      let critic = QuestionCritic()
      // Every form and the costly paths: a rewrite from a parsed claim, a rhetorical question
      // with an insult, a single fact, a good open question (no rewrite), a tag.
      let questions = [
        "Don't you think crypto is a scam?",
        "Is crypto a scam?",
        "Should we ban TikTok?",
        "Do you think AI should be regulated?",
        "Why would anyone be so stupid as to buy Bitcoin?",
        "When did Bitcoin launch?",
        "What would change your mind about AI regulation?",
        "Can you tell me more about why you distrust banks?",
        "Remote work kills productivity, right?",
        "Does social media harm teenagers?",
      ]
      var lines: [String] = []
      var problemCount = 0
      for question in questions {
        let timings = try measure(iterations: 2_000) {
          problemCount += try critic.critique(question).problems.count
        }
        lines.append("\(timings.description)  \(question)")
      }
      let all = try measure(iterations: 500) {
        for question in questions {
          problemCount += try critic.critique(question).problems.count
        }
      }
      let perQuestion = Timings(nanoseconds: all.nanoseconds.map { $0 / Double(questions.count) })
      lines.append("all \(questions.count) questions, per question: \(perQuestion.description)")
      // The tagger's share: tagging each question's words once; the critic reads a question's
      // clause more than once (its form, its claim, a rewrite).
      lines.append(taggerShare(of: questions, per: "question"))
      lines.append("peak memory: \(peakMemoryMiB()) MiB (problems found: \(problemCount))")
      return lines
    }
  }
}
