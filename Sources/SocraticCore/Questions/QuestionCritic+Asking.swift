// Whether a sentence asks, and whether what it asks gives back what the other person said.
extension QuestionCritic {
  /// Whether a sentence asks without a question mark: it opens like a question, ends with an
  /// auxiliary tag ("So we're doing that again, are we"), stretches the person's view to
  /// score a point ("So you think everyone … is just … then", `StrawManRules`), or mocks the
  /// plan left to the asker ("so I'm meant to just nod along, yeah").
  static func asksWithoutMark(_ reading: QuestionReading) -> Bool {
    (reading.opensLikeQuestion && !opensWithWhatIsSaid(reading)) || reading.endsWithAuxiliaryTag
      || reading.endsWithChatTag || StrawManRules.signs(in: reading) != nil
      || asksAfterTheirWord(reading) || presumesOfThem(reading)
      || SarcasmRules.opensWithMockedPlan(reading)
  }

  /// Whether a sentence asks to hear it again without a question mark ("huh", "pardon"); "uh
  /// huh", typed with the filler the reading leaves out, is a sound of listening.
  static func asksToHearAgain(_ reading: QuestionReading, typed: [String]) -> Bool {
    QuestionFormRules.isRepeatRequest(reading)
      && reading.words.contains(where: unmarkedRepeatRequests.contains)
      && !ListeningSounds.isPair(typed)
  }

  /// Words that, in a line of repeat-request words, ask to hear it again with or without "?"
  /// ("huh", "pardon me"); "sorry" alone apologises.
  static let unmarkedRepeatRequests: Set<String> = ["huh", "pardon", "eh"]

  /// Whether a sentence opens with "what" as the subject of what it says ("so what matters is
  /// the kids being safe", "what gets me is the waiting"): "what" and its verb, then "is",
  /// name a thing; nothing is asked.
  static func opensWithWhatIsSaid(_ reading: QuestionReading) -> Bool {
    guard case .questionWord(let index) = reading.opener, reading.words[index] == "what"
    else { return false }
    let rest = reading.words[(index + 1)..<reading.core.upperBound]
    guard let first = rest.first, FunctionWords.auxiliary(first) == nil,
      let be = rest.prefix(whatClauseLength + 1).firstIndex(where: { ["is", "was"].contains($0) }),
      be > rest.startIndex, be + 1 < rest.endIndex,
      !ownSubjects.contains(reading.words[be - 1])
    else { return false }
    // "what matters most is", "what happened was"; "what I want is" after its own subject.
    // "What time is it" has no verb before "is"; in "what makes you think it is" the "is" has
    // a subject of its own.
    let clause = rest[..<be]
    let hasSubject = clause.contains { FunctionWords.subjectPronouns[$0] != nil }
    return clause.contains { word in
      let forms = Set(Lexicon.verbReadings(of: word).map(\.form))
      return !forms.isDisjoint(with: [.thirdSingular, .past])
        || (hasSubject && forms.contains(.base))
    }
  }

  /// Words that give "is" a subject of its own: "what makes you think it is".
  private static let ownSubjects: Set<String> = [
    "i", "you", "he", "she", "it", "we", "they", "that",
  ]

  /// The most words between "what" and its "is": "what I really want is".
  private static let whatClauseLength = 4

  /// Whether a sentence opens by settling its answer and says it of the person: "surely you're
  /// not still paying for that gym", put without its question mark.
  /// So does a demand that they own it ("be honest, you only …", "admit it, you never …").
  static func presumesOfThem(_ reading: QuestionReading) -> Bool {
    let words = reading.words.filter { $0.first?.isLetter == true }
    guard let first = words.first else { return false }
    let opening =
      CritiqueVocabulary.presumingOpeners.contains(first)
      ? 1 : demandsToOwnIt.first { words.starts(with: $0) }?.count ?? 0
    guard opening > 0 else { return false }
    return words.dropFirst(opening).prefix(2).contains {
      ["you", "you're", "your", "youre"].contains($0)
    }
  }

