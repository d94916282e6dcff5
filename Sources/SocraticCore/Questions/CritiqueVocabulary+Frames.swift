// The verb that frames a claim put to the person: "Do you think …", "You know …".
extension CritiqueVocabulary {
  /// The verb of an opinion frame at an index, as a base form: an opinion verb ("think"), or
  /// "think" for a factive verb followed by the clause it presents as fact ("know they're
  /// lying", not "know when it launched"); nil for any other word, and for an opinion verb with
  /// a preposition after it ("agree with her").
  static func frameVerb(in words: [String], at index: Int) -> String? {
    let word = words[index]
    // "agree with them on that", "believe in ghosts": a preposition after the verb takes an
    // object, not a claim; "feel like it's over" still frames one.
    if let verb = opinionVerbs[word] {
      let next = index + 1 < words.count ? words[index + 1] : nil
      let takesObject = next.map { $0 != "like" && FunctionWords.prepositions.contains($0) }
      return takesObject == true ? nil : verb
    }
    guard factiveVerbs.contains(word), index + 1 < words.count else { return nil }
    let next = words[index + 1]
    if next == "that" { return "think" }
    let isClause =
      FunctionWords.subjectPronouns[next] != nil && !FunctionWords.questionWords.contains(next)
      || FunctionWords.determiners.contains(next) && next != "what"
      || startsClauseWithNoun(words, at: index + 1)
    return isClause ? "think" : nil
  }

  /// Whether a bare noun phrase with its own verb follows: "realise house prices have
  /// doubled", "know Dad's ill"; not "know the way" nor "see people".
  private static func startsClauseWithNoun(_ words: [String], at start: Int) -> Bool {
    guard !FunctionWords.isFunctionWord(words[start]) else { return false }
    return words[(start + 1)..<min(words.count, start + 3)].contains {
      FunctionWords.auxiliary($0) != nil
    }
  }
}

// Spoken fillers the critic skips that are words of their own elsewhere.
extension CritiqueVocabulary {
  /// Words that open a spoken question without being part of it: "right so would you …",
  /// "like don't you think …". Skipped with the fillers before a question.
  static let spokenOpeners: Set<String> = ["right", "like", "tho", "though"]

  /// Apologies that open a question without being part of it: "sorry but surely you can see
  /// …?" asks what follows. Skipped with the fillers before a question; "sorry?" alone still
  /// asks to hear it again.
  static let apologyOpeners = Apologies.words

  /// Words that answer yes or no before what a turn says: "yeah, you should", "no i didn't".
  static let answerParticles: Set<String> = ["yeah", "yes", "yep", "yup", "no", "nah", "nope"]

  /// Words that open a clause of a turn without saying anything of it: fillers ("so", "um",
  /// "honestly"), spoken openers ("right", "tho"), answer particles, names for the listener
  /// ("mate"), laughs and chat hedges ("lol", "tbh"). The one table the readers that look past
  /// a clause's opening share; each adds only the words its own concern passes over.
  static let turnOpeners: Set<String> = Set(Fillers.roles.keys).union(spokenOpeners)
    .union(answerParticles).union(Vocatives.words).union(UtteranceReader.laughs)
    .union(ChatHedges.words)

  /// Fillers between an opinion frame and its claim: "don't you think though that …".
  static let frameFillers: Set<String> = ["though", "tho", "honestly", "really"]
}
