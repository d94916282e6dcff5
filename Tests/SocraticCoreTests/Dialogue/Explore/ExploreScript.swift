import Foundation
import SocraticCore

/// Two small packs whose every text the tests know.
enum DialogueFixtures {
  static let crypto = TopicPack(
    id: "crypto", title: "Crypto", version: 1, keywords: ["crypto", "bitcoin"],
    beliefs: [
      PackBelief(text: "Crypto is mostly used for scams."),
      PackBelief(text: "Bitcoin will replace gold."),
    ],
    questions: [
      QuestionTemplate(kind: .viewpoints, text: "Why do so many developers work on {topic}?"),
      QuestionTemplate(kind: .inversion, text: "If {inverted}, what would you expect to see?"),
    ],
    terms: [
      PackTerm(
        term: "scam",
        questions: [
          QuestionTemplate(
            kind: .clarification, text: "What would make a crypto project a scam, not a failure?")
        ])
    ])

  static let general = TopicPack(
    id: "general", title: "General", version: 1,
    questions: [
      QuestionTemplate(kind: .meta, text: "Why does this question matter to you?"),
      QuestionTemplate(kind: .evidence, text: "What first led you to believe that {claim}?"),
    ],
    terms: [
      PackTerm(
        term: "natural",
        questions: [
          QuestionTemplate(kind: .clarification, text: "What would the opposite of natural be?")
        ])
    ])

  static let library = PackLibrary([
    LoadedPack(pack: crypto, source: .builtIn(file: "crypto.yaml")),
    LoadedPack(pack: general, source: .builtIn(file: "general.yaml")),
  ])

  static func setting(seed: UInt64 = 7) -> ExploreSetting {
    ExploreSetting(library: library, seed: seed)
  }
}

/// A conversation with an explore dialogue, typed line by line, as a test tells it.
struct ExploreScript {
  var dialogue: ExploreDialogue
  /// Every step so far, the first one included.
  var steps: [DialogueStep]

  init(
    setting: ExploreSetting = DialogueFixtures.setting(), topic: String? = nil,
    belief: String? = nil
  ) {
    let (dialogue, first) = ExploreDialogue.start(setting: setting, topic: topic, belief: belief)
    self.dialogue = dialogue
    steps = [first]
  }

  /// A session past its belief ("y" to the reading) and a rating of 70, with the answers
  /// given typed after it.
  static func questioning(_ belief: String, answers: [String] = []) -> ExploreScript {
    var script = ExploreScript()
    script.type([belief, "y", "70"] + answers)
    return script
  }

  /// Continues a session from the events given.
  init(resuming events: [SessionEvent.Payload], topic: String? = nil, setting: ExploreSetting) {
    let (dialogue, first) = ExploreDialogue.resume(
      Self.transcript(events, topic: topic), setting: setting)
    self.dialogue = dialogue
    steps = [first]
  }

  /// Types a line and presses Enter.
  @discardableResult
  mutating func type(_ line: String) -> DialogueStep {
    let step = dialogue.receive(.line(line))
    steps.append(step)
    return step
  }

  /// Types each line in turn.
  mutating func type(_ lines: [String]) {
    for line in lines { type(line) }
  }

  /// Presses Ctrl-D.
  @discardableResult
  mutating func endInput() -> DialogueStep {
    let step = dialogue.receive(.endOfInput)
    steps.append(step)
    return step
  }

  var last: DialogueStep { steps.last ?? DialogueStep() }

  /// Every event logged so far.
  var events: [SessionEvent.Payload] { steps.flatMap(\.events) }

  /// Every question asked so far.
  var questions: [SessionEvent.QuestionAsked] {
    events.compactMap { event in
      if case .question(let question) = event { return question }
      return nil
    }
  }

  /// The reflections given in a step.
  static func reflections(_ step: DialogueStep) -> [String] {
    step.events.compactMap { event in
      if case .reflection(let value) = event { return value.text }
      return nil
    }
  }

  /// The question asked in a step, if any.
  static func question(_ step: DialogueStep) -> SessionEvent.QuestionAsked? {
    step.events.lazy.compactMap { event -> SessionEvent.QuestionAsked? in
      if case .question(let value) = event { return value }
      return nil
    }.first
  }

  /// The text of every notice in a step.
  static func notices(_ step: DialogueStep) -> [String] {
    step.outputs.compactMap { output in
      if case .notice(let text, _) = output { return text }
      return nil
    }
  }

  /// A session's log as the recorder would hold it, the events a second apart.
  static func transcript(_ events: [SessionEvent.Payload], topic: String? = nil)
    -> SessionTranscript
  {
    let start = Date(timeIntervalSince1970: 1_800_000_000)
    return SessionTranscript(
      header: SessionHeader(id: "20270115-0800-abcd", mode: .explore, started: start, topic: topic),
      events: events.enumerated().map { index, payload in
        SessionEvent(payload, at: start.addingTimeInterval(Double(index + 1)))
      })
  }

  /// The reflection shown after the last of the answers, alone, the belief confirmed and
  /// rated and the answers before it typed first.
  static func reflectionAfterLast(of answers: [String], to belief: String) -> String {
    var script = questioning(belief, answers: Array(answers.dropLast()))
    let step = script.type(answers.last ?? "")
    return reflections(step).joined(separator: " ")
  }
}
