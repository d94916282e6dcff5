/// What a reply says about the question just put rather than answering it: that the question
/// was unclear ("?", "line between what?", "how does what sit with me?", "what do you mean"),
/// that they want to know what it is for ("why do you ask"), or that they are still thinking
/// ("hmm", "not sure"). Only the last is met with "No rush": the first two are the question's
/// fault, owned and put right.
enum QuestionRepair: Equatable {
  /// The question did not say what it was about: owned, and asked again with what it points
  /// to named.
  case unclear
  /// "why do you ask": what that question is for, in a line, and the question again.
  case purpose
  /// "hmm", "not sure", "let me think": time to think, and an easier question.
  case hesitation

  /// What a reply asks of the question it answers, read from its first `wordLimit` words; nil
  /// when it answers it, or says something of its own besides.
  /// - Parameter question: the question the reply answers.
  static func read(_ line: String, question: String?) -> QuestionRepair? {
    let tokens = Shorthand.expanded(Tokenizer.tokenize(String(line.prefix(readLimit))))
    let words = tokens.filter(\.isWord).map(\.lowercased)
    // "?", "??": nothing but asking back.
    if words.isEmpty { return tokens.contains { $0.text.contains("?") } ? .unclear : nil }
    guard words.count <= wordLimit else { return nil }
    // "hmm not sure", "um idk": words of thinking, after the fillers and sounds that open them.
    let core = words.filter { !fillers.contains($0) }
    let afterSounds = core.drop { hesitationWords.contains($0) }
    if !core.isEmpty,
      afterSounds.isEmpty || hesitations.contains(afterSounds.joined(separator: " "))
        || hesitations.contains(core.joined(separator: " "))
    {
      return .hesitation
    }
    // "ok but why do you ask": the question, after words that only lead up to it.
    let asked = tokens.filter(\.isWord).drop {
      fillers.contains($0.lowercased) || leadWords.contains($0.lowercased)
        || hesitationWords.contains($0.lowercased)
    }
    if Matchers.purpose.matchEnd(atStartOf: Array(asked)) != nil,
      words.count <= purposeWordLimit
    {
      return .purpose
    }
    if (words.allSatisfy({ puzzled.contains($0) || fillers.contains($0) })
      && words.contains(where: puzzled.contains))
      || Matchers.unclear.matches(tokens.filter(\.isWord))
    {
      return .unclear
    }
    let asks = tokens.last(where: { $0.kind == .punctuation })?.text.contains("?") == true
    if isInSituEcho(words, asks: asks) { return .unclear }
    guard let question else { return nil }
    return isEcho(of: question, words: words) ? .unclear : nil
  }

  /// Whether a short question has its question word where the words it stands for would be
  /// ("how does what sit with me?", "if what turned out false?", "you mean what"): it gives
  /// back a question with the part it did not follow asked about. A question word that opens
  /// the question ("what about the kids?") asks something of its own.
  static func isInSituEcho(_ words: [String], asks: Bool) -> Bool {
    let core = words.filter {
      !fillers.contains($0) && !puzzled.subtracting(echoWords).contains($0)
    }
    guard let echo = core.firstIndex(where: echoWords.contains), echo > 0 else { return false }
    return asks || echo == core.count - 1
  }

  /// Whether a reply gives the question's own words back with a question word in place of the
  /// one it could not follow ("line between what?", "if what turned out false?", "how does
  /// what sit with me?"): a question word, a content word of the question, and no content
  /// word of its own.
  static func isEcho(of question: String, words: [String]) -> Bool {
    guard words.contains(where: { echoWords.contains($0) }) else { return false }
    let asked = QuestionWording.contentWords(of: question)
    let said = QuestionWording.contentWords(of: words.joined(separator: " "))
      .subtracting(puzzled).subtracting(fillers).subtracting(echoWords)
      .subtracting(hesitationWords)
    return !said.isEmpty && said.isSubset(of: asked)
  }

  /// How many characters of a reply are read.
  static let readLimit = 200
  /// The most words a reply about the question may have: one with more answers it.
  static let wordLimit = 8
  /// The most words "why do you ask" may have around it and still only ask that.
  static let purposeWordLimit = 6

  /// Words that stand for the part of the question they could not follow.
  static let echoWords: Set<String> = ["what", "which", "who", "whose", "where", "wat", "wut"]

  /// Words that alone say they did not follow.
  static let puzzled: Set<String> = [
    "what", "huh", "wdym", "wut", "wat", "pardon", "sorry", "meaning", "eh", "come", "again",
    "confused", "lost", "wait",
  ]

  /// Words that lead up to a question back without adding to it: "ok but why do you ask".
  static let leadWords: Set<String> = ["but", "and", "just", "though", "wait"]

  /// Words said around the rest that say nothing of themselves.
  static let fillers: Set<String> = ["like", "sorry", "ok", "okay", "so"]

  /// Whole replies that say they are still thinking.
  static let hesitations: Set<String> = [
    "i don't know", "i do n't know", "don't know", "do n't know", "not sure", "i 'm not sure",
    "no idea", "hard to say", "let me think", "i guess", "who knows", "good question",
    "i dunno", "no clue", "not really sure", "thinking", "give me a sec", "one sec",
  ]

  /// Words, any run of which says they are still thinking.
  static let hesitationWords: Set<String> = [
    "hmm", "hm", "hmmm", "um", "uh", "erm", "er", "idk", "dunno", "meh", "tough", "hard", "pass",
  ]

  /// Phrases that ask what the question means.
  static let unclearPhrases: [String] = [
    "what (do|did) you mean", "what does (that|this|it) mean",
    "(idk|dunno|i don't know|i do n't know|not sure) what (that|this|you) (means|mean|meant)",
    "(you mean|meaning) what",
    "(i 'm|i am|im) (confused|lost)",
    "(i)? (don't|do n't|dont) (get|understand|follow) (it|that|the question)?",
    "which (one|ones|part|parts|thing|things|way|side|people|kind|bit)",
    "(what|which) (line|difference|part|thing|bit|view|one)",
    "(the|what) (line|difference) between what",
  ]

  /// Phrases that ask what the question is for.
  static let purposePhrases: [String] = [
    "(why|how come) (do|would|are|did)? (you|u) (ask|asking|want to know|care)",
    "what (is|'s) (this|that|the question) for", "why (does|would) (it|that) matter",
  ]

  private enum Matchers {
    static let unclear = PartnerCueMatcher(unclearPhrases + TurnCues.questionObjections)
    static let purpose = PartnerCueMatcher(purposePhrases)
  }
}
