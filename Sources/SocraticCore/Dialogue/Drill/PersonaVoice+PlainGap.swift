/// What the persona says when it has nothing new on what it was asked: plainly that it hasn't
/// thought about that, after the thing asked said back ("A good neighbour? Honestly, I haven't
/// thought about that beyond what I've told you."), never a stock line that could follow any
/// question ("I don't have anything to add to what I've said.", "Hm, I don't actually know the
/// details.", its belief said yet again).
extension PersonaVoice {
  /// A reply that ignores the question, put as a plain gap in what was asked; any other reply
  /// as it is. About what it does itself, having no answer does not shake it.
  /// - Parameter saidSentences: the sentences said so far (`sentenceKeys(of:)`): a gap is
  ///   owned in words not said yet.
  func plainlyAnswered(
    _ reply: Reply, to question: PersonaQuestion, saidSentences: Set<String>
  ) -> Reply {
    guard [.open, .closed].contains(question.form), ignoresTheQuestion(reply.text) else {
      return reply
    }
    // What it does itself is its life: the things the question names are no topic of its.
    if question.asksWhatItDoes {
      return Reply(text: ownDoingGap(saidSentences: saidSentences))
    }
    let echo =
      question.spokenPhrase(naming: question.askedThings, withArticle: false).flatMap {
        Self.isClean($0) ? Self.capitalized(Self.properCased($0)) + "? " : nil
      } ?? ""
    let plain =
      Self.plainGaps.first { !saidSentences.contains(Self.key(of: $0)) } ?? Self.plainGaps[0]
    return Reply(text: echo + plain, isUnready: reply.isUnready && !question.asksWhatItDoes)
  }

  /// Whether a reply could follow any question: that it has nothing to add, or that it knows
  /// no details.
  func ignoresTheQuestion(_ text: String) -> Bool {
    Self.nothingToAdd.contains(text) || text == Self.noDetails
  }

  /// How it says, in turn, that it hasn't thought about what it was asked.
  static let plainGaps = [
    "Honestly, I haven't thought about that beyond what I've told you.",
    "I'd have to think about that; I don't have an answer ready.",
    "That's as far as my thinking goes on it, honestly.",
    "Honestly, I don't know.",
  ]
}
