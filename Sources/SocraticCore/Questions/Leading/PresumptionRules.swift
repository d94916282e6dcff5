/// Finds wording that leads by what it says (`PresumptionPatterns`) anywhere in a question.
enum PresumptionRules {
  /// A pattern found: what it does and where it stands among the reading's tokens.
  struct Match: Equatable {
    var effect: PresumptionPatterns.Effect
    var range: Range<Int>
  }

  /// The first pattern found in the question, or nil. A choice is false only when the question
  /// offers one with "or". Words the question reports rather than uses ("… when you said I
  /// never listen?", `QuestionFormRules.quotedWords`) presume nothing of the asker's.
  static func firstMatch(in reading: QuestionReading) -> Match? {
    let tokens = reading.tokens
    let quoted = QuestionFormRules.quotedWords(in: reading)
    for start in tokens.indices where tokens[start].kind == .word && !quoted.contains(start) {
      let word = reading.words[start]
      for index in PresumptionPatterns.index.candidatesInOrder(startingWith: word) {
        let (pattern, effect) = PresumptionPatterns.entries[index]
        guard let end = pattern.matchEnds(in: tokens, from: start).first, end > start else {
          continue
        }
        if effect == .falseChoice, !reading.words.contains("or") { continue }
        return Match(effect: effect, range: start..<end)
      }
    }
    return nil
  }

  /// The problem a match gives the question.
  static func problem(_ match: Match, in reading: QuestionReading) -> QuestionProblem {
    let words = reading.tokens[match.range].joinedText
    switch match.effect {
    case .presumedAct, .allowedMistreatment: return .presumedAct(words)
    case .mockingWord: return .mockingWord(reading.tokens[match.range.lowerBound].text)
    case .sweepingWord: return .sweepingPresumption(reading.tokens[match.range.lowerBound].text)
    case .falseChoice: return .falseChoice
    }
  }
}

extension PresumptionRules {
  /// Whether a statement put as a question says what the person thinks, feels or means ("You
  /// think safety doesn't matter?", "So you're saying …?"): a reflection that needs no "?",
  /// or a claim put in their mouth.
  static func saysWhatTheyThink(_ reading: QuestionReading, at index: Int) -> Bool {
    let words = reading.words
    // "What you're saying is …" says it as "You're saying …" does.
    let index = words[index] == "what" ? index + 1 : index
    guard index + 1 < reading.core.upperBound, words[index] == "you" else { return false }
    var verb = index + 1
    if ["'re", "are"].contains(words[verb]), verb + 1 < reading.core.upperBound {
      verb += 1
    }
    return thinkingVerbs.contains(words[verb])
  }

  /// Verbs of thinking and saying after "you".
  private static let thinkingVerbs: Set<String> = [
    "think", "believe", "feel", "mean", "want", "saying", "telling", "say", "said", "reckon",
    "figure", "suppose", "agree", "admit",
  ]
}