  /// Openers that demand the person own what follows.
  static let demandsToOwnIt: [[String]] =
    [["be", "honest"], ["come", "on"]] + JabShapeRules.ownItOpeners

  /// Whether a sentence leads in with their word and then asks about it: "when you say
  /// 'dangerous' what do you mean exactly": a question word, an auxiliary and "you" after
  /// "when you say …" ask, with or without a question mark ("what does that look like").
  static func asksAfterTheirWord(_ reading: QuestionReading) -> Bool {
    let words = Array(reading.words)
    guard words.count > 5, words[0] == "when", words[1] == "you",
      ["say", "said", "mention", "mentioned", "talk", "use"].contains(words[2])
    else { return false }
    return words.indices.dropFirst(3).dropLast(2).contains { index in
      FunctionWords.questionWords.contains(words[index])
        && FunctionWords.auxiliary(words[index + 1]) != nil
        && askedAbout.contains(words[index + 2])
    }
  }

  /// Who or what such a question asks about, after its auxiliary.
  static let askedAbout: Set<String> = ["you", "that", "it", "this", "they"]

  /// Whether every word a question says of the person's view is one they said: "So you think
  /// the rent is too high?" after "the rent here is way too high".
  static func saysBack(_ reading: QuestionReading, _ heard: [String]) -> Bool {
    let heardWords = Set(heard)
    let said = reading.coreWords.filter {
      ($0.first?.isLetter ?? false) && !FunctionWords.isFunctionWord($0)
        && !viewFrame.contains($0)
    }
    return !said.isEmpty && said.allSatisfy(heardWords.contains)
  }

  /// The words that frame a view as the person's: "so you think", "you're saying".
  static let viewFrame: Set<String> = [
    "so", "think", "believe", "feel", "mean", "want", "saying", "say", "said", "reckon",
    "really", "just",
  ]

  /// Whether a problem is a sweeping word the other person said themselves.
  static func isTheirSweep(_ problem: QuestionProblem, heard: Set<String>) -> Bool {
    guard case .sweepingPresumption(let words) = problem else { return false }
    return Tokenizer.tokenize(words).map(\.lowercased).allSatisfy(heard.contains)
  }

  /// Whether a problem of loaded wording is about words the other person said, in the order
  /// they said them: their own word asked about, not one the asker pins on them.
  static func isTheirWording(_ problem: QuestionProblem, said: [String]) -> Bool {
    guard case .loadedWording(let words) = problem else { return false }
    let phrase = Tokenizer.tokenize(words).map(\.lowercased)
    guard !phrase.isEmpty, phrase.count <= said.count else { return false }
    return (0...(said.count - phrase.count)).contains { start in
      said[start..<(start + phrase.count)].elementsEqual(phrase)
    }
  }

  /// Whether loaded words stand as what the question's own "is" says something is ("How is
  /// that a 'deal'?", "Is it 'fair'?"): they dispute the word. "What is 'fair' to you?" asks
  /// about it, and in "… the ones who think it's 'a con'" the "is" is theirs.
  static func disputesWording(_ problem: QuestionProblem, in reading: QuestionReading) -> Bool {
    guard case .loadedWording(let words) = problem,
      let first = Tokenizer.tokenize(words).first?.lowercased,
      let at = reading.words.firstIndex(of: first)
    else { return false }
    let copula: Int
    switch reading.opener {
    case .auxiliary(let index): copula = index
    case .questionWord(let index) where reading.words[index] == "how": copula = index + 1
    default: return false
    }
    return copula < at && copulas.contains(reading.words[copula])
      && reading.words[(copula + 1)..<at].filter({ $0.first?.isLetter == true }).count <= 2
  }

  /// Forms of "be" that say what something is.
  private static let copulas: Set<String> = ["is", "are", "was", "were", "'s"]
}
