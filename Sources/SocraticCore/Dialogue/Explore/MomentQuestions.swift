/// Questions that take up a moment of an answer in the very next move: a blockage the person
/// names, a wavering, a concession, a feeling, what would change their mind. Each wording is
/// asked at most once in a session; `{feeling}` stands for the feelings named.
enum MomentQuestions {
  /// A moment an answer can hold, the weightiest first.
  enum Moment: CaseIterable {
    case blockage, wavering, concession, bareConcession, feeling, feelingWithCause
    case wouldChangeMind
  }

  /// Words that say what a feeling is about ("angry that …", "scares me for my kids"): asking
  /// what leaves them feeling so would ask what they said.
  static let causeWords: Set<String> = [
    "that", "when", "because", "about", "for", "how", "if", "whenever", "watching", "seeing",
    "hearing", "knowing", "by", "with",
  ]

  /// The moments of an answer, weightiest first.
  static func moments(of answer: ReadAnswer) -> [Moment] {
    var moments: [Moment] = []
    if answer.blockage != nil { moments.append(.blockage) }
    if answer.isWavering {
      moments.append(.wavering)
    } else if answer.has(.concession) {
      let words = Set(
        answer.doubts.flatMap { Tokenizer.tokenize($0) }.filter(\.isWord).map(\.lowercased))
      if !words.isDisjoint(with: ["both", "anymore", "torn", "sure", "unsure"]) {
        moments.append(.wavering)
      } else {
        moments.append(answer.doubts.isEmpty ? .bareConcession : .concession)
      }
    }
    if answer.feelings.contains(where: { ["torn", "conflicted", "confused"].contains($0) }) {
      moments.append(.wavering)
    }
    if !answer.feelings.isEmpty {
      let words = Tokenizer.tokenize(answer.feelingWords ?? "").map(\.lowercased)
      // "nervous having everything in one place": what the feeling is about follows it.
      let hasCause = words.contains {
        causeWords.contains($0) || ($0.hasSuffix("ing") && $0.count > 5)
      }
      moments.append(hasCause ? .feelingWithCause : .feeling)
    }
    if answer.has(.wouldChangeMind) { moments.append(.wouldChangeMind) }
    return moments
  }

  /// The first question not asked yet that takes up the answer's weightiest moment.
  static func question(after answer: ReadAnswer, isAsked: (String) -> Bool) -> PlannedQuestion? {
    for moment in moments(of: answer) {
      for (kind, wording) in wordings[moment] ?? [] {
        let text = wording.replacing(
          "{feeling}", with: ReflectionWriter.listed(Array(answer.feelings.prefix(2))))
        if !isAsked(text) {
          return PlannedQuestion(Question(kind: kind, text: text), source: .followUp)
        }
      }
    }
    return nil
  }

  /// The questions, by moment, in the order they are asked.
  static let wordings: [Moment: [(QuestionKind, String)]] = [
    .blockage: [
      (.assumptions, "If that is part of it, what would you see differently without it?"),
      (.meta, "What would it take to look at this with that set aside?"),
    ],
    .wavering: [
      (.viewpoints, "What is pulling you each way?"),
      (.meta, "What has shifted for you as we talked?"),
      (.implications, "What would help you feel sure, one way or the other?"),
    ],
    .concession: [
      (.meta, "How much does that change how sure you are?"),
      (.clarification, "What made you see that?"),
    ],
    .bareConcession: [
      (.clarification, "What about it seems fair to you?"),
      (.meta, "What does that make you want to look at again?"),
    ],
    .feeling: [
      (.meta, "What is it about this that leaves you feeling {feeling}?"),
      (.meta, "How does feeling that way shape how you see it?"),
    ],
    .feelingWithCause: [
      (.meta, "How does feeling that way shape how you see it?"),
      (.meta, "What would need to happen for you to feel differently about it?"),
    ],
    .wouldChangeMind: [
      (.evidence, "How would you find out whether that is happening?"),
      (.evidence, "How likely do you think that is, and why?"),
    ],
  ]
}
