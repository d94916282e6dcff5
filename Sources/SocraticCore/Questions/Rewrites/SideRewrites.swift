// Rewrites of a question that asks the person to take a side, or about a past act of theirs,
// without presuming either.
extension QuestionRewriter {
  /// "Are you with Kyiv or Moscow?", "Do you back the union or the bosses?", "Are you voting
  /// Labour or Tory?": the person is asked where they stand, not to pick one: "Where do you
  /// stand between Kyiv and Moscow?".
  static func takingSides(_ clause: Clause) -> [Token]? {
    guard clause.subject.count == 1, clause.subject[0].lowercased == "you", !clause.isNegated
    else { return nil }
    var sides = clause.rest[...]
    switch clause.verb {
    case .be:
      guard let first = sides.first?.lowercased,
        sidePrepositions.contains(first) || sideVerbs.contains(baseForm(first) ?? "")
      else { return nil }
      sides = sides.dropFirst()
      if sides.first.map({ sidePrepositions.contains($0.lowercased) }) == true {
        sides = sides.dropFirst()  // "voting for Labour or the Greens".
      }
      if sides.first?.lowercased == "the", sides.dropFirst().first?.lowercased == "side" {
        sides = sides.dropFirst(2).drop { $0.lowercased == "of" }
      }
    case .lexical(let base, _):
      guard sideVerbs.contains(base) else { return nil }
    case .perfect, .modal:
      return nil
    }
    let words = sides.map(\.lowercased)
    guard let or = words.firstIndex(of: "or"), or > 0, or + 1 < words.count,
      sides.allSatisfy({ $0.kind == .word })
    else { return nil }
    let start = sides.startIndex
    return phrase("Where do you stand between") + sides[start..<(start + or)]
      + [Token("and")] + sides[(start + or + 1)...]
  }

  /// The question without a last alternative that names nothing of its own: "or what", "or
  /// not", "or isn't there", "or is that just marketing" (an auxiliary and a pronoun: the first
  /// option again, denied); nil when it has none.
  static func withoutEmptyAlternative(_ reading: QuestionReading) -> QuestionReading? {
    let words = reading.words
    let core = reading.core
    guard let or = words[core].lastIndex(of: "or"), or > core.lowerBound + 2 else { return nil }
    let after = words[(or + 1)..<core.upperBound].filter { $0.first?.isLetter == true }
    guard let first = after.first else { return nil }
    let isEmpty =
      emptyAlternatives.contains(Array(after))
      || (FunctionWords.auxiliary(first) != nil && after.count > 1
        && (FunctionWords.subjectPronouns[after[after.startIndex + 1]] != nil
          || ["that", "this", "there", "not", "n't"].contains(after[after.startIndex + 1])))
    guard isEmpty else { return nil }
    let mark = Token("?", kind: .punctuation, hasSpaceBefore: false)
    return QuestionReading(Array(reading.tokens[..<or]) + [mark])
  }

  /// Alternatives that name no option: "or what?", "or not?", "or something else?".
  private static let emptyAlternatives: Set<[String]> = [
    ["what"], ["not"], ["nah"], ["no"], ["nothing"], ["something"], ["whatever"],
    ["something", "else"], ["anything", "else"], ["what", "else"], ["otherwise"],
  ]

  /// Words after "be" that put the person on a side: "with", "for", "against".
  private static let sidePrepositions: Set<String> = ["with", "for", "on", "behind"]

  /// Verbs that put the person on a side: "support", "back".
  private static let sideVerbs: Set<String> = [
    "support", "back", "favour", "favor", "side", "vote", "follow", "choose", "pick",
  ]

  /// "Did you take the bins out last night?" → "What happened with the bins last night?";
  /// "Did you lose money on Ethereum?" → "What is your experience with Ethereum?": a past
  /// act asked about openly, without taking for granted that it was done. Nil when the act has
  /// neither a time nor a thing it was done with.
  /// - Parameter predicate: the verb, in its base form after "did", and what follows it.
  static func pastAct(_ predicate: [Token]) -> [Token]? {
    let words = predicate.map(\.lowercased)
    guard predicate.count > 1, baseForm(words[0]) == words[0],
      predicate.allSatisfy({ $0.kind == .word })
    else { return nil }
    if let time = words.indices.dropFirst().first(where: { isTimeStart(words, at: $0) }) {
      let object = predicate[1..<time].filter { !particles.contains($0.lowercased) }
      guard object.contains(where: { !FunctionWords.isFunctionWord($0.lowercased) }) else {
        return nil
      }
      return phrase("What happened with") + object + predicate[time...]
    }
    if let with = words.lastIndex(where: experiencePrepositions.contains), with + 1 < words.count {
      return phrase("What is your experience with") + predicate[(with + 1)...]
    }
    // "Did you finish the report or not?", "You called the landlord about the mold, didn't
    // you?": a check on a task, asked as how it is going, not how the person feels about it.
    let object = predicate.dropFirst().drop { particles.contains($0.lowercased) }
    // "lend your brother the deposit", "sell the bike to Gary": an act done to someone is no
    // thing to see to ("How are things going with your brother the deposit?").
    guard let first = object.first?.lowercased, taskDeterminers.contains(first), object.count > 1,
      QuestionRewriter.isNounPhrase(Array(object)),
      !object.contains(where: { $0.lowercased == "to" })
    else { return nil }
    return phrase("How are things going with") + object
  }

  /// Determiners that open the object of a task someone was to see to: "the report",
  /// "your mum's card". Not "my": what the asker owns is no task of the listener's that can be
  /// going well ("you forgot my birthday" is no "How are things going with my birthday?").
  private static let taskDeterminers: Set<String> = [
    "the", "that", "this", "those", "these", "your", "our", "his", "her", "their",
  ]

  /// Whether a time phrase starts at a word: "last night", "yesterday", "this morning".
  private static func isTimeStart(_ words: [String], at index: Int) -> Bool {
    if timeWords.contains(words[index]) { return true }
    guard index + 1 < words.count, ["last", "this", "on"].contains(words[index]) else {
      return false
    }
    return timeNouns.contains(words[index + 1])
  }

  private static let timeWords: Set<String> = ["yesterday", "today", "tonight", "earlier"]
  private static let timeNouns: Set<String> = TimeWords.weekdays.union(TimeWords.partsOfDay)
    .union(["night", "week", "weekend", "month", "year", "time"])
  /// Particles of a phrasal verb, left out with the verb: "take the bins out".
  private static let particles: Set<String> = ["out", "up", "off", "away", "down", "back", "in"]
  /// Prepositions before what an act was done with: "lose money on Ethereum".
  private static let experiencePrepositions: Set<String> = ["on", "in", "with", "at"]
}
