// Rewrites of a question that calls someone names or judges them.
extension QuestionRewriter {
  /// "How would you describe crypto bros?" for a question that calls someone names: "Are
  /// crypto bros idiots?", "Why is he such a moron?", "Why might they not be idiots?". The
  /// subject is what stands between the question's auxiliary and the insult, less "not be"
  /// and the insult's determiners, when no other auxiliary is among it.
  /// When the insult is about something ("Why are you so naive about China?"), that is the
  /// topic to keep: "How do you see China?".
  static func describingInsulted(_ reading: QuestionReading, callsNames: Bool)
    -> [Token]?
  {
    let words = reading.words
    let core = reading.core
    let quoted = QuestionFormRules.quotedWords(in: reading)
    guard
      let insult = core.first(where: {
        reading.classes[$0].contains(.insulting) && !quoted.contains($0)
      }) ?? QuestionFormRules.judgedPersonAdjective(in: reading)
        ?? (callsNames ? QuestionFormRules.nameCallingNoun(in: reading) : nil),
      let auxiliary = core.first(where: { FunctionWords.auxiliary(words[$0]) != nil }),
      auxiliary < insult
    else { return nil }
    var end = insult
    while end > auxiliary + 1, insultDeterminers.contains(words[end - 1]) { end -= 1 }
    guard end > auxiliary + 1,
      !words[(auxiliary + 1)..<end].contains(where: { FunctionWords.auxiliary($0) != nil })
    else { return nil }
    let subject = Array(reading.tokens[(auxiliary + 1)..<end])
    // "Are those liars even listening?": the insult is in the subject, with nothing else to
    // describe.
    guard subject.contains(where: { !FunctionWords.determiners.contains($0.lowercased) }) else {
      return nil
    }
    // "Isn't it naive to trust them?": the "it" stands for the act, which a later rule asks
    // about; "How would you describe it?" would keep nothing of the question.
    if subject.count == 1, ["it", "that", "this"].contains(subject[0].lowercased) {
      return nil
    }
    let isPerson = subject.count == 1 && subject[0].lowercased == "you"
    // "Why are you so against the plan?": the stance is the judgement, what follows its topic.
    let isStance = QuestionFormRules.stances.contains(words[insult])
    if isStance ? insult + 1 < core.upperBound : insult + 2 < core.upperBound,
      isStance || topicPrepositions.contains(words[insult + 1])
    {
      let topic = Array(reading.tokens[(insult + (isStance ? 1 : 2))..<core.upperBound])
      let doForm = isPerson || isPlural(subject) ? "How do" : "How does"
      return phrase(doForm) + subject + [Token("see")] + topic
    }
    let object = isPerson ? phrase("yourself") : objectForm(subject)
    return phrase("How would you describe") + object
  }

  static let topicPrepositions: Set<String> = [
    "about", "on", "regarding", "towards", "toward", "over", "with", "of",
  ]

  private static let insultDeterminers: Set<String> = [
    "a", "an", "such", "so", "complete", "total", "utter", "absolute", "the", "just", "really",
    "very", "being", "acting", "be", "been", "not", "never", "all", "bit", "little", "tad", "too",
    "quite", "rather", "pretty", "somewhat", "extremely", "incredibly", "have", "has", "got",
    "to", "that",
  ]
}
