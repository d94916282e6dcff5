/// The arc of a good conversation about someone's belief, which partner mode follows: their
/// claim, how sure they are, their reasons, how they would know if they were wrong, and a warm
/// close.
///
/// The raw values are written in `stage` events; never rename them.
public enum ConversationStage: String, CaseIterable, Sendable, Hashable {
  /// What they believe, and what they mean by it.
  case claim
  /// How sure they are.
  case confidence
  /// Why they believe it.
  case reasons
  /// What would show them they were wrong.
  case falsifiability
  /// Thanking them and leaving the door open.
  case close

  /// Its place in the arc, from 1.
  public var number: Int {
    switch self {
    case .claim: 1
    case .confidence: 2
    case .reasons: 3
    case .falsifiability: 4
    case .close: 5
    }
  }

  /// What the stage is about, as a heading reads it: "their reasons".
  public var title: String {
    switch self {
    case .claim: "their claim"
    case .confidence: "how sure they are"
    case .reasons: "their reasons"
    case .falsifiability: "how they would know if they were wrong"
    case .close: "a warm close"
    }
  }

  /// What to aim for at this stage, in a sentence.
  public var aim: String {
    switch self {
    case .claim:
      "Find out what they believe and what they mean by it, before anything else."
    case .confidence:
      "Ask how sure they are: a belief held at 95 is a different conversation from one held at 60."
    case .reasons:
      "Ask what leads them to it, and listen for what the reasons take for granted."
    case .falsifiability:
      "Ask what would show them they were wrong: a belief nothing could change is worth noticing."
    case .close:
      "Thank them, say what you learned from them, and leave the door open for another time."
    }
  }

  /// The stage after this one; nil for the close.
  var next: ConversationStage? {
    switch self {
    case .claim: .confidence
    case .confidence: .reasons
    case .reasons: .falsifiability
    case .falsifiability: .close
    case .close: nil
    }
  }

  /// How many times they speak at this stage before the conversation moves on by itself; nil
  /// for the close, which lasts.
  var turnsBeforeMovingOn: Int? {
    switch self {
    case .claim: 2
    case .confidence: 1
    case .reasons: 2
    case .falsifiability: 2
    case .close: nil
    }
  }

  /// The stage a person means by what they typed after `/stage`: its name ("reasons") or its
  /// number ("3"), in any case. Nil for anything else.
  static func named(_ typed: String) -> ConversationStage? {
    let word = Substring(typed).trimmingWhitespace.lowercased()
    if let number = Int(word) { return allCases.first { $0.number == number } }
    return ConversationStage(rawValue: word)
  }
}

extension ConversationStage {
  /// The kinds of question that suit the stage, best first: the first three are offered when
  /// each has something to offer.
  var preferredKinds: [QuestionKind] {
    switch self {
    // Understanding comes before any challenge: no inversion while the claim is being heard.
    case .claim:
      [.clarification, .evidence, .viewpoints, .implications, .assumptions, .meta]
    case .confidence:
      [.evidence, .inversion, .clarification, .assumptions, .viewpoints, .implications, .meta]
    case .reasons:
      [.evidence, .assumptions, .clarification, .inversion, .viewpoints, .implications, .meta]
    case .falsifiability:
      [.inversion, .evidence, .viewpoints, .implications, .assumptions, .clarification, .meta]
    case .close:
      [.meta, .implications, .viewpoints, .clarification, .inversion, .evidence, .assumptions]
    }
  }
}
