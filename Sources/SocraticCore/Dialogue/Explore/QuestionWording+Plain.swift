/// The same question put plainly, for someone who did not follow it ("behind what?", "which
/// part?"): what it asks, with what it is about named in their words (their belief, the reasons
/// they gave, what they just said). Never a new question: each family has its plain wording.
struct PlainQuestion {
  /// What a plain question can name, in the second person.
  struct Referents {
    /// Their belief, as understood.
    var claim: String?
    /// Its opposite.
    var inverted: String?
    /// What they said last that reads as a whole clause ("your rent doubled").
    var said: String?
    /// The reasons they gave, as whole clauses short enough to name.
    var reasons: [String] = []
  }

  /// What there is to name.
  let referents: Referents

  /// How many words a belief or a reason may have to be named in a plain question.
  static let namedWordLimit = 12

  /// The plain wordings of each family, in the order tried; a wording whose slot has nothing
  /// to name is passed over. `{claim}`, `{inverted}`, `{said}`, `{reason}` and `{other}` (a
  /// second reason) are filled in.
  static let wordings: [(QuestionIntent, [String])] = [
    (
      .whySure,
      [
        "Why do you think {claim}?", "What is your main reason for thinking {claim}?",
        "What is your main reason for thinking so?",
      ]
    ),
    (
      .origin,
      [
        "Was there something that happened, or something you saw, that first made you think {claim}?",
        "Was there something that happened, or something you saw, that first made you think so?",
      ]
    ),
    (
      .otherSide,
      [
        "Take someone who thinks {inverted}. How would they explain that {reason}?",
        "Take someone who thinks {inverted}. What would they say to you?",
      ]
    ),
    (.opposite, ["What could lead someone to think {inverted}?"]),
    (.weight, ["Which matters more to you: that {reason}, or that {other}?"]),
    (
      .changeMind,
      [
        "What would you need to see or hear to start thinking {inverted}?",
        "What would you need to see or hear to start thinking otherwise?",
      ]
    ),
    (.howSure, ["From 0 to 100, how sure are you now that {claim}?"]),
    (
      .fit,
      [
        "You said {said}, and you also think {claim}. Do those two pull against each other for you?"
      ]
    ),
    (.bearing, ["You said {said}. Has that made you more sure that {claim}, or less, and how?"]),
    (
      .typical,
      ["You said {said}. Does that happen to most people, do you think, or was it unusual?"]
    ),
    (.howKnow, ["You said {said}. How did you find that out?"]),
    (.mechanism, ["You said {said}. What happens first, and what does that lead to?"]),
  ]

  /// Questions that point at what they said with no name for it ("What's behind that, for
  /// you?"), put plainly.
  static let pointingWordings = ["You said {said}. What makes you say that?"]

  /// A question about a feeling they named, put plainly: still about the feeling, never a
  /// step away from it.
  static let feelingWordings = ["You said {said}. What is that like for you?"]

  /// The family each step of the arc asks, whatever its wording.
  static let stepFamilies: [ExploreArcStep: QuestionIntent] = [
    .reasons: .whySure, .story: .origin, .weight: .weight,
    .outsider: .otherSide, .inversion: .opposite, .changeMind: .changeMind, .rerate: .howSure,
    .mechanism: .mechanism,
  ]

  /// Plain wordings of steps whose family has no plain wording of its own.
  static let stepWordings: [ExploreArcStep: [String]] = [
    .moreReasons: [
      "Besides that, is there any other reason you think {claim}?",
      "Besides that, is there any other reason you think so?",
    ]
  ]

  /// The question put plainly, in the wordings whose slots can be filled, in the order tried;
  /// none when it has no plain wording with what it names known.
  /// - Parameters:
  ///   - question: the question they did not follow, without any lead-in of its own.
  ///   - step: the step of the arc that asked it.
  func wordings(of question: String, step: ExploreArcStep? = nil) -> [String] {
    if let own = step.flatMap({ Self.stepWordings[$0] }) {
      return own.compactMap(filled)
    }
    var purposes = QuestionIntent.purposes(of: question)
    if let family = step.flatMap({ Self.stepFamilies[$0] }) { purposes = [family] }
    let family = Self.wordings.first { purposes.contains($0.0) }?.1
    let wordings =
      family
      ?? (MomentQuestions.isFeelingQuestion(question)
        ? Self.feelingWordings : QuestionRepair.pointsBack(question) ? Self.pointingWordings : [])
    return wordings.compactMap(filled)
  }

  /// A wording with its slots filled, or nil when one has nothing to fill it.
  private func filled(_ wording: String) -> String? {
    let slots: [(String, String?)] = [
      ("{claim}", referents.claim.flatMap(Self.named)),
      ("{inverted}", referents.inverted.flatMap(Self.named)),
      ("{said}", referents.said),
      ("{reason}", referents.reasons.first),
      ("{other}", referents.reasons.dropFirst().first),
    ]
    var text = wording
    for (slot, value) in slots where text.contains(slot) {
      guard let value else { return nil }
      text = text.replacing(slot, with: value)
    }
    return text
  }

  /// A belief short enough to name in a question.
  private static func named(_ text: String) -> String? {
    text.split(separator: " ").count <= namedWordLimit ? text : nil
  }
}
