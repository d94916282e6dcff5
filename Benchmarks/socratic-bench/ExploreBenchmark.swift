import Foundation
import SocraticCore

extension Benchmark {
  /// One step of an explore session, in process: an answer in, the next question out. Target:
  /// median ≤ 1 ms (release).
  static var explore: Benchmark {
    Benchmark(
      name: "explore",
      summary: "an explore step: answer in, next question out, in process (target: median ≤ 1 ms)"
    ) {
      let clock = ContinuousClock()
      var lines: [String] = []
      var library = PackLibrary([])
      let loading = clock.measure { library = PackLibrary.builtIn() }
      var setting: ExploreSetting?
      let settingUp = clock.measure { setting = ExploreSetting(library: library, seed: 7) }
      guard let setting else { return [] }
      lines.append(
        "start-up: built-in packs \(format(loading)), engine and setting \(format(settingUp))")

      // A session waiting for the answer to its first question, to answer again and again.
      var (dialogue, _) = ExploreDialogue.start(setting: setting, topic: "crypto")
      for line in ["7", "y", "80"] { _ = dialogue.receive(.line(line)) }
      let waiting = dialogue
      let answers: [(String, String)] = [
        ("a short plain answer", "Some of them do."),
        ("a reason (evidence follow-up)", "Because people send money home with it."),
        ("an absolute (exception follow-up)", "Everyone I know who bought it lost money."),
        ("\"I don't know\" (gentler question)", "I don't know."),
        (
          "a 90-word answer (key phrase)",
          String(
            repeating: "People I know send money home with it, and the fees they pay are lower "
              + "than what the banks in their towns charge them for the same transfer. ", count: 3)
        ),
        ("a 64 KiB answer", String(repeating: "word ", count: 13_107)),
      ]
      var asked = 0
      for (name, answer) in answers {
        let timings = measure(iterations: name.hasPrefix("a 64") ? 200 : 2_000) {
          var next = waiting
          asked += next.receive(.line(answer)).events.count
        }
        lines.append("\(timings.description)  \(name)")
      }
      // The same answer read again finds its clauses, tags and tokens remembered: answers that
      // differ in a word each time show what a reader who remembers none of it costs.
      let freshTimings = Benchmark.freshAnswerTimings(from: waiting, events: &asked)
      lines.append("\(freshTimings.description)  a 90-word answer, a new one each time")

      // A whole session: every question about a belief answered in turn.
      var session = waiting
      var stepTimes: [Double] = []
      var answered = 0
      while case .answering = session.state.phase {
        let elapsed = clock.measure { _ = session.receive(.line("Some of them do.")) }
        stepTimes.append(Double(elapsed.components.attoseconds) / 1e9)
        answered += 1
      }
      let whole = Timings(nanoseconds: stepTimes.sorted())
      lines.append("\(whole.description)  each step of a whole session (\(answered) answers)")

      // Resuming: folding the log of that session back into a dialogue.
      let start = Date()
      var events: [SessionEvent] = []
      var replay = ExploreDialogue.start(setting: setting, topic: "crypto").dialogue
      for line in ["7", "y", "80"] + Array(repeating: "Some of them do.", count: answered) {
        for payload in replay.receive(.line(line)).events {
          events.append(SessionEvent(payload, at: start))
        }
      }
      let transcript = SessionTranscript(
        header: SessionHeader(id: "bench", mode: .explore, started: start, topic: "crypto"),
        events: events)
      let folding = measure(iterations: 200) {
        asked += ExploreDialogue.resume(transcript, setting: setting).step.events.count
      }
      lines.append("\(folding.description)  resuming a log of \(events.count) events")
      lines.append("peak memory: \(peakMemoryMiB()) MiB (events made: \(asked))")
      return lines
    }
  }
}

/// A duration as `format` writes nanoseconds.
private func format(_ duration: Duration) -> String {
  format(
    Double(duration.components.seconds) * 1e9 + Double(duration.components.attoseconds) / 1e9)
}
