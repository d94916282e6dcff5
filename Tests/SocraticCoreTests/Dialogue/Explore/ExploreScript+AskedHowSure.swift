@testable import SocraticCore

extension ExploreScript {
  /// A session past its belief and a rating of 70, with the answers given, resumed with its
  /// last question asking how much a point changes how sure they are: as sessions logged
  /// before the closing rating asked it.
  static func askedHowSure(_ belief: String, after answers: [String]) -> ExploreScript {
    asked("How much does that change how sure you are?", belief: belief, after: answers)
  }

  /// A session past its belief and a rating of 70, with the answers given, resumed with the
  /// question given as its last.
  static func asked(_ question: String, belief: String, after answers: [String]) -> ExploreScript {
    var events = questioning(belief, answers: answers).events
    if let last = events.lastIndex(where: { if case .question = $0 { true } else { false } }),
      case .question(var asked) = events[last]
    {
      asked.text = question
      events[last] = .question(asked)
    }
    return ExploreScript(resuming: events, setting: DialogueFixtures.setting())
  }
}
