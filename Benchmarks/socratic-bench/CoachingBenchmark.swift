import Foundation
import SocraticCore

extension Benchmark {
  /// One step of a partner session and of a drill, in process: a line in, the questions to ask
  /// next (partner) or the coaching and the persona's reply (drill) out. Target: median ≤ 1 ms
  /// (release), like explore.
  static var coaching: Benchmark {
    Benchmark(
      name: "coaching",
      summary:
        "a partner step (what they said in, a reflection and two questions out) and a drill step (a question in, "
        + "its critique and the persona's reply out), in process (target: median ≤ 1 ms)"
    ) {
      let setting = CoachingSetting(library: PackLibrary.builtIn(), seed: 7)
      var lines: [String] = []
      var made = 0

      // Partner: a conversation under way, at its reasons, to say the next thing to again and
      // again.
      var partner = PartnerDialogue.start(setting: setting, topic: "crypto").dialogue
      for line in ["I think crypto is a scam.", "Because of FTX, mostly."] {
        made += partner.receive(.line(line)).events.count
      }
      let listening = partner
      let said: [(String, String)] = [
        ("a claim", "Most coins are worthless and everyone knows it."),
        ("a reason", "Because my brother lost his savings on it."),
        ("how sure they are", "I'm 90 percent sure."),
        ("a question of theirs", "Why do you even care?"),
        ("a fragment", "Bitcoin to the moon"),
        ("a charge at the listener", "You sound like you work for them."),
        ("a feeling", "Honestly I'm worried I'll lose my job over this."),
        (
          "90 words",
          String(
            repeating: "People I know lost money on it, and the exchanges they used were run by "
              + "people who disappeared with everything they had deposited there. ", count: 3)
        ),
        ("64 KiB", String(repeating: "word ", count: 13_107)),
      ]
      for (name, line) in said {
        let timings = measure(iterations: name == "64 KiB" ? 200 : 2_000) {
          var next = listening
          made += next.receive(.line(line)).events.count
        }
        lines.append("\(timings.description)  partner: \(name)")
      }
      let freshTimings = Benchmark.freshAnswerTimings(from: listening, events: &made)
      lines.append("\(freshTimings.description)  partner: 90 words, new each time")
      let whole = measureSteps(
        from: listening, lines: Array(repeating: "Crypto is a scam.", count: 40))
      lines.append("\(whole.timings.description)  partner: each step of 40 turns")
      lines.append(
        "\(foldTimings(mode: .partner, events: whole.events) { transcript in made += PartnerDialogue.resume(transcript, setting: setting).step.outputs.count }.description)  partner: resuming a log of \(whole.events.count) events"
      )

      // Drill: a persona that has been asked a question, to ask again and again.
      var drill = DrillDialogue.start(setting: setting, topic: "crypto").dialogue
      made += drill.receive(.line("What evidence do you have for that?")).events.count
      let asking = drill
      let questions: [(String, String)] = [
        ("an open question", "What would change your mind about this?"),
        ("a leading question", "Don't you think that's a bit much?"),
        ("a closed question", "Is crypto a scam?"),
        ("a statement", "Crypto is useful."),
        ("64 KiB", String(repeating: "word ", count: 13_107)),
      ]
      for (name, line) in questions {
        let timings = measure(iterations: name == "64 KiB" ? 200 : 2_000) {
          var next = asking
          made += next.receive(.line(line)).events.count
        }
        lines.append("\(timings.description)  drill: \(name)")
      }
      let drillQuestions = [
        "What makes you so sure?", "Isn't that just hype?", "How might others see it?",
        "What do you mean by that?", "Where does that lead?", "Why does it matter to you?",
        "What are you assuming?", "What evidence would change your mind?", "Is it a scam?",
      ]
      let wholeDrill = measureSteps(from: asking, lines: drillQuestions)
      lines.append("\(wholeDrill.timings.description)  drill: each step of a whole drill")
      lines.append(
        "\(foldTimings(mode: .drill, events: wholeDrill.events) { transcript in made += DrillDialogue.resume(transcript, setting: setting).step.outputs.count }.description)  drill: resuming a log of \(wholeDrill.events.count) events"
      )
      lines.append("peak memory: \(peakMemoryMiB()) MiB (events and outputs made: \(made))")
      return lines
    }
  }
}

/// Times each step of a session fed the lines in turn, and keeps its events.
private func measureSteps<Session: Dialogue>(from start: Session, lines: [String])
  -> (timings: Timings, events: [SessionEvent.Payload])
{
  let clock = ContinuousClock()
  var session = start
  var times: [Double] = []
  var events: [SessionEvent.Payload] = []
  for line in lines {
    var step = DialogueStep()
    let elapsed = clock.measure { step = session.receive(.line(line)) }
    times.append(
      Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9)
    events += step.events
  }
  return (Timings(nanoseconds: times.sorted()), events)
}

/// Times folding a log of the events back into a session.
private func foldTimings(
  mode: SessionMode, events: [SessionEvent.Payload], _ resume: (SessionTranscript) -> Void
) -> Timings {
  let start = Date()
  let transcript = SessionTranscript(
    header: SessionHeader(id: "bench", mode: mode, started: start, topic: "crypto"),
    events: events.map { SessionEvent($0, at: start) })
  return measure(iterations: 200) { resume(transcript) }
}
