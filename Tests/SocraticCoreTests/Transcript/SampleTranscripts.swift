import Foundation
import SocraticCore

/// Sessions of each mode with fixed times, for exporters, the summary and goldens.
enum SampleTranscripts {
  static let start = Timestamp.date(from: "2026-11-25T06:15:03.120Z")!

  static func at(_ seconds: Double) -> Date { start.addingTimeInterval(seconds) }

  /// An explore session about one belief: each turn a question (its arc and kind) and the
  /// answer typed to it.
  static func exploreSession(
    _ claim: String, _ turns: [(arc: String, kind: QuestionKind, question: String, answer: String)]
  ) -> SessionTranscript {
    var events = [
      SessionEvent(.belief(.init(text: claim, claim: claim)), at: at(1)),
      SessionEvent(.confidence(.init(value: 80, moment: .before)), at: at(2)),
    ]
    for (index, turn) in turns.enumerated() {
      let number = index + 1
      events.append(
        SessionEvent(
          .question(
            .init(
              number: number, kind: turn.kind, text: turn.question, source: .followUp,
              follows: number > 1 ? number - 1 : nil, arc: turn.arc)),
          at: at(Double(10 * number))))
      events.append(
        SessionEvent(
          .answer(.init(question: number, text: turn.answer)),
          at: at(Double(10 * number + 5))))
    }
    return SessionTranscript(
      header: SessionHeader(id: "x", mode: .explore, started: SampleTranscripts.start),
      events: events)
  }

  static var explore: SessionTranscript {
    SessionTranscript(
      header: SessionHeader(
        id: "20261125-0615-k3f9", mode: .explore, started: start, topic: "crypto"),
      events: [
        SessionEvent(
          .belief(
            .init(
              text: "I think crypto is mostly used for scams because of FTX.",
              claim: "crypto is mostly used for scams",
              inverted: "crypto is not mostly used for scams",
              reason: "because of FTX")), at: at(5)),
        SessionEvent(.confidence(.init(value: 80, moment: .before)), at: at(9)),
        SessionEvent(
          .question(
            .init(
              number: 1, kind: .inversion, text: "Why might crypto not be mostly used for scams?",
              source: .inversion)), at: at(10)),
        SessionEvent(
          .answer(.init(question: 1, text: "People send money home with it.\nFees are lower.")),
          at: at(40)),
        SessionEvent(
          .question(
            .init(
              number: 2, kind: .evidence,
              text: "What about FTX makes it stand for crypto as a whole?",
              source: .followUp, follows: 1)), at: at(41)),
        SessionEvent(.skip(.init(question: 2)), at: at(50)),
        SessionEvent(
          .question(
            .init(
              number: 3, kind: .viewpoints,
              text: "Why do you think so many developers dedicate their lives to this technology?",
              source: .pack, pack: "crypto")), at: at(51)),
        SessionEvent(
          .answer(.init(question: 3, text: "Money, mostly. Some believe in it.")), at: at(90)),
        SessionEvent(
          .note(.init(text: "I assume the news shows what is typical.", category: .assumption)),
          at: at(95)),
        SessionEvent(.confidence(.init(value: 70, moment: .update)), at: at(100)),
        SessionEvent(.newThread(.init(number: 2)), at: at(110)),
        SessionEvent(
          .belief(
            .init(
              text: "Most crypto projects fail.", claim: "most crypto projects fail",
              inverted: "not most crypto projects fail")), at: at(115)),
        SessionEvent(.confidence(.init(value: 90, moment: .before)), at: at(118)),
        SessionEvent(
          .question(
            .init(
              number: 4, kind: .clarification, text: "What do you mean by \"fail\"?",
              source: .engine)), at: at(120)),
        SessionEvent(
          .answer(.init(question: 4, text: "They lose most of their value.")), at: at(150)),
        SessionEvent(.note(.init(text: "I do not know the base rate.")), at: at(155)),
        SessionEvent(.confidence(.init(value: 75, moment: .after)), at: at(160)),
        SessionEvent(.end(.init(reason: .quit)), at: at(161)),
      ])
  }

