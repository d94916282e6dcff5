// Rhetorical questions: "How can anyone …", "Who in their right mind …", "So what?".
extension QuestionFormRules {
  static func isRhetorical(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let words = reading.words
    let end = reading.core.upperBound
    // "Why on earth would anyone …": the exasperation does not change the question's shape.
    let skipped =
      CritiqueVocabulary.exasperations.first { words[(index + 1)...].starts(with: $0) }?.count ?? 0
    func word(_ offset: Int) -> String? {
      let position = offset == 0 ? index : index + skipped + offset
      return position < end ? words[position] : nil
    }
    let questionWord = words[index]
    if hasRightMind(reading) { return true }
    if asksHowItIsJust(reading, questionWordAt: index) { return true }
    if questionWord == "who", let next = word(1) {
      if next == "cares" { return true }
      if FunctionWords.auxiliary(next)?.kind == .modal, let after = word(2),
        ["ever", "possibly", "seriously", "honestly", "really", "even"].contains(after)
      {
        return true
      }
    }
    if questionWord == "how", word(1) == "dare" { return true }
    if questionWord == "what", let next = word(1), ["kind", "sort", "type"].contains(next),
      word(2) == "of", index + 3 < end, reading.isWord(index + 3, [.personNoun, .insultingNoun])
    {
      return true
    }
    guard let auxiliary = word(1), FunctionWords.auxiliary(auxiliary) != nil,
      let subject = word(2)
    else { return false }
    if ["how", "why", "what", "who"].contains(questionWord) {
      if reading.isWord(index + skipped + 2, .universalSubject) { return true }
      if subject == "any", index + skipped + 3 < end,
        reading.isWord(index + skipped + 3, .personNoun)
      {
        return true
      }
      // "How could any teacher allow phones?", "Why would any government do that?": whoever it
      // is, none could, it says. ("How would any company handle it?" can ask.)
      let isDoubtingModal =
        ["can", "could"].contains(auxiliary) || (questionWord == "why" && auxiliary == "would")
      if subject == "any", isDoubtingModal, ["how", "why"].contains(questionWord),
        let noun = word(3), !FunctionWords.isFunctionWord(noun),
        Lexicon.classes(of: noun).contains(.noun)
      {
        return true
      }
      // "Why would a smart person buy that?": only a fool would, it says.
      if ["a", "an"].contains(subject), let judged = word(3),
        CritiqueVocabulary.soundMindAdjectives.contains(judged)
      {
        return true
      }
    }
    if questionWord == "how", subject == "you", ["can", "could"].contains(auxiliary),
      let verb = word(3)
    {
      if CritiqueVocabulary.disbeliefVerbs.contains(verb) { return true }
      if verb == "be", word(4) == "so" { return true }
    }
    return false
  }

  /// "How is it fair that nurses earn less than footballers?", "How is it right to …?": asking
  /// how something can be just takes for granted that it is not.
  static func asksHowItIsJust(_ reading: QuestionReading, questionWordAt index: Int) -> Bool {
    let words = reading.words
    guard words[index] == "how", index + 4 < reading.core.upperBound,
      ["is", "was", "'s"].contains(words[index + 1]), words[index + 2] == "it"
    else { return false }
    return CritiqueVocabulary.justnessWords.contains(words[index + 3])
      && ["that", "to"].contains(words[index + 4])
  }

  /// "in their right mind", anywhere.
  static func hasRightMind(_ reading: QuestionReading) -> Bool {
    let words = reading.words
    guard words.count > 1 else { return false }
    for index in 1..<words.count where words[index] == "mind" && words[index - 1] == "right" {
      return true
    }
    return false
  }

  /// "So what?" alone.
  static func isDismissal(_ reading: QuestionReading) -> Bool {
    reading.coreWords.elementsEqual(["so", "what"])
  }
}
