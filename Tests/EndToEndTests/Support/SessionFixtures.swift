import Foundation
import SocraticCore

/// Data folders filled with session logs through the log writer, as sessions write them.
enum SessionFixtures {
  static let start = Timestamp.date(from: "2026-11-25T06:15:03.120Z")!

  static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

  /// A small explore session, rated 80 → 60, with a multi-line answer and hostile text.
  static var explore: SessionTranscript {
    SessionTranscript(
      header: SessionHeader(
        id: "20261125-0615-k3f9", mode: .explore, started: start, topic: "crypto"),
      events: [
        SessionEvent(
          .belief(
            .init(
              text: "Crypto is mostly used for scams.", claim: "crypto is mostly used for scams",
              inverted: "crypto is not mostly used for scams")), at: at(5)),
        SessionEvent(.confidence(.init(value: 80, moment: .before)), at: at(9)),
        SessionEvent(
          .question(
            .init(
              number: 1, kind: .inversion, text: "Why might crypto not be mostly used for scams?",
              source: .inversion)),
          at: at(10)),
        SessionEvent(
          .answer(
            .init(question: 1, text: "People send money home.\n\u{1B}[31mFees\u{1B}[0m are lower.")),
          at: at(40)),
        SessionEvent(
          .question(
            .init(
              number: 2, kind: .evidence, text: "What have you seen?", source: .followUp, follows: 1
            )),
          at: at(41)),
        SessionEvent(.skip(.init(question: 2)), at: at(50)),
        SessionEvent(
          .note(.init(text: "I assume the news is typical.", category: .assumption)), at: at(55)),
        SessionEvent(.confidence(.init(value: 60, moment: .after)), at: at(60)),
        SessionEvent(.end(.init(reason: .quit)), at: at(61)),
      ])
  }

  /// A drill session the next day.
  static var drill: SessionTranscript {
    SessionTranscript(
      header: SessionHeader(
        id: "20261126-0615-x7rt", mode: .drill, started: at(86_400), topic: "ai"),
      events: [
        SessionEvent(
          .persona(
            .init(
              belief: "AI will take most jobs within ten years.", confidence: 70,
              reasons: ["Chatbots write code."])),
          at: at(86_401)),
        SessionEvent(
          .asked(
            .init(
              number: 1, text: "Isn't that just hype?",
              critique: .init(
                form: "leading", kind: .evidence,
                problems: ["negative question that presumes the answer"],
                suggestion: "What makes you confident it is more than hype?"))), at: at(86_410)),
        SessionEvent(.personaReply(.init(question: 1, text: "No.")), at: at(86_411)),
        SessionEvent(.personaConfidence(.init(value: 75)), at: at(86_412)),
        SessionEvent(.end(.init(reason: .quit)), at: at(86_420)),
      ])
  }

  /// An explore session two days later, on the person's own belief, rated 30 → 50.
  static var ownBelief: SessionTranscript {
    SessionTranscript(
      header: SessionHeader(id: "20261127-0615-m4pq", mode: .explore, started: at(172_800)),
      events: [
        SessionEvent(
          .belief(
            .init(text: "Remote work kills productivity for junior developers in their first year.")
          ), at: at(172_801)),
        SessionEvent(.confidence(.init(value: 30, moment: .before)), at: at(172_802)),
        SessionEvent(.confidence(.init(value: 50, moment: .after)), at: at(172_900)),
        SessionEvent(.end(.init(reason: .quit)), at: at(172_901)),
      ])
  }

  /// A data folder holding the sessions' logs.
  static func dataFolder(_ transcripts: [SessionTranscript]) throws -> String {
    let data = try SocraticProcess.temporaryFolder().path
    for transcript in transcripts {
      let writer = try SessionLogWriter.create(transcript.header, in: data + "/sessions")
      try writer.append(transcript.events)
    }
    return data
  }

  /// The environment of a run against a data folder, in UTC and a UTF-8 locale.
  static func environment(_ data: String, lang: String = "C.UTF-8") -> [String: String] {
    ["SOCRATIC_DATA_DIR": data, "TZ": "UTC", "LANG": lang]
  }
}