  static var partner: SessionTranscript {
    SessionTranscript(
      header: SessionHeader(id: "20261126-0615-m4pq", mode: .partner, started: at(86_400)),
      events: [
        SessionEvent(.stage(.init(stage: "claim")), at: at(86_401)),
        SessionEvent(
          .theySaid(
            .init(
              text: "Immigration is ruining this country.",
              claim: "immigration is ruining this country",
              inverted: "immigration is not ruining this country")), at: at(86_410)),
        SessionEvent(
          .suggestions(
            .init(items: [
              .reflection("So you think immigration is ruining this country."),
              .question(
                Question(kind: .clarification, text: "What do you mean by \"ruining\"?")),
              .question(
                Question(kind: .evidence, text: "What have you seen that makes you think so?")),
            ])), at: at(86_411)),
        SessionEvent(
          .asked(
            .init(
              number: 1, text: "Don't you think that's a bit much?",
              critique: .init(
                form: "leading", kind: .assumptions,
                problems: ["negative question that presumes the answer"],
                suggestion: "What makes it feel that way to you?"))), at: at(86_420)),
        SessionEvent(.stage(.init(stage: "reasons")), at: at(86_430)),
        SessionEvent(
          .asked(
            .init(
              number: 2, text: "What have you seen that makes you think so?",
              critique: .init(form: "open", kind: .evidence, problems: [], suggestion: nil))),
          at: at(86_440)),
        SessionEvent(
          .note(.init(text: "Dad worries about his job.", category: .blockage)), at: at(86_450)),
        SessionEvent(.end(.init(reason: .endOfInput)), at: at(86_460)),
      ])
  }

  static var drill: SessionTranscript {
    SessionTranscript(
      header: SessionHeader(
        id: "20261127-0615-x7rt", mode: .drill, started: at(172_800), topic: "ai"),
      events: [
        SessionEvent(
          .persona(
            .init(
              belief: "AI will take most jobs within ten years.",
              claim: "AI will take most jobs within ten years",
              inverted: "AI will not take most jobs within ten years", confidence: 70,
              reasons: ["Chatbots already write code.", "Companies cut costs."], pack: "ai")),
          at: at(172_801)),
        SessionEvent(
          .asked(
            .init(
              number: 1, text: "Isn't that just hype?",
              critique: .init(
                form: "leading", kind: .evidence,
                problems: ["negative question that presumes the answer"],
                suggestion: "What makes you confident it is more than hype?"))), at: at(172_810)),
        SessionEvent(
          .personaReply(.init(question: 1, text: "No. Chatbots already write code.")),
          at: at(172_811)),
        SessionEvent(.personaConfidence(.init(value: 75)), at: at(172_812)),
        SessionEvent(
          .asked(
            .init(
              number: 2, text: "What would change your mind?",
              critique: .init(form: "open", kind: .evidence, problems: [], suggestion: nil))),
          at: at(172_830)),
        SessionEvent(
          .personaReply(.init(question: 2, text: "Seeing jobs grow where AI is used most.")),
          at: at(172_831)),
        SessionEvent(.personaConfidence(.init(value: 60)), at: at(172_832)),
        SessionEvent(.end(.init(reason: .quit)), at: at(172_840)),
      ])
  }

  /// A new, empty folder for a test.
  static func temporaryFolder() throws -> String {
    let folder = FileManager.default.temporaryDirectory
      .appendingPathComponent("socratic-transcript-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    return folder
  }
}

extension SampleTranscripts {
  /// An explore session about one belief: each turn the arc step asked (in its usual wording,
  /// `arcQuestions`) and the answer typed to it.
  static func exploreSession(_ claim: String, byArc turns: [(arc: String, answer: String)])
    -> SessionTranscript
  {
    exploreSession(
      claim,
      turns.map { turn in
        let (kind, question) =
          arcQuestions[turn.arc] ?? (.evidence, "What leads you to think that?")
        return (turn.arc, kind, question, turn.answer)
      })
  }

  /// The question each arc step asks, with its kind.
  static let arcQuestions: [String: (QuestionKind, String)] = [
    "reasons": (.evidence, "What leads you to think that?"),
    "more_reasons": (.evidence, "What else leads you there?"),
    "probe": (.evidence, "What does that tell you about it?"),
    "weight": (.evidence, "Of the reasons you gave, which one carries the most weight for you?"),
    "change_mind": (.implications, "What would you need to see to think otherwise?"),
    "inversion": (.inversion, "What reasons might there be to think otherwise?"),
    "outsider": (.viewpoints, "How might someone who disagrees explain the same facts?"),
    "moment": (.meta, "What is it about this that leaves you feeling proud?"),
    "rerate": (
      .meta, "Having talked it through, how sure are you now, from 0 to 100, and what moved it?"
    ),
  ]

  /// The items the closing's map shows under a heading.
  static func mapItems(_ summary: SessionSummary, _ heading: String) -> [String] {
    summary.mapDigest.first { $0.heading == heading }?.items ?? []
  }
}
